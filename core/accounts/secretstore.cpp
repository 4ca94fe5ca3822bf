#include "accounts/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace postscope::accounts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::accounts", text);
}

constexpr SecretKind allKinds[]
    = {SecretKind::Password, SecretKind::OAuthAccessToken, SecretKind::OAuthRefreshToken,
       SecretKind::KeyPassphrase, SecretKind::SigningPassphrase};

// A key no account can have (account names hold no slash): looking it up
// tells whether the keychain answers, without an unlock prompt (nothing
// matches) and without writing anything.
const QString probeKey = QStringLiteral("/availability-check");

// Tokens are a few KiB; nothing a person types comes near this.
constexpr qsizetype maxSecretLength = 64 * 1024;

// The availability check waits at most this long even when operations may
// wait longer (an unlock prompt): D-Bus itself gives up after 25 s.
constexpr int maxProbeMs = 30000;

QString kindText(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return tr("password");
    case SecretKind::OAuthAccessToken:
        return tr("OAuth access token");
    case SecretKind::OAuthRefreshToken:
        return tr("OAuth refresh token");
    case SecretKind::KeyPassphrase:
        return tr("passphrase of the client key");
    case SecretKind::SigningPassphrase:
        return tr("passphrase of the S/MIME signing key");
    }
    return QString();
}

SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult r;
    // errorString() is the keychain's own text (libsecret, D-Bus): quoted
    // inside our sentence. It never holds the secret.
    const QString said = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            r.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        r.error = SecretResult::Error::NotFound;
        r.errorText = tr("The keychain holds no such secret.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.error = SecretResult::Error::AccessDenied;
        r.errorText = tr("The keychain refused access: %1").arg(said);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = SecretResult::Error::Unavailable;
        r.errorText = tr("No keychain is available: %1").arg(said);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        r.error = SecretResult::Error::Failed;
        r.errorText = tr("The keychain failed: %1").arg(said);
        break;
    }
    return r;
}

SecretResult failure(SecretResult::Error error, const QString &text)
{
    SecretResult r;
    r.error = error;
    r.errorText = text;
    return r;
}

} // namespace

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::OAuthAccessToken:
        return QStringLiteral("oauth-access-token");
    case SecretKind::OAuthRefreshToken:
        return QStringLiteral("oauth-refresh-token");
    case SecretKind::KeyPassphrase:
        return QStringLiteral("key-passphrase");
    case SecretKind::SigningPassphrase:
        return QStringLiteral("signing-passphrase");
    }
    return QString();
}

bool parseSecretKind(const QString &name, SecretKind *out)
{
    for (SecretKind kind : allKinds) {
        if (name == secretKindName(kind)) {
            if (out)
                *out = kind;
            return true;
        }
    }
    return false;
}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::entryKey(const QString &account, SecretKind kind)
{
    return account + QLatin1Char('/') + secretKindName(kind);
}

