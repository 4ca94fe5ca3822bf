#include "protocol/reply.h"

#include "protocol/printable.h"

#include <QCoreApplication>

namespace postscope::protocol {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..3 digits at text[*pos]; returns -1 when there is none.
int readNumber(QByteArrayView text, qsizetype *pos)
{
    int value = 0;
    qsizetype i = *pos;
    const qsizetype start = i;
    while (i < text.size() && i - start < 3 && isDigit(text[i]))
        value = value * 10 + (text[i++] - '0');
    if (i == start)
        return -1;
    *pos = i;
    return value;
}

// A short rendering of bytes for an error message, in the one notation for
// control characters (protocol/printable.h).
QString quoted(QByteArrayView bytes)
{
    constexpr qsizetype maxShown = 40;
    QString out = QString::fromUtf8(printable(bytes.first(qMin(bytes.size(), maxShown))));
    if (bytes.size() > maxShown)
        out += QLatin1String("...");
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::protocol", text);
}

// Checks a reply line, or the beginning of one when !complete (so that
// garbage is refused as soon as it arrives, not after maxLineLength bytes).
// RFC 5321 4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
//                            Reply-code [ SP textstring ] CRLF
// On success returns an empty string and sets *code and *last (complete lines).
QString checkLine(QByteArrayView line, bool complete, int expectedCode, int *code, bool *last)
{
    // A CR at the end of a partial line may be the CR of its CRLF: judge the
    // line without it, so that byte-by-byte input fails exactly like whole input.
    if (!complete && line.endsWith('\r'))
        line.chop(1);
    const qsizetype digits = qMin<qsizetype>(line.size(), 3);
    for (qsizetype i = 0; i < digits; ++i) {
        if (!isDigit(line[i]))
            return tr("Malformed reply: a line must start with a three-digit code, got %1")
                .arg(quoted(line));
    }
    if (line.size() < 3) {
        if (!complete)
            return {};
        return tr("Malformed reply: line too short for a reply code: %1").arg(quoted(line));
    }
    const int value = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (value < 100 || value > 599)
        return tr("Malformed reply: code %1 is outside 100..599").arg(value);
    // RFC 5321 4.2.1: every line of a multiline reply carries the same code.
    if (expectedCode != 0 && value != expectedCode)
        return tr("Malformed reply: code %1 in the middle of a multiline %2 reply")
            .arg(value)
            .arg(expectedCode);
    if (line.size() > 3) {
        const char sep = line[3];
        if (sep != ' ' && sep != '-')
            return tr("Malformed reply: expected a space or '-' after the code, got %1")
                .arg(quoted(line));
    }
    *code = value;
    // A bare "ddd" (smtp-sink's last EHLO line) ends a reply like "ddd ".
    *last = line.size() == 3 || line[3] == ' ';
    return {};
}

} // namespace

QString EnhancedCode::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detail);
}

// RFC 3463 2: status-code = class "." subject "." detail;
// class = "2"/"4"/"5", subject and detail = 1*3digit.
EnhancedCode EnhancedCode::parse(QByteArrayView text, qsizetype *consumed)
{
    if (consumed)
        *consumed = 0;
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return {};
    qsizetype pos = 2;
    const int subject = readNumber(text, &pos);
    if (subject < 0 || pos >= text.size() || text[pos] != '.')
        return {};
    ++pos;
    const int detail = readNumber(text, &pos);
    if (detail < 0)
        return {};
    // RFC 2034 4: the code is followed by a space before the text (or ends the line).
    if (pos < text.size() && text[pos] != ' ' && text[pos] != '\t')
        return {};
    if (consumed)
        *consumed = pos;
    EnhancedCode code;
    code.klass = text[0] - '0';
    code.subject = subject;
    code.detail = detail;
    return code;
}

QByteArray Reply::text(bool stripEnhanced) const
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += '\n';
        QByteArrayView line = lines[i];
        if (stripEnhanced) {
            qsizetype consumed = 0;
            const EnhancedCode e = EnhancedCode::parse(line, &consumed);
            // RFC 3463 3: the class of the enhanced code matches the reply's.
            if (e.isValid() && e.klass == klass()) {
                line = line.sliced(consumed);
                if (!line.isEmpty())
                    line = line.sliced(1);
            }
        }
        out += line;
    }
    return out;
}

Reply Reply::make(int code, const QList<QByteArray> &lines)
{
    Reply reply;
    reply.code = code;
    reply.lines = lines;
    if (reply.lines.isEmpty())
        reply.lines.append(QByteArray());
    // A reply line can never hold a line break: when server code quotes a
    // client's words they must not become a reply line of their own.
    for (QByteArray &line : reply.lines) {
        for (char &c : line) {
            if (c == '\r' || c == '\n' || c == '\0')
                c = ' ';
        }
    }
    const EnhancedCode e = EnhancedCode::parse(reply.lines.first());
    if (e.isValid() && e.klass == reply.klass())
        reply.enhanced = e;
    reply.raw = reply.toWire();
    return reply;
}

