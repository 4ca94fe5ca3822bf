// postscope-cli verify / expn: one VRFY or EXPN per argument (RFC 5321 3.5).
#include "clientoptions.h"
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace postscope::cli {

using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

int runQuery(const QStringList &args, bool expn)
{
    const QString name = expn ? QStringLiteral("expn") : QStringLiteral("verify");
    ClientCommand command(name, expn ? tr("Ask the server to expand mailing lists (EXPN, RFC 5321 3.5.2).")
                                     : tr("Ask the server to verify addresses (VRFY, RFC 5321 3.5.1)."));
    command.addPositional(expn ? QStringLiteral("list") : QStringLiteral("address"),
                          expn ? tr("Lists to expand.") : tr("Addresses or names to verify."),
                          expn ? QStringLiteral("LIST...") : QStringLiteral("ADDRESS..."));
    if (const int code = command.parse(args); code >= 0)
        return code;
    const QStringList queries = command.parser().positionalArguments();
    if (queries.isEmpty())
        return command.usageError(expn ? tr("name at least one list") : tr("name at least one address"));
    for (const QString &query : queries) {
        if (query.contains(QLatin1Char('\r')) || query.contains(QLatin1Char('\n')) || query.contains(QChar(0)))
            return command.usageError(tr("'%1' holds a line break or NUL: refused").arg(query.left(40)));
        if (query.toUtf8().size() > 500)
            return command.usageError(tr("'%1...' is too long for one command line (RFC 5321 4.5.3.1.4)")
                                          .arg(query.left(40)));
    }

    ClientRun run(command);
    struct Result { QString query; protocol::Reply reply; SmtpError error; bool done = false; };
    QList<Result> results;
    for (const QString &query : queries)
        results.append(Result{query, {}, {}, false});
    QHash<quint64, int> indexOf;
    QHash<quint64, std::pair<protocol::Reply, SmtpError>> early;
    int finished = 0;
    auto record = [&](int index, const protocol::Reply &reply, const SmtpError &error) {
        Result &r = results[index];
        r.reply = reply;
        r.error = error;
        r.done = true;
        if (++finished == results.size())
            run.finish();
    };
    QObject::connect(&run.session(), &session::SmtpSession::requestFinished, &run,
                     [&](quint64 id, const protocol::Reply &reply, const SmtpError &error) {
                         if (!indexOf.contains(id)) {
                             early.insert(id, {reply, error});   // finished before its id was returned
                             return;
                         }
                         record(indexOf.value(id), reply, error);
                     });
    run.exec([&] {
        run.authenticateThen([&] {
            for (int i = 0; i < results.size(); ++i) {
                const QByteArray argument = results.at(i).query.toUtf8();
                const quint64 id = expn ? run.session().expn(argument) : run.session().vrfy(argument);
                indexOf.insert(id, i);
                if (early.contains(id)) {
                    const auto [reply, error] = early.take(id);
                    record(i, reply, error);
                }
            }
        });
    });

    SmtpError error = finished < results.size() ? run.error() : SmtpError{};
    if (!error && finished < results.size())
        error = SmtpError::make(SmtpError::Kind::Disconnected, tr("the session ended before every answer came"));
    run.setError(error);
    // RFC 5321 3.5.3: 252 ("cannot verify, but will accept") is not a refusal.
    bool negative = false;
    for (const Result &r : std::as_const(results))
        negative = negative || !r.reply.isValid() || r.reply.code >= 400;
    const int exitCode = error ? SmtpError::exitCode(error.kind) : (negative ? 1 : 0);

    if (command.json()) {
        QJsonObject o = run.baseJson(exitCode == 0);
        QJsonArray list;
        for (const Result &r : std::as_const(results)) {
            QJsonArray lines;
            for (const QByteArray &line : r.reply.lines)
                lines.append(QString::fromUtf8(line));
            list.append(QJsonObject{
                {QStringLiteral("query"), r.query},
                {QStringLiteral("code"), r.reply.isValid() ? QJsonValue(r.reply.code) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("enhancedCode"), ClientRun::enhancedJson(r.reply.enhanced)},
                {QStringLiteral("text"), QString::fromUtf8(r.reply.text(true))},
                {QStringLiteral("lines"), lines},
            });
        }
        o.insert(QStringLiteral("results"), list);
        o.insert(QStringLiteral("auth"), run.authJson());
        printJson(o);
    } else {
        for (const Result &r : std::as_const(results)) {
            if (!r.done)
                continue;
            out(QStringLiteral("%1: %2\n").arg(r.query, replySummary(r.reply)));
        }
        if (error)
            err(tr("postscope-cli %1: %2: %3\n").arg(name, SmtpError::kindName(error.kind), error.message));
    }
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
