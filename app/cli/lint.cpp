// postscope-cli lint FILE.eml: what a receiving server would dislike about
// a saved message, without sending it (CLI.md "lint").
#include "clientoptions.h"
#include "commands.h"
#include "messageoptions.h"

#include "mime/envelope.h"
#include "mime/filesources.h"
#include "mime/lint.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

int fail(const QString &message)
{
    err(QStringLiteral("postscope-cli lint: %1\n").arg(message));
    return exitUsage;
}

void addLintOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Check a saved message (and the envelope it would go with) for what a receiving server "
           "dislikes. "
           "Exit 0 when nothing is an error, 2 when something is (or the file cannot be read)."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE.eml"), tr("The message (RFC 5322)."));
    p.addOptions({
        {QStringLiteral("from"),
         tr("MAIL FROM (default: Sender, else From, as smtplib derives it)."),
         QStringLiteral("ADDR")},
        {QStringLiteral("to"), tr("Envelope recipient (repeatable; default: To, Cc and Bcc)."),
         QStringLiteral("ADDR")},
        {QStringLiteral("server-offers"),
         tr("Judge for a server that offers these: "
            "8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (default: "
            "none)."),
         QStringLiteral("LIST")},
        {QStringLiteral("json"), tr("Print the result as one JSON object on stdout.")},
    });
}

// The envelope as `send --message` would derive it (smtplib's
// send_message() rules), --from and --to first; the error when it cannot.
mime::LintContext lintContext(const QCommandLineParser &p, QByteArrayView header,
                              QString *envelopeError)
{
    QList<QByteArray> recipients;
    for (const QString &to : p.values(QStringLiteral("to")))
        recipients += mime::addressesOf({to.toUtf8()});
    const bool haveFrom = p.isSet(QStringLiteral("from"));
    const QByteArray sender
        = haveFrom ? mime::addressOf(p.value(QStringLiteral("from"))) : QByteArray();
    const mime::DerivedEnvelope derived
        = mime::deriveEnvelope(header, haveFrom ? sender : QByteArray(), recipients);
    mime::LintContext context;
    if (!derived.isValid()) {
        *envelopeError = derived.error;
        return context;
    }
    context.envelope.sender = derived.sender;
    for (const QByteArray &r : derived.recipients)
        context.envelope.recipients.append(engine::Recipient {r, {}});
    context.envelope.smtpUtf8 = derived.international;
    // Bcc recipients of the file: they must not be named elsewhere.
    for (const mime::HeaderField &f : mime::parseHeaderFields(header)) {
        if (f.name.compare("Bcc", Qt::CaseInsensitive) == 0)
            context.blindRecipients += mime::addressesOf({f.value});
    }
    return context;
}

void printResult(const QCommandLineParser &p, const QString &path, const mime::LintContext &context,
                 const QList<mime::LintFinding> &findings)
{
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject {
            {QStringLiteral("ok"), !mime::hasErrors(findings)},
            {QStringLiteral("error"), QJsonValue::Null},
            {QStringLiteral("file"), path},
            {QStringLiteral("sender"), QString::fromUtf8(context.envelope.sender)},
            {QStringLiteral("findings"), findingsJson(findings)},
        });
        return;
    }
    printFindings(findings, QStringLiteral("lint"));
    if (findings.isEmpty())
        out(tr("%1: no findings\n").arg(path));
}

} // namespace

int runLint(const QStringList &args)
{
    QCommandLineParser p;
    addLintOptions(p);
    if (!p.parse(QStringList {QStringLiteral("lint")} + args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return fail(tr("give exactly one message file"));
    const QString path = p.positionalArguments().first();
    QString error;
    const mime::TransportCapabilities server
        = mime::TransportCapabilities::parse(p.value(QStringLiteral("server-offers")), &error);
    if (!error.isEmpty())
        return fail(error);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray start = file.read(1 << 20);
    const qsizetype headerLength = mime::headerSectionLength(start, file.atEnd());
    if (headerLength < 0)
        return fail(tr("%1: no end of the header section in its first MiB").arg(path));
    const QByteArrayView header = QByteArrayView(start).first(headerLength);
    QString envelopeError;
    mime::LintContext context = lintContext(p, header, &envelopeError);
    context.server = server;

    // `send --message` removes Bcc fields before sending: judge what leaves.
    mime::FileSource rest(path, start.size(), file.size() - start.size());
    QByteArray head = mime::stripBccFields(header);
    head += QByteArrayView(start).sliced(headerLength);
    mime::Linter linter(context);
    linter.feed(head);
    while (!rest.atEnd()) {
        const QByteArray chunk = rest.read(1 << 20);
        if (chunk.isEmpty())
            return fail(rest.errorString());
        linter.feed(chunk);
    }
    QList<mime::LintFinding> findings = linter.finish();
    if (!envelopeError.isEmpty())
        findings.prepend(mime::LintFinding {
            mime::LintFinding::Severity::Error, "no-envelope", envelopeError,
            tr("Give --from and --to, or add the missing header fields."), false});
    printResult(p, path, context, findings);
    return mime::hasErrors(findings) ? exitUsage : 0;
}

} // namespace postscope::cli
