#include "auth/oauth2.h"

#include "auth/qca.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QTimer>
#include <QUrlQuery>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

constexpr std::chrono::milliseconds authorizeTimeout = std::chrono::minutes(5);
constexpr std::chrono::milliseconds refreshTimeout = std::chrono::seconds(60);
// Each HTTP request on its own (token endpoint), and the most a token
// response may hold: a few kilobytes in practice.
constexpr int transferTimeoutMs = 30000;
constexpr qint64 maxResponseBytes = 256 * 1024;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The network access the flow uses, with a bound on every request: a
// transfer timeout and a size limit, so that no token endpoint can keep the
// flow waiting or fill memory.
class BoundedNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QNetworkRequest bounded(request);
        bounded.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, bounded, outgoingData);
        connect(reply, &QNetworkReply::downloadProgress, reply,
                [reply](qint64 received, qint64 total) {
                    if (received > maxResponseBytes || total > maxResponseBytes)
                        reply->abort();
                });
        return reply;
    }
};

// RFC 6749 5.2: {"error": ..., "error_description": ...}
QString oauthErrorText(const QJsonObject &object)
{
    const QString error = object.value(QLatin1String("error")).toString();
    const QString description = object.value(QLatin1String("error_description")).toString();
    if (error.isEmpty())
        return {};
    if (description.isEmpty())
        return error;
    return QStringLiteral("%1 (%2)").arg(error, description.left(300));
}

} // namespace

// ---- providers ----------------------------------------------------------

OAuthProvider OAuthProvider::google()
{
    // Google's published endpoints for installed apps, and the scope its
    // SMTP server wants for XOAUTH2.
    OAuthProvider p;
    p.name = QStringLiteral("Google");
    p.authorizationEndpoint = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenEndpoint = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    p.scope = QStringLiteral("https://mail.google.com/");
    return p;
}

OAuthProvider OAuthProvider::microsoft()
{
    // Microsoft identity platform v2.0 ("common" tenant), SMTP AUTH scope,
    // and offline_access for a refresh token.
    OAuthProvider p;
    p.name = QStringLiteral("Microsoft");
    p.authorizationEndpoint
        = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    p.tokenEndpoint
        = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    p.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
    return p;
}

QStringList OAuthProvider::presetNames()
{
    return {QStringLiteral("google"), QStringLiteral("microsoft")};
}

std::optional<OAuthProvider> OAuthProvider::preset(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"google")
        return google();
    if (lower == u"microsoft")
        return microsoft();
    return std::nullopt;
}

QString OAuthProvider::problem() const
{
    const auto endpointProblem = [](const QUrl &url, const QString &what) -> QString {
        if (!url.isValid() || url.host().isEmpty())
            return tr("the %1 is missing or not a URL").arg(what);
        if (url.scheme() == u"https")
            return {};
        if (url.scheme() == u"http" && isLoopbackHost(url.host()))
            return {};
        return tr("the %1 %2 must use https (RFC 6749 3.1 and 3.2)")
            .arg(what, url.toDisplayString());
    };
    if (QString p = endpointProblem(authorizationEndpoint, tr("authorization endpoint"));
        !p.isEmpty())
        return p;
    if (QString p = endpointProblem(tokenEndpoint, tr("token endpoint")); !p.isEmpty())
        return p;
    if (clientId.isEmpty())
        return tr("no client id: register Postscope as a desktop application with %1 and give its "
                  "client id")
            .arg(name.isEmpty() ? tr("the provider") : name);
    return {};
}

bool OAuthTokens::expired(const QDateTime &now, std::chrono::seconds margin) const
{
    if (!expiresAt.isValid())
        return false;
    return now.toUTC().addSecs(margin.count()) >= expiresAt.toUTC();
}

// ---- PKCE ---------------------------------------------------------------

QByteArray makePkceVerifier()
{
    // RFC 7636 4.1 and 7.1: 32 octets from a secure random source, base64url.
    return base64Url(randomBytes(32));
}

QByteArray pkceChallengeS256(QByteArrayView verifier)
{
    return base64Url(digest(QStringLiteral("sha256"), verifier));
}

// ---- the flow -----------------------------------------------------------

