#include "protocol/capabilities.h"

namespace postscope::protocol {

namespace {

// The old "AUTH=LOGIN PLAIN" form that some servers still send beside (or
// instead of) RFC 4954's "AUTH LOGIN PLAIN" for clients from before the RFC.
constexpr QByteArrayView oldAuth = "AUTH=";

bool sameKeyword(const QByteArray &upperName, QByteArrayView keyword)
{
    return upperName.size() == keyword.size()
        && upperName.compare(keyword, Qt::CaseInsensitive) == 0;
}

} // namespace

// RFC 5321 4.1.1.1: ehlo-ok-rsp = ( "250" SP Domain [ SP ehlo-greet ] CRLF )
//   / ( "250-" Domain [ SP ehlo-greet ] CRLF *( "250-" ehlo-line CRLF )
//       "250" SP ehlo-line CRLF )
// ehlo-line = ehlo-keyword *( SP ehlo-param ); keywords are case-insensitive.
Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    Capabilities caps;
    if (reply.lines.isEmpty())
        return caps;
    caps.m_domainLine = reply.lines.first();
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray &line = reply.lines.at(i);
        QList<QByteArray> words;
        for (const QByteArray &w : line.split(' ')) {
            // Tolerate tabs and doubled spaces the way smtplib's split() does.
            const QByteArray t = w.trimmed();
            if (!t.isEmpty())
                words.append(t);
        }
        // smtp-sink ends its EHLO reply with a bare "250 ": no keyword there.
        if (words.isEmpty())
            continue;
        Keyword kw;
        kw.line = line;
        const QByteArray first = words.takeFirst();
        if (first.size() >= oldAuth.size()
            && first.first(oldAuth.size()).compare(oldAuth, Qt::CaseInsensitive) == 0) {
            kw.name = "AUTH=";
            const QByteArray rest = first.mid(oldAuth.size());
            if (!rest.isEmpty())
                kw.params.append(rest);
            kw.params.append(words);
        } else {
            kw.name = first.toUpper();
            kw.params = words;
        }
        caps.m_keywords.append(kw);
    }
    return caps;
}

bool Capabilities::has(QByteArrayView keyword) const
{
    // smtplib's has_extn("auth") is true for the old "AUTH=" form too.
    const bool isAuth = keyword.compare(QByteArrayView("AUTH"), Qt::CaseInsensitive) == 0;
    for (const Keyword &kw : m_keywords) {
        if (sameKeyword(kw.name, keyword) || (isAuth && kw.name == oldAuth))
            return true;
    }
    return false;
}

QList<QByteArray> Capabilities::params(QByteArrayView keyword) const
{
    if (keyword.compare(QByteArrayView("AUTH"), Qt::CaseInsensitive) == 0)
        return authMechanisms();
    // A keyword announced twice: the last one wins, as in smtplib's esmtp_features.
    for (qsizetype i = m_keywords.size() - 1; i >= 0; --i) {
        if (sameKeyword(m_keywords.at(i).name, keyword))
            return m_keywords.at(i).params;
    }
    return {};
}

QByteArray Capabilities::paramString(QByteArrayView keyword) const
{
    return params(keyword).join(' ');
}

// RFC 1870 4: size-param = [1*DIGIT]; no number (or 0) means no fixed limit.
qint64 Capabilities::sizeLimit() const
{
    if (!has("SIZE"))
        return -1;
    const QList<QByteArray> p = params("SIZE");
    if (p.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = p.first().toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

QList<QByteArray> Capabilities::authMechanisms() const
{
    QList<QByteArray> out;
    for (const Keyword &kw : m_keywords) {
        if (kw.name != "AUTH" && kw.name != oldAuth)
            continue;
        for (const QByteArray &mech : kw.params) {
            const QByteArray upper = mech.toUpper();
            if (!out.contains(upper))
                out.append(upper);
        }
    }
    return out;
}

bool Capabilities::offersAuthMechanism(QByteArrayView name) const
{
    for (const QByteArray &m : authMechanisms()) {
        if (QByteArrayView(m).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace postscope::protocol
