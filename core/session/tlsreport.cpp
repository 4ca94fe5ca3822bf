#include "session/tlsreport.h"

#include "session/smtpsession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSslKey>

#include <openssl/x509.h>
#include <memory>

namespace postscope::session {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::session::TlsReport", text);
}

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // RFC 4514 order is most specific first; Qt hands the attributes out by
    // name, so the common ones are listed in the order people expect.
    static const QList<QByteArray> order = {"CN", "OU", "O", "L", "ST", "C", "emailAddress"};
    const QList<QByteArray> present
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    auto addAttribute = [&](const QByteArray &attribute) {
        const QStringList values
            = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute), value);
    };
    for (const QByteArray &attribute : order) {
        if (present.contains(attribute))
            addAttribute(attribute);
    }
    for (const QByteArray &attribute : present) {
        if (!order.contains(attribute))
            addAttribute(attribute);
    }
    return parts.join(QStringLiteral(", "));
}

QStringList alternativeNames(const QSslCertificate &certificate)
{
    QStringList out;
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            out << QStringLiteral("DNS:") + it.value();
            break;
        case QSsl::IpAddressEntry:
            out << QStringLiteral("IP:") + it.value();
            break;
        case QSsl::EmailEntry:
            out << QStringLiteral("email:") + it.value();
            break;
        }
    }
    return out;
}

// The public key's algorithm and size. QSslKey names RSA, DSA, EC and DH;
// for the rest (Ed25519, Ed448) OpenSSL's own text of the certificate says it.
void describeKey(const QSslCertificate &certificate, CertificateDetail *detail)
{
    const QSslKey key = certificate.publicKey();
    const QString text = certificate.toText();
    static const QRegularExpression algorithmLine(
        QStringLiteral("Public Key Algorithm: *([^\\s]+)"));
    static const QRegularExpression bitsLine(QStringLiteral("Public-Key: *\\((\\d+) bit\\)"));
    static const QRegularExpression signatureLine(
        QStringLiteral("Signature Algorithm: *([^\\s]+)"));
    if (const auto m = signatureLine.match(text); m.hasMatch())
        detail->signatureAlgorithm = m.captured(1);
    if (!key.isNull()) {
        switch (key.algorithm()) {
        case QSsl::Rsa:
            detail->keyType = QStringLiteral("RSA");
            break;
        case QSsl::Dsa:
            detail->keyType = QStringLiteral("DSA");
            break;
        case QSsl::Ec:
            detail->keyType = QStringLiteral("EC");
            break;
        case QSsl::Dh:
            detail->keyType = QStringLiteral("DH");
            break;
        case QSsl::Opaque:
            break;
        }
        if (!detail->keyType.isEmpty() && key.length() > 0)
            detail->keyBits = key.length();
    }
    if (detail->keyType.isEmpty()) {
        const auto m = algorithmLine.match(text);
        const QString name = m.hasMatch() ? m.captured(1) : QString();
        if (name.compare(QLatin1String("ED25519"), Qt::CaseInsensitive) == 0)
            detail->keyType = QStringLiteral("Ed25519");
        else if (name.compare(QLatin1String("ED448"), Qt::CaseInsensitive) == 0)
            detail->keyType = QStringLiteral("Ed448");
        else
            detail->keyType = name.isEmpty() ? QStringLiteral("unknown") : name;
    }
    if (detail->keyBits < 0) {
        if (const auto m = bitsLine.match(text); m.hasMatch())
            detail->keyBits = m.captured(1).toInt();
    }
}

QString shortFingerprint(const QByteArray &hex)
{
    return QString::fromLatin1(hex);
}

} // namespace

QString sslErrorName(QSslError::SslError error)
{
    const char *key = QMetaEnum::fromType<QSslError::SslError>().valueToKey(int(error));
    return key ? QString::fromLatin1(key) : QStringLiteral("UnknownError");
}

namespace {

// Signed by its own key under its own name. QSslCertificate::isSelfSigned()
// asks OpenSSL's X509_check_issued(), which also wants the issuer to be
// allowed to sign certificates (keyUsage keyCertSign), so a self-signed
// leaf with CA:FALSE -- the sandbox's, and many a test server's -- would
// be called "not self-signed". RFC 5280 6.1: a self-signed certificate is
// one whose signature its own public key verifies.
bool isSelfSigned(const QSslCertificate &certificate)
{
    if (certificate.isSelfSigned())
        return true;
    if (certificate.subjectDisplayName() != certificate.issuerDisplayName())
        return false;
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &data, der.size()),
                                                    X509_free);
    if (!x509)
        return false;
    if (X509_NAME_cmp(X509_get_subject_name(x509.get()), X509_get_issuer_name(x509.get())) != 0)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(x509.get());
    return key && X509_verify(x509.get(), key) == 1;
}

} // namespace

