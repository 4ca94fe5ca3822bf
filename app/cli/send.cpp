// postscope-cli send (CLI.md "Message options").
#include "clientoptions.h"
#include "commands.h"
#include "messageoptions.h"

#include "mime/envelope.h"
#include "mime/lint.h"
#include "mime/messagebuilder.h"
#include "mime/sequencesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace postscope::cli {

using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

// Opens its file only when the engine first reads from it, so that
// `--count 10000` with a big file does not hold 10000 descriptors.
class LazyFileSource final : public engine::MessageSource
{
public:
    LazyFileSource(QString path, qint64 offset, qint64 size)
        : m_path(std::move(path)), m_offset(offset), m_size(size) {}
    qint64 sizeHint() const override { return m_size; }
    QByteArray read(qint64 maxBytes) override
    {
        if (!open())
            return {};
        return m_source->read(maxBytes);
    }
    bool atEnd() const override
    {
        if (!m_source)
            return m_size == 0;
        return m_source->atEnd();
    }
    QString errorString() const override
    {
        return m_source ? m_source->errorString() : m_error;
    }

private:
    bool open()
    {
        if (m_source)
            return true;
        auto file = std::make_unique<QFile>(m_path);
        if (!file->open(QIODevice::ReadOnly) || !file->seek(m_offset)) {
            m_error = tr("cannot read %1: %2").arg(m_path, file->errorString());
            return false;
        }
        m_source = session::SmtpSession::deviceSource(std::move(file), m_size);
        return true;
    }
    QString m_path;
    qint64 m_offset;
    qint64 m_size;
    QString m_error;
    std::unique_ptr<engine::MessageSource> m_source;
};

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

struct Prepared
{
    engine::Envelope envelope;
    QByteArray head;          // in memory: the whole message, or what goes before the streamed file
    QString streamFile;       // non-empty: then this file from streamOffset on
    qint64 streamOffset = 0;
    qint64 streamSize = 0;
    std::optional<mime::BuiltMessage> built; // a message built from the options

    std::unique_ptr<engine::MessageSource> source() const
    {
        if (built)
            return built->source();
        if (streamFile.isEmpty())
            return std::make_unique<engine::ByteArraySource>(head);
        auto sequence = std::make_unique<mime::SequenceSource>();
        sequence->append(head);
        sequence->append(std::make_unique<LazyFileSource>(streamFile, streamOffset, streamSize));
        return sequence;
    }
};

