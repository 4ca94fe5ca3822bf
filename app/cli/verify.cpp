// postscope-cli verify / expn: a list of addresses checked by VRFY, EXPN or
// the RCPT method (RFC 5321 3.5, 4.1.1.3), through core's AddressProbe
// (diagnostics/addressprobe.h); this file reads the list and words the
// results as a table, JSON or CSV.
#include "clientoptions.h"
#include "commands.h"

#include "diagnostics/addressprobe.h"
#include "mime/messagebuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace postscope::cli {

using diagnostics::AddressMethod;
using diagnostics::AddressResult;
using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

// Bounds no input can stretch: a list of a million addresses is the most
// one run takes (about 200 MB of results at most).
constexpr qsizetype maxQueries = 1000000;
constexpr qsizetype maxQueryBytes = 500; // RFC 5321 4.5.3.1.4: a command line is 512 octets

// One address (or list, or name) per line; blank lines are skipped.
QString readInput(const QString &path, QStringList *queries)
{
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened)
        return tr("--input %1: %2").arg(path, file.errorString());
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(64 * 1024);
        ++lineNumber;
        const QString query = QString::fromUtf8(line).trimmed();
        if (query.isEmpty())
            continue;
        if (query.toUtf8().size() > maxQueryBytes)
            return tr("--input %1, line %2: too long for one command line (RFC 5321 4.5.3.1.4)")
                .arg(path)
                .arg(lineNumber);
        if (queries->size() >= maxQueries)
            return tr("--input %1: more than %2 lines").arg(path).arg(maxQueries);
        queries->append(query);
    }
    return {};
}

