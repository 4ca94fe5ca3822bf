#pragma once
// Certificates for TLS tests, made at run time: a test CA, a server
// certificate for "localhost" and 127.0.0.1 signed by it, one signed by it
// for a wrong host name, and a second, unknown CA with its own "localhost"
// certificate. RSA 2048, SHA-256, made with the openssl tool (QCA 2.3's
// CA signing writes SHA-1 signatures and a broken IP subjectAltName).
// Made once per process in a temporary folder that is removed at exit.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace postscope::testsupport {

struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath; // PEM
    QString keyPath; // PEM, not encrypted
    // SHA-256 of the certificate's DER, lower-case hex without colons.
    QByteArray sha256Hex() const;
    // The same with colons, upper case ("AB:CD:..."), as browsers show it.
    QByteArray sha256Colons() const;
};

class TestCertificates
{
public:
    // Made on first use; check isValid() (and errorString()) in the test.
    static const TestCertificates &instance();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString directory() const;

    TestIdentity ca; // CN=Postscope Test CA
    TestIdentity server; // CN=localhost, SAN DNS:localhost IP:127.0.0.1, signed by ca
    TestIdentity wrongHost; // CN=wrong.example.test, SAN DNS:wrong.example.test, signed by ca
    TestIdentity otherCa; // CN=Postscope Other CA (nobody trusts it)
    TestIdentity otherServer; // like server, but signed by otherCa

    // A server-side TLS configuration presenting identity (and its CA).
    QSslConfiguration serverConfiguration(const TestIdentity &identity) const;

    TestCertificates(const TestCertificates &) = delete;
    TestCertificates &operator=(const TestCertificates &) = delete;
    ~TestCertificates();

private:
    TestCertificates();
    bool generate();
    bool run(const QStringList &arguments);
    bool load(TestIdentity *identity, const QString &baseName);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
};

} // namespace postscope::testsupport