QJsonObject replyJson(const protocol::Reply &reply)
{
    return QJsonObject{
        {QStringLiteral("code"), reply.isValid() ? QJsonValue(reply.code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enhancedCode"), ClientRun::enhancedJson(reply.enhanced)},
        {QStringLiteral("text"), QString::fromUtf8(reply.text(true))},
    };
}

} // namespace

int runSend(const QStringList &args)
{
    ClientCommand command(QStringLiteral("send"), tr("Send mail through an SMTP or LMTP server, and report the result for every recipient."));
    QCommandLineParser &p = command.parser();
    addMessageOptions(p);
    p.addOptions({
        {QStringLiteral("mail-option"), tr("MAIL parameter, e.g. RET=HDRS (repeatable)."), QStringLiteral("OPT")},
        {QStringLiteral("rcpt-option"), tr("RCPT parameter for every recipient, e.g. NOTIFY=NEVER (repeatable)."),
         QStringLiteral("OPT")},
        {QStringLiteral("count"), tr("Send the message N times over one session (default: 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
    });
    if (const int code = command.parse(args); code >= 0)
        return code;
    if (!p.positionalArguments().isEmpty())
        return command.usageError(tr("unexpected argument '%1'").arg(p.positionalArguments().first()));

    bool ok = false;
    const int count = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1)
        return command.usageError(tr("--count must be a whole number of at least 1"));

    // Every value that ends up on a command line or in a header is checked
    // here, before anything is sent (RFC 5321 4.1.1: no CR/LF in arguments).
    for (const char *name : {"from", "to", "cc", "bcc", "subject", "mail-option", "rcpt-option"}) {
        for (const QString &value : p.values(QLatin1String(name))) {
            if (hasLineBreak(value))
                return command.usageError(tr("--%1 holds a line break or NUL: refused (header or command injection)")
                                              .arg(QLatin1String(name)));
        }
    }
    QList<QByteArray> mailOptions;
    for (const QString &option : p.values(QStringLiteral("mail-option"))) {
        if (option.isEmpty() || option.contains(QLatin1Char(' ')))
            return command.usageError(tr("--mail-option takes one parameter without spaces: '%1'").arg(option));
        mailOptions << option.toUtf8();
    }
    QList<QByteArray> rcptOptions;
    for (const QString &option : p.values(QStringLiteral("rcpt-option"))) {
        if (option.isEmpty() || option.contains(QLatin1Char(' ')))
            return command.usageError(tr("--rcpt-option takes one parameter without spaces: '%1'").arg(option));
        rcptOptions << option.toUtf8();
    }

    auto addressList = [&](const char *name, QList<QByteArray> *out) -> QString {
        for (const QString &value : p.values(QLatin1String(name))) {
            const QList<QByteArray> addresses = mime::addressesOf({value.toUtf8()});
            if (addresses.isEmpty())
                return tr("--%1 '%2' is not an address").arg(QLatin1String(name), value);
            *out += addresses;
        }
        return {};
    };
    QList<QByteArray> recipients;
    for (const char *name : {"to", "cc", "bcc"}) {
        if (const QString error = addressList(name, &recipients); !error.isEmpty())
            return command.usageError(error);
    }
    QByteArray sender;
    const bool haveFrom = p.isSet(QStringLiteral("from"));
    if (haveFrom && !p.value(QStringLiteral("from")).isEmpty()) {
        sender = mime::addressOf(p.value(QStringLiteral("from")));
        if (sender.isEmpty())
            return command.usageError(tr("--from '%1' is not an address").arg(p.value(QStringLiteral("from"))));
    } else if (haveFrom) {
        sender = QByteArray("");   // RFC 5321 4.5.5: the null reverse path
    }

    Prepared prepared;
    mime::MessageSpec spec;
    QList<QByteArray> blindRecipients;
    QString messageError;
    const QString messageFile = completeMessageFile(p, &messageError);
    if (!messageError.isEmpty())
        return command.usageError(messageError);
    if (!messageFile.isEmpty()) {
        const QString path = messageFile;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return command.usageError(tr("--message %1: %2").arg(path, file.errorString()));
        const qint64 size = file.size();
        // The header section is read into memory (at most 1 MiB); a big body
        // is streamed from the file after it.
        const QByteArray start = file.read(qMin<qint64>(size, mime::streamBodyThreshold));
        const bool whole = start.size() == size;
        const qsizetype headerLength = mime::headerSectionLength(start, whole);
        if (headerLength < 0)
            return command.usageError(tr("--message %1: no end of the header section in its first MiB").arg(path));
        const QByteArrayView headerSection = QByteArrayView(start).first(headerLength);
        const mime::DerivedEnvelope derived =
            mime::deriveEnvelope(headerSection, haveFrom ? sender : QByteArray(), recipients);
        if (!derived.isValid())
            return command.usageError(tr("--message %1: %2").arg(path, derived.error));
        prepared.envelope.sender = derived.sender;
        recipients = derived.recipients;
        for (const mime::HeaderField &f : mime::parseHeaderFields(headerSection)) {
            if (f.name.compare("Bcc", Qt::CaseInsensitive) == 0)
                blindRecipients += mime::addressesOf({f.value});
        }
        // smtplib: Bcc and Resent-Bcc are never transmitted.
        prepared.head = mime::stripBccFields(headerSection);
        bool eightBit = mime::hasEightBit(start);
        if (whole) {
            prepared.head += QByteArrayView(start).sliced(headerLength);
        } else {
            QString error;
            eightBit = eightBit || mime::fileHasEightBit(path, &error, start.size());
            if (!error.isEmpty())
                return command.usageError(error);
            prepared.streamFile = path;
            prepared.streamOffset = headerLength;
            prepared.streamSize = size - headerLength;
        }
        // smtplib adds SMTPUTF8 and BODY=8BITMIME for international addresses.
        prepared.envelope.smtpUtf8 = derived.international;
        prepared.envelope.eightBit = eightBit || derived.international;
        mime::Security security;
        if (const QString error = securityFrom(p, &security); !error.isEmpty())
            return command.usageError(error);
        if (security.dkim()) {
            // RFC 6376 over the octets as they leave (Bcc already removed).
            QString error;
            auto source = prepared.source();
            const QByteArray field = mime::dkimSignatureField(*source, security, &error);
            if (field.isEmpty())
                return command.usageError(error);
            prepared.head.prepend(field);
        }
    } else {
        if (!haveFrom)
            return command.usageError(tr("--from is required (or --message)"));
        if (recipients.isEmpty())
            return command.usageError(tr("at least one --to, --cc or --bcc is required"));
        if (const QString error = messageSpecFrom(p, &spec); !error.isEmpty())
            return command.usageError(error);
        // Built once now for the most cautious server, so that bad input
        // fails before connecting; built again for the server's
        // capabilities once EHLO has named them.
        mime::MessageSpec early = spec;
        early.transport = mime::TransportCapabilities{true, true, true, true, true, 0};
        prepared.built = mime::buildMessage(early);
        if (!prepared.built->isValid())
            return command.usageError(prepared.built->error);
        spec.bodyFileScan = prepared.built->bodyFileScan;
    }
    if (prepared.built) {
        prepared.envelope = mime::engineEnvelope(*prepared.built, mailOptions, rcptOptions);
        blindRecipients = prepared.built->blindRecipients;
    } else {
        prepared.envelope.mailOptions = mailOptions;
        for (const QByteArray &address : std::as_const(recipients))
            prepared.envelope.recipients.append(engine::Recipient{address, rcptOptions});
    }
    const bool force = forced(p);

    // --- the session
    ClientRun run(command);
    QList<engine::TransactionResult> results;
    results.reserve(count);
    int finished = 0;
    bool errorBeforeDone = false;
    QHash<quint64, int> indexOf;
    QHash<quint64, engine::TransactionResult> early;
    QObject::connect(&run.session(), &session::SmtpSession::errorOccurred, &run, [&](const SmtpError &) {
        if (finished < count)
            errorBeforeDone = true;
    });
    QObject::connect(&run.session(), &session::SmtpSession::transactionFinished, &run,
                     [&](const engine::TransactionResult &result) {
                         // The session may report a request it refused at
                         // once, before send() has returned its id.
                         if (!indexOf.contains(result.id)) {
                             early.insert(result.id, result);
                             return;
                         }
                         results[indexOf.value(result.id)] = result;
                         if (++finished == count)
                             run.finish();
                     });
    run.exec([&] {
        run.authenticateThen([&] {
            // Encodings follow what the server offers (RFC 6152, RFC 3030,
            // RFC 6531), then the lint judges what will leave.
            const engine::ClientEngine &engine = run.session().engine();
            const auto server = mime::TransportCapabilities::from(engine.capabilities(), engine.usesChunking());
            if (prepared.built) {
                spec.transport = server;
                prepared.built = mime::buildMessage(spec);
                if (!prepared.built->isValid()) {
                    run.setError(SmtpError::make(SmtpError::Kind::Usage, prepared.built->error));
                    run.finish();
                    return;
                }
                prepared.envelope = mime::engineEnvelope(*prepared.built, mailOptions, rcptOptions);
            }
            mime::LintContext context{prepared.envelope, blindRecipients, server};
            QString lintError;
            QList<mime::LintFinding> findings;
            if (prepared.built) {
                findings = mime::lintMessage(*prepared.built, context, &lintError);
            } else {
                auto lintSource = prepared.source();
                findings = mime::lintMessage(*lintSource, context, &lintError);
            }
            printFindings(findings, QStringLiteral("send"));
            if (!lintError.isEmpty() || (mime::hasErrors(findings) && !force)) {
                const bool extension = std::any_of(findings.begin(), findings.end(), [](const mime::LintFinding &f) {
                    return f.needsExtension && f.severity == mime::LintFinding::Severity::Error;
                });
                run.setError(SmtpError::make(extension ? SmtpError::Kind::NotSupported : SmtpError::Kind::Usage,
                                             lintError.isEmpty() ? tr("the lint found errors; nothing was sent "
                                                                      "(--force sends anyway)")
                                                                 : lintError));
                run.finish();
                return;
            }
            for (int i = 0; i < count; ++i)
                results.append(engine::TransactionResult{});
            // All N go into the engine's queue at once: with PIPELINING the
            // next MAIL follows the final dot of the one before (RFC 2920).
            for (int i = 0; i < count; ++i) {
                const quint64 id = run.session().send(prepared.envelope, prepared.source());
                indexOf.insert(id, i);
                if (early.contains(id)) {
                    results[i] = early.take(id);
                    if (++finished == count)
                        run.finish();
                }
            }
        });
    });

    // --- the outcome
    int sent = 0;
    SmtpError transactionError;
    bool partial = false;
    qint64 bytes = 0;
    for (int i = 0; i < results.size(); ++i) {
        const engine::TransactionResult &r = results.at(i);
        bytes += r.dataBytes;
        if (r.sent)
            ++sent;
        if (r.sent && r.partial())
            partial = true;
        if (!r.sent && r.error && !transactionError)
            transactionError = r.error;
    }
    SmtpError error;
    if (run.error() && (errorBeforeDone || !run.readyReached() || finished < count))
        error = run.error();
    else if (transactionError)
        error = transactionError;
    else if (finished < count)
        error = SmtpError::make(SmtpError::Kind::Disconnected,
                                tr("the session ended before every message was sent"));
    run.setError(error);
    int exitCode = error ? SmtpError::exitCode(error.kind) : (partial ? 1 : 0);

    // One entry per envelope recipient, from the first transaction.
    const engine::TransactionResult first = results.isEmpty() ? engine::TransactionResult{} : results.first();
    QJsonArray recipientsJson;
    for (qsizetype i = 0; i < prepared.envelope.recipients.size(); ++i) {
        const QByteArray address = prepared.envelope.recipients.at(i).address;
        const engine::RecipientResult r =
            i < first.recipients.size() ? first.recipients.at(i) : engine::RecipientResult{address, false, {}};
        QJsonObject o = replyJson(r.reply);
        o.insert(QStringLiteral("address"), QString::fromUtf8(address));
        o.insert(QStringLiteral("accepted"), r.accepted);
        recipientsJson.append(o);
    }

    if (command.json()) {
        QJsonObject o = run.baseJson(exitCode == 0);
        o.insert(QStringLiteral("messagesSent"), sent);
        o.insert(QStringLiteral("messagesAttempted"), count);
        o.insert(QStringLiteral("recipients"), recipientsJson);
        o.insert(QStringLiteral("sender"), QString::fromUtf8(prepared.envelope.sender));
        o.insert(QStringLiteral("dataReply"), first.dataReply.isValid() ? QJsonValue(replyJson(first.dataReply))
                                                                        : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("dataBytes"), double(bytes));
        o.insert(QStringLiteral("auth"), run.authJson());
        if (count > 1) {
            int partialCount = 0;
            for (const auto &r : std::as_const(results))
                partialCount += r.sent && r.partial();
            o.insert(QStringLiteral("messagesPartial"), partialCount);
            o.insert(QStringLiteral("messagesPerSecond"), run.elapsedSeconds() > 0 ? sent / run.elapsedSeconds() : 0.0);
        }
        printJson(o);
    } else {
        if (!first.recipients.isEmpty()) {
            for (const engine::RecipientResult &r : first.recipients)
                out(QStringLiteral("%1  %2  %3\n")
                        .arg(QString::fromUtf8(r.address),
                             r.accepted ? tr("accepted") : tr("refused"), replySummary(r.reply)));
        }
        if (count == 1 && first.sent) {
            int accepted = 0;
            for (const auto &r : first.recipients)
                accepted += r.accepted;
            out(tr("Message accepted for %1 of %2 recipients: %3\n")
                    .arg(accepted).arg(first.recipients.size()).arg(replySummary(first.dataReply)));
        } else if (count > 1) {
            const double seconds = run.elapsedSeconds();
            out(tr("%1 of %2 messages accepted in %3 s (%4 messages/s)\n")
                    .arg(sent).arg(count).arg(seconds, 0, 'f', 3)
                    .arg(seconds > 0 ? sent / seconds : 0.0, 0, 'f', 0));
        }
        if (error)
            err(tr("postscope-cli send: %1: %2\n").arg(SmtpError::kindName(error.kind), error.message));
    }
    return exitCode;
}

} // namespace postscope::cli
