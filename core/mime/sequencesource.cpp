#include "mime/sequencesource.h"

namespace postscope::mime {

void SequenceSource::append(std::unique_ptr<engine::MessageSource> source)
{
    m_parts.push_back(std::move(source));
}

void SequenceSource::append(QByteArray bytes)
{
    m_parts.push_back(std::make_unique<engine::ByteArraySource>(std::move(bytes)));
}

qint64 SequenceSource::sizeHint() const
{
    qint64 total = 0;
    for (const auto &part : m_parts) {
        const qint64 size = part->sizeHint();
        if (size < 0)
            return -1;
        total += size;
    }
    return total;
}

QByteArray SequenceSource::read(qint64 maxBytes)
{
    QByteArray out;
    while (m_current < m_parts.size() && out.size() < maxBytes) {
        engine::MessageSource &part = *m_parts[m_current];
        if (part.atEnd()) {
            ++m_current;
            continue;
        }
        const QByteArray chunk = part.read(maxBytes - out.size());
        if (chunk.isEmpty()) {
            if (!part.errorString().isEmpty()) {
                m_error = part.errorString();
                break;
            }
            if (!part.atEnd())
                break; // nothing now, more later
            continue;
        }
        if (out.isEmpty())
            out = chunk;
        else
            out += chunk;
    }
    return out;
}

bool SequenceSource::atEnd() const
{
    for (size_t i = m_current; i < m_parts.size(); ++i) {
        if (!m_parts[i]->atEnd())
            return false;
    }
    return true;
}

QString SequenceSource::errorString() const
{
    return m_error;
}

} // namespace postscope::mime
