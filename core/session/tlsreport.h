#pragma once
// What a person (or a script) needs to judge a TLS connection: the version
// and cipher, every certificate of the peer's chain spelled out (subject,
// subjectAltNames, issuer, validity, key, SHA-256, self-signed) and the
// verification result with each error by its QSslError name and sentence.
// Plain values built from a session::TlsInfo: probe's text and JSON output
// and the window's certificate view show the same report (issue 8.2).
// Also the comparison of a remembered (trusted) certificate with the one a
// server presents now, so a changed certificate can say what changed.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace postscope::session {

struct TlsInfo;

// One certificate of the chain, as people read it. Dates are UTC.
struct CertificateDetail
{
    enum class Validity { Valid, Expired, NotYetValid };

    QString subject; // the full distinguished name, "CN=mx.example.test, O=Example"
    QString commonName; // the subject's CN (empty when it has none)
    QStringList
        subjectAltNames; // RFC 5280 4.2.1.6: "DNS:mx.example.test", "IP:192.0.2.1", "email:..."
    QString issuer; // the issuer's distinguished name
    QString serialNumber; // hex, colon separated as Qt writes it
    QDateTime notBefore;
    QDateTime notAfter;
    Validity validity = Validity::Valid; // judged at the moment given to fromCertificate()
    QString keyType; // "RSA", "EC", "DSA", "DH", "Ed25519"... or "unknown"
    int keyBits = -1; // -1 when unknown
    QString signatureAlgorithm; // "sha256WithRSAEncryption"; empty when unknown
    QByteArray sha256; // 64 lower-case hex digits of the DER
    bool selfSigned = false; // issuer == subject and the signature checks with its own key

    static CertificateDetail fromCertificate(const QSslCertificate &certificate,
                                             const QDateTime &now);
    // "valid", "expired", "not-yet-valid"
    QString validityName() const;
    // The JSON form (CLI.md, probe --json "tls.chain[]"): "subject",
    // "commonName", "subjectAltNames", "issuer", "serialNumber", "notBefore",
    // "notAfter", "validity", "keyType", "keyBits", "signatureAlgorithm",
    // "sha256", "selfSigned".
    QJsonObject toJson() const;
};

// One verification error: the QSslError::SslError enum name
// ("HostNameMismatch"), Qt's sentence for it, and which certificate of the
// chain it concerns (-1: none, or not one of the chain).
struct VerificationError
{
    QSslError::SslError error = QSslError::NoError;
    QString name; // "HostNameMismatch", "SelfSignedCertificate", ...
    QString text; // Qt's sentence ("The host name did not match any of the valid hosts ...")
    int certificateIndex = -1;

    QJsonObject toJson() const; // {"name", "text", "certificate"}
};
// The enum's name ("CertificateExpired"); "UnknownError" for a value Qt
// does not name.
QString sslErrorName(QSslError::SslError error);

struct TlsReport
{
    enum class Verification {
        Verified, // chain and host name verified
        TrustedByFingerprint, // not verified; accepted for the exact leaf SHA-256 the user trusts
        Failed, // not verified and not accepted: the handshake was ended
        NotAttempted, // no handshake got as far as a certificate
    };

    bool established = false; // a TLS session came up
    QString protocol; // "TLSv1.3"; empty when the handshake failed
    QString cipher;
    QString peerName; // the name verified and sent as SNI (RFC 6066 3): the host the user typed
    Verification verification = Verification::NotAttempted;
    QList<VerificationError> errors; // every error, in the order OpenSSL reported them
    QList<CertificateDetail> chain; // leaf first, as the server sent it
    // When a trusted certificate was expected (a trust exception or
    // --trust-fingerprint) and another came: what changed, one line each
    // ("SHA-256: 3f..a1 -> 9b..07", "issuer: CN=Old CA -> CN=New CA").
    QStringList trustChanges;

    static TlsReport fromInfo(const TlsInfo &info, const QDateTime &now);
    QString
    verificationName() const; // "verified", "trusted-by-fingerprint", "failed", "not-attempted"
    // The JSON form (CLI.md): "established", "protocol", "cipher",
    // "peerName", "verification", "errors" [VerificationError], "chain"
    // [CertificateDetail], "trustChanges".
    QJsonObject toJson() const;
    // The text form of postscope-cli probe, one line per fact, indented by
    // `indent` spaces (translated labels; a server's names kept as sent, the
    // caller escapes control characters for a terminal).
    QStringList toText(int indent = 2) const;

    Q_DECLARE_TR_FUNCTIONS(postscope::session::TlsReport)
};

// What is remembered of a certificate the person trusted by exception
// (accounts::TrustException keeps it): enough to say what changed.
struct CertificateSummary
{
    QByteArray sha256; // lower-case hex; the only field that decides trust
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;

    static CertificateSummary fromCertificate(const QSslCertificate &certificate);
    bool operator==(const CertificateSummary &) const = default;
};

// The differences between a trusted certificate and the one presented,
// one translated line each, the fingerprint first; fields that were not
// remembered (empty) are not compared.
QStringList certificateChanges(const CertificateSummary &trusted, const QSslCertificate &presented);

} // namespace postscope::session
