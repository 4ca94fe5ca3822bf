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

void addComposeOptions(QCommandLineParser &p)
{
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
}

// What compose refuses before building anything; "" when the options fit.
QString checkOptions(const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return tr("unexpected argument '%1'").arg(p.positionalArguments().first());
    if (!p.isSet(QStringLiteral("output")))
        return tr("--output FILE is required");
    if (p.isSet(QStringLiteral("message")))
        return tr("compose builds a message: --message is for send");
    if (p.isSet(QStringLiteral("json")) && p.value(QStringLiteral("output")) == QLatin1String("-"))
        return tr("--json and --output - would both write to stdout");
    return {};
}

// Writes the built message to output (a file, or "-" for stdout) and lints
// the octets on the way; streamed parts are copied piece by piece, so
// memory stays bounded here too. "" or an error sentence.
QString writeMessage(const mime::BuiltMessage &built, const QString &output, mime::Linter *linter)
{
    QSaveFile file(output == QLatin1String("-") ? QString() : output);
    QFile stdoutFile;
    QIODevice *device = &file;
    if (output == QLatin1String("-")) {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return tr("cannot write to stdout");
        device = &stdoutFile;
    } else if (!file.open(QIODevice::WriteOnly)) {
        return tr("cannot write %1: %2").arg(output, file.errorString());
    }
    auto source = built.source();
    while (!source->atEnd()) {
        const QByteArray chunk = source->read(1 << 20);
        if (chunk.isEmpty())
            return source->errorString().isEmpty() ? tr("a part could not be read")
                                                   : source->errorString();
        linter->feed(chunk);
        if (device->write(chunk) != chunk.size())
            return tr("cannot write %1: %2").arg(output, device->errorString());
    }
    if (device == &file && !file.commit())
        return tr("cannot write %1: %2").arg(output, file.errorString());
    return {};
}

void printResult(bool json, const QString &output, const mime::BuiltMessage &built,
                 const QList<QByteArray> &commands, const QList<mime::LintFinding> &findings)
{
    if (!json) {
        for (const QByteArray &c : commands)
            err(QStringLiteral("%1\n").arg(QString::fromUtf8(c)));
        printFindings(findings, QStringLiteral("compose"));
        return;
    }
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
}

} // namespace

int runCompose(const QStringList &args)
{
    QCommandLineParser p;
    addComposeOptions(p);
    if (!p.parse(QStringList {QStringLiteral("compose")} + args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return 0;
    }
    if (const QString error = checkOptions(p); !error.isEmpty())
        return fail(error);
    const QString output = p.value(QStringLiteral("output"));

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

    mime::LintContext context;
    context.envelope = mime::engineEnvelope(built);
    context.blindRecipients = built.blindRecipients;
    context.server = spec.transport;
    mime::Linter linter(context);
    if (const QString error = writeMessage(built, output, &linter); !error.isEmpty())
        return fail(error);
    const QList<mime::LintFinding> findings = linter.finish();

    const QList<QByteArray> commands
        = mime::envelopeCommands(context.envelope, built.size(), spec.transport, &error);
    printResult(p.isSet(QStringLiteral("json")), output, built, commands, findings);
    return 0;
}

} // namespace postscope::cli
