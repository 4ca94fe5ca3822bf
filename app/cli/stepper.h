#pragma once
// --step on the terminal (issue 11.2): the session's step gate
// (SmtpSession::stepReady/step/finishSteps/stopSteps) driven from standard
// input. Before each step, what will be sent and why; after it, what came
// back and what it means (core/console's words); Enter sends it, c goes on
// at full speed, q stops with QUIT. All on standard error, so the command's
// own output (--json) stays clean.

#include "session/smtpsession.h"

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace postscope::cli {

class TerminalStepper : public QObject
{
    Q_OBJECT
public:
    explicit TerminalStepper(session::SmtpSession *session, QObject *parent = nullptr);

private:
    void answer();

    session::SmtpSession *m_session;
    std::unique_ptr<QSocketNotifier> m_input;
    QByteArray m_line; // what has been typed of the answer (bounded)
};

} // namespace postscope::cli
