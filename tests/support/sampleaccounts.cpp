#include "sampleaccounts.h"

#include <QDateTime>

namespace postscope::testsupport {

using namespace postscope::accounts;

Account sampleTcpAccount(const QString &name)
{
    Account a;
    a.name = name;
    a.host = QStringLiteral("mail.example.test");
    a.port = 587;
    a.security = session::Security::Tls;
    a.dialect = engine::Dialect::Lmtp;
    a.heloName = QStringLiteral("client.example.test");
    a.replyTimeoutMs = 45000;
    a.connectTimeoutMs = 7500;
    a.authMechanism = QStringLiteral("SCRAM-SHA-256");
    a.user = QStringLiteral("alice@example.test");
    a.allowPlaintextAuth = true;
    a.oauth = {QStringLiteral("custom"), QStringLiteral("https://auth.example.test/authorize"),
               QStringLiteral("https://auth.example.test/token"),
               QStringLiteral("postscope-desktop.example.test"),
               QStringLiteral("https://mail.example.test/smtp")};
    // A display name that needs quoting (comma) and one beyond ASCII.
    a.identities
        = {Identity {QStringLiteral("Doe, Alice"), QStringLiteral("alice@example.test"), false},
           Identity {QStringLiteral("Zoë Ünal"), QStringLiteral("zoe@example.test"), true}};
    TrustException first;
    first.host = QStringLiteral("mail.example.test");
    first.setFingerprint(QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                        "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"));
    first.added = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    first.note = QStringLiteral("Self-signed test server; checked by phone with the admin");
    TrustException second = first;
    second.setFingerprint(
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
    second.added = first.added.addDays(200);
    second.note = QStringLiteral("Renewed");
    a.trustExceptions = {first, second};
    a.caFile = QStringLiteral("/etc/postscope/test-ca.pem");
    a.clientCertificate = {QStringLiteral("/home/alice/certs/client.pem"),
                           QStringLiteral("/home/alice/certs/client-key.pem")};
    a.sourceAddress = QStringLiteral("192.0.2.10");
    a.sourcePort = 40025;
    a.ipFamily = IpFamily::IPv4;
    a.tlsMinimum = session::TlsVersion::Tls1_3;
    // OpenPGP names no file (gpg finds the key), so the sample stays valid
    // wherever it runs; tst_accountsigning covers S/MIME and DKIM with files.
    a.signing.kind = mime::Security::Kind::OpenPgp;
    a.signing.pgpKey = QStringLiteral("alice@example.test");
    a.signing.signByDefault = true;
    a.signing.encryptByDefault = true;
    return a;
}

Account sampleSocketAccount(const QString &name)
{
    Account a;
    a.name = name;
    a.socketPath = QStringLiteral("/run/dovecot/lmtp");
    a.security = session::Security::Opportunistic;
    a.dialect = engine::Dialect::Lmtp;
    a.identities = {Identity {QString(), QStringLiteral("postmaster@example.test"), true}};
    a.ipFamily = IpFamily::IPv6;
    return a;
}

} // namespace postscope::testsupport