QString checkQuery(const QString &query, AddressMethod method)
{
    if (query.contains(QLatin1Char('\r')) || query.contains(QLatin1Char('\n'))
        || query.contains(QChar(0)))
        return tr("'%1' holds a line break or NUL: refused").arg(query.left(40));
    if (query.toUtf8().size() > maxQueryBytes)
        return tr("'%1...' is too long for one command line (RFC 5321 4.5.3.1.4)")
            .arg(query.left(40));
    if (method == AddressMethod::Rcpt && mime::addressOf(query).isEmpty())
        return tr("'%1' is not an address (the RCPT method needs one)").arg(query.left(80));
    return {};
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString seconds(qint64 ms)
{
    return ms >= 0 ? QString::number(ms / 1000.0, 'f', 3) : QString();
}

QJsonObject resultJson(const AddressResult &r)
{
    QJsonArray lines;
    for (const QByteArray &line : r.reply.lines)
        lines.append(QString::fromUtf8(line));
    return QJsonObject {
        {QStringLiteral("query"), r.query},
        {QStringLiteral("verdict"), diagnostics::verdictName(r.verdict)},
        {QStringLiteral("code"),
         r.reply.isValid() ? QJsonValue(r.reply.code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enhancedCode"), ClientRun::enhancedJson(r.reply.enhanced)},
        {QStringLiteral("text"), QString::fromUtf8(r.reply.text(true))},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("meaning"), diagnostics::meaningOf(r.reply)},
        {QStringLiteral("seconds"),
         r.elapsedMs >= 0 ? QJsonValue(r.elapsedMs / 1000.0) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error"), ClientRun::errorJson(r.error)},
    };
}

void printCsv(const QList<AddressResult> &results)
{
    QString text = QStringLiteral("query,verdict,code,enhancedCode,seconds,text\r\n");
    for (const AddressResult &r : results) {
        const QString reply
            = r.reply.isValid() ? QString::fromUtf8(r.reply.text(true)) : r.error.message;
        text += QStringList {csvField(r.query),
                             diagnostics::verdictName(r.verdict),
                             r.reply.isValid() ? QString::number(r.reply.code) : QString(),
                             r.reply.enhanced.toString(),
                             seconds(r.elapsedMs),
                             csvField(reply)}
                    .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    }
    out(text);
}

void printTable(const QList<AddressResult> &results)
{
    int width = 7;
    for (const AddressResult &r : results)
        width = qMax(width, int(qMin<qsizetype>(r.query.size(), 48)));
    out(QStringLiteral("%1  %2  %3\n")
            .arg(tr("ADDRESS"), -width)
            .arg(tr("VERDICT"), -17)
            .arg(tr("REPLY")));
    for (const AddressResult &r : results) {
        const QString reply = r.reply.isValid() ? replySummary(r.reply) : r.error.message;
        out(QStringLiteral("%1  %2  %3\n")
                .arg(r.query, -width)
                .arg(diagnostics::verdictName(r.verdict), -17)
                .arg(reply));
    }
}

// The options of verify (or expn, which has no --method, --from or --batch-size).
void addQueryOptions(ClientCommand &command, bool expnCommand)
{
    command.addPositional(expnCommand ? QStringLiteral("list") : QStringLiteral("address"),
                          expnCommand ? tr("Lists to expand.") : tr("Addresses or names to check."),
                          expnCommand ? QStringLiteral("LIST...") : QStringLiteral("ADDRESS..."));
    QCommandLineParser &p = command.parser();
    p.addOptions({
        {QStringLiteral("input"),
         tr("Read more queries from FILE, one per line (- for standard input)."),
         QStringLiteral("FILE")},
        {QStringLiteral("csv"), tr("Print the results as CSV (RFC 4180).")},
    });
    if (expnCommand)
        return;
    p.addOptions({
        {QStringLiteral("method"), tr("vrfy, expn or rcpt (default: vrfy)."),
         QStringLiteral("METHOD"), QStringLiteral("vrfy")},
        {QStringLiteral("from"),
         tr("MAIL FROM address for the RCPT method (default: the null sender <>)."),
         QStringLiteral("ADDR")},
        {QStringLiteral("batch-size"),
         tr("RCPT method: recipients per MAIL...RSET group, 1 to 100 (default: 100)."),
         QStringLiteral("N"), QStringLiteral("100")},
    });
}

// --method, --from, --batch-size and the output form. -1 to go on.
int takeProbeOptions(const ClientCommand &command, bool expnCommand,
                     diagnostics::AddressProbeOptions *probe)
{
    const QCommandLineParser &p = command.parser();
    probe->method = AddressMethod::Expn;
    if (!expnCommand
        && !diagnostics::parseMethod(p.value(QStringLiteral("method")), &probe->method))
        return command.usageError(tr("--method must be vrfy, expn or rcpt, not '%1'")
                                      .arg(p.value(QStringLiteral("method"))));
    if (!expnCommand && p.isSet(QStringLiteral("from"))) {
        if (probe->method != AddressMethod::Rcpt)
            return command.usageError(tr("--from is for --method rcpt"));
        const QString from = p.value(QStringLiteral("from"));
        if (!from.isEmpty()) {
            probe->sender = mime::addressOf(from);
            if (probe->sender.isEmpty() || from.contains(QLatin1Char('\n'))
                || from.contains(QLatin1Char('\r')))
                return command.usageError(tr("--from '%1' is not an address").arg(from));
        }
    }
    if (!expnCommand) {
        bool ok = false;
        probe->batchSize = p.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || probe->batchSize < 1 || probe->batchSize > 100)
            return command.usageError(tr("--batch-size must be 1 to 100 (RFC 5321 4.5.3.1.8)"));
    }
    if (command.json() && p.isSet(QStringLiteral("csv")))
        return command.usageError(tr("--json and --csv exclude each other"));
    return -1;
}

// The queries from the arguments and --input, each checked. -1 to go on.
int takeQueries(const ClientCommand &command, bool expnCommand, AddressMethod method,
                QStringList *queries)
{
    const QCommandLineParser &p = command.parser();
    *queries = p.positionalArguments();
    if (p.isSet(QStringLiteral("input"))) {
        if (const QString error = readInput(p.value(QStringLiteral("input")), queries);
            !error.isEmpty())
            return command.usageError(error);
    }
    if (queries->isEmpty())
        return command.usageError(expnCommand ? tr("name at least one list")
                                              : tr("name at least one address"));
    for (const QString &query : std::as_const(*queries)) {
        if (const QString error = checkQuery(query, method); !error.isEmpty())
            return command.usageError(error);
    }
    return -1;
}

void printResultsJson(const ClientRun &run, const diagnostics::AddressProbe &job,
                      AddressMethod method, int exitCode)
{
    QJsonObject o = run.baseJson(exitCode == 0);
    QJsonArray list;
    for (const AddressResult &r : job.results())
        list.append(resultJson(r));
    o.insert(QStringLiteral("method"), diagnostics::methodName(method));
    o.insert(QStringLiteral("pipelined"), job.pipelined());
    o.insert(QStringLiteral("results"), list);
    o.insert(QStringLiteral("auth"), run.authJson());
    printJson(o);
}

int runQuery(const QStringList &args, bool expnCommand)
{
    const QString name = expnCommand ? QStringLiteral("expn") : QStringLiteral("verify");
    ClientCommand command(
        name,
        expnCommand ? tr("Ask the server to expand mailing lists (EXPN, RFC 5321 3.5.2).")
                    : tr("Check addresses: by VRFY (RFC 5321 3.5.1), EXPN, or the RCPT method "
                         "(MAIL FROM, RCPT TO, RSET; never DATA, so nothing is delivered)."));
    addQueryOptions(command, expnCommand);
    if (const int code = command.parse(args); code >= 0)
        return code;
    diagnostics::AddressProbeOptions probe;
    if (const int code = takeProbeOptions(command, expnCommand, &probe); code >= 0)
        return code;
    QStringList queries;
    if (const int code = takeQueries(command, expnCommand, probe.method, &queries); code >= 0)
        return code;

    diagnostics::AddressProbe job(command.sessionOptions(), command.authSettings(), probe, queries);
    ClientRun run(command, job);
    run.exec();

    const SmtpError error = run.error();
    // RFC 5321 3.5.3: 252 ("cannot verify, but will accept") is not a refusal.
    bool negative = false;
    for (const AddressResult &r : job.results())
        negative = negative || !r.reply.isValid() || r.reply.code >= 400;
    const int exitCode = error ? SmtpError::exitCode(error.kind) : (negative ? 1 : 0);
    if (command.json())
        printResultsJson(run, job, probe.method, exitCode);
    else if (command.parser().isSet(QStringLiteral("csv")))
        printCsv(job.results());
    else
        printTable(job.results());
    if (!command.json())
        reportError(name, error);
    return exitCode;
}

} // namespace

int runVerify(const QStringList &args)
{
    return runQuery(args, false);
}

int runExpn(const QStringList &args)
{
    return runQuery(args, true);
}

} // namespace postscope::cli
