#include "stepper.h"

#include "console/consolemodel.h"
#include "protocol/printable.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::TerminalStepper", text);
}

void err(const QString &text)
{
    fputs(text.toUtf8().constData(), stderr);
    fflush(stderr);
}

// An answer is one short line; anything longer is not an answer we know.
constexpr qsizetype maxAnswer = 256;

} // namespace

TerminalStepper::TerminalStepper(session::SmtpSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_input(std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read))
{
    m_input->setEnabled(false);
    connect(session, &session::SmtpSession::stepReady, this,
            [this](const session::PendingStep &step) {
                const QString line = step.isData() ? tr("(the message data)")
                                                   : QStringLiteral("C: ")
                        + QString::fromUtf8(protocol::printable(step.command.display()));
                err(tr("\nnext: %1\n  why: %2\n[Enter: send it, c: go on at full speed, q: stop] ")
                        .arg(line, console::stepPurpose(step.command, step.dataBytes)));
                m_line.clear();
                m_input->setEnabled(true);
            });
    connect(session, &session::SmtpSession::replyReceived, this,
            [this](const protocol::Reply &reply) {
                if (!m_session->isStepping())
                    return;
                QString text = tr("  got:");
                for (QByteArray l : reply.raw.split('\n')) {
                    if (l.endsWith('\r'))
                        l.chop(1);
                    if (!l.isEmpty())
                        text += QLatin1Char(' ') + QString::fromUtf8(protocol::printable(l));
                    if (text.size() > 300) {
                        text += QStringLiteral(" ...");
                        break;
                    }
                }
                err(text + QLatin1Char('\n'));
                for (const QString &l : console::annotate(reply).lines())
                    err(QStringLiteral("  ") + l + QLatin1Char('\n'));
            });
    connect(m_input.get(), &QSocketNotifier::activated, this, &TerminalStepper::answer);
}

void TerminalStepper::answer()
{
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n > 0) {
        m_line.append(buffer, qMin<qsizetype>(n, maxAnswer - m_line.size()));
        if (!m_line.contains('\n') && m_line.size() < maxAnswer)
            return; // the rest of the line is still to come
    }
    m_input->setEnabled(false);
    // End of input: nobody is there to answer, so go on at full speed.
    const QByteArray answer
        = n > 0 ? m_line.left(m_line.indexOf('\n')).trimmed().toLower() : QByteArray("c");
    m_line.clear();
    if (answer == "q")
        m_session->stopSteps();
    else if (answer == "c")
        m_session->finishSteps();
    else
        m_session->step();
}

} // namespace postscope::cli
