#include "steppanel.h"

#include "console/consolemodel.h"
#include "protocol/printable.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace postscope::ui {

namespace {

constexpr int maxLogLines = 5000;

QString shown(QByteArrayView bytes)
{
    return QString::fromUtf8(protocol::printable(bytes));
}

} // namespace

StepPanel::StepPanel(QWidget *parent)
    : QWidget(parent)
    , m_next(new QLabel(this))
    , m_why(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_nextButton(new QPushButton(tr("&Next Step"), this))
    , m_continueButton(new QPushButton(tr("&Continue"), this))
    , m_stopButton(new QPushButton(tr("&Stop"), this))
{
    setObjectName(QStringLiteral("stepPanel"));
    m_next->setObjectName(QStringLiteral("stepNext"));
    m_next->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setObjectName(QStringLiteral("stepWhy"));
    m_why->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("stepLog"));
    m_log->setAccessibleName(tr("Steps"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(maxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_nextButton->setObjectName(QStringLiteral("stepNextButton"));
    m_nextButton->setShortcut(QKeySequence(Qt::Key_F10));
    m_nextButton->setToolTip(tr("Send this step (F10)"));
    m_continueButton->setObjectName(QStringLiteral("stepContinueButton"));
    m_continueButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_continueButton->setToolTip(tr("Go on at full speed (F5)"));
    m_stopButton->setObjectName(QStringLiteral("stepStopButton"));
    m_stopButton->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopButton->setToolTip(tr("Do not send this step: say QUIT (Shift+F5)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_continueButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_next);
    layout->addWidget(m_why);
    layout->addLayout(buttons);
    layout->addWidget(m_log, 1);

    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        setWaiting(false);
        if (m_session)
            m_session->step();
    });
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        setWaiting(false);
        if (m_session)
            m_session->finishSteps();
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        setWaiting(false);
        if (m_session)
            m_session->stopSteps();
    });
    setWaiting(false);
    m_next->setText(tr("Turn on Tools > Step Mode and send: each command waits here."));
}

void StepPanel::follow(session::SmtpSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_log->clear();
    setWaiting(false);
    if (!session)
        return;
    m_next->setText(tr("Connecting…"));
    m_why->clear();
    connect(
        session, &session::SmtpSession::stepReady, this, [this](const session::PendingStep &step) {
            m_next->setText(tr("Next: %1")
                                .arg(step.isData()
                                         ? tr("(the message data)")
                                         : QStringLiteral("C: ") + shown(step.command.display())));
            m_why->setText(tr("Why: %1").arg(console::stepPurpose(step.command, step.dataBytes)));
            setWaiting(true);
        });
    connect(session, &session::SmtpSession::commandSent, this,
            [this](const protocol::Command &command) {
                m_log->appendPlainText(QStringLiteral("C: ") + shown(command.display()));
            });
    connect(session, &session::SmtpSession::dataSent, this, [this](const QByteArray &data) {
        m_log->appendPlainText(tr("C: (%n octet(s) of message data)", nullptr, int(data.size())));
    });
    connect(session, &session::SmtpSession::replyReceived, this,
            [this](const protocol::Reply &reply) {
                for (QByteArray line : reply.raw.split('\n')) {
                    if (line.endsWith('\r'))
                        line.chop(1);
                    if (!line.isEmpty())
                        m_log->appendPlainText(QStringLiteral("S: ") + shown(line));
                }
                for (const QString &l : console::annotate(reply).lines())
                    m_log->appendPlainText(QStringLiteral("  ") + l);
            });
    connect(session, &session::SmtpSession::note, this,
            [this](const QString &text) { m_log->appendPlainText(QStringLiteral("** ") + text); });
    connect(session, &session::SmtpSession::closed, this, [this] {
        setWaiting(false);
        m_next->setText(tr("The session is over."));
        m_why->clear();
    });
}

void StepPanel::setWaiting(bool waiting)
{
    m_nextButton->setEnabled(waiting);
    m_continueButton->setEnabled(waiting);
    m_stopButton->setEnabled(waiting);
}

} // namespace postscope::ui
