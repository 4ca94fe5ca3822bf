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

// The typed lines, one at a time: each waits for the one before to end
// (its reply, or at once for a line of message text after DATA).
class RawJob : public session::SessionJob
{
public:
    struct Exchange
    {
        QString command;
        protocol::Reply reply;
    };

    RawJob(session::SessionOptions options, QStringList lines)
        : SessionJob(std::move(options), {})
        , m_lines(std::move(lines))
    {
    }

    const QList<Exchange> &exchanges() const { return m_exchanges; }
    const protocol::Reply &greeting() const { return m_greeting; }

protected:
    void run() override
    {
        m_greeting = session().engine().greeting();
        sendNext();
    }

    void conclude() override
    {
        // A QUIT typed by the user ends the session normally.
        bool quitTyped = false;
        for (const Exchange &e : std::as_const(m_exchanges))
            quitTyped = quitTyped
                || (e.command.trimmed().compare(QLatin1String("QUIT"), Qt::CaseInsensitive) == 0
                    && e.reply.code == 221);
        if (quitTyped && error().kind == SmtpError::Kind::Disconnected)
            setError({});
        if (!error() && m_next < m_lines.size())
            setError(SmtpError::make(
                SmtpError::Kind::Disconnected,
                QCoreApplication::translate("postscope::cli",
                                            "the session ended before every command was sent")));
    }

private:
    void sendNext()
    {
        if (m_next >= m_lines.size() || session().engine().state() == engine::State::Closed) {
            done();
            return;
        }
        const QString line = m_lines.at(m_next++);
        m_exchanges.append(Exchange {line, {}});
        const qsizetype index = m_exchanges.size() - 1;
        session().raw(line.toUtf8(), this, [this, index](const session::RequestResult &r) {
            m_exchanges[index].reply = r.reply;
            if (r.error.kind == SmtpError::Kind::Usage)
                err(QCoreApplication::translate("postscope::cli", "postscope-cli raw: %1\n")
                        .arg(r.error.message));
            // The next line once this one is through (and its signals delivered).
            QMetaObject::invokeMethod(
                this, [this] { sendNext(); }, Qt::QueuedConnection);
        });
    }

    QStringList m_lines;
    qsizetype m_next = 0;
    QList<Exchange> m_exchanges;
    protocol::Reply m_greeting;
};

// Each argument is one command line: no line break, NUL, or more than a
// line holds (RFC 5321 4.5.3.1.4). -1 to go on, else the exit code.
int checkLines(const ClientCommand &command, const QStringList &lines)
{
    if (lines.isEmpty())
        return command.usageError(tr("name at least one command"));
    for (const QString &line : lines) {
        if (line.contains(QLatin1Char('\r')) || line.contains(QLatin1Char('\n')) || line.contains(QChar(0)))
            return command.usageError(tr("'%1' holds a line break or NUL: one argument is one line").arg(line.left(40)));
        if (line.toUtf8().size() > 998)
            return command.usageError(tr("'%1...' is too long for one line").arg(line.left(40)));
    }
    return -1;
}

// raw sends only what is typed: no EHLO, no STARTTLS, no AUTH of its own.
int rawSessionOptions(ClientCommand &command)
{
    session::SessionOptions &options = command.sessionOptions();
    if (command.parser().isSet(QStringLiteral("security"))
        && (options.security == session::Security::StartTls || options.security == session::Security::Opportunistic))
        return command.usageError(tr("raw sends only what you type: use --security none or tls (or type STARTTLS)"));
    if (options.security != session::Security::Tls)
        options.security = session::Security::None;
    options.autoHello = false;
    // The account's login is not taken either (parse() deferred it).
    const QCommandLineParser &p = command.parser();
    if (p.isSet(QStringLiteral("user")) || p.isSet(QStringLiteral("auth"))
        || p.isSet(QStringLiteral("password-env")) || p.isSet(QStringLiteral("password-file")))
        return command.usageError(tr("raw does not authenticate by itself: type the AUTH lines"));
    return -1;
}

// The conversation on stdout as it happens: "> " and each command sent,
// then each reply exactly as it came, one wire line per line.
void echoConversation(ClientRun &run)
{
    QObject::connect(&run.session(), &session::SmtpSession::replyReceived, &run,
                     [](const protocol::Reply &reply) {
                         QByteArray text = reply.raw;
                         text.replace("\r\n", "\n");
                         if (!text.endsWith('\n'))
                             text += '\n';
                         out(QString::fromUtf8(text));
                         fflush(stdout);
                     });
    QObject::connect(&run.session(), &session::SmtpSession::commandSent, &run,
                     [](const protocol::Command &sent) {
                         out(QStringLiteral("> ") + QString::fromUtf8(sent.display())
                             + QLatin1Char('\n'));
                     });
}

void printExchangesJson(const ClientRun &run, const RawJob &job, int exitCode)
{
    QJsonObject o = run.baseJson(exitCode == 0);
    const protocol::Reply &greeting = job.greeting();
    o.insert(QStringLiteral("greeting"),
             greeting.isValid()
                 ? QJsonValue(QJsonObject {{QStringLiteral("code"), greeting.code},
                                           {QStringLiteral("lines"), linesJson(greeting)}})
                 : QJsonValue(QJsonValue::Null));
    QJsonArray list;
    for (const RawJob::Exchange &e : job.exchanges()) {
        list.append(QJsonObject {
            {QStringLiteral("command"), e.command},
            {QStringLiteral("code"),
             e.reply.isValid() ? QJsonValue(e.reply.code) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lines"), linesJson(e.reply)},
        });
    }
    o.insert(QStringLiteral("exchanges"), list);
    printJson(o);
}

} // namespace

int runRaw(const QStringList &args)
{
    ClientCommand command(
        QStringLiteral("raw"),
        tr("Read the greeting, then send each COMMAND as one line, exactly as typed. Nothing "
           "else is sent: no EHLO or STARTTLS unless typed (after a typed DATA, arguments are "
           "message lines until \".\"). --security tls works from the first byte; starttls and "
           "opportunistic do not apply."));
    command.addPositional(QStringLiteral("command"),
                          tr("Command lines, e.g. \"EHLO me\" \"NOOP\" QUIT."),
                          QStringLiteral("COMMAND..."));
    // raw types its own AUTH lines: no password is read, not even an --account's.
    command.setSecrets(ClientCommand::Secrets::Defer);
    if (const int code = command.parse(args); code >= 0)
        return code;
    const QStringList lines = command.parser().positionalArguments();
    if (const int code = checkLines(command, lines); code >= 0)
        return code;
    if (const int code = rawSessionOptions(command); code >= 0)
        return code;

    RawJob job(command.sessionOptions(), lines);
    ClientRun run(command, job);
    if (!command.json())
        echoConversation(run);
    run.exec();

    const SmtpError error = run.error();
    const int exitCode = error ? SmtpError::exitCode(error.kind) : 0;
    if (command.json())
        printExchangesJson(run, job, exitCode);
    else
        reportError(QStringLiteral("raw"), error);
    return exitCode;
}

} // namespace postscope::cli