QByteArray Reply::toWire() const
{
    const QByteArray digits = QByteArray::number(code).rightJustified(3, '0', true);
    QByteArray out;
    const qsizetype n = qMax<qsizetype>(lines.size(), 1);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArray line = i < lines.size() ? lines[i] : QByteArray();
        const bool last = i == n - 1;
        out += digits;
        // RFC 5321 4.2: Reply-code [ SP textstring ] CRLF for the last line.
        if (!last)
            out += '-';
        else if (!line.isEmpty())
            out += ' ';
        out += line;
        out += "\r\n";
    }
    return out;
}

QByteArray quoteForReply(QByteArrayView clientText, qsizetype maxOctets)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    static constexpr QByteArrayView cutMark = "...";
    maxOctets = qMax(maxOctets, cutMark.size());
    QByteArray out;
    qsizetype cutAt = -1; // where to cut, with room for the mark, should the rest not fit
    for (const char c : clientText) {
        const auto u = static_cast<unsigned char>(c);
        char unit[4];
        qsizetype n = 0;
        if (u == '\\') {
            unit[n++] = '\\';
            unit[n++] = '\\';
        } else if (u >= 32 && u <= 126) {
            unit[n++] = char(u);
        } else {
            unit[n++] = '\\';
            unit[n++] = 'x';
            unit[n++] = hex[u >> 4];
            unit[n++] = hex[u & 15];
        }
        if (cutAt < 0 && out.size() + n > maxOctets - cutMark.size())
            cutAt = out.size();
        out.append(unit, n);
        if (out.size() > maxOctets) {
            out.truncate(cutAt);
            out += cutMark;
            return out;
        }
    }
    return out;
}

void ReplyParser::feed(QByteArrayView bytes)
{
    if (hasError() || bytes.isEmpty())
        return;
    // Drop what has been consumed once it is at least half of the buffer, so
    // that the buffer stays bounded and compaction stays amortised linear.
    if (m_pos > 0 && m_pos * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_scan -= m_pos;
        m_noNewline -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() - m_pos + bytes.size() > m_limits.maxBuffered) {
        fail(tr("Reply too long: more than %1 bytes without a complete reply")
                 .arg(m_limits.maxBuffered));
        return;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

ReplyParser::Status ReplyParser::fail(const QString &why)
{
    m_error = why;
    m_current = Reply();
    return Status::Error;
}

ReplyParser::Status ReplyParser::next(Reply *reply)
{
    if (hasError())
        return Status::Error;
    for (;;) {
        const qsizetype from = qMax(m_scan, m_noNewline);
        const qsizetype nl = m_buffer.indexOf('\n', from);
        const int expected = m_current.lines.isEmpty() ? 0 : m_current.code;
        int code = 0;
        bool last = false;
        if (nl < 0) {
            m_noNewline = m_buffer.size();
            const QByteArrayView partial(m_buffer.constData() + m_scan, m_buffer.size() - m_scan);
            const QString why = checkLine(partial, false, expected, &code, &last);
            if (!why.isEmpty())
                return fail(why);
            // RFC 5321 4.5.3.1.5 limits reply lines; +1 allows the CR of CRLF.
            if (partial.size() > qsizetype(m_limits.maxLineLength) + 1)
                return fail(
                    tr("Reply line too long: more than %1 bytes").arg(m_limits.maxLineLength));
            return Status::NeedMore;
        }
        // Like smtplib's readline(): LF ends a line, a CR before it is dropped.
        QByteArrayView line(m_buffer.constData() + m_scan, nl - m_scan);
        if (line.endsWith('\r'))
            line.chop(1);
        const QString why = checkLine(line, true, expected, &code, &last);
        if (!why.isEmpty())
            return fail(why);
        if (line.size() > m_limits.maxLineLength)
            return fail(tr("Reply line too long: more than %1 bytes").arg(m_limits.maxLineLength));
        if (m_current.lines.size() >= m_limits.maxLinesPerReply)
            return fail(tr("Reply too long: more than %1 lines").arg(m_limits.maxLinesPerReply));
        m_current.code = code;
        m_current.lines.append(line.size() > 4 ? line.sliced(4).toByteArray() : QByteArray());
        m_scan = nl + 1;
        m_noNewline = m_scan;
        if (last) {
            m_current.raw = m_buffer.mid(m_pos, m_scan - m_pos);
            // RFC 3463 / RFC 2034: the enhanced code comes from the first line
            // and counts only when its class is the reply's first digit.
            const EnhancedCode e = EnhancedCode::parse(m_current.lines.first());
            if (e.isValid() && e.klass == m_current.klass())
                m_current.enhanced = e;
            *reply = std::move(m_current);
            m_current = Reply();
            m_pos = m_scan;
            return Status::GotReply;
        }
    }
}

qsizetype ReplyParser::bufferedSize() const
{
    return m_buffer.size() - m_pos;
}

QByteArray ReplyParser::takeBuffered()
{
    QByteArray out = m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = m_scan = m_noNewline = 0;
    m_current = Reply();
    return out;
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_pos = m_scan = m_noNewline = 0;
    m_current = Reply();
    m_error.clear();
}

} // namespace postscope::protocol
