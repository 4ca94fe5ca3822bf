#include "accounts/oauthtokens.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <memory>

namespace postscope::accounts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::accounts::FreshTokenJob", text);
}

constexpr auto accessKey = "accessToken";
constexpr auto expiresKey = "expiresAt";

} // namespace

QString storedAccessToken(const auth::OAuthTokens &tokens)
{
    QJsonObject o {{QLatin1String(accessKey), tokens.accessToken}};
    if (tokens.expiresAt.isValid())
        o.insert(QLatin1String(expiresKey), tokens.expiresAt.toUTC().toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

auth::OAuthTokens parseStoredTokens(const QString &storedAccess, const QString &refreshToken)
{
    auth::OAuthTokens tokens;
    tokens.refreshToken = refreshToken;
    const QJsonDocument doc = QJsonDocument::fromJson(storedAccess.toUtf8());
    if (doc.isObject() && doc.object().value(QLatin1String(accessKey)).isString()) {
        tokens.accessToken = doc.object().value(QLatin1String(accessKey)).toString();
        tokens.expiresAt = QDateTime::fromString(
            doc.object().value(QLatin1String(expiresKey)).toString(), Qt::ISODate);
        if (tokens.expiresAt.isValid())
            tokens.expiresAt = tokens.expiresAt.toUTC();
    } else {
        tokens.accessToken = storedAccess.trimmed();
    }
    return tokens;
}

TokenStorage TokenStorage::keychain(SecretStore *store, const QString &account)
{
    QPointer<SecretStore> guard(store);
    TokenStorage storage;
    storage.read = [guard, account](SecretKind kind, SecretStore::Callback done) {
        if (!guard) {
            SecretResult gone;
            gone.error = SecretResult::Error::Unavailable;
            gone.errorText = tr("The keychain is gone.");
            done(gone);
            return;
        }
        guard->read(account, kind, std::move(done));
    };
    storage.write
        = [guard, account](SecretKind kind, const QString &secret, SecretStore::Callback done) {
              if (!guard) {
                  SecretResult gone;
                  gone.error = SecretResult::Error::Unavailable;
                  gone.errorText = tr("The keychain is gone.");
                  done(gone);
                  return;
              }
              guard->write(account, kind, secret, std::move(done));
          };
    return storage;
}

TokenStorage TokenStorage::keychainOrSession(SecretStore *store, const QString &account)
{
    const TokenStorage keychain = TokenStorage::keychain(store, account);
    // Decided per call by the keychain's own answer: a keychain that comes
    // up later is used from then on.
    TokenStorage storage;
    storage.read = [keychain, account](SecretKind kind, SecretStore::Callback done) {
        keychain.read(kind, [account, kind, done](const SecretResult &result) {
            if (result.error != SecretResult::Error::Unavailable) {
                done(result);
                return;
            }
            SessionTokens::instance().storage(account).read(kind, done);
        });
    };
    storage.write = [keychain, account](SecretKind kind, const QString &secret,
                                        SecretStore::Callback done) {
        keychain.write(kind, secret, [account, kind, secret, done](const SecretResult &result) {
            if (result.error != SecretResult::Error::Unavailable) {
                done(result);
                return;
            }
            SessionTokens::instance().storage(account).write(kind, secret, done);
        });
    };
    return storage;
}

SessionTokens &SessionTokens::instance()
{
    static SessionTokens tokens;
    return tokens;
}

TokenStorage SessionTokens::storage(const QString &account)
{
    TokenStorage storage;
    storage.read = [this, account](SecretKind kind, SecretStore::Callback done) {
        SecretResult result;
        const auto it = m_secrets.constFind(SecretStore::entryKey(account, kind));
        if (it == m_secrets.constEnd()) {
            result.error = SecretResult::Error::NotFound;
            result.errorText = tr("Not signed in during this session.");
        } else {
            result.secret = *it;
        }
        done(result);
    };
    storage.write
        = [this, account](SecretKind kind, const QString &secret, SecretStore::Callback done) {
              m_secrets.insert(SecretStore::entryKey(account, kind), secret);
              done({});
          };
    return storage;
}

void SessionTokens::remove(const QString &account)
{
    for (SecretKind kind : {SecretKind::OAuthAccessToken, SecretKind::OAuthRefreshToken})
        m_secrets.remove(SecretStore::entryKey(account, kind));
}

bool SessionTokens::contains(const QString &account, SecretKind kind) const
{
    return m_secrets.contains(SecretStore::entryKey(account, kind));
}

TokenState TokenState::of(const auth::OAuthTokens &tokens, const QDateTime &now)
{
    TokenState state;
    state.expiresAt = tokens.expiresAt;
    state.hasRefreshToken = !tokens.refreshToken.isEmpty();
    if (tokens.accessToken.isEmpty())
        state.kind = Kind::NotSignedIn; // the send path needs an access token to start from
    else if (!tokens.expired(now, std::chrono::seconds(0)))
        state.kind = Kind::Valid;
    else
        state.kind = state.hasRefreshToken ? Kind::Refreshable : Kind::Expired;
    return state;
}

QString TokenState::text() const
{
    const QString until = QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat);
    switch (kind) {
    case Kind::NotSignedIn:
        return tr("Not signed in.");
    case Kind::Valid:
        return expiresAt.isValid()
            ? tr("Signed in; the access token is valid until %1.").arg(until)
            : tr("Signed in; the provider did not say how long the access token is valid.");
    case Kind::Refreshable:
        return tr("Signed in; the access token has expired and is renewed with the refresh "
                  "token before the next login.");
    case Kind::Expired:
        return tr("The access token expired at %1 and there is no refresh token: sign in "
                  "again.")
            .arg(until);
    case Kind::Unreadable:
        return tr("The tokens could not be read: %1").arg(error);
    }
    return {};
}

void readTokenState(TokenStorage storage, std::function<void(const TokenState &state)> done)
{
    auto shared = std::make_shared<TokenStorage>(std::move(storage));
    shared->read(SecretKind::OAuthAccessToken, [shared, done](const SecretResult &access) {
        if (!access.ok() && access.error != SecretResult::Error::NotFound) {
            TokenState state;
            state.kind = TokenState::Kind::Unreadable;
            state.error = access.errorText;
            done(state);
            return;
        }
        const QString stored = access.ok() ? access.secret : QString();
        shared->read(SecretKind::OAuthRefreshToken,
                     [shared, stored, done](const SecretResult &refresh) {
                         if (!refresh.ok() && refresh.error != SecretResult::Error::NotFound) {
                             TokenState state;
                             state.kind = TokenState::Kind::Unreadable;
                             state.error = refresh.errorText;
                             done(state);
                             return;
                         }
                         done(TokenState::of(
                             parseStoredTokens(stored, refresh.ok() ? refresh.secret : QString())));
                     });
    });
}

FreshTokenJob::FreshTokenJob(TokenStorage storage, auth::OAuthProvider provider, QObject *parent)
    : QObject(parent)
    , m_storage(std::move(storage))
    , m_provider(std::move(provider))
{
}

FreshTokenJob::~FreshTokenJob() = default;

void FreshTokenJob::start()
{
    QPointer<FreshTokenJob> self(this);
    m_storage.read(SecretKind::OAuthAccessToken, [self](const SecretResult &access) {
        if (!self)
            return;
        if (!access.ok()) {
            self->finish(
                {{},
                 false,
                 access.error == SecretResult::Error::NotFound
                     ? tr("The account has no OAuth access token in the keychain: "
                          "authorize it first (postscope-cli account authorize NAME).")
                     : tr("Cannot read the OAuth access token: %1").arg(access.errorText)});
            return;
        }
        self->readRefreshToken(access.secret);
    });
}

void FreshTokenJob::readRefreshToken(const QString &storedAccess)
{
    QPointer<FreshTokenJob> self(this);
    m_storage.read(
        SecretKind::OAuthRefreshToken, [self, storedAccess](const SecretResult &refresh) {
            if (!self)
                return;
            // No refresh token is fine while the access token is fresh.
            if (!refresh.ok() && refresh.error != SecretResult::Error::NotFound) {
                self->finish(
                    {{},
                     false,
                     tr("Cannot read the OAuth refresh token: %1").arg(refresh.errorText)});
                return;
            }
            self->ensureFresh(
                parseStoredTokens(storedAccess, refresh.ok() ? refresh.secret : QString()));
        });
}

void FreshTokenJob::ensureFresh(const auth::OAuthTokens &tokens)
{
    // RFC 6749 6: an expired access token is refreshed before AUTH; a
    // server's 535 for a token we knew was stale would teach nothing.
    auto *flow = new auth::OAuthFlow(m_provider, this);
    connect(flow, &auth::OAuthFlow::finished, this, [this, flow](const auth::OAuthResult &result) {
        flow->deleteLater();
        if (!result.ok() || !result.refreshed) {
            finish(result);
            return;
        }
        store(result);
    });
    flow->ensureFresh(tokens, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
}

void FreshTokenJob::store(const auth::OAuthResult &result)
{
    QPointer<FreshTokenJob> self(this);
    storeTokens(m_storage, result.tokens, [self, result](const QString &error) {
        if (!self)
            return;
        auth::OAuthResult out = result;
        // The new token works for this login even when it could not be
        // kept; the person hears why the next login will refresh again.
        if (!error.isEmpty())
            out.error = tr("The access token was refreshed but could not be stored: %1").arg(error);
        self->finish(out);
    });
}

void FreshTokenJob::finish(const auth::OAuthResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

void storeTokens(TokenStorage storage, const auth::OAuthTokens &tokens,
                 std::function<void(const QString &error)> done)
{
    auto shared = std::make_shared<TokenStorage>(std::move(storage));
    shared->write(SecretKind::OAuthAccessToken, storedAccessToken(tokens),
                  [shared, tokens, done](const SecretResult &written) {
                      if (!written.ok()) {
                          done(written.errorText);
                          return;
                      }
                      // RFC 6749 6: the provider may send a new refresh token (and then
                      // the old one is void); without one the old one stays.
                      if (tokens.refreshToken.isEmpty()) {
                          done({});
                          return;
                      }
                      shared->write(SecretKind::OAuthRefreshToken, tokens.refreshToken,
                                    [done](const SecretResult &refresh) {
                                        done(refresh.ok() ? QString() : refresh.errorText);
                                    });
                  });
}

session::AuthSettings::TokenSource freshTokenSource(TokenStorage storage,
                                                    auth::OAuthProvider provider)
{
    return [storage, provider](QObject *context, session::AuthSettings::TokenDone done) {
        auto *job = new FreshTokenJob(storage, provider, context);
        QObject::connect(job, &FreshTokenJob::finished, context,
                         [job, done](const auth::OAuthResult &result) {
                             job->deleteLater();
                             // A refreshed token that could not be stored
                             // still logs in this time.
                             const bool usable = !result.tokens.accessToken.isEmpty();
                             done(usable ? result.tokens.accessToken : QString(),
                                  usable ? QString() : result.error);
                         });
        job->start();
    };
}

} // namespace postscope::accounts
