#pragma once
// One run of a lesson: a sandbox set up as the lesson says, a console
// connected to it, and at the end the lesson's check over what the console
// recorded and what the sandbox stored. The front end shows the goal and
// steps and passes the learner's lines to console(); setScript() feeds them
// from a list instead (`lesson run --script`, the tests).

#include "console/consolesession.h"
#include "lessons/lesson.h"
#include "sandbox/sandboxserver.h"

#include <QObject>
#include <memory>

namespace postscope::lessons {

class LessonRun : public QObject
{
    Q_OBJECT
public:
    // folder: where the sandbox keeps its Maildir; certificateFolder: its
    // TLS certificate (empty: the sandbox's default folder).
    LessonRun(Lesson lesson, QString folder, QString certificateFolder = {},
              QObject *parent = nullptr);
    ~LessonRun() override;

    // Starts the sandbox and connects the console. False and *error when
    // the sandbox cannot start.
    bool start(QString *error);
    // Feeds these lines one by one whenever the console wants input; when
    // they run out, the console quits (warnings are shown, not waited on).
    void setScript(const QList<QByteArray> &lines);

    const Lesson &lesson() const { return m_lesson; }
    console::ConsoleSession *console() { return m_console.get(); }
    sandbox::SandboxServer *sandbox() { return m_sandbox.get(); }
    bool isFinished() const { return m_finished; }
    SessionRecord record() const;
    Verdict verdict() const { return m_lesson.check(record()); }

signals:
    void finished();

private:
    void feed();

    Lesson m_lesson;
    QString m_folder;
    QString m_certificateFolder;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<console::ConsoleSession> m_console;
    QList<Delivery> m_deliveries;
    QList<QByteArray> m_script;
    bool m_scripted = false;
    bool m_finished = false;
};

} // namespace postscope::lessons
