// postscope-cli raw: the greeting, then each argument as one command line,
// exactly as typed (no EHLO unless typed). Replies are printed as they come.
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

QJsonArray linesJson(const protocol::Reply &reply)
{
    QJsonArray lines;
    for (const QByteArray &line : reply.lines)
        lines.append(QString::fromUtf8(line));
    return lines;
}

} // namespace

int runRaw(const QStringList &args)
{
    ClientCommand command(QStringLiteral("raw"),
                          tr("Read the greeting, then send each COMMAND as one line, exactly as typed. Nothing "
                             "else is sent: no EHLO or STARTTLS unless typed (after a typed DATA, arguments are "
                             "message lines until \".\"). --security tls works from the first byte; starttls and "
                             "opportunistic do not apply."));
    command.addPositional(QStringLiteral("command"), tr("Command lines, e.g. \"EHLO me\" \"NOOP\" QUIT."),
                          QStringLiteral("COMMAND..."));
    if (const int code = command.parse(args); code >= 0)
        return code;
    const QStringList lines = command.parser().positionalArguments();
    if (lines.isEmpty())
        return command.usageError(tr("name at least one command"));
    for (const QString &line : lines) {
        if (line.contains(QLatin1Char('\r')) || line.contains(QLatin1Char('\n')) || line.contains(QChar(0)))
            return command.usageError(tr("'%1' holds a line break or NUL: one argument is one line").arg(line.left(40)));
        if (line.toUtf8().size() > 998)
            return command.usageError(tr("'%1...' is too long for one line").arg(line.left(40)));
    }
    session::SessionOptions &options = command.sessionOptions();
    if (command.parser().isSet(QStringLiteral("security"))
        && (options.security == session::Security::StartTls || options.security == session::Security::Opportunistic))
        return command.usageError(tr("raw sends only what you type: use --security none or tls (or type STARTTLS)"));
    if (options.security != session::Security::Tls)
        options.security = session::Security::None;
    options.autoHello = false;
    if (command.wantsAuth())
        return command.usageError(tr("raw does not authenticate by itself: type the AUTH lines"));

    ClientRun run(command);
    struct Exchange { QString command; protocol::Reply reply; bool done = false; };
    QList<Exchange> exchanges;
    protocol::Reply greeting;
    const bool human = !command.json();

    if (human) {
        QObject::connect(&run.session(), &session::SmtpSession::replyReceived, &run,
                         [](const protocol::Reply &reply) {
                             // The reply exactly as it came, one wire line per line.
                             QByteArray text = reply.raw;
                             text.replace("\r\n", "\n");
                             if (!text.endsWith('\n'))
                                 text += '\n';
                             out(QString::fromUtf8(text));
                             fflush(stdout);
                         });
        QObject::connect(&run.session(), &session::SmtpSession::commandSent, &run,
                         [](const protocol::Command &sent) {
                             out(QStringLiteral("> ") + QString::fromUtf8(sent.display()) + QLatin1Char('\n'));
                         });
    }

    int next = 0;
    quint64 pending = quint64(-1);   // 0 while raw() runs: its id is not known yet
    quint64 earlyId = 0;
    protocol::Reply earlyReply;
    SmtpError earlyError;
    std::function<void(quint64, const protocol::Reply &, const SmtpError &)> onFinished;
    std::function<void()> sendNext = [&] {
        if (next >= lines.size() || run.session().engine().state() == engine::State::Closed) {
            run.finish();
            return;
        }
        exchanges.append(Exchange{lines.at(next), {}, false});
        pending = 0;
        const quint64 id = run.session().raw(lines.at(next).toUtf8());
        ++next;
        pending = id;
        if (earlyId == id)   // finished at once (a data line, or refused)
            onFinished(id, earlyReply, earlyError);
    };
    QObject::connect(&run.session(), &session::SmtpSession::requestFinished, &run,
                     [&](quint64 id, const protocol::Reply &reply, const SmtpError &error) {
                         if (pending == 0) {
                             earlyId = id;
                             earlyReply = reply;
                             earlyError = error;
                             return;
                         }
                         onFinished(id, reply, error);
                     });
    onFinished = [&](quint64 id, const protocol::Reply &reply, const SmtpError &error) {
        if (id != pending || exchanges.isEmpty())
            return;
        pending = quint64(-1);
        exchanges.last().reply = reply;
        exchanges.last().done = true;
        if (error && error.kind == SmtpError::Kind::Usage)
            err(tr("postscope-cli raw: %1\n").arg(error.message));
        // Let the next line go once this one is through.
        QMetaObject::invokeMethod(&run, [&] { sendNext(); }, Qt::QueuedConnection);
    };
    run.exec([&] {
        greeting = run.session().engine().greeting();
        sendNext();
    });

    // A QUIT typed by the user ends the session normally.
    SmtpError error = run.error();
    bool quitTyped = false;
    for (const Exchange &e : std::as_const(exchanges))
        quitTyped = quitTyped || (e.command.trimmed().compare(QLatin1String("QUIT"), Qt::CaseInsensitive) == 0
                                  && e.reply.code == 221);
    if (quitTyped && error.kind == SmtpError::Kind::Disconnected)
        error = {};
    if (!error && next < lines.size())
        error = SmtpError::make(SmtpError::Kind::Disconnected, tr("the session ended before every command was sent"));
    run.setError(error);
    const int exitCode = error ? SmtpError::exitCode(error.kind) : 0;

    if (command.json()) {
        QJsonObject o = run.baseJson(exitCode == 0);
        o.insert(QStringLiteral("greeting"),
                 greeting.isValid() ? QJsonValue(QJsonObject{{QStringLiteral("code"), greeting.code},
                                                             {QStringLiteral("lines"), linesJson(greeting)}})
                                    : QJsonValue(QJsonValue::Null));
        QJsonArray list;
        for (const Exchange &e : std::as_const(exchanges)) {
            list.append(QJsonObject{
                {QStringLiteral("command"), e.command},
                {QStringLiteral("code"), e.reply.isValid() ? QJsonValue(e.reply.code) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("lines"), linesJson(e.reply)},
            });
        }
        o.insert(QStringLiteral("exchanges"), list);
        printJson(o);
    } else if (error) {
        err(tr("postscope-cli raw: %1: %2\n").arg(SmtpError::kindName(error.kind), error.message));
    }
    return exitCode;
}

} // namespace postscope::cli
