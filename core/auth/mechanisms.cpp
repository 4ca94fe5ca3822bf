#include "auth/mechanisms.h"

#include "auth/qca.h"

#include <QStringList>

namespace postscope::auth {

QList<QByteArray> availableMechanisms()
{
    struct Info
    {
        QByteArray name;
        QStringList crypto; // QCA features the mechanism needs
    };
    static const QList<Info> known = {
        {QByteArrayLiteral("SCRAM-SHA-256"),
         {QStringLiteral("hmac(sha256)"), QStringLiteral("sha256")}},
        {QByteArrayLiteral("SCRAM-SHA-1"), {QStringLiteral("hmac(sha1)"), QStringLiteral("sha1")}},
        {QByteArrayLiteral("CRAM-MD5"), {QStringLiteral("hmac(md5)")}},
        {QByteArrayLiteral("PLAIN"), {}},
        {QByteArrayLiteral("LOGIN"), {}},
    };
    QList<QByteArray> names;
    for (const Info &info : known) {
        if (info.crypto.isEmpty() || missingCryptoFeatures(info.crypto).isEmpty())
            names << info.name;
    }
    return names;
}

QList<QByteArray> bearerTokenMechanisms()
{
    // RFC 7628 first: the standard; XOAUTH2 is what Google and Microsoft
    // documented before it.
    return {QByteArrayLiteral("OAUTHBEARER"), QByteArrayLiteral("XOAUTH2")};
}

QString forLog(const QString &text)
{
    QString out;
    for (QChar ch : text.left(64)) {
        if (ch.isPrint())
            out += ch;
        else
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace postscope::auth
