#pragma once
// Message sources that read files while the message is being sent, so that
// a 1 GiB attachment leaves with bounded memory: the raw bytes of a file
// range, and a file encoded as base64 on the fly (RFC 2045 6.8: 76-character
// lines). Both open their file on the first read and promise an exact size
// up front (the SIZE parameter, RFC 1870), which a file that shrinks while
// it is sent breaks: that is reported as an error, never sent short.

#include "engine/messagesource.h"
#include "protocol/datatransform.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace postscope::mime {

// What one pass over some content found: what a transfer encoding has to
// cope with (RFC 2045 2.7-2.9, RFC 5322 2.1.1).
struct ContentScan
{
    qint64 size = 0;
    bool eightBit = false; // an octet above 127
    bool nul = false; // a NUL octet
    qint64 bareLf = 0; // LF not after CR
    qint64 bareCr = 0; // CR not before LF
    qint64 maxLineLength = 0; // octets between line endings, without them
    bool trailingWhitespace = false; // a line that ends in a space or tab (RFC 3156 3)
    bool fromLine = false; // a line starting "From " (mbox relays mangle it)
    bool endsWithNewline = true; // empty content counts as ending with one
};

// Incremental: feed() pieces in order, then result().
class ContentScanner
{
public:
    void feed(QByteArrayView data);
    ContentScan result() const;

private:
    ContentScan m_scan;
    qint64 m_line = 0;
    bool m_pendingCr = false;
    char m_last = '\n';
    QByteArray m_lineStart; // first 5 octets of the current line
};

ContentScan scanContent(QByteArrayView data);
// One pass over a file in 1 MiB blocks. False with *error when it cannot be read.
bool scanFile(const QString &path, ContentScan *scan, QString *error);

// Octets of the base64 form of n octets in 76-character lines, each ended
// by CRLF (the last line may be shorter).
qint64 base64EncodedSize(qint64 n);
// The same form for bytes in memory.
QByteArray base64Lines(QByteArrayView data);

class FileSource final : public engine::MessageSource
{
public:
    // AsIs: the octets of the file range. Crlf: every line ending (bare CR,
    // bare LF) becomes CRLF and the data ends with CRLF, through the one
    // line-ending normaliser (protocol::DataEncoder), so that the octets
    // read are exactly the octets sent; canonicalSize is then their number
    // (from a ContentScan: size + bareLf + bareCr, + 2 without a final newline).
    enum class LineEndings { AsIs, Crlf };
    FileSource(QString path, qint64 offset, qint64 size, LineEndings mode = LineEndings::AsIs,
               qint64 canonicalSize = -1);
    qint64 sizeHint() const override
    {
        return m_mode == LineEndings::Crlf ? m_canonicalSize : m_size;
    }
    QByteArray read(qint64 maxBytes) override;
    bool atEnd() const override
    {
        return m_done >= m_size && (m_mode == LineEndings::AsIs || m_finished);
    }
    QString errorString() const override { return m_error; }

private:
    bool open();
    QString m_path;
    qint64 m_offset;
    qint64 m_size;
    LineEndings m_mode;
    qint64 m_canonicalSize;
    qint64 m_done = 0;
    bool m_finished = false;
    protocol::DataEncoder m_encoder {protocol::DataEncoder::Mode::LineEndingsOnly};
    QString m_error;
    std::unique_ptr<QFile> m_file;
    Q_DECLARE_TR_FUNCTIONS(postscope::mime::FileSource)
};

class Base64FileSource final : public engine::MessageSource
{
public:
    // size: the octets of the file to encode (checked again while reading).
    Base64FileSource(QString path, qint64 size);
    qint64 sizeHint() const override { return base64EncodedSize(m_size); }
    QByteArray read(qint64 maxBytes) override;
    bool atEnd() const override { return m_read >= m_size && m_outPos >= m_out.size(); }
    QString errorString() const override { return m_error; }

private:
    bool fill();
    QString m_path;
    qint64 m_size;
    qint64 m_read = 0;
    QByteArray m_in;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    QString m_error;
    std::unique_ptr<QFile> m_file;
    Q_DECLARE_TR_FUNCTIONS(postscope::mime::Base64FileSource)
};

} // namespace postscope::mime
