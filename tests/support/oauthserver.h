#pragma once
// The local OAuth 2.0 authorization server of the tests
// (tests/support/peers/oauth_server.py: PKCE checked, codes single-use,
// modes for the failures) and the test's browser, which follows the
// authorization URL and the server's redirect back to the flow's loopback
// address (RFC 8252 7.3). Shared by tst_oauthflow (core) and the account
// dialog's sign-in test (ui). Python missing is a failure, never a skip.

#include "auth/oauth2.h"

#include <QByteArray>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace postscope::testsupport {

// One authorization server process (killed when this is destroyed).
class AuthorizationServer
{
public:
    static QString clientId() { return QStringLiteral("postscope-test-client"); }

    // mode: oauth_server.py's --mode (ok, deny, wrong-state, token-error, rotate).
    explicit AuthorizationServer(const QString &mode = QStringLiteral("ok"),
                                 const QString &clientSecret = {});
    ~AuthorizationServer();

    // Empty once it listens; otherwise why it did not start.
    QString error() const { return m_error; }
    QUrl url(const QString &path) const;
    // The provider for this server (custom endpoints on the loopback address).
    auth::OAuthProvider provider(const QString &secret = {}) const;
    // What the server saw and decided (GET /log).
    QJsonArray log();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// The person's browser: GETs a URL and follows the redirects (the
// authorization server approves at once and redirects to the loopback
// address), keeping where it landed and the page it got.
class FollowingBrowser : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void open(const QUrl &url);

    QList<QUrl> opened; // every URL given to open()
    QUrl landedOn;
    QByteArray page;
    int finished = 0; // how many pages have been loaded

private:
    QNetworkAccessManager m_network;
};

} // namespace postscope::testsupport
