#pragma once
// ESMTP capabilities announced in an EHLO/LHLO reply (RFC 5321 4.1.1.1).
// Keywords are case-insensitive, like smtplib's has_extn().

#include "protocol/reply.h"

#include <QByteArray>
#include <QList>

namespace postscope::protocol {

class Capabilities
{
public:
    struct Keyword
    {
        QByteArray name;             // upper-cased keyword, e.g. "SIZE"
        QList<QByteArray> params;    // as sent, split on spaces
        QByteArray line;             // the whole line as sent
    };

    Capabilities() = default;
    // From a 250 reply to EHLO/LHLO. The first line is the server's name and greeting.
    static Capabilities fromEhloReply(const Reply &reply);

    bool isEmpty() const { return m_keywords.isEmpty() && m_domainLine.isEmpty(); }
    bool has(QByteArrayView keyword) const;
    QList<QByteArray> params(QByteArrayView keyword) const;
    // smtplib's esmtp_features value: the parameters as one string.
    QByteArray paramString(QByteArrayView keyword) const;
    const QList<Keyword> &keywords() const { return m_keywords; }
    QByteArray domainLine() const { return m_domainLine; }

    // SIZE (RFC 1870): -1 when not offered, 0 when offered with no (or zero) limit.
    qint64 sizeLimit() const;
    // AUTH mechanisms (RFC 4954), upper-cased, union of "AUTH ..." and the
    // old "AUTH=..." form, in the server's order, no duplicates.
    QList<QByteArray> authMechanisms() const;
    // The one check that the server offers a SASL mechanism (case-insensitive).
    bool offersAuthMechanism(QByteArrayView name) const;
    bool pipelining() const { return has("PIPELINING"); }
    bool chunking() const { return has("CHUNKING"); }
    bool binaryMime() const { return has("BINARYMIME"); }
    bool eightBitMime() const { return has("8BITMIME"); }
    bool smtpUtf8() const { return has("SMTPUTF8"); }
    bool dsn() const { return has("DSN"); }
    bool enhancedStatusCodes() const { return has("ENHANCEDSTATUSCODES"); }
    bool startTls() const { return has("STARTTLS"); }
    bool requireTls() const { return has("REQUIRETLS"); }

private:
    QByteArray m_domainLine;
    QList<Keyword> m_keywords;
};

} // namespace postscope::protocol
