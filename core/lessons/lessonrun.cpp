#include "lessons/lessonrun.h"

#include <QTimer>

namespace postscope::lessons {

LessonRun::LessonRun(Lesson lesson, QString folder, QString certificateFolder, QObject *parent)
    : QObject(parent)
    , m_lesson(std::move(lesson))
    , m_folder(std::move(folder))
    , m_certificateFolder(std::move(certificateFolder))
{
}

LessonRun::~LessonRun()
{
    // The console goes before the server it talks to.
    m_console.reset();
    m_sandbox.reset();
}

bool LessonRun::start(QString *error)
{
    sandbox::SandboxConfig config;
    if (!m_lesson.sandbox.apply(&config, error))
        return false;
    config.maildir = m_folder + QStringLiteral("/maildir");
    config.certificateFolder = m_certificateFolder;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(config);
    connect(m_sandbox.get(), &sandbox::SandboxServer::messageReceived, this,
            [this](quint64, const engine::ReceivedMessage &message,
                   const QList<sandbox::StoredMessage> &stored) {
                for (const sandbox::StoredMessage &s : stored) {
                    if (s.ok())
                        m_deliveries.append({message.mailFrom.address, s.recipient, message.data});
                }
            });
    if (!m_sandbox->start(error))
        return false;

    session::SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = m_sandbox->port();
    options.dialect = m_lesson.sandbox.dialect;
    options.security = session::Security::None; // the learner types STARTTLS
    options.timeoutMs = 15000;
    if (m_sandbox->certificate().isValid())
        options.extraCaCertificates = {m_sandbox->certificate().certificate};
    m_console = std::make_unique<console::ConsoleSession>(options);
    connect(m_console.get(), &console::ConsoleSession::inputWanted, this, [this] {
        if (m_scripted)
            QTimer::singleShot(0, this, &LessonRun::feed);
    });
    connect(m_console.get(), &console::ConsoleSession::finished, this, [this] {
        // Messages the sandbox is still storing count: stop() waits for the
        // stores and hands their messageReceived() over.
        m_sandbox->stop();
        m_finished = true;
        emit finished();
    });
    m_console->open();
    return true;
}

void LessonRun::setScript(const QList<QByteArray> &lines)
{
    m_script = lines;
    m_scripted = true;
    if (m_console) {
        // A script insists: warnings are shown, and the line is sent.
        m_console->setConfirmWarnings(false);
        if (!m_console->isBusy() && !m_console->isFinished())
            QTimer::singleShot(0, this, &LessonRun::feed);
    }
}

void LessonRun::feed()
{
    if (!m_console || m_console->isFinished() || m_console->isBusy())
        return;
    m_console->setConfirmWarnings(false);
    if (m_script.isEmpty()) {
        // The learner has nothing more to say: end the session.
        m_console->submit("/quit");
        return;
    }
    m_console->submit(m_script.takeFirst());
}

SessionRecord LessonRun::record() const
{
    SessionRecord r = SessionRecord::fromEntries(m_console ? m_console->transcript().entries()
                                                           : QList<transcript::Entry>());
    r.tlsEstablished = m_console && m_console->tlsEstablished();
    r.deliveries = m_deliveries;
    return r;
}

} // namespace postscope::lessons
