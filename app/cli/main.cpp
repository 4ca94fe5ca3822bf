// postscope-cli: the Postscope engine without a window (CLI.md).
#include "commands.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace postscope::cli;

// Read by lupdate under postscope::cli; translated where it is printed.
static const char usage[] = QT_TRANSLATE_NOOP(
    "postscope::cli",
    "Usage: postscope-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  send    [connection] [auth] [message]   send mail\n"
    "  probe   [connection] [auth]             report what a server offers, with findings\n"
    "  verify  [connection] [check] ADDRESS... check addresses: VRFY, EXPN or the RCPT method\n"
    "  expn    [connection] [check] LIST...    EXPN each list\n"
    "  raw     [connection] COMMAND...         greeting, then each command as typed\n"
    "  serve   [server options]                run the sandbox server\n"
    "  compose [message] --output FILE.eml     build a message without sending it\n"
    "  lint    FILE.eml                        check a message before sending it\n"
    "  export  --as smtplib|swaks|cli FILE     a transcript as a script doing the same\n"
    "  diff    A B                             compare two transcripts\n"
    "  console [connection]                    type SMTP yourself, every reply explained\n"
    "  lesson  list | run NAME                 learn SMTP by doing it, against the sandbox\n"
    "  account add|edit|list|remove|test|export|import|trust|untrust ...\n"
    "                                          the accounts the window uses; every client\n"
    "                                          command takes --account NAME\n"
    "\n"
    "postscope-cli COMMAND --help lists a command's options.\n");

static QByteArray translatedUsage()
{
    return QCoreApplication::translate("postscope::cli", usage).toLocal8Bit();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Postscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTSCOPE_VERSION));
    // The system's language, as the window does (LANG=C: English).
    postscope::i18n::installTranslations(&app, QLocale::system());

    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        fputs(translatedUsage().constData(), stderr);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        fputs(translatedUsage().constData(), stdout);
        return 0;
    }
    if (command == QLatin1String("--version")) {
        printf("postscope-cli %s\n", POSTSCOPE_VERSION);
        return 0;
    }
    if (command == QLatin1String("send"))
        return runSend(args);
    if (command == QLatin1String("probe"))
        return runProbe(args);
    if (command == QLatin1String("verify"))
        return runVerify(args);
    if (command == QLatin1String("expn"))
        return runExpn(args);
    if (command == QLatin1String("raw"))
        return runRaw(args);
    if (command == QLatin1String("serve"))
        return runServe(args);
    if (command == QLatin1String("compose"))
        return runCompose(args);
    if (command == QLatin1String("lint"))
        return runLint(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("diff"))
        return runDiff(args);
    if (command == QLatin1String("console"))
        return runConsole(args);
    if (command == QLatin1String("lesson"))
        return runLesson(args);
    if (command == QLatin1String("account"))
        return runAccount(args);
    fprintf(stderr, "%s\n\n%s",
            qPrintable(
                QCoreApplication::translate("postscope::cli", "postscope-cli: unknown command '%1'")
                    .arg(command)),
            translatedUsage().constData());
    return 2;
}
