// postscope-cli export: a transcript written with --transcript as a Python
// smtplib script, swaks command lines or postscope-cli commands that do the
// same (core/transcript/exporter.h). Secrets stay placeholders.
#include "commands.h"

#include "transcript/exporter.h"
#include "transcript/transcriptreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::export", text);
}

int fail(const QString &message, int code = 2)
{
    fprintf(stderr, "postscope-cli export: %s\n", qPrintable(message));
    return code;
}

const char helpText[]
    = "Usage: postscope-cli export --as smtplib|swaks|cli [options] TRANSCRIPT\n"
      "\n"
      "Turns a finished session, from a transcript written with --transcript\n"
      "(text or JSON; - reads standard input), into something that does the same:\n"
      "  smtplib  a Python script that repeats every command through smtplib\n"
      "  swaks    one swaks command per message sent (other commands are listed\n"
      "           as warnings)\n"
      "  cli      one postscope-cli send per message, verify/expn for VRFY/EXPN\n"
      "A transcript never holds a secret: the scripts read the user and the\n"
      "password from the environment variables POSTSCOPE_USER and\n"
      "POSTSCOPE_PASSWORD. Warnings (what a format cannot repeat) go to stderr.\n"
      "\n"
      "Options:\n"
      "  --as FORMAT          smtplib, swaks or cli (required)\n"
      "  --server HOST[:PORT] connect there instead of where the session went\n"
      "                       (the transcript's \"Connected to\" note)\n"
      "  --ca-file FILE       trust anchors (PEM) for TLS in the exported commands\n"
      "  -o, --output FILE    write there instead of standard output\n";

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption as(QStringLiteral("as"), {}, QStringLiteral("FORMAT"));
    const QCommandLineOption server(QStringLiteral("server"), {}, QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")}, {},
                                    QStringLiteral("FILE"));
    p.addOptions({help, as, server, caFile, output});
    if (!p.parse(QStringList {QStringLiteral("export")} + args))
        return fail(p.errorText());
    if (p.isSet(help)) {
        fputs(helpText, stdout);
        return 0;
    }
    transcript::ExportOptions options;
    if (!p.isSet(as) || !transcript::parseExportFormat(p.value(as), &options.format))
        return fail(tr("--as wants smtplib, swaks or cli"));
    if (p.positionalArguments().size() != 1)
        return fail(tr("name one transcript file (or - for standard input)"));
    if (p.isSet(server)) {
        QString host = p.value(server);
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        // "[::1]:25" and "host:25"; a bare IPv6 address has several colons.
        if (colon > 0 && (host.startsWith(QLatin1Char('[')) || host.count(QLatin1Char(':')) == 1)) {
            bool ok = false;
            const uint port = host.mid(colon + 1).toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return fail(tr("--server %1: the port is not a number from 1 to 65535").arg(host));
            options.port = quint16(port);
            host.truncate(colon);
        }
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            return fail(tr("--server wants HOST[:PORT]"));
        options.host = host;
    }
    options.caFile = p.value(caFile);
    const QString path = p.positionalArguments().first();
    options.transcriptName = path;
    const transcript::ReadTranscript read = transcript::readTranscriptFile(path);
    if (!read.ok())
        return fail(QStringLiteral("%1: %2").arg(path, read.error));
    const transcript::ExportResult result
        = transcript::exportConversation(read.conversation, options);
    for (const QString &problem : read.conversation.problems)
        fprintf(stderr, "postscope-cli export: warning: %s\n", qPrintable(problem));
    if (!result.ok())
        return fail(result.error);
    for (const QString &warning : result.warnings)
        fprintf(stderr, "postscope-cli export: warning: %s\n", qPrintable(warning));
    if (p.isSet(output)) {
        QFile file(p.value(output));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(result.text) != result.text.size() || !file.flush())
            return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        // A script: make it runnable like one.
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
        return 0;
    }
    fwrite(result.text.constData(), 1, size_t(result.text.size()), stdout);
    return 0;
}

} // namespace postscope::cli