CertificateDetail CertificateDetail::fromCertificate(const QSslCertificate &certificate,
                                                     const QDateTime &now)
{
    CertificateDetail d;
    d.subject = distinguishedName(certificate, false);
    d.commonName = certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(' '));
    d.subjectAltNames = alternativeNames(certificate);
    d.issuer = distinguishedName(certificate, true);
    d.serialNumber = QString::fromLatin1(certificate.serialNumber());
    d.notBefore = certificate.effectiveDate().toUTC();
    d.notAfter = certificate.expiryDate().toUTC();
    const QDateTime when = now.toUTC();
    if (d.notAfter.isValid() && when > d.notAfter)
        d.validity = Validity::Expired;
    else if (d.notBefore.isValid() && when < d.notBefore)
        d.validity = Validity::NotYetValid;
    describeKey(certificate, &d);
    d.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    d.selfSigned = isSelfSigned(certificate);
    return d;
}

QString CertificateDetail::validityName() const
{
    switch (validity) {
    case Validity::Valid:
        return QStringLiteral("valid");
    case Validity::Expired:
        return QStringLiteral("expired");
    case Validity::NotYetValid:
        return QStringLiteral("not-yet-valid");
    }
    return {};
}

QJsonObject CertificateDetail::toJson() const
{
    return QJsonObject {
        {QStringLiteral("subject"), subject},
        {QStringLiteral("commonName"), commonName},
        {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(subjectAltNames)},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("serialNumber"), serialNumber},
        {QStringLiteral("notBefore"), isoDate(notBefore)},
        {QStringLiteral("notAfter"), isoDate(notAfter)},
        {QStringLiteral("validity"), validityName()},
        {QStringLiteral("keyType"), keyType},
        {QStringLiteral("keyBits"), keyBits},
        {QStringLiteral("signatureAlgorithm"), signatureAlgorithm},
        {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
        {QStringLiteral("selfSigned"), selfSigned},
    };
}

QJsonObject VerificationError::toJson() const
{
    return QJsonObject {
        {QStringLiteral("name"), name},
        {QStringLiteral("text"), text},
        {QStringLiteral("certificate"), certificateIndex},
    };
}

TlsReport TlsReport::fromInfo(const TlsInfo &info, const QDateTime &now)
{
    TlsReport r;
    r.established = info.established;
    r.protocol = info.protocol;
    r.cipher = info.cipher;
    r.peerName = info.peerName;
    for (const QSslCertificate &c : info.chain)
        r.chain.append(CertificateDetail::fromCertificate(c, now));
    for (const QSslError &e : info.errors) {
        VerificationError v;
        v.error = e.error();
        v.name = sslErrorName(e.error());
        v.text = e.errorString();
        if (!e.certificate().isNull())
            v.certificateIndex = int(info.chain.indexOf(e.certificate()));
        r.errors.append(v);
    }
    r.trustChanges = info.trustChanges;
    if (info.established && info.peerVerified)
        r.verification = Verification::Verified;
    else if (info.established && info.trustedByFingerprint)
        r.verification = Verification::TrustedByFingerprint;
    else if (!info.chain.isEmpty() || !info.errors.isEmpty())
        r.verification = Verification::Failed;
    else
        r.verification = Verification::NotAttempted;
    return r;
}

QString TlsReport::verificationName() const
{
    switch (verification) {
    case Verification::Verified:
        return QStringLiteral("verified");
    case Verification::TrustedByFingerprint:
        return QStringLiteral("trusted-by-fingerprint");
    case Verification::Failed:
        return QStringLiteral("failed");
    case Verification::NotAttempted:
        return QStringLiteral("not-attempted");
    }
    return {};
}

QJsonObject TlsReport::toJson() const
{
    QJsonArray errorsJson;
    for (const VerificationError &e : errors)
        errorsJson.append(e.toJson());
    QJsonArray chainJson;
    for (const CertificateDetail &c : chain)
        chainJson.append(c.toJson());
    return QJsonObject {
        {QStringLiteral("established"), established},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("cipher"), cipher},
        {QStringLiteral("peerName"), peerName},
        {QStringLiteral("verification"), verificationName()},
        {QStringLiteral("errors"), errorsJson},
        {QStringLiteral("chain"), chainJson},
        {QStringLiteral("trustChanges"), QJsonArray::fromStringList(trustChanges)},
    };
}

