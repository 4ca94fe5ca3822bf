#pragma once
// Which accounts hold sessions and how each stands (idle, connecting,
// connected with or without TLS, error), and what each server offered
// (capabilities before and after TLS). Every session it follows writes to
// the one transcript with a label "ACCOUNT #N", so several accounts can talk
// at once and each line says whose it is. It only listens to core's
// SmtpSession signals; the talking is core's.

#include "accounts/account.h"
#include "protocol/capabilities.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace postscope::session {
class SmtpSession;
}
namespace postscope::transcript {
class Transcript;
}

namespace postscope::ui {

class SessionHub : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, ConnectedTls, Error };
    Q_ENUM(State)

    struct AccountStatus
    {
        State state = State::Idle;
        QString detail; // the error, or where it is (being) connected
        protocol::Capabilities beforeTls; // the last session's EHLO in the clear
        protocol::Capabilities afterTls; // and after STARTTLS (or over implicit TLS)
        QString server; // "127.0.0.1:25"
        int sessions = 0; // sessions started so far (the N of "ACCOUNT #N")
        int open = 0; // sessions not yet closed
    };

    explicit SessionHub(transcript::Transcript *transcript, QObject *parent = nullptr);
    ~SessionHub() override;

    // Follows a session of the account from now on (call before open()):
    // its lines go to the transcript labelled "ACCOUNT #N" (returned).
    QString track(const QString &account, session::SmtpSession *session);

    // Opens a session to the account and keeps it open: greeting, EHLO,
    // STARTTLS as the account says, EHLO again (no login, no mail), so its
    // state and capabilities show. False and *error when it cannot start.
    bool connectAccount(const accounts::Account &account, QString *error = nullptr);
    // Says QUIT on the session connectAccount() opened.
    void disconnectAccount(const QString &account);
    // True while connectAccount()'s session is open.
    bool isHeld(const QString &account) const;

    AccountStatus status(const QString &account) const;
    State state(const QString &account) const { return status(account).state; }
    // Forgets an account that was removed (its sessions end).
    void forget(const QString &account);

    static QString stateName(State state); // translated: "connected with TLS"

signals:
    void stateChanged(const QString &account);
    void capabilitiesChanged(const QString &account);

private:
    struct SessionInfo
    {
        QString account;
        int number = 0; // the N of "ACCOUNT #N"
        State state = State::Connecting;
        QString detail;
    };
    void refresh(const QString &account);
    void setSessionState(const session::SmtpSession *session, State state, const QString &detail);

    transcript::Transcript *m_transcript;
    QHash<QString, AccountStatus> m_status;
    QHash<const session::SmtpSession *, SessionInfo> m_sessions; // open sessions
    QHash<QString, State> m_closedState; // how an account's newest session ended
    QHash<QString, QString> m_closedDetail;
    QHash<QString, QPointer<session::SmtpSession>> m_held;
};

} // namespace postscope::ui