OAuthFlow::OAuthFlow(OAuthProvider provider, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
{
    qRegisterMetaType<postscope::auth::OAuthResult>();
}

OAuthFlow::~OAuthFlow() = default;

void OAuthFlow::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QUrl OAuthFlow::redirectUri() const
{
    if (!m_loopback || !m_loopback->isListening())
        return {};
    return QUrl(m_loopback->callback());
}

void OAuthFlow::setUpFlow()
{
    m_network = new BoundedNetworkAccessManager(this);
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(m_provider.authorizationEndpoint);
    m_flow->setAccessTokenUrl(m_provider.tokenEndpoint);
    m_flow->setClientIdentifier(m_provider.clientId);
    m_flow->setClientIdentifierSharedKey(m_provider.clientSecret);
    m_flow->setScope(m_provider.scope);

    // Qt 6.4 has no PKCE: the parameters go in here (RFC 7636 4.3, 4.5). It
    // also sends an empty client_secret and, on refresh, a redirect_uri
    // RFC 6749 6 does not have; both come out.
    const QByteArray verifier = m_verifier;
    const bool noSecret = m_provider.clientSecret.isEmpty();
    m_flow->setModifyParametersFunction([verifier,
                                         noSecret](QAbstractOAuth::Stage stage,
                                                   QMultiMap<QString, QVariant> *parameters) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            parameters->replace(QStringLiteral("code_challenge"),
                                QString::fromLatin1(pkceChallengeS256(verifier)));
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            break;
        case QAbstractOAuth::Stage::RefreshingAccessToken:
            parameters->remove(QStringLiteral("redirect_uri"));
            break;
        case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
            break;
        }
        if (noSecret)
            parameters->remove(QStringLiteral("client_secret"));
    });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthFlow::openBrowser);
    // Connected before grant(), so it runs before the library's own handler.
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this, &OAuthFlow::onCallback);
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthFlow::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(tr("The authorization server refused: %1")
                         .arg(description.isEmpty()
                                  ? error
                                  : QStringLiteral("%1 (%2)").arg(error, description)));
            });
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthFlow::onReply);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(m_refreshing ? tr("The token endpoint did not answer the refresh in time.")
                          : tr("No authorization arrived in time: the browser never came back to "
                               "%1.")
                                .arg(redirectUri().toString()));
    });
}

void OAuthFlow::authorize()
{
    if (const QString problem = m_provider.problem(); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(tr("Cannot authorize: %1.").arg(problem)); },
            Qt::QueuedConnection);
        return;
    }
    m_verifier = makePkceVerifier();
    // RFC 6749 10.12: an unguessable state ties the redirect to this request.
    m_state = QString::fromLatin1(base64Url(randomBytes(24)));
    setUpFlow();
    // RFC 8252 7.3: the loopback IP literal, any free port, listening only
    // while the flow runs.
    m_loopback = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_loopback->isListening()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("Cannot listen on 127.0.0.1 for the browser's redirect.")); },
            Qt::QueuedConnection);
        return;
    }
    m_loopback->setCallbackText(
        tr("Postscope received the authorization. You can close this window."));
    m_flow->setReplyHandler(m_loopback);
    m_flow->setState(m_state);
    m_timer->start(m_timeout.value_or(authorizeTimeout));
    m_flow->grant();
}

void OAuthFlow::refresh(const QString &refreshToken)
{
    if (const QString problem = m_provider.problem(); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(tr("Cannot refresh: %1.").arg(problem)); },
            Qt::QueuedConnection);
        return;
    }
    if (refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("There is no refresh token: authorize again.")); },
            Qt::QueuedConnection);
        return;
    }
    m_refreshing = true;
    m_previous.refreshToken = refreshToken;
    setUpFlow();
    // A refresh needs no redirect: the out-of-band handler only parses the
    // token endpoint's answer.
    m_noRedirect = new QOAuthOobReplyHandler(this);
    m_flow->setReplyHandler(m_noRedirect);
    m_flow->setRefreshToken(refreshToken);
    m_timer->start(m_timeout.value_or(refreshTimeout));
    m_flow->refreshAccessToken();
}

