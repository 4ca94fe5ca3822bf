#pragma once
// Several message sources read one after the other as one message: header
// bytes built in memory followed by a body streamed from disk, so that a
// 50 MiB body never sits in memory.

#include "engine/messagesource.h"

#include <memory>
#include <vector>

namespace postscope::mime {

class SequenceSource final : public engine::MessageSource
{
public:
    SequenceSource() = default;
    void append(std::unique_ptr<engine::MessageSource> source);
    void append(QByteArray bytes);

    qint64 sizeHint() const override; // the sum, or -1 when a part's size is unknown
    QByteArray read(qint64 maxBytes) override;
    bool atEnd() const override;
    QString errorString() const override;

private:
    std::vector<std::unique_ptr<engine::MessageSource>> m_parts;
    size_t m_current = 0;
    QString m_error;
};

} // namespace postscope::mime
