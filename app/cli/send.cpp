// postscope-cli send (CLI.md "Message options"): the options become a
// send::MessageRequest (the message options are messageoptions.cpp's, shared
// with compose), core's one send path does the rest (send/sendjob.h: build
// for the server, lint, transactions), and this file words the outcome.
#include "clientoptions.h"
#include "commands.h"
#include "messageoptions.h"

#include "mime/envelope.h"
#include "send/sendjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace postscope::cli {

using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

// One parameter per option, without spaces (RFC 5321 4.1.2 esmtp-param).
QString parameters(const QCommandLineParser &p, const char *name, QList<QByteArray> *out)
{
    for (const QString &option : p.values(QLatin1String(name))) {
        if (option.isEmpty() || option.contains(QLatin1Char(' ')))
            return tr("--%1 takes one parameter without spaces: '%2'")
                .arg(QLatin1String(name), option);
        *out << option.toUtf8();
    }
    return {};
}

// The options as a MessageRequest, checked before anything is sent (RFC 5321
// 4.1.1: no CR/LF in arguments; no header injection). Returns an error
// sentence, or "" when the request is good. defaultFrom (the account's
// default identity) stands for --from when a message is built without one.
QString messageRequest(const QCommandLineParser &p, send::MessageRequest *request,
                       const QString &defaultFrom, const accounts::Account *account)
{
    for (const char *name : {"from", "to", "cc", "bcc", "subject", "mail-option", "rcpt-option"}) {
        for (const QString &value : p.values(QLatin1String(name))) {
            if (hasLineBreak(value))
                return tr("--%1 holds a line break or NUL: refused (header or command injection)")
                    .arg(QLatin1String(name));
        }
    }
    if (QString e = parameters(p, "mail-option", &request->mailOptions); !e.isEmpty())
        return e;
    if (QString e = parameters(p, "rcpt-option", &request->rcptOptions); !e.isEmpty())
        return e;
    QList<QByteArray> recipients;
    for (const char *name : {"to", "cc", "bcc"}) {
        for (const QString &value : p.values(QLatin1String(name))) {
            const QList<QByteArray> addresses = mime::addressesOf({value.toUtf8()});
            if (addresses.isEmpty())
                return tr("--%1 '%2' is not an address").arg(QLatin1String(name), value);
            recipients += addresses;
        }
    }
    const bool haveFrom = p.isSet(QStringLiteral("from"));
    const QString from = p.value(QStringLiteral("from"));
    if (haveFrom && !from.isEmpty() && mime::addressOf(from).isEmpty())
        return tr("--from '%1' is not an address").arg(from);
    request->force = forced(p);

    QString error;
    request->messageFile = completeMessageFile(p, &error);
    if (!error.isEmpty())
        return error;
    if (!request->messageFile.isEmpty()) {
        if (haveFrom)
            request->sender = from.isEmpty() ? QByteArray("") : mime::addressOf(from);
        request->recipients = recipients;
        return securityFrom(p, &request->fileSecurity, account);
    }
    if (!haveFrom && defaultFrom.isEmpty())
        return tr("--from is required (or --message, or an --account with an identity)");
    if (recipients.isEmpty())
        return tr("at least one --to, --cc or --bcc is required");
    return messageSpecFrom(p, &request->spec, defaultFrom, account);
}

// One entry per envelope recipient, from the first copy. "accepted" means
// delivered, as it always read; "rcptAccepted" is what RCPT got (CLI.md).
QJsonArray recipientsJson(const send::PreparedMessage &message,
                          const engine::TransactionResult &first)
{
    QJsonArray list;
    for (qsizetype i = 0; i < message.envelope.recipients.size(); ++i) {
        const QByteArray address = message.envelope.recipients.at(i).address;
        const engine::RecipientResult r = i < first.recipients.size()
            ? first.recipients.at(i)
            : engine::RecipientResult {address, false, {}};
        QJsonObject o = ClientRun::replyJson(r.reply);
        o.insert(QStringLiteral("address"), QString::fromUtf8(address));
        o.insert(QStringLiteral("accepted"), r.delivered());
        o.insert(QStringLiteral("delivered"), r.delivered());
        o.insert(QStringLiteral("rcptAccepted"), r.rcptAccepted);
        o.insert(QStringLiteral("rcptReply"),
                 r.rcptReply.isValid() ? QJsonValue(ClientRun::replyJson(r.rcptReply))
                                       : QJsonValue(QJsonValue::Null));
        list.append(o);
    }
    return list;
}

void printJson(const ClientRun &run, const send::SendJob &job, const SmtpError &error, int exitCode)
{
    const send::SendReport &report = job.report();
    const engine::TransactionResult first = report.transactions.value(0);
    QJsonObject o = run.baseJson(exitCode == 0, error);
    o.insert(QStringLiteral("messagesSent"), report.messagesSent);
    o.insert(QStringLiteral("messagesAttempted"), job.count());
    o.insert(QStringLiteral("recipients"), recipientsJson(job.message(), first));
    o.insert(QStringLiteral("sender"), QString::fromUtf8(job.message().envelope.sender));
    o.insert(QStringLiteral("dataReply"),
             first.dataReply.isValid() ? QJsonValue(ClientRun::replyJson(first.dataReply))
                                       : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("dataBytes"), double(report.dataBytes));
    o.insert(QStringLiteral("auth"), run.authJson());
    if (job.count() > 1) {
        o.insert(QStringLiteral("messagesPartial"), report.messagesPartial);
        const double seconds = job.elapsedSeconds();
        o.insert(QStringLiteral("messagesPerSecond"),
                 seconds > 0 ? report.messagesSent / seconds : 0.0);
    }
    cli::printJson(o);
}

