#pragma once
// The lesson browser (issue 11): the lessons built into core (core/lessons)
// in a list with the ones passed marked (kept in QSettings), the chosen
// lesson's text (goal, steps, hints) beside a console to a sandbox set up
// for it (a lessons::LessonRun), and when the session ends the lesson's
// check: goal reached, or what went wrong in the lesson's own words.

#include "lessons/lessonrun.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace postscope::ui {

class ConsolePane;

class LessonBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit LessonBrowser(QWidget *parent = nullptr);
    ~LessonBrowser() override;

    // Starts the selected lesson (or the one named): its sandbox and the
    // console to it. False and *error when it cannot.
    bool startLesson(const QString &id, QString *error = nullptr);
    lessons::LessonRun *run() const { return m_run.get(); }
    // The certificate folder lesson sandboxes use (empty: the app data
    // folder's sandbox certificate).
    void setCertificateFolder(const QString &folder) { m_certificateFolder = folder; }

    static bool isPassed(const QString &id); // progress, from QSettings
    QString selectedLesson() const;
    bool selectLesson(const QString &id);

    QListWidget *list() const { return m_list; }
    QTextBrowser *text() const { return m_text; }
    ConsolePane *consolePane() const { return m_console; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPushButton *startButton() const { return m_start; }

signals:
    void sessionStarted(postscope::session::SmtpSession *session);
    void verdictReady(bool passed);

private:
    void fillList();
    void showLesson();
    void finishRun();

    QList<lessons::Lesson> m_lessons;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<lessons::LessonRun> m_run;
    QString m_certificateFolder;
    QListWidget *m_list;
    QTextBrowser *m_text;
    ConsolePane *m_console;
    QLabel *m_verdict;
    QPushButton *m_start;
};

} // namespace postscope::ui