QStringList TlsReport::toText(int indent) const
{
    const QString pad(indent, QLatin1Char(' '));
    QStringList lines;
    QString result;
    switch (verification) {
    case Verification::Verified:
        result = tr("verified");
        break;
    case Verification::TrustedByFingerprint:
        result = tr("NOT verified, trusted by its exact SHA-256 fingerprint");
        break;
    case Verification::Failed:
        result = tr("verification FAILED");
        break;
    case Verification::NotAttempted:
        result = tr("no certificate seen");
        break;
    }
    lines << pad + tr("certificate for %1: %2").arg(peerName, result);
    for (const VerificationError &e : errors) {
        const QString where
            = e.certificateIndex >= 0 ? tr(" [certificate %1]").arg(e.certificateIndex) : QString();
        lines << pad + tr("error %1: %2%3").arg(e.name, e.text, where);
    }
    for (const QString &change : trustChanges)
        lines << pad + tr("changed since trusted: %1").arg(change);
    int i = 0;
    for (const CertificateDetail &c : chain) {
        const QString sub = pad + QStringLiteral("    ");
        lines << pad + tr("[%1] subject: %2").arg(i++).arg(c.subject);
        if (!c.subjectAltNames.isEmpty())
            lines << sub + tr("names:   %1").arg(c.subjectAltNames.join(QStringLiteral(", ")));
        lines << sub
                + tr("issuer:  %1%2")
                      .arg(c.issuer, c.selfSigned ? tr(" (self-signed)") : QString());
        QString validity = tr("%1 to %2").arg(isoDate(c.notBefore), isoDate(c.notAfter));
        if (c.validity == CertificateDetail::Validity::Expired)
            validity += tr(" (EXPIRED)");
        else if (c.validity == CertificateDetail::Validity::NotYetValid)
            validity += tr(" (NOT YET VALID)");
        lines << sub + tr("valid:   %1").arg(validity);
        QString key = c.keyType;
        if (c.keyBits > 0)
            key += QStringLiteral(" %1").arg(tr("%1 bits").arg(c.keyBits));
        if (!c.signatureAlgorithm.isEmpty())
            key += tr(", signed with %1").arg(c.signatureAlgorithm);
        lines << sub + tr("key:     %1").arg(key);
        lines << sub + tr("sha256:  %1").arg(QString::fromLatin1(c.sha256));
    }
    return lines;
}

CertificateSummary CertificateSummary::fromCertificate(const QSslCertificate &certificate)
{
    CertificateSummary s;
    s.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    s.subject = distinguishedName(certificate, false);
    s.issuer = distinguishedName(certificate, true);
    s.notBefore = certificate.effectiveDate().toUTC();
    s.notAfter = certificate.expiryDate().toUTC();
    return s;
}

QStringList certificateChanges(const CertificateSummary &trusted, const QSslCertificate &presented)
{
    const CertificateSummary now = CertificateSummary::fromCertificate(presented);
    QStringList out;
    auto arrow = [](const QString &before, const QString &after) {
        return QStringLiteral("%1 -> %2").arg(before, after);
    };
    if (trusted.sha256 != now.sha256) {
        out << tr("SHA-256 fingerprint: %1")
                   .arg(arrow(shortFingerprint(trusted.sha256), shortFingerprint(now.sha256)));
    }
    if (!trusted.subject.isEmpty() && trusted.subject != now.subject)
        out << tr("subject: %1").arg(arrow(trusted.subject, now.subject));
    if (!trusted.issuer.isEmpty() && trusted.issuer != now.issuer)
        out << tr("issuer: %1").arg(arrow(trusted.issuer, now.issuer));
    if (trusted.notBefore.isValid() && trusted.notAfter.isValid()
        && (trusted.notBefore != now.notBefore || trusted.notAfter != now.notAfter)) {
        out << tr("validity: %1")
                   .arg(arrow(
                       tr("%1 to %2").arg(isoDate(trusted.notBefore), isoDate(trusted.notAfter)),
                       tr("%1 to %2").arg(isoDate(now.notBefore), isoDate(now.notAfter))));
    }
    return out;
}

} // namespace postscope::session
