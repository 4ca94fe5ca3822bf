#pragma once
// The one streaming transform for message data (RFC 5321 2.3.8, 4.5.2):
// every line ending (CRLF, bare LF, bare CR) becomes CRLF, then a leading
// "." on a line is doubled. Its output never holds a bare CR or LF nor any
// end-of-data look-alike; finish() adds the only "CRLF.CRLF".
// A dot after NUL bytes at the start of a line is doubled too, so that a next
// hop that drops NULs cannot read "CRLF NUL . CRLF" as the end of data.
// With dot-stuffing off it is the line-ending normaliser used for BDAT.

#include <QByteArray>
#include <QByteArrayView>

namespace postscope::protocol {

class DataEncoder
{
public:
    enum class Mode { DotStuffing, LineEndingsOnly };
    explicit DataEncoder(Mode mode = Mode::DotStuffing) : m_mode(mode) {}

    // Encodes the next chunk; a CR at the end of a chunk is held back until
    // the next call tells whether an LF follows.
    QByteArray encode(QByteArrayView chunk);
    void encode(QByteArrayView chunk, QByteArray *out); // appends to *out
    // Flushes what is held back and makes sure the data ends with CRLF. In
    // DotStuffing mode it then appends the end-of-data mark ".\r\n".
    QByteArray finish();
    void reset();

    static QByteArray encodeAll(QByteArrayView data, Mode mode = Mode::DotStuffing);

private:
    Mode m_mode;
    bool m_atLineStart = true;  // the current line holds nothing but NULs so far
    bool m_lineEmpty = true;    // the current line holds no byte at all
    bool m_pendingCr = false;
    bool m_empty = true;
};

// The reverse of DotStuffing for a complete data section without its final
// ".\r\n": removes one leading dot from each line. For tests and the server.
QByteArray unstuff(QByteArrayView stuffed);

} // namespace postscope::protocol
