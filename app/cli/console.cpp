// postscope-cli console: type SMTP to any server, with line editing,
// history, completion, every reply annotated and a warning before a command
// the server will refuse (core/console; terminal.h does the terminal).
#include "clientoptions.h"
#include "commands.h"
#include "terminal.h"

#include "console/consolesession.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QFile>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::console", text);
}

} // namespace

int runConsole(const QStringList &args)
{
    ClientCommand command(
        QStringLiteral("console"),
        tr("Type SMTP to a server yourself. The prompt shows where the conversation stands; Tab "
           "completes commands with their argument templates (MAIL FROM:<>, RCPT TO:<>, BDAT n "
           "LAST); every reply is explained (its class and what to do next, the code, the "
           "enhanced code, the RFC); a command the server will refuse gets a warning first "
           "(press Enter again to send it anyway). After DATA's 354 type the message; the "
           "console dot-stuffs it and a single dot ends it. STARTTLS upgrades and shows the "
           "handshake; AUTH PLAIN, LOGIN, CRAM-MD5 or SCRAM-SHA-256 without a response starts a "
           "helper that asks for the user and password. /help lists the console's own "
           "commands (/send, /bytes, /quit). Nothing is sent that you do not type: "
           "--security none or tls. History is kept per server in the app data folder."));
    command.parser().addOption(
        QCommandLineOption(QStringLiteral("script"),
                           tr("Read the lines from FILE (- for standard input) instead of "
                              "the terminal; warnings are shown and the line sent."),
                           QStringLiteral("FILE")));
    // AUTH is typed in the console: no password is read, not even an --account's.
    command.setSecrets(ClientCommand::Secrets::Defer);
    if (const int code = command.parse(args); code >= 0)
        return code;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(
            tr("unexpected argument '%1'").arg(command.parser().positionalArguments().first()));
    session::SessionOptions options = command.sessionOptions();
    if (command.parser().isSet(QStringLiteral("security"))
        && (options.security == session::Security::StartTls
            || options.security == session::Security::Opportunistic))
        return command.usageError(tr("the console sends only what you type: use --security none "
                                     "or tls (and type STARTTLS)"));
    const QCommandLineParser &p = command.parser();
    if (p.isSet(QStringLiteral("user")) || p.isSet(QStringLiteral("auth"))
        || p.isSet(QStringLiteral("password-env")) || p.isSet(QStringLiteral("password-file")))
        return command.usageError(tr("type AUTH in the console: it asks for the user and "
                                     "password"));

    console::ConsoleSession console(options);
    QFile transcriptFile;
    std::unique_ptr<transcript::TextWriter> writer;
    std::unique_ptr<transcript::JsonWriter> jsonWriter;
    if (!command.transcriptPath().isEmpty()) {
        const QString path = command.transcriptPath();
        const bool opened = path == QLatin1String("-")
            ? transcriptFile.open(stdout, QIODevice::WriteOnly)
            : (transcriptFile.setFileName(path),
               transcriptFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!opened)
            return command.usageError(tr("cannot write the transcript to %1: %2")
                                          .arg(path, transcriptFile.errorString()));
        if (command.transcriptJson())
            jsonWriter = std::make_unique<transcript::JsonWriter>(&transcriptFile);
        else
            writer = std::make_unique<transcript::TextWriter>(&transcriptFile);
        QObject::connect(&console.transcript(), &transcript::Transcript::entryAdded, &console,
                         [&](const transcript::Entry &entry) {
                             if (jsonWriter)
                                 jsonWriter->write(entry);
                             else
                                 writer->write(entry);
                             transcriptFile.flush();
                         });
    }
    const QString where = options.socketPath.isEmpty()
        ? options.host + QLatin1Char('_') + QString::number(options.effectivePort())
        : options.socketPath;
    TerminalConsole terminal(&console, where);
    if (command.parser().isSet(QStringLiteral("script"))) {
        QString error;
        if (!terminal.setScript(command.parser().value(QStringLiteral("script")), &error))
            return command.usageError(error);
    }
    engine::SmtpError error;
    QObject::connect(&console.session(), &session::SmtpSession::errorOccurred, &console,
                     [&error](const engine::SmtpError &e) {
                         if (!error)
                             error = e;
                     });
    console.open();
    terminal.exec();
    return error ? engine::SmtpError::exitCode(error.kind) : 0;
}

} // namespace postscope::cli