void SecretStore::later(QObject *context, Callback done, SecretResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void SecretStore::setAvailability(Availability availability, const QString &reason)
{
    if (m_availability == availability && m_reason == reason)
        return;
    m_availability = availability;
    m_reason = reason;
    emit availabilityChanged(availability == Availability::Available, reason);
}

void SecretStore::checkAvailability()
{
    if (m_availability == Availability::Unknown)
        runProbe();
}

void SecretStore::runProbe()
{
    if (m_probing)
        return;
    m_probing = true;
    run(Op::Read, probeKey, QString(), qMin(m_timeoutMs, maxProbeMs),
        [this](const SecretResult &r) {
            m_probing = false;
            switch (r.error) {
            case SecretResult::Error::None:
            case SecretResult::Error::NotFound:
            case SecretResult::Error::AccessDenied: // it answered: it is there
                setAvailability(Availability::Available, QString());
                break;
            default:
                setAvailability(Availability::Unavailable,
                                tr("No system keychain answers, so secrets are not stored and "
                                   "Postscope asks for them each time. %1")
                                    .arg(r.errorText));
                break;
            }
            flushQueue();
        });
}

void SecretStore::flushQueue()
{
    const QList<std::function<void()>> queue = std::exchange(m_queue, {});
    for (const std::function<void()> &op : queue)
        op();
}

void SecretStore::start(Op op, const QString &account, SecretKind kind, const QString &secret,
                        Callback done)
{
    if (account.isEmpty() || account.contains(QLatin1Char('/')))
        return later(
            this, std::move(done),
            failure(SecretResult::Error::Failed,
                    tr("\"%1\" is not an account name a secret can belong to.").arg(account)));
    if (op == Op::Write && (secret.isEmpty() || secret.size() > maxSecretLength))
        return later(
            this, std::move(done),
            failure(SecretResult::Error::Failed,
                    secret.isEmpty()
                        ? tr("An empty secret is not stored.")
                        : tr("The secret is longer than %1 characters.").arg(maxSecretLength)));
    switch (m_availability) {
    case Availability::Unavailable:
        // Said once through availabilityChanged(); each call still fails
        // plainly, and the keychain is not tried again.
        return later(this, std::move(done), failure(SecretResult::Error::Unavailable, m_reason));
    case Availability::Unknown:
        m_queue.append(
            [this, op, account, kind, secret, done] { start(op, account, kind, secret, done); });
        runProbe();
        return;
    case Availability::Available:
        run(op, entryKey(account, kind), secret, m_timeoutMs, std::move(done));
        return;
    }
}

void SecretStore::run(Op op, const QString &key, const QString &secret, int timeoutMs,
                      Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never QtKeychain's plain-text copy in QSettings: no keychain means no storing.
    job->setInsecureFallback(false);
    job->setKey(key);
    // The job deletes itself when it finishes, also after a timeout here
    // (a job cannot be cancelled, and its backend still points at it).
    job->setAutoDelete(true);

    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const int ms = timeoutMs;
    connect(timer, &QTimer::timeout, this, [answered, timer, done, ms] {
        timer->deleteLater();
        if (std::exchange(*answered, true))
            return;
        done(failure(SecretResult::Error::Timeout,
                     tr("The keychain did not answer within %1 seconds.").arg(ms / 1000.0)));
    });
    connect(job, &QKeychain::Job::finished, this, [this, answered, timer, done](QKeychain::Job *j) {
        if (std::exchange(*answered, true))
            return;
        timer->stop();
        timer->deleteLater();
        const SecretResult result = resultOf(j);
        if (result.error == SecretResult::Error::Unavailable
            && m_availability == Availability::Available)
            setAvailability(Availability::Unavailable, result.errorText);
        done(result);
    });
    timer->start(ms);
    job->start();
}

void SecretStore::read(const QString &account, SecretKind kind, Callback done)
{
    start(Op::Read, account, kind, QString(), std::move(done));
}

void SecretStore::write(const QString &account, SecretKind kind, const QString &secret,
                        Callback done)
{
    start(Op::Write, account, kind, secret, std::move(done));
}

void SecretStore::remove(const QString &account, SecretKind kind, Callback done)
{
    start(Op::Remove, account, kind, QString(), std::move(done));
}

void SecretStore::removeAll(const QString &account, Callback done)
{
    // One kind after the other; a kind that was never stored is fine.
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [this, account, done, step](int i) {
        if (i == int(std::size(allKinds))) {
            done(SecretResult());
            *step = nullptr; // break the cycle
            return;
        }
        remove(account, allKinds[i], [done, step, i](const SecretResult &r) {
            if (!r.ok() && r.error != SecretResult::Error::NotFound) {
                done(r);
                *step = nullptr;
                return;
            }
            (*step)(i + 1);
        });
    };
    (*step)(0);
}

void SecretStore::obtain(const QString &account, SecretKind kind, Asker ask, Callback done)
{
    if (!ask)
        ask = [](const SecretPrompt &, const std::function<void(std::optional<QString>)> &answer) {
            answer(std::nullopt); // nobody to ask: as if the person cancelled
        };
    QPointer<SecretStore> self(this);
    read(account, kind, [self, account, kind, ask, done](const SecretResult &r) {
        if (r.ok()) {
            SecretResult found = r;
            found.fromKeychain = true;
            done(found);
            return;
        }
        SecretPrompt prompt;
        prompt.account = account;
        prompt.kind = kind;
        prompt.text = tr("The %1 for the account \"%2\"").arg(kindText(kind), account);
        prompt.keychainAvailable = self && self->available();
        prompt.reason = r.error == SecretResult::Error::NotFound
            ? tr("The keychain holds no %1 for this account.").arg(kindText(kind))
            : r.errorText;
        // What the person types goes to the caller only: asking is the
        // fallback, never a reason to store anywhere.
        auto answered = std::make_shared<bool>(false);
        ask(prompt, [answered, done](std::optional<QString> secret) {
            if (std::exchange(*answered, true))
                return;
            if (!secret) {
                done(failure(SecretResult::Error::Cancelled, tr("No secret was given.")));
                return;
            }
            SecretResult given;
            given.secret = *secret;
            done(given);
        });
    });
}

SecretResult SecretStore::wait(const std::function<void(Callback)> &call)
{
    QEventLoop loop;
    std::optional<SecretResult> result;
    // Every call ends through its callback: the keychain's answer or the
    // timeout, so the loop always quits.
    call([&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

SecretResult SecretStore::readBlocking(const QString &account, SecretKind kind)
{
    return wait([&](Callback done) { read(account, kind, std::move(done)); });
}

SecretResult SecretStore::writeBlocking(const QString &account, SecretKind kind,
                                        const QString &secret)
{
    return wait([&](Callback done) { write(account, kind, secret, std::move(done)); });
}

SecretResult SecretStore::removeBlocking(const QString &account, SecretKind kind)
{
    return wait([&](Callback done) { remove(account, kind, std::move(done)); });
}

SecretResult SecretStore::removeAllBlocking(const QString &account)
{
    return wait([&](Callback done) { removeAll(account, std::move(done)); });
}

} // namespace postscope::accounts