void OAuthFlow::ensureFresh(const OAuthTokens &tokens, const QDateTime &now)
{
    if (!tokens.expired(now)) {
        QMetaObject::invokeMethod(
            this,
            [this, tokens] {
                finish({tokens, false, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    if (tokens.refreshToken.isEmpty()) {
        const QString when = tokens.expiresAt.toUTC().toString(Qt::ISODate);
        QMetaObject::invokeMethod(
            this,
            [this, when] {
                fail(tr("The access token expired at %1 and there is no refresh token: "
                        "authorize the account again.")
                         .arg(when));
            },
            Qt::QueuedConnection);
        return;
    }
    m_previous = tokens;
    refresh(tokens.refreshToken);
}

void OAuthFlow::onCallback(const QVariantMap &data)
{
    // RFC 6749 4.1.2: code and state, or error (4.1.2.1). Qt 6.4 drops a
    // bad callback with a log warning only; here it ends the request.
    // The redirect's query is application/x-www-form-urlencoded (RFC 6749
    // 4.1.2): "+" is a space, then percent-decoding.
    const auto value = [&data](const char *key) {
        QByteArray raw = data.value(QLatin1String(key)).toByteArray();
        raw.replace('+', ' ');
        return QUrl::fromPercentEncoding(raw);
    };
    if (const QString error = value("error"); !error.isEmpty()) {
        const QString description = value("error_description");
        fail(tr("The authorization server refused: %1")
                 .arg(description.isEmpty()
                          ? error
                          : QStringLiteral("%1 (%2)").arg(error, description.left(300))));
        return;
    }
    if (value("state") != m_state) {
        // RFC 6749 10.12: a redirect that does not carry our state is not
        // the answer to our request (cross-site request forgery).
        fail(tr("The redirect to 127.0.0.1 carried a state that is not this request's (RFC 6749 "
                "10.12); it was ignored."));
        return;
    }
    if (value("code").isEmpty())
        fail(tr("The redirect to 127.0.0.1 carried no authorization code."));
}

void OAuthFlow::onReply(QNetworkReply *reply)
{
    if (m_done || !reply)
        return;
    const QUrl url = reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url != m_provider.tokenEndpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment))
        return;
    // QNetworkAccessManager::finished comes before the library reads the
    // body, so peek() sees it all.
    const QByteArray body = reply->peek(maxResponseBytes);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400 || (status == 0 && reply->error() != QNetworkReply::NoError)) {
        // RFC 6749 5.2: the error JSON, when there is one.
        const QString oauthError = oauthErrorText(object);
        if (!oauthError.isEmpty())
            fail(tr("The token endpoint refused: %1").arg(oauthError));
        else if (status != 0)
            fail(tr("The token endpoint answered HTTP %1.").arg(status));
        else
            fail(tr("The token endpoint %1 could not be reached: %2")
                     .arg(m_provider.tokenEndpoint.toDisplayString(), reply->errorString()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("The token request failed: %1").arg(reply->errorString()));
        return;
    }
    // RFC 6749 5.1: access_token and token_type are required; this client
    // only knows bearer tokens (RFC 6750).
    if (object.value(QLatin1String("access_token")).toString().isEmpty()) {
        const QString oauthError = oauthErrorText(object);
        fail(oauthError.isEmpty() ? tr("The token endpoint answered without an access token.")
                                  : tr("The token endpoint refused: %1").arg(oauthError));
        return;
    }
    const QString type = object.value(QLatin1String("token_type")).toString();
    if (!type.isEmpty() && type.compare(u"bearer", Qt::CaseInsensitive) != 0)
        fail(tr("The token endpoint issued a \"%1\" token; mail servers take bearer tokens only.")
                 .arg(type.left(40)));
}

void OAuthFlow::onGranted()
{
    OAuthResult result;
    result.refreshed = m_refreshing;
    result.tokens.accessToken = m_flow->token();
    // RFC 6749 6: the server may keep the old refresh token.
    result.tokens.refreshToken
        = m_flow->refreshToken().isEmpty() ? m_previous.refreshToken : m_flow->refreshToken();
    result.tokens.expiresAt = m_flow->expirationAt().toUTC();
    result.tokens.scope = m_flow->scope();
    finish(std::move(result));
}

void OAuthFlow::fail(const QString &error)
{
    OAuthResult result;
    result.refreshed = m_refreshing;
    result.error = error;
    finish(std::move(result));
}

void OAuthFlow::finish(OAuthResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (m_loopback)
        m_loopback->close(); // the redirect is no longer listened for
    emit finished(result);
}

} // namespace postscope::auth