QString recipientState(const engine::RecipientResult &r, bool sent)
{
    if (r.delivered())
        return tr("accepted");
    if (r.rcptAccepted && !sent)
        return tr("RCPT accepted, not delivered");
    return tr("refused");
}

void printText(const send::SendJob &job, const SmtpError &error)
{
    const send::SendReport &report = job.report();
    const engine::TransactionResult first = report.transactions.value(0);
    for (const engine::RecipientResult &r : first.recipients)
        out(QStringLiteral("%1  %2  %3\n")
                .arg(QString::fromUtf8(r.address), recipientState(r, first.sent),
                     replySummary(r.reply)));
    if (job.count() == 1 && first.sent) {
        int accepted = 0;
        for (const auto &r : first.recipients)
            accepted += r.delivered();
        out(tr("Message accepted for %1 of %2 recipients: %3\n")
                .arg(accepted)
                .arg(first.recipients.size())
                .arg(replySummary(first.dataReply)));
    } else if (job.count() > 1) {
        const double seconds = job.elapsedSeconds();
        out(tr("%1 of %2 messages accepted in %3 s (%4 messages/s)\n")
                .arg(report.messagesSent)
                .arg(job.count())
                .arg(seconds, 0, 'f', 3)
                .arg(seconds > 0 ? report.messagesSent / seconds : 0.0, 0, 'f', 0));
    }
    reportError(QStringLiteral("send"), error);
}

// The options of send besides the connection, auth and message options.
void addSendOptions(QCommandLineParser &p)
{
    addMessageOptions(p);
    p.addOptions({
        {QStringLiteral("mail-option"), tr("MAIL parameter, e.g. RET=HDRS (repeatable)."),
         QStringLiteral("OPT")},
        {QStringLiteral("rcpt-option"),
         tr("RCPT parameter for every recipient, e.g. NOTIFY=NEVER (repeatable)."),
         QStringLiteral("OPT")},
        {QStringLiteral("count"), tr("Send the message N times over one session (default: 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
    });
}

// --count N; -1 to go on, else the exit code.
int parseCount(const ClientCommand &command, int *count)
{
    const QCommandLineParser &p = command.parser();
    if (!p.positionalArguments().isEmpty())
        return command.usageError(
            tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    bool ok = false;
    *count = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || *count < 1)
        return command.usageError(tr("--count must be a whole number of at least 1"));
    return -1;
}

// The message, prepared before connecting so that bad input fails before
// any connection; -1 to go on, else the exit code. With --account and no
// --from, the account's default identity is the From.
int prepare(const ClientCommand &command, send::MessageRequest *request,
            send::PreparedMessage *message)
{
    const accounts::Account *account = command.account();
    const accounts::Identity *identity = account ? account->defaultIdentity() : nullptr;
    const QString defaultFrom = identity ? identity->mailbox() : QString();
    if (const QString error = messageRequest(command.parser(), request, defaultFrom, account);
        !error.isEmpty())
        return command.usageError(error);
    *message = send::prepareMessage(*request);
    if (!message->isValid())
        return command.usageError(request->messageFile.isEmpty()
                                      ? message->error
                                      : QStringLiteral("--message ") + message->error);
    return -1;
}

// Why the send stopped, worded for this command line.
SmtpError outcome(const ClientRun &run, const send::SendJob &job,
                  const send::MessageRequest &request)
{
    SmtpError error = run.error();
    const send::SendReport &report = job.report();
    if (error && report.linted && mime::hasErrors(report.lintFindings) && !request.force
        && report.finished == 0)
        error.message += QLatin1Char(' ') + tr("(--force sends anyway)");
    return error;
}

} // namespace

int runSend(const QStringList &args)
{
    ClientCommand command(
        QStringLiteral("send"),
        tr("Send mail through an SMTP or LMTP server, and report the result for every recipient."));
    addSendOptions(command.parser());
    if (const int code = command.parse(args); code >= 0)
        return code;
    int count = 1;
    if (const int code = parseCount(command, &count); code >= 0)
        return code;
    send::MessageRequest request;
    send::PreparedMessage message;
    if (const int code = prepare(command, &request, &message); code >= 0)
        return code;

    send::SendJob job(command.sessionOptions(), command.authSettings(), std::move(message), count);
    QObject::connect(&job, &send::SendJob::linted, &job,
                     [](const QList<mime::LintFinding> &findings) {
                         printFindings(findings, QStringLiteral("send"));
                     });
    ClientRun run(command, job);
    run.exec();

    const SmtpError error = outcome(run, job, request);
    const int exitCode = error ? SmtpError::exitCode(error.kind) : (job.report().partial() ? 1 : 0);
    if (command.json())
        printJson(run, job, error, exitCode);
    else
        printText(job, error);
    return exitCode;
}

} // namespace postscope::cli
