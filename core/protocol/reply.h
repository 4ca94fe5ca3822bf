#pragma once
// SMTP replies (RFC 5321 4.2) and the incremental parser that reads them from
// a byte stream. Pure: no QObject, no I/O. Shared by client and server code.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace postscope::protocol {

// RFC 3463 enhanced status code: class.subject.detail, e.g. 5.1.1.
struct EnhancedCode
{
    int klass = 0;   // 2, 4 or 5; 0 when absent
    int subject = 0; // 0..999
    int detail = 0;  // 0..999

    bool isValid() const { return klass != 0; }
    QString toString() const; // "5.1.1", or an empty string when absent
    // Parses "x.y.z" at the start of text (followed by space or end).
    // Returns an invalid code and sets *consumed = 0 when text does not start with one.
    static EnhancedCode parse(QByteArrayView text, qsizetype *consumed = nullptr);
    friend bool operator==(const EnhancedCode &, const EnhancedCode &) = default;
};

// One complete reply, possibly multiline.
struct Reply
{
    int code = 0;              // 100..599
    EnhancedCode enhanced;     // from the first line, only when its class matches the code's
    QList<QByteArray> lines;   // text of each line after "ddd-"/"ddd "/"ddd", CRLF removed,
                               // enhanced code left in place (exactly what the server sent)
    QByteArray raw;            // the exact bytes received, line endings included

    bool isValid() const { return code >= 100 && code <= 599; }
    int klass() const { return code / 100; }
    bool isPositive() const { return code >= 200 && code < 400; }
    // smtplib's reply message: the lines joined by "\n"; with stripEnhanced the
    // leading enhanced code of each line is removed.
    QByteArray text(bool stripEnhanced = false) const;
    // Builds a reply from a code and lines (used by the server side and tests);
    // raw is the canonical wire form: "ddd-line\r\n"... "ddd line\r\n".
    static Reply make(int code, const QList<QByteArray> &lines);
    static Reply make(int code, const QByteArray &line) { return make(code, QList<QByteArray>{line}); }
    QByteArray toWire() const; // canonical wire form of code + lines
};

// A client's words as a server quotes them inside a reply's text. RFC 5321
// 4.2 makes reply text printable US-ASCII (textstring) and 4.5.3.1.5 caps a
// reply line at 512 octets with its CRLF, while a command line may be up to
// 1536 (MAIL) or 12288 (AUTH) octets long and hold UTF-8. So every octet outside
// %d32-126 becomes \xHH (two upper-case hex digits), a backslash \\ (so the
// quote reads back unambiguously), and a result longer than maxOctets is
// cut to maxOctets ending in "...". Unlike a terminal rendering this keeps
// no UTF-8: the reply grammar is ASCII.
QByteArray quoteForReply(QByteArrayView clientText, qsizetype maxOctets = 100);

// Incremental reply reader. Feed it bytes as they arrive; take complete replies.
// Malformed or endless input becomes an error state, never a crash or a hang.
class ReplyParser
{
public:
    struct Limits
    {
        int maxLineLength = 4096;   // RFC 5321 4.5.3.1.5 says 512; servers exceed it, be lenient
        int maxLinesPerReply = 1000;
        qsizetype maxBuffered = 1 << 20;
    };
    enum class Status { NeedMore, GotReply, Error };

    ReplyParser() = default;
    explicit ReplyParser(Limits limits) : m_limits(limits) {}

    void feed(QByteArrayView bytes);
    // Extracts the next complete reply into *reply. After Error, errorString()
    // says why and every further call returns Error until reset().
    Status next(Reply *reply);
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

    // Bytes received but not yet part of a complete reply (STARTTLS check).
    qsizetype bufferedSize() const;
    QByteArray takeBuffered();
    void reset();

private:
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;   // start of the reply being assembled in m_buffer
    QString m_error;
    // Incremental state, so that a reply fed byte by byte costs linear time.
    qsizetype m_scan = 0;      // start of the next line not yet taken into m_current
    qsizetype m_noNewline = 0; // m_buffer[m_scan, m_noNewline) is known to hold no LF
    Reply m_current;           // the lines of the reply being assembled

    Status fail(const QString &why);
    Q_DECLARE_TR_FUNCTIONS(postscope::protocol::ReplyParser)
};

} // namespace postscope::protocol
