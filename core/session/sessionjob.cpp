#include "session/sessionjob.h"

#include <QCoreApplication>
#include <QTimer>

namespace postscope::session {

using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::session", text);
}

} // namespace

namespace {

SessionOptions withAuth(SessionOptions options, const AuthSettings &auth)
{
    auth.applyTo(options);
    return options;
}

} // namespace

SessionJob::SessionJob(SessionOptions options, AuthSettings auth, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<SmtpSession>(withAuth(std::move(options), auth)))
    , m_auth(std::move(auth))
{
    // OAUTHBEARER sends the server as the user named it (RFC 7628 3.1);
    // DIGEST-MD5 and GSSAPI name their service after it.
    if (m_auth.credentials.host.isEmpty() && m_session->options().socketPath.isEmpty()) {
        m_auth.credentials.host = m_session->options().host;
        m_auth.credentials.port = m_session->options().effectivePort();
    }
    connect(m_session.get(), &SmtpSession::ready, this, &SessionJob::onReady);
    connect(m_session.get(), &SmtpSession::errorOccurred, this, [this](const SmtpError &error) {
        // An error after the work is done (during QUIT) does not undo it.
        if (!m_done && !m_error)
            m_error = error;
    });
    connect(m_session.get(), &SmtpSession::closed, this, &SessionJob::onClosed);
}

SessionJob::~SessionJob()
{
    // Its callbacks point at this job: the session goes first, quietly.
    m_session->disconnect(this);
    m_session.reset();
}

void SessionJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_elapsed.start();
    if (!m_auth.wanted() || !m_auth.tokenSource) {
        m_session->open();
        return;
    }
    // A fresh OAuth access token first (it may need the provider's token
    // endpoint): an idle connection would only wait meanwhile.
    m_auth.tokenSource(this, [this](const QString &token, const QString &error) {
        if (token.isEmpty()) {
            m_login.tried = true;
            m_login.error = SmtpError::make(
                SmtpError::Kind::AuthFailed,
                error.isEmpty() ? tr("No OAuth access token for the login.") : error);
            m_error = m_login.error;
            m_done = true;
            QTimer::singleShot(0, this, &SessionJob::onClosed);
            return;
        }
        m_auth.credentials.bearerToken = token;
        m_session->open();
    });
}

double SessionJob::elapsedSeconds() const
{
    if (m_elapsedNs >= 0)
        return m_elapsedNs / 1e9;
    return m_elapsed.isValid() ? m_elapsed.nsecsElapsed() / 1e9 : 0.0;
}

void SessionJob::onReady()
{
    m_readyReached = true;
    if (!m_auth.wanted()) {
        run();
        return;
    }
    m_login.tried = true;
    m_session->login(m_auth.preference(), m_auth.factory(), this, [this](const RequestResult &r) {
        m_login.mechanism = r.mechanism;
        m_login.withheld = r.withheld;
        m_login.attempts = r.attempts;
        m_login.reply = r.reply;
        m_login.error = r.error;
        // 503 "already authenticated" is success, as in smtplib's login().
        if (!r.error && r.reply.code != 235 && r.reply.code != 503) {
            m_login.error = SmtpError::make(SmtpError::Kind::AuthFailed,
                                            tr("Authentication failed: %1 %2")
                                                .arg(r.reply.code)
                                                .arg(QString::fromUtf8(r.reply.text())),
                                            r.reply);
        }
        if (m_login.error) {
            fail(m_login.error);
            return;
        }
        run();
    });
}

void SessionJob::done()
{
    if (m_done)
        return;
    m_done = true;
    // Let the signals of what just ended reach every listener before QUIT.
    QTimer::singleShot(0, m_session.get(), [this] { m_session->quit(); });
}

void SessionJob::fail(const SmtpError &error)
{
    if (!m_error)
        m_error = error;
    done();
}

void SessionJob::onClosed()
{
    if (m_finished)
        return;
    m_elapsedNs = m_elapsed.isValid() ? m_elapsed.nsecsElapsed() : 0;
    conclude();
    m_finished = true;
    emit finished();
}

} // namespace postscope::session
