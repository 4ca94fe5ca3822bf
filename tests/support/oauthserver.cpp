#include "oauthserver.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <memory>

namespace postscope::testsupport {

AuthorizationServer::AuthorizationServer(const QString &mode, const QString &clientSecret)
{
    QStringList args {QStringLiteral(POSTSCOPE_SOURCE_DIR "/tests/support/peers/oauth_server.py"),
                      QStringLiteral("--client-id"), clientId(), QStringLiteral("--mode"), mode};
    if (!clientSecret.isEmpty())
        args << QStringLiteral("--client-secret") << clientSecret;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run /usr/bin/python3 (Debian's python3): %1")
                      .arg(m_process.errorString());
        return;
    }
    while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) { }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        m_error = QStringLiteral("oauth_server.py did not start: %1").arg(QString::fromUtf8(line));
        return;
    }
    m_port = line.mid(5).toUShort();
}

AuthorizationServer::~AuthorizationServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl AuthorizationServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

auth::OAuthProvider AuthorizationServer::provider(const QString &secret) const
{
    auth::OAuthProvider p;
    p.name = QStringLiteral("Test provider");
    p.authorizationEndpoint = url(QStringLiteral("/authorize"));
    p.tokenEndpoint = url(QStringLiteral("/token"));
    p.clientId = clientId();
    p.clientSecret = secret;
    p.scope = QStringLiteral("https://mail.example.test/ offline");
    return p;
}

QJsonArray AuthorizationServer::log()
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url(QStringLiteral("/log")))));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    done.wait(10000);
    return QJsonDocument::fromJson(reply->readAll()).array();
}

void FollowingBrowser::open(const QUrl &url)
{
    opened.append(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        page = reply->readAll();
        landedOn = reply->url();
        ++finished;
        reply->deleteLater();
    });
}

} // namespace postscope::testsupport
