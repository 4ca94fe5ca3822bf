#include "testcerts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>

namespace postscope::testsupport {

namespace {
constexpr int days = 30;
}

QByteArray TestIdentity::sha256Hex() const
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QByteArray TestIdentity::sha256Colons() const
{
    return certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
}

const TestCertificates &TestCertificates::instance()
{
    static const TestCertificates certificates;
    return certificates;
}

TestCertificates::TestCertificates()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath()
                                            + QStringLiteral("/postscope-certs-XXXXXX")))
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
        return;
    }
    generate();
}

TestCertificates::~TestCertificates() = default;

QString TestCertificates::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool TestCertificates::run(const QStringList &arguments)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_error = QStringLiteral(
            "the openssl tool is not installed (installer/bootstrap.sh installs it)");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')),
                           QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool TestCertificates::load(TestIdentity *identity, const QString &baseName)
{
    identity->certificatePath = m_dir->filePath(baseName + QStringLiteral(".pem"));
    identity->keyPath = m_dir->filePath(baseName + QStringLiteral(".key"));
    QFile cert(identity->certificatePath);
    QFile key(identity->keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(baseName, cert.errorString());
        return false;
    }
    const auto certs = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    identity->key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certs.isEmpty() || identity->key.isNull()) {
        m_error
            = QStringLiteral("openssl wrote an unreadable certificate or key for %1").arg(baseName);
        return false;
    }
    identity->certificate = certs.first();
    return true;
}

bool TestCertificates::generate()
{
    const QString daysArg = QString::number(days);
    auto makeCa = [&](const QString &base, const QString &cn) {
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    base + QStringLiteral(".key"), QStringLiteral("-out"),
                    base + QStringLiteral(".pem"), QStringLiteral("-days"), daysArg,
                    QStringLiteral("-subj"), QStringLiteral("/CN=%1/O=Postscope tests").arg(cn),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    };
    // One key pair serves every leaf: it saves a second or so per test binary.
    auto makeLeaf
        = [&](const QString &base, const QString &ca, const QString &cn, const QString &san) {
              if (!run({QStringLiteral("req"),
                        QStringLiteral("-new"),
                        QStringLiteral("-key"),
                        QStringLiteral("leaf.key"),
                        QStringLiteral("-subj"),
                        QStringLiteral("/CN=%1/O=Postscope tests").arg(cn),
                        QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=%1").arg(san),
                        QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:FALSE"),
                        QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,digitalSignature,keyEncipherment"),
                        QStringLiteral("-addext"),
                        QStringLiteral("extendedKeyUsage=serverAuth"),
                        QStringLiteral("-x509"),
                        QStringLiteral("-CA"),
                        ca + QStringLiteral(".pem"),
                        QStringLiteral("-CAkey"),
                        ca + QStringLiteral(".key"),
                        QStringLiteral("-days"),
                        daysArg,
                        QStringLiteral("-out"),
                        base + QStringLiteral(".pem")}))
                  return false;
              QFile::remove(m_dir->filePath(base + QStringLiteral(".key")));
              return QFile::copy(m_dir->filePath(QStringLiteral("leaf.key")),
                                 m_dir->filePath(base + QStringLiteral(".key")));
          };

    const QString localSan = QStringLiteral("DNS:localhost,IP:127.0.0.1");
    return makeCa(QStringLiteral("ca"), QStringLiteral("Postscope Test CA"))
        && makeCa(QStringLiteral("other-ca"), QStringLiteral("Postscope Other CA"))
        && run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                QStringLiteral("-out"), QStringLiteral("leaf.key")})
        && makeLeaf(QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("localhost"),
                    localSan)
        && makeLeaf(QStringLiteral("wrong-host"), QStringLiteral("ca"),
                    QStringLiteral("wrong.example.test"), QStringLiteral("DNS:wrong.example.test"))
        && makeLeaf(QStringLiteral("other-server"), QStringLiteral("other-ca"),
                    QStringLiteral("localhost"), localSan)
        && load(&ca, QStringLiteral("ca")) && load(&otherCa, QStringLiteral("other-ca"))
        && load(&server, QStringLiteral("server")) && load(&wrongHost, QStringLiteral("wrong-host"))
        && load(&otherServer, QStringLiteral("other-server"));
}

QSslConfiguration TestCertificates::serverConfiguration(const TestIdentity &identity) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> chain {identity.certificate};
    for (const TestIdentity *issuer : {&ca, &otherCa}) {
        if (identity.certificate.issuerDisplayName() == issuer->certificate.subjectDisplayName())
            chain.append(issuer->certificate);
    }
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(identity.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace postscope::testsupport
