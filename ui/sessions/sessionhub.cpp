#include "sessionhub.h"

#include "session/smtpsession.h"
#include "transcript/transcript.h"

namespace postscope::ui {

using session::SmtpSession;

SessionHub::SessionHub(transcript::Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_transcript(transcript)
{
}

SessionHub::~SessionHub()
{
    // Held sessions are children of the hub; end them before the members go.
    const auto held = m_held;
    m_held.clear();
    for (const QPointer<SmtpSession> &session : held) {
        if (session)
            session->abort();
    }
}

QString SessionHub::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected, not encrypted");
    case State::ConnectedTls:
        return tr("connected with TLS");
    case State::Error:
        break;
    }
    return tr("error");
}

SessionHub::AccountStatus SessionHub::status(const QString &account) const
{
    return m_status.value(account);
}

void SessionHub::refresh(const QString &account)
{
    if (!m_status.contains(account))
        return;
    AccountStatus &status = m_status[account];
    // The newest open session speaks for the account; with none open, how
    // the last one ended (an error stays in sight until the next session).
    State state = m_closedState.value(account, State::Idle);
    QString detail = m_closedDetail.value(account);
    int newest = 0;
    for (const SessionInfo &info : std::as_const(m_sessions)) {
        if (info.account == account && info.number > newest) {
            newest = info.number;
            state = info.state;
            detail = info.detail;
        }
    }
    if (status.state == state && status.detail == detail)
        return;
    status.state = state;
    status.detail = detail;
    emit stateChanged(account);
}

void SessionHub::setSessionState(const SmtpSession *session, State state, const QString &detail)
{
    auto it = m_sessions.find(session);
    if (it == m_sessions.end())
        return;
    it->state = state;
    it->detail = detail;
    refresh(it->account);
}

QString SessionHub::track(const QString &account, SmtpSession *session)
{
    AccountStatus &status = m_status[account];
    ++status.sessions;
    ++status.open;
    const int number = status.sessions;
    const QString label = tr("%1 #%2").arg(account).arg(number);
    if (m_transcript)
        m_transcript->attach(session, label);
    m_sessions.insert(session,
                      SessionInfo {account, number, State::Connecting,
                                   session->options().socketPath.isEmpty()
                                       ? QStringLiteral("%1:%2").arg(
                                           session->options().host,
                                           QString::number(session->options().effectivePort()))
                                       : session->options().socketPath});
    refresh(account);

    connect(session, &SmtpSession::ready, this, [this, session] {
        setSessionState(session, session->isEncrypted() ? State::ConnectedTls : State::Connected,
                        session->peerDescription());
    });
    connect(session, &SmtpSession::capabilitiesChanged, this,
            [this, account, session, number](const protocol::Capabilities &capabilities) {
                // The newest session's answers are the account's.
                if (!m_status.contains(account) || m_status.value(account).sessions != number)
                    return;
                AccountStatus &s = m_status[account];
                // RFC 3207 4.2: after TLS the client discards what it knew and
                // asks again; both answers are kept to be compared.
                if (session->isEncrypted()) {
                    s.beforeTls = session->capabilitiesBeforeTls();
                    s.afterTls = capabilities;
                } else {
                    s.beforeTls = capabilities;
                    s.afterTls = {};
                }
                s.server = session->peerDescription();
                emit capabilitiesChanged(account);
            });
    connect(session, &SmtpSession::errorOccurred, this,
            [this, session](const engine::SmtpError &error) {
                setSessionState(session, State::Error, error.message);
            });
    connect(session, &SmtpSession::closed, this, [this, account, session] {
        const auto it = m_sessions.constFind(session);
        if (it == m_sessions.cend())
            return;
        const SessionInfo info = *it;
        m_sessions.erase(it);
        if (!m_status.contains(account))
            return;
        AccountStatus &s = m_status[account];
        s.open = qMax(0, s.open - 1);
        // Only the newest session decides how the account ended.
        bool newest = true;
        for (const SessionInfo &other : std::as_const(m_sessions))
            newest = newest && !(other.account == account && other.number > info.number);
        if (newest) {
            m_closedState.insert(account, info.state == State::Error ? State::Error : State::Idle);
            m_closedDetail.insert(account, info.state == State::Error ? info.detail : QString());
        }
        refresh(account);
    });
    // A session deleted without closing (its owner went) counts as ended.
    connect(session, &QObject::destroyed, this, [this, account, session] {
        if (m_sessions.remove(session) > 0 && m_status.contains(account)) {
            AccountStatus &s = m_status[account];
            s.open = qMax(0, s.open - 1);
            refresh(account);
        }
    });
    return label;
}

bool SessionHub::connectAccount(const accounts::Account &account, QString *error)
{
    if (isHeld(account.name)) {
        if (error)
            *error = tr("The account \"%1\" is connected already.").arg(account.name);
        return false;
    }
    QString why;
    const std::optional<session::SessionOptions> options = account.sessionOptions(&why);
    if (!options) {
        if (error)
            *error = why;
        return false;
    }
    auto *session = new SmtpSession(*options, this);
    m_held.insert(account.name, session);
    track(account.name, session);
    const QString name = account.name;
    connect(session, &SmtpSession::closed, this, [this, name, session] {
        if (m_held.value(name) == session)
            m_held.remove(name);
        session->deleteLater();
        emit stateChanged(name);
    });
    // A session that fails reports an error and then closes itself.
    session->open();
    return true;
}

void SessionHub::disconnectAccount(const QString &account)
{
    if (SmtpSession *session = m_held.value(account))
        session->quit();
}

bool SessionHub::isHeld(const QString &account) const
{
    return !m_held.value(account).isNull();
}

void SessionHub::forget(const QString &account)
{
    if (SmtpSession *session = m_held.take(account))
        session->abort();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->account == account)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    m_status.remove(account);
    m_closedState.remove(account);
    m_closedDetail.remove(account);
    emit stateChanged(account);
    emit capabilitiesChanged(account);
}

} // namespace postscope::ui
