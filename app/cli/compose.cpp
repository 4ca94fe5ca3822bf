// postscope-cli compose: build a message from the message options and write
// it to a file without sending it (CLI.md "compose").
#include "clientoptions.h"
#include "commands.h"
#include "messageoptions.h"

#include "engine/clientengine.h"
#include "mime/lint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

int fail(const QString &message)
{
    err(QStringLiteral("postscope-cli compose: %1\n").arg(message));
    return exitUsage;
}

} // namespace

int runCompose(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Build a message from the message options and write it to a "
                                   "file without sending it; print the "
                                   "envelope it would be sent with and what the lint finds."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    addMessageOptions(p);
    p.addOptions({
        {QStringLiteral("output"), tr("Write the message here (\"-\" for stdout)."),
         QStringLiteral("FILE")},
        {QStringLiteral("server-offers"),
         tr("Encode for a server that offers these: "
            "8BITMIME,BINARYMIME,CHUNKING,SMTPUTF8,DSN,SIZE=N (default: "
            "none, the 7-bit form any server takes)."),
         QStringLiteral("LIST")},
        {QStringLiteral("json"), tr("Print the result as one JSON object on stdout.")},
    });
    if (!p.parse(QStringList {QStringLiteral("compose")} + args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("output")))
        return fail(tr("--output FILE is required"));
    if (p.isSet(QStringLiteral("message")))
        return fail(tr("compose builds a message: --message is for send"));
    const QString output = p.value(QStringLiteral("output"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (json && output == QLatin1String("-"))
        return fail(tr("--json and --output - would both write to stdout"));

    mime::MessageSpec spec;
    if (const QString error = messageSpecFrom(p, &spec); !error.isEmpty())
        return fail(error);
    QString error;
    spec.transport
        = mime::TransportCapabilities::parse(p.value(QStringLiteral("server-offers")), &error);
    if (!error.isEmpty())
        return fail(error);
    const mime::BuiltMessage built = mime::buildMessage(spec);
    if (!built.isValid())
        return fail(built.error);

    // Streamed parts are copied piece by piece: bounded memory here too.
    QSaveFile file(output == QLatin1String("-") ? QString() : output);
    QFile stdoutFile;
    QIODevice *device = &file;
    if (output == QLatin1String("-")) {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(tr("cannot write to stdout"));
        device = &stdoutFile;
    } else if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("cannot write %1: %2").arg(output, file.errorString()));
    }
    auto source = built.source();
    mime::LintContext context;
    context.envelope = mime::engineEnvelope(built);
    context.blindRecipients = built.blindRecipients;
    context.server = spec.transport;
    mime::Linter linter(context);
    while (!source->atEnd()) {
        const QByteArray chunk = source->read(1 << 20);
        if (chunk.isEmpty())
            return fail(source->errorString().isEmpty() ? tr("a part could not be read")
                                                        : source->errorString());
        linter.feed(chunk);
        if (device->write(chunk) != chunk.size())
            return fail(tr("cannot write %1: %2").arg(output, device->errorString()));
    }
    if (device == &file && !file.commit())
        return fail(tr("cannot write %1: %2").arg(output, file.errorString()));
    const QList<mime::LintFinding> findings = linter.finish();

    const QList<QByteArray> commands
        = mime::envelopeCommands(context.envelope, built.size(), spec.transport, &error);
    if (json) {
        QJsonArray lines;
        for (const QByteArray &c : commands)
            lines.append(QString::fromUtf8(c));
        QJsonArray recipients;
        for (const QByteArray &r : built.envelopeRecipients)
            recipients.append(QString::fromUtf8(r));
        printJson(QJsonObject {
            {QStringLiteral("ok"), true},
            {QStringLiteral("error"), QJsonValue::Null},
            {QStringLiteral("output"), output},
            {QStringLiteral("size"), double(built.size())},
            {QStringLiteral("sender"), QString::fromUtf8(built.envelopeSender)},
            {QStringLiteral("recipients"), recipients},
            {QStringLiteral("envelope"), lines},
            {QStringLiteral("findings"), findingsJson(findings)},
        });
    } else {
        for (const QByteArray &c : commands)
            err(QStringLiteral("%1\n").arg(QString::fromUtf8(c)));
        printFindings(findings, QStringLiteral("compose"));
    }
    return 0;
}

} // namespace postscope::cli
