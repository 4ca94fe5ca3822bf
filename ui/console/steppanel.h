#pragma once
// The window's step mode (issue 11.2): a panel over the session's step gate
// (SmtpSession::stepReady/step/finishSteps/stopSteps), the same gate as the
// CLI's --step. Before each step, what will be sent and why; after it, what
// came back and what it means (core/console's words). Next (F10) sends
// it, Continue (F5) goes on at full speed, Stop (Shift+F5) stops with QUIT.

#include "session/smtpsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace postscope::ui {

class StepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepPanel(QWidget *parent = nullptr);

    // Follows this session's steps (a session opened with stepping).
    void follow(session::SmtpSession *session);
    session::SmtpSession *session() const { return m_session; }

    QLabel *nextLabel() const { return m_next; }
    QLabel *whyLabel() const { return m_why; }
    QPlainTextEdit *log() const { return m_log; }
    QPushButton *nextButton() const { return m_nextButton; }
    QPushButton *continueButton() const { return m_continueButton; }
    QPushButton *stopButton() const { return m_stopButton; }

private:
    void setWaiting(bool waiting);

    QPointer<session::SmtpSession> m_session;
    QLabel *m_next;
    QLabel *m_why;
    QPlainTextEdit *m_log;
    QPushButton *m_nextButton;
    QPushButton *m_continueButton;
    QPushButton *m_stopButton;
};

} // namespace postscope::ui
