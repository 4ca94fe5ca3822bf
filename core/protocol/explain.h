#pragma once
// One-line explanations of reply codes, enhanced status codes and ESMTP
// extensions, with the RFC section each comes from. Data for the console, the
// GUI and `--explain`; the sentences are translatable (QCoreApplication::translate).

#include "protocol/reply.h"

#include <QString>

namespace postscope::protocol {

struct Explanation
{
    QString summary;    // translated sentence, e.g. "Mailbox unavailable"
    QString reference;  // e.g. "RFC 5321 4.2.3"; never translated
    bool isKnown() const { return !summary.isEmpty(); }
};

Explanation explainReplyCode(int code);
// The class the first digit gives (RFC 5321 4.2.1): what the client does next.
Explanation explainReplyClass(int code);
Explanation explainEnhancedCode(const EnhancedCode &code);
Explanation explainExtension(QByteArrayView keyword);

} // namespace postscope::protocol
