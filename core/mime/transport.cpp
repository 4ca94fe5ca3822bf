#include "mime/transport.h"

#include "protocol/capabilities.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace postscope::mime {

TransportCapabilities TransportCapabilities::from(const protocol::Capabilities &caps,
                                                  bool chunkingUsed)
{
    TransportCapabilities t;
    t.eightBitMime = caps.eightBitMime();
    t.binaryMime = caps.binaryMime();
    t.chunking = chunkingUsed && caps.chunking();
    t.smtpUtf8 = caps.smtpUtf8();
    t.dsn = caps.dsn();
    t.sizeLimit = caps.sizeLimit();
    return t;
}

TransportCapabilities TransportCapabilities::parse(const QString &list, QString *error)
{
    TransportCapabilities t;
    const QStringList names
        = list.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &raw : names) {
        const QString name = raw.toUpper();
        if (name == QLatin1String("8BITMIME"))
            t.eightBitMime = true;
        else if (name == QLatin1String("BINARYMIME"))
            t.binaryMime = true;
        else if (name == QLatin1String("CHUNKING"))
            t.chunking = true;
        else if (name == QLatin1String("SMTPUTF8"))
            t.smtpUtf8 = true;
        else if (name == QLatin1String("DSN"))
            t.dsn = true;
        else if (name == QLatin1String("SIZE"))
            t.sizeLimit = 0;
        else if (name.startsWith(QLatin1String("SIZE="))) {
            bool ok = false;
            t.sizeLimit = name.mid(5).toLongLong(&ok);
            if (!ok || t.sizeLimit < 0) {
                *error = QCoreApplication::translate("postscope::mime", "not a SIZE limit: %1")
                             .arg(raw);
                return t;
            }
        } else {
            *error = QCoreApplication::translate(
                         "postscope::mime",
                         "unknown extension %1 (known: 8BITMIME, BINARYMIME, CHUNKING, "
                         "SMTPUTF8, DSN, SIZE=N)")
                         .arg(raw);
            return t;
        }
    }
    return t;
}

QString TransportCapabilities::toString() const
{
    QStringList out;
    if (eightBitMime)
        out << QStringLiteral("8BITMIME");
    if (binaryMime)
        out << QStringLiteral("BINARYMIME");
    if (chunking)
        out << QStringLiteral("CHUNKING");
    if (smtpUtf8)
        out << QStringLiteral("SMTPUTF8");
    if (dsn)
        out << QStringLiteral("DSN");
    if (sizeLimit == 0)
        out << QStringLiteral("SIZE");
    else if (sizeLimit > 0)
        out << QStringLiteral("SIZE=%1").arg(sizeLimit);
    return out.join(QLatin1Char(','));
}

QByteArray bodyParameter(BodyType type)
{
    switch (type) {
    case BodyType::SevenBit:
        return {};
    case BodyType::EightBit:
        return QByteArrayLiteral("BODY=8BITMIME");
    case BodyType::BinaryMime:
        return QByteArrayLiteral("BODY=BINARYMIME");
    }
    return {};
}

} // namespace postscope::mime
