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

// The reverse of DataEncoder's DotStuffing for a complete data section
// without its final ".\r\n": removes one leading dot from each line, taking
// a line to start after any LF and after leading NULs, as the encoder does.
// For the client-side tests; a server reads DATA with DataDecoder.
QByteArray unstuff(QByteArrayView stuffed);

// What a receiver does with a bare LF (an LF not preceded by CR) in DATA.
// RFC 5321 2.3.8 forbids it; Postfix refuses it by default since 3.9
// (smtpd_forbid_bare_newline = yes) because lenient readings of line ends
// are what SMTP smuggling exploits.
enum class BareLineFeed {
    Reject, // refuse the message (nothing of it is kept)
    Normalize, // read it as CRLF: it ends a line (for dot-unstuffing too) and is stored as
               // CRLF; but it never helps end the data: "LF . CRLF" is a "." line, kept
    Keep, // store it exactly; it does not end a line
};

// Where a receiver takes the data to end. Only CRLF "." CRLF is right (RFC
// 5321 4.1.1.4); the other reading exists so that the sandbox can play a
// vulnerable server for the SMTP smuggling lesson, and is never a default.
enum class EndOfData {
    Exact, // CRLF "." CRLF and nothing else
    UnsafeAnyLineEnd, // UNSAFE: also LF "." LF, LF "." CRLF and CRLF "." LF, as
                      // servers open to SMTP smuggling read it (2023); a bare
                      // LF then ends a line for the "." too
};

// The server's streaming reader of a DATA section (RFC 5321 4.1.1.4, 4.5.2):
// finds the end of data, which is CRLF "." CRLF and nothing else (a "." line
// at the very start counts: the 354 ended the line before), removes the one
// leading "." of each line and nothing more, and never changes any other
// octet unless told to normalise bare LFs. Bare CRs are always kept.
// Content past maxContent octets is counted but not kept.
class DataDecoder
{
public:
    explicit DataDecoder(BareLineFeed bareLf = BareLineFeed::Reject, qint64 maxContent = -1,
                         EndOfData endOfData = EndOfData::Exact);

    // Reads from bytes up to and including the end-of-data mark; returns how
    // many octets it took (fewer than given only when the end was found).
    qsizetype feed(QByteArrayView bytes);
    bool isFinished() const { return m_finished; }
    // The message so far (complete once finished); empty when it was
    // rejected for a bare LF or overflowed.
    QByteArray takeContent();
    qint64 contentSize() const { return m_size; } // octets of the message, kept or not
    bool overflowed() const { return m_overflow; }
    int bareLineFeeds() const { return m_bareLf; }
    // True when the policy is Reject and a bare LF was seen.
    bool rejected() const { return m_policy == BareLineFeed::Reject && m_bareLf > 0; }

private:
    enum class State { LineStart, Dot, DotCr, Body, CrPending };
    void put(char c);
    void put(const char *p, qsizetype n);
    void bareLf();

    BareLineFeed m_policy;
    qint64 m_max;
    EndOfData m_end;
    State m_state = State::LineStart;
    bool m_afterBareLf = false; // the current line began after a normalised bare LF
    QByteArray m_content;
    qint64 m_size = 0;
    int m_bareLf = 0;
    bool m_overflow = false;
    bool m_finished = false;
};

} // namespace postscope::protocol
