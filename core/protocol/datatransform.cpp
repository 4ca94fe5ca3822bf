#include "protocol/datatransform.h"

#include <utility>

namespace postscope::protocol {

// RFC 5321 2.3.8: lines end with CRLF, and a bare CR or LF must not be sent.
// Treating every bare CR, every bare LF and every CRLF as one line ending
// (and nothing else) is what closes the 2023 "SMTP smuggling" gap: a server
// that ends the data on "\n.\n" or "\r.\r" can never see such a sequence from
// us, because after this transform no CR or LF exists outside a CRLF pair and
// every line that starts with "." has it doubled (RFC 5321 4.5.2).
void DataEncoder::encode(QByteArrayView chunk, QByteArray *out)
{
    if (chunk.isEmpty())
        return;
    m_empty = false;
    // Room for the chunk plus some CRLFs and stuffed dots; grow geometrically
    // so that many small calls appending to one buffer stay linear.
    const qsizetype needed = out->size() + chunk.size() + chunk.size() / 32 + 4;
    if (out->capacity() < needed)
        out->reserve(qMax(needed, out->capacity() * 2));
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    const bool stuff = m_mode == Mode::DotStuffing;

    if (m_pendingCr) {
        // The CR held back from the previous chunk ends a line whatever follows.
        m_pendingCr = false;
        out->append("\r\n", 2);
        m_atLineStart = m_lineEmpty = true;
        if (*p == '\n')
            ++p;
    }
    while (p < end) {
        if (m_atLineStart) {
            // NULs at the start of a line keep it "at the start": a relay that
            // drops NULs must not see "CRLF NUL . CRLF" as the end of data.
            const char *q = p;
            while (q < end && *q == '\0')
                ++q;
            if (q > p) {
                out->append(p, q - p);
                m_lineEmpty = false;
                p = q;
                if (p == end)
                    break;
            }
            if (stuff && *p == '.') // RFC 5321 4.5.2: transparency
                out->append('.');
        }
        // Copy the run of ordinary bytes up to the next CR or LF in one go.
        const char *q = p;
        while (q < end && *q != '\r' && *q != '\n')
            ++q;
        if (q > p) {
            out->append(p, q - p);
            m_atLineStart = m_lineEmpty = false;
            p = q;
        }
        if (p == end)
            break;
        if (*p == '\n') {
            out->append("\r\n", 2);
            m_atLineStart = m_lineEmpty = true;
            ++p;
        } else if (p + 1 == end) { // '\r' as the last byte of the chunk
            // Hold it: the next chunk may start with the LF of this CRLF.
            m_pendingCr = true;
            ++p;
        } else { // '\r': CRLF, or a bare CR that ends a line all the same
            out->append("\r\n", 2);
            m_atLineStart = m_lineEmpty = true;
            p += p[1] == '\n' ? 2 : 1;
        }
    }
}

QByteArray DataEncoder::encode(QByteArrayView chunk)
{
    QByteArray out;
    encode(chunk, &out);
    return out;
}

QByteArray DataEncoder::finish()
{
    QByteArray out;
    if (m_pendingCr) {
        out += "\r\n";
        m_lineEmpty = true;
    }
    // RFC 5321 4.1.1.4: the end of data is "CRLF . CRLF"; the CRLF before the
    // dot ends the last line of the message, so one is added when missing.
    if (!m_lineEmpty)
        out += "\r\n";
    if (m_mode == Mode::DotStuffing)
        out += ".\r\n";
    reset(); // ready for the next message
    return out;
}

void DataEncoder::reset()
{
    m_atLineStart = true;
    m_lineEmpty = true;
    m_pendingCr = false;
    m_empty = true;
}

QByteArray DataEncoder::encodeAll(QByteArrayView data, Mode mode)
{
    DataEncoder encoder(mode);
    QByteArray out;
    encoder.encode(data, &out);
    out += encoder.finish();
    return out;
}

// RFC 5321 4.5.2: "If the first character is a period and there are other
// characters on the line, the first character is deleted." A line starts at
// the beginning or after an LF, so that data with bare LFs unstuffs the way
// servers that accept them (Postfix) read it; leading NULs are skipped over
// as DataEncoder does.
QByteArray unstuff(QByteArrayView stuffed)
{
    QByteArray out;
    out.reserve(stuffed.size());
    bool atLineStart = true;
    for (const char c : stuffed) {
        if (atLineStart && c == '.') {
            atLineStart = false;
            continue;
        }
        out.append(c);
        if (c == '\n')
            atLineStart = true;
        else if (c != '\0')
            atLineStart = false;
    }
    return out;
}

DataDecoder::DataDecoder(BareLineFeed bareLf, qint64 maxContent, EndOfData endOfData)
    : m_policy(bareLf)
    , m_max(maxContent)
    , m_end(endOfData)
{
}

void DataDecoder::put(const char *p, qsizetype n)
{
    m_size += n;
    // Nothing is kept once the message is refused: a hostile client must not
    // make the server hold what it will throw away.
    if (m_overflow || rejected())
        return;
    if (m_max >= 0 && m_size > m_max) {
        m_overflow = true;
        m_content = QByteArray();
        return;
    }
    m_content.append(p, n);
}

void DataDecoder::put(char c)
{
    put(&c, 1);
}

void DataDecoder::bareLf()
{
    ++m_bareLf;
    if (m_policy == BareLineFeed::Normalize) {
        put("\r\n", 2);
        m_state = State::LineStart;
        m_afterBareLf = true;
        return;
    }
    if (m_policy == BareLineFeed::Reject)
        m_content = QByteArray();
    put('\n');
    // UNSAFE reading: a bare LF ends a line, so a "." may follow it as an
    // end of data (what SMTP smuggling relies on).
    if (m_end == EndOfData::UnsafeAnyLineEnd) {
        m_state = State::LineStart;
        m_afterBareLf = true;
        return;
    }
    m_state = State::Body;
}

qsizetype DataDecoder::feed(QByteArrayView bytes)
{
    const char *const begin = bytes.data();
    const char *const end = begin + bytes.size();
    const char *p = begin;
    while (p < end && !m_finished) {
        const char c = *p;
        switch (m_state) {
        case State::LineStart:
            if (c == '.') {
                m_state = State::Dot;
                ++p;
                continue;
            }
            m_state = State::Body;
            m_afterBareLf = false;
            continue;
        case State::Dot:
            // RFC 5321 4.5.2: a line of one "." ends the data (only when its
            // line ends in CRLF); any other leading dot is removed.
            if (c == '\r') {
                m_state = State::DotCr;
                ++p;
                continue;
            }
            if (c == '\n' && m_end == EndOfData::UnsafeAnyLineEnd) {
                // UNSAFE: "." LF taken as the end of the data.
                m_finished = true;
                ++p;
                continue;
            }
            if (c == '\n' && m_policy == BareLineFeed::Normalize) {
                // A "." line ended by a bare LF is not the end of the data
                // (only CRLF.CRLF is): a line holding one "." is kept.
                put('.');
                bareLf();
                ++p;
                continue;
            }
            m_state = State::Body;
            m_afterBareLf = false;
            continue;
        case State::DotCr:
            if (c == '\n' && m_afterBareLf && m_end == EndOfData::Exact) {
                // "LF . CRLF": a line of one "." that began after a bare LF.
                // Normalised or not, it is no end of data (only CRLF.CRLF
                // is: the smuggling defence), so the line is kept.
                put(".\r\n", 3);
                m_state = State::LineStart;
                m_afterBareLf = false;
                ++p;
                continue;
            }
            if (c == '\n') {
                m_finished = true;
                ++p;
                continue;
            }
            // ".\r" and more: the dot was stuffing, the CR is a bare CR.
            put('\r');
            m_state = State::Body;
            m_afterBareLf = false;
            continue;
        case State::Body: {
            // Copy the run of ordinary octets up to the next CR or LF at once.
            const char *q = p;
            while (q < end && *q != '\r' && *q != '\n')
                ++q;
            if (q > p) {
                put(p, q - p);
                p = q;
                continue;
            }
            ++p;
            if (c == '\n') {
                bareLf();
                continue;
            }
            // A CR: hold it until the next octet says whether it ends a line.
            m_state = State::CrPending;
            continue;
        }
        case State::CrPending:
            if (c == '\n') {
                put("\r\n", 2);
                m_state = State::LineStart;
                m_afterBareLf = false;
                ++p;
                continue;
            }
            put('\r'); // a bare CR is data, kept as it is
            m_state = State::Body;
            continue;
        }
    }
    return p - begin;
}

QByteArray DataDecoder::takeContent()
{
    if (m_overflow || rejected())
        return {};
    return std::exchange(m_content, QByteArray());
}

} // namespace postscope::protocol
