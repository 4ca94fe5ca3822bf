#include "send/outgoingmessage.h"

#include "mime/envelope.h"
#include "mime/sequencesource.h"
#include "session/smtpsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostInfo>

namespace postscope::send {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::send", text);
}

// Opens its file only when the engine first reads from it, so that
// `--count 10000` with a big file does not hold 10000 descriptors.
class LazyFileSource final : public engine::MessageSource
{
    Q_DECLARE_TR_FUNCTIONS(postscope::send::LazyFileSource)
public:
    LazyFileSource(QString path, qint64 offset, qint64 size)
        : m_path(std::move(path))
        , m_offset(offset)
        , m_size(size)
    {
    }
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
    QString errorString() const override { return m_source ? m_source->errorString() : m_error; }

private:
    bool open()
    {
        if (m_source)
            return true;
        if (!m_error.isEmpty())
            return false;
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

// RFC 6531 3.4: an address with UTF-8 needs SMTPUTF8 on MAIL, whatever the
// headers hold. One rule for every front end (the window once missed it).
void internationalAddresses(engine::Envelope *envelope)
{
    bool international = mime::hasEightBit(envelope->sender);
    for (const engine::Recipient &r : std::as_const(envelope->recipients))
        international = international || mime::hasEightBit(r.address);
    envelope->smtpUtf8 = envelope->smtpUtf8 || international;
}

// A complete message file: its header section in memory (at most 1 MiB), a
// big body streamed from the file after it.
PreparedMessage fromFile(const MessageRequest &request)
{
    PreparedMessage prepared;
    const QString &path = request.messageFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prepared.error = tr("%1: %2").arg(path, file.errorString());
        return prepared;
    }
    const qint64 size = file.size();
    const QByteArray start = file.read(qMin<qint64>(size, mime::streamBodyThreshold));
    const bool whole = start.size() == size;
    const qsizetype headerLength = mime::headerSectionLength(start, whole);
    if (headerLength < 0) {
        prepared.error = tr("%1: no end of the header section in its first MiB").arg(path);
        return prepared;
    }
    const QByteArrayView headerSection = QByteArrayView(start).first(headerLength);
    const mime::DerivedEnvelope derived = mime::deriveEnvelope(
        headerSection, request.sender.value_or(QByteArray()), request.recipients);
    if (!derived.isValid()) {
        prepared.error = tr("%1: %2").arg(path, derived.error);
        return prepared;
    }
    prepared.envelope.sender = request.sender ? *request.sender : derived.sender;
    for (const mime::HeaderField &f : mime::parseHeaderFields(headerSection)) {
        if (f.name.compare("Bcc", Qt::CaseInsensitive) == 0)
            prepared.blindRecipients += mime::addressesOf({f.value});
    }
    // smtplib: Bcc and Resent-Bcc are never transmitted.
    prepared.head = mime::stripBccFields(headerSection);
    bool eightBit = mime::hasEightBit(start);
    if (whole) {
        prepared.head += QByteArrayView(start).sliced(headerLength);
    } else {
        QString error;
        eightBit = eightBit || mime::fileHasEightBit(path, &error, start.size());
        if (!error.isEmpty()) {
            prepared.error = error;
            return prepared;
        }
        prepared.streamFile = path;
        prepared.streamOffset = headerLength;
        prepared.streamSize = size - headerLength;
    }
    for (const QByteArray &address : derived.recipients)
        prepared.envelope.recipients.append(engine::Recipient {address, request.rcptOptions});
    prepared.envelope.mailOptions = request.mailOptions;
    // smtplib adds SMTPUTF8 and BODY=8BITMIME for international addresses.
    prepared.envelope.smtpUtf8 = derived.international;
    prepared.envelope.eightBit = eightBit || derived.international;
    if (request.fileSecurity.dkim()) {
        // RFC 6376 over the octets as they leave (Bcc already removed).
        QString error;
        auto source = prepared.source();
        const QByteArray field = mime::dkimSignatureField(*source, request.fileSecurity, &error);
        if (field.isEmpty()) {
            prepared.error = error;
            return prepared;
        }
        prepared.head.prepend(field);
    }
    return prepared;
}

PreparedMessage fromSpec(const MessageRequest &request)
{
    PreparedMessage prepared;
    prepared.spec = request.spec;
    if (prepared.spec->messageIdDomain.isEmpty()) {
        // The right side of a generated Message-ID (RFC 5322 3.6.4): the
        // sender's domain, else this machine's name.
        const QByteArray from = mime::addressOf(prepared.spec->from);
        const qsizetype at = from.lastIndexOf('@');
        prepared.spec->messageIdDomain
            = at > 0 ? from.mid(at + 1) : QHostInfo::localHostName().toUtf8();
    }
    // One Message-ID and Date for every build of this message (and every
    // copy of --count).
    if (prepared.spec->messageId.isEmpty())
        prepared.spec->messageId = mime::generateMessageId(prepared.spec->messageIdDomain);
    if (!prepared.spec->date.isValid())
        prepared.spec->date = QDateTime::currentDateTime();
    // Built once now for a server that offers everything, so that bad input
    // fails before connecting; built again for the server's capabilities
    // once EHLO has named them (buildFor()).
    mime::MessageSpec early = *prepared.spec;
    early.transport = mime::TransportCapabilities {true, true, true, true, true, 0};
    prepared.built = mime::buildMessage(early);
    if (!prepared.built->isValid()) {
        prepared.error = prepared.built->error;
        return prepared;
    }
    prepared.spec->bodyFileScan = prepared.built->bodyFileScan; // a big body is scanned once
    prepared.envelope
        = mime::engineEnvelope(*prepared.built, request.mailOptions, request.rcptOptions);
    prepared.blindRecipients = prepared.built->blindRecipients;
    return prepared;
}

} // namespace

qint64 PreparedMessage::size() const
{
    return built ? built->size() : head.size() + streamSize;
}

std::unique_ptr<engine::MessageSource> PreparedMessage::source() const
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

bool PreparedMessage::buildFor(const mime::TransportCapabilities &server, QString *error)
{
    if (!spec)
        return true;
    mime::MessageSpec forServer = *spec;
    forServer.transport = server;
    mime::BuiltMessage again = mime::buildMessage(forServer);
    if (!again.isValid()) {
        if (error)
            *error = again.error;
        return false;
    }
    built = std::move(again);
    envelope = mime::engineEnvelope(*built, mailOptions, rcptOptions);
    blindRecipients = built->blindRecipients;
    internationalAddresses(&envelope);
    return true;
}

QList<mime::LintFinding> PreparedMessage::lint(const mime::TransportCapabilities &server,
                                               QString *error) const
{
    const mime::LintContext context {envelope, blindRecipients, server};
    if (built)
        return mime::lintMessage(*built, context, error);
    auto reader = source();
    return mime::lintMessage(*reader, context, error);
}

PreparedMessage prepareMessage(const MessageRequest &request)
{
    PreparedMessage prepared
        = request.messageFile.isEmpty() ? fromSpec(request) : fromFile(request);
    prepared.mailOptions = request.mailOptions;
    prepared.rcptOptions = request.rcptOptions;
    prepared.force = request.force;
    if (!prepared.isValid())
        return prepared;
    if (prepared.envelope.recipients.isEmpty()) {
        prepared.error = tr("The message has no recipient.");
        return prepared;
    }
    internationalAddresses(&prepared.envelope);
    return prepared;
}

} // namespace postscope::send
