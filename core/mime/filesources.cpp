#include "mime/filesources.h"

#include <QCoreApplication>

#include <cstring>

namespace postscope::mime {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::mime", text);
}

// 57 input octets make one 76-character base64 line (RFC 2045 6.8).
constexpr qint64 lineInput = 57;
// Input read per refill: whole lines, about 256 KiB; the only buffers a
// streamed attachment ever needs.
constexpr qint64 blockInput = lineInput * 4600;

} // namespace

void ContentScanner::feed(QByteArrayView data)
{
    m_scan.size += data.size();
    for (char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c != '\n') {
                ++m_scan.bareCr;
                m_line = 0;
                m_lineStart.clear();
            }
        }
        if (c == '\r') {
            m_pendingCr = true;
        } else if (c == '\n') {
            if (m_last != '\r')
                ++m_scan.bareLf;
            m_line = 0;
            m_lineStart.clear();
        } else {
            if (c & 0x80)
                m_scan.eightBit = true;
            if (c == 0)
                m_scan.nul = true;
            ++m_line;
            if (m_line > m_scan.maxLineLength)
                m_scan.maxLineLength = m_line;
            if (m_lineStart.size() < 5) {
                m_lineStart += ch;
                if (m_lineStart == "From ")
                    m_scan.fromLine = true;
            }
        }
        // RFC 3156 3: whitespace before a line ending does not survive transport.
        if ((c == '\r' || c == '\n') && (m_last == ' ' || m_last == '\t'))
            m_scan.trailingWhitespace = true;
        m_last = ch;
    }
}

ContentScan ContentScanner::result() const
{
    ContentScan scan = m_scan;
    if (m_pendingCr)
        ++scan.bareCr;
    scan.endsWithNewline = scan.size == 0 || m_last == '\n' || m_last == '\r';
    if (!scan.endsWithNewline && (m_last == ' ' || m_last == '\t'))
        scan.trailingWhitespace = true;
    return scan;
}

ContentScan scanContent(QByteArrayView data)
{
    ContentScanner scanner;
    scanner.feed(data);
    return scanner.result();
}

bool scanFile(const QString &path, ContentScan *scan, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    ContentScanner scanner;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        if (n == 0)
            break;
        scanner.feed(QByteArrayView(block.constData(), n));
    }
    *scan = scanner.result();
    return true;
}

qint64 base64EncodedSize(qint64 n)
{
    const qint64 full = n / lineInput;
    const qint64 rest = n % lineInput;
    return full * 78 + (rest ? (rest + 2) / 3 * 4 + 2 : 0);
}

QByteArray base64Lines(QByteArrayView data)
{
    // One encoding of the whole block, then a CRLF after every 76
    // characters: the same text as encoding 57 octets a line, since 57
    // octets make 76 characters with no padding (RFC 2045 6.8).
    const QByteArray encoded = QByteArray::fromRawData(data.data(), data.size()).toBase64();
    QByteArray out(base64EncodedSize(data.size()), Qt::Uninitialized);
    char *o = out.data();
    const char *in = encoded.constData();
    for (qsizetype left = encoded.size(); left > 0;) {
        const qsizetype n = qMin<qsizetype>(76, left);
        memcpy(o, in, size_t(n));
        o += n;
        in += n;
        left -= n;
        *o++ = '\r';
        *o++ = '\n';
    }
    return out;
}

FileSource::FileSource(QString path, qint64 offset, qint64 size, LineEndings mode,
                       qint64 canonicalSize)
    : m_path(std::move(path))
    , m_offset(offset)
    , m_size(size)
    , m_mode(mode)
    , m_canonicalSize(canonicalSize)
{
}

bool FileSource::open()
{
    if (m_file)
        return true;
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly) || !file->seek(m_offset)) {
        m_error = tr("cannot read %1: %2").arg(m_path, file->errorString());
        return false;
    }
    m_file = std::move(file);
    return true;
}

QByteArray FileSource::read(qint64 maxBytes)
{
    if (atEnd() || !m_error.isEmpty() || !open())
        return {};
    if (m_done >= m_size) {
        // Crlf: what the normaliser held back, and the final CRLF.
        m_finished = true;
        return m_encoder.finish();
    }
    // Crlf can at most double the octets: read half as many.
    const qint64 budget = m_mode == LineEndings::Crlf ? qMax<qint64>(1, maxBytes / 2) : maxBytes;
    const qint64 want = qMin(budget, m_size - m_done);
    QByteArray out(want, Qt::Uninitialized);
    const qint64 n = m_file->read(out.data(), want);
    if (n <= 0) {
        m_error = n < 0 ? tr("cannot read %1: %2").arg(m_path, m_file->errorString())
                        : tr("%1 became shorter while it was being sent").arg(m_path);
        return {};
    }
    out.truncate(n);
    m_done += n;
    if (m_mode == LineEndings::AsIs)
        return out;
    QByteArray encoded = m_encoder.encode(out);
    if (m_done >= m_size) {
        encoded += m_encoder.finish();
        m_finished = true;
    }
    return encoded;
}

Base64FileSource::Base64FileSource(QString path, qint64 size)
    : m_path(std::move(path))
    , m_size(size)
{
}

bool Base64FileSource::fill()
{
    if (!m_file) {
        auto file = std::make_unique<QFile>(m_path);
        if (!file->open(QIODevice::ReadOnly)) {
            m_error = tr("cannot read %1: %2").arg(m_path, file->errorString());
            return false;
        }
        m_file = std::move(file);
        m_in.resize(blockInput);
    }
    const qint64 want = qMin(blockInput, m_size - m_read);
    qint64 got = 0;
    while (got < want) {
        const qint64 n = m_file->read(m_in.data() + got, want - got);
        if (n <= 0) {
            m_error = n < 0 ? tr("cannot read %1: %2").arg(m_path, m_file->errorString())
                            : tr("%1 became shorter while it was being sent").arg(m_path);
            return false;
        }
        got += n;
    }
    m_read += got;
    m_out = base64Lines(QByteArrayView(m_in.constData(), got));
    m_outPos = 0;
    return true;
}

QByteArray Base64FileSource::read(qint64 maxBytes)
{
    if (!m_error.isEmpty())
        return {};
    if (m_outPos >= m_out.size()) {
        if (m_read >= m_size || !fill())
            return {};
    }
    const qsizetype n = qMin<qsizetype>(maxBytes, m_out.size() - m_outPos);
    QByteArray out = m_out.mid(m_outPos, n);
    m_outPos += n;
    return out;
}

} // namespace postscope::mime
