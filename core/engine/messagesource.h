#pragma once
// Where the client engine reads a message body from, a piece at a time, so
// that a 50 MiB message never has to sit in memory. The engine stays pure:
// a source is a plain pull interface; session/ adapts a QIODevice to it.

#include <QByteArray>
#include <QString>

namespace postscope::engine {

class MessageSource
{
public:
    virtual ~MessageSource() = default;
    // Size in octets if known (for the SIZE parameter, RFC 1870), else -1.
    virtual qint64 sizeHint() const { return -1; }
    // Up to maxBytes more bytes; an empty result with atEnd() false and a
    // non-empty errorString() means the source failed.
    virtual QByteArray read(qint64 maxBytes) = 0;
    virtual bool atEnd() const = 0;
    virtual QString errorString() const { return {}; }
};

class ByteArraySource final : public MessageSource
{
public:
    explicit ByteArraySource(QByteArray data) : m_data(std::move(data)) {}
    qint64 sizeHint() const override { return m_data.size(); }
    QByteArray read(qint64 maxBytes) override
    {
        const qint64 n = qMin<qint64>(maxBytes, m_data.size() - m_pos);
        QByteArray out = m_data.mid(m_pos, n);
        m_pos += n;
        return out;
    }
    bool atEnd() const override { return m_pos >= m_data.size(); }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace postscope::engine
