#include "send/outgoingmessage.h"

#include "mime/envelope.h"
#include "mime/sequencesource.h"
#include "session/smtpsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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

bool anyEightBit(const QByteArray &sender, const QList<QByteArray> &recipients)
{
    bool found = mime::hasEightBit(sender);
    for (const QByteArray &r : recipients)
        found = found || mime::hasEightBit(r);
    return found;
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
    prepared.envelope.smtpUtf8 = derived.international;
    prepared.envelope.eightBit = eightBit;
    return prepared;
}

PreparedMessage fromSpec(const MessageRequest &request)
{
    PreparedMessage prepared;
    mime::MessageSpec spec = request.spec;
    QByteArray sender;
    if (request.sender) {
        sender = *request.sender;
    } else if (!spec.from.isEmpty()) {
        sender = mime::addressOf(spec.from);
        if (sender.isEmpty()) {
            prepared.error = tr("Not an email address: %1").arg(spec.from);
            return prepared;
        }
    }
    QList<QByteArray> recipients = request.recipients;
    if (recipients.isEmpty()) {
        for (const QString &mailbox : spec.to + spec.cc + request.bcc) {
            const QList<QByteArray> addresses = mime::addressesOf({mailbox.toUtf8()});
            if (addresses.isEmpty()) {
                prepared.error = tr("Not an email address: %1").arg(mailbox);
                return prepared;
            }
            recipients += addresses;
        }
    }
    if (spec.messageIdDomain.isEmpty()) {
        const qsizetype at = sender.lastIndexOf('@');
        spec.messageIdDomain = at > 0 ? sender.mid(at + 1) : QHostInfo::localHostName().toUtf8();
    }
    const mime::BuiltMessage built = mime::buildMessage(spec);
    if (!built.isValid()) {
        prepared.error = built.error;
        return prepared;
    }
    prepared.envelope.sender = sender;
    prepared.head = built.data;
    if (!built.streamFile.isEmpty()) {
        prepared.streamFile = built.streamFile;
        prepared.streamSize = QFileInfo(built.streamFile).size();
    }
    for (const QByteArray &address : std::as_const(recipients))
        prepared.envelope.recipients.append(engine::Recipient {address, request.rcptOptions});
    prepared.envelope.smtpUtf8 = built.smtpUtf8;
    prepared.envelope.eightBit = built.eightBit;
    return prepared;
}

} // namespace

std::unique_ptr<engine::MessageSource> PreparedMessage::source() const
{
    if (streamFile.isEmpty())
        return std::make_unique<engine::ByteArraySource>(head);
    auto sequence = std::make_unique<mime::SequenceSource>();
    sequence->append(head);
    sequence->append(std::make_unique<LazyFileSource>(streamFile, streamOffset, streamSize));
    return sequence;
}

PreparedMessage prepareMessage(const MessageRequest &request)
{
    PreparedMessage prepared
        = request.messageFile.isEmpty() ? fromSpec(request) : fromFile(request);
    if (!prepared.isValid())
        return prepared;
    if (prepared.envelope.recipients.isEmpty()) {
        prepared.error = tr("The message has no recipient.");
        return prepared;
    }
    prepared.envelope.mailOptions = request.mailOptions;
    // RFC 6531 3.4: an address with UTF-8 needs SMTPUTF8 whatever the
    // headers hold, and smtplib then sends BODY=8BITMIME too. One rule for
    // every front end.
    QList<QByteArray> addresses;
    for (const engine::Recipient &r : std::as_const(prepared.envelope.recipients))
        addresses.append(r.address);
    if (anyEightBit(prepared.envelope.sender, addresses))
        prepared.envelope.smtpUtf8 = true;
    if (prepared.envelope.smtpUtf8)
        prepared.envelope.eightBit = true;
    return prepared;
}

} // namespace postscope::send
