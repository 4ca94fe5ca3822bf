#pragma once
// Secrets (passwords, OAuth tokens, key passphrases) of the accounts, kept
// only in the system keychain through QtKeychain (the Secret Service over
// D-Bus on Linux, the Keychain on macOS, the Credential Store on Windows).
// Never in a settings file, a log or a transcript, and never anywhere else
// when no keychain answers: then availability() says so once, with the
// reason, and obtain() asks the front end each time instead.
//
// Asynchronous: every call returns at once and reports through its callback
// exactly once, later, from the event loop (the GUI thread never blocks on
// D-Bus or on an unlock prompt), within timeoutMs() at most; never after the
// store is destroyed. Use it from the main thread: libsecret answers through
// the GLib main loop that Qt's event loop runs. The *Blocking helpers run a
// local QEventLoop for the CLI.

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace postscope::accounts {

enum class SecretKind {
    Password, // SASL password
    OAuthAccessToken, // XOAUTH2 / OAUTHBEARER (RFC 7628)
    OAuthRefreshToken,
    KeyPassphrase, // the client certificate's private key
    SigningPassphrase, // the S/MIME signing key or PKCS#12 file (SigningSettings)
};
QString secretKindName(SecretKind kind); // "password", "oauth-access-token", ...
bool parseSecretKind(const QString &name, SecretKind *out);

struct SecretResult
{
    enum class Error {
        None,
        NotFound, // the keychain answered: there is no such secret
        Unavailable, // no keychain answers (no D-Bus session, no Secret Service)
        AccessDenied, // locked, or the person said no
        Timeout, // no answer within timeoutMs() (the keychain may still finish a write)
        Cancelled, // obtain(): the person gave no secret
        Failed, // the keychain answered with another error
    };
    Error error = Error::None;
    QString errorText; // one sentence for people (tr), with the keychain's own words
    QString secret; // read() and obtain() only; never logged by anyone
    bool fromKeychain = false; // obtain(): true when read from the keychain, false when asked

    bool ok() const { return error == Error::None; }
};

// What obtain() shows when it has to ask: the account, the kind, and why
// (the keychain is unavailable, or holds no such secret).
struct SecretPrompt
{
    QString account;
    SecretKind kind = SecretKind::Password;
    QString text; // "Password for the account "work"" (tr)
    QString reason; // why asking: the keychain's state (tr)
    bool keychainAvailable = false;
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };
    using Callback = std::function<void(const SecretResult &result)>;
    // The front end's question: answer(secret) or answer(std::nullopt) when
    // the person cancelled; may answer later (a dialog) or at once (a prompt).
    using Asker = std::function<void(const SecretPrompt &prompt,
                                     std::function<void(std::optional<QString> secret)> answer)>;

    // service: the keychain's service name for every entry ("Postscope");
    // tests use their own.
    explicit SecretStore(const QString &service = QStringLiteral("Postscope"),
                         QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    // The entry key in the keychain: "ACCOUNT/KIND", e.g. "work/password".
    static QString entryKey(const QString &account, SecretKind kind);

    // Unknown until the first check or operation has asked the keychain.
    Availability availability() const { return m_availability; }
    bool available() const { return m_availability == Availability::Available; }
    QString unavailableReason() const { return m_reason; }
    // Asks the keychain whether it answers (a lookup of an entry that does
    // not exist); availabilityChanged() follows. Operations check by
    // themselves; call this to know early (the GUI at start).
    void checkAvailability();

    // A bound on every keychain call (an unlock prompt counts): 120 s.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void read(const QString &account, SecretKind kind, Callback done);
    void write(const QString &account, SecretKind kind, const QString &secret, Callback done);
    void remove(const QString &account, SecretKind kind, Callback done);
    // Every kind of the account (when it is removed); NotFound is not an error.
    void removeAll(const QString &account, Callback done);

    // The secret for a connection: from the keychain when it holds it, else
    // from ask (each time; what was asked for is not stored).
    void obtain(const QString &account, SecretKind kind, Asker ask, Callback done);

    // For the command line: the same calls, waiting in a local event loop.
    SecretResult readBlocking(const QString &account, SecretKind kind);
    SecretResult writeBlocking(const QString &account, SecretKind kind, const QString &secret);
    SecretResult removeBlocking(const QString &account, SecretKind kind);
    SecretResult removeAllBlocking(const QString &account);

signals:
    // Once, when the keychain's state becomes known (and again only if it
    // changes); reason is empty when available.
    void availabilityChanged(bool available, const QString &reason);

private:
    enum class Op { Read, Write, Remove };
    void start(Op op, const QString &account, SecretKind kind, const QString &secret,
               Callback done);
    void run(Op op, const QString &key, const QString &secret, int timeoutMs, Callback done);
    void runProbe();
    void setAvailability(Availability availability, const QString &reason);
    void flushQueue();
    SecretResult wait(const std::function<void(Callback)> &call);
    static void later(QObject *context, Callback done, SecretResult result);

    QString m_service;
    int m_timeoutMs = 120000;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    bool m_probing = false;
    QList<std::function<void()>> m_queue; // operations waiting for the first probe
};

} // namespace postscope::accounts
