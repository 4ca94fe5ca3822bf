#include "consolepane.h"

#include "statediagram.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace postscope::ui {

using console::ConsoleSession;
using console::ConsoleState;

namespace {

// The output keeps this many lines; older ones scroll away.
constexpr int maxOutputLines = 20000;

QString historySettingsKey(const QString &key)
{
    return QStringLiteral("Console/history/")
        + QString(key).replace(QLatin1Char('/'), QLatin1Char('_'));
}

} // namespace

ConsolePane::ConsolePane(QWidget *parent)
    : QWidget(parent)
    , m_diagram(new StateDiagram(this))
    , m_valid(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_prompt(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_connectButton(new QPushButton(tr("&Open Console"), this))
    , m_quitButton(new QPushButton(tr("&QUIT"), this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("consolePane"));
    m_valid->setObjectName(QStringLiteral("consoleValid"));
    m_valid->setWordWrap(true);
    m_valid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    m_output->setAccessibleName(tr("Console output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(maxOutputLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_prompt->setObjectName(QStringLiteral("consolePrompt"));
    m_prompt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setAccessibleName(tr("Command"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("Type a command; Tab completes, Up and Down recall"));
    m_input->installEventFilter(this);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_input->setCompleter(m_completer);
    m_connectButton->setObjectName(QStringLiteral("consoleConnect"));
    m_connectButton->setToolTip(tr("Connect a console to the selected account"));
    m_quitButton->setObjectName(QStringLiteral("consoleQuit"));
    m_quitButton->setToolTip(tr("Say QUIT and close the console's connection"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_connectButton);
    top->addWidget(m_quitButton);
    top->addWidget(m_valid, 1);
    auto *line = new QHBoxLayout;
    line->addWidget(m_prompt);
    line->addWidget(m_input, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_diagram);
    layout->addWidget(m_output, 1);
    layout->addLayout(line);

    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!connectConsole(&error))
            appendLine(QStringLiteral("!! ") + error);
    });
    connect(m_quitButton, &QPushButton::clicked, this, [this] {
        if (m_console && !m_console->isFinished())
            m_console->session().quit();
    });
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_input->text();
        m_input->clear();
        submit(text);
    });
    connect(m_input, &QLineEdit::textEdited, this, &ConsolePane::updateCompletions);
    refresh();
}

ConsolePane::~ConsolePane() = default;

void ConsolePane::setAccount(const QString &name, std::optional<session::SessionOptions> options,
                             const QString &why)
{
    m_account = name;
    m_options = std::move(options);
    m_why = why;
    refresh();
}

void ConsolePane::setOptionsProvider(OptionsProvider provider)
{
    m_provider = std::move(provider);
    refresh();
}

bool ConsolePane::connectConsole(QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (m_console && !m_console->isFinished())
        return fail(tr("A console is open already: say QUIT first."));
    if (m_provider)
        m_options = m_provider(&m_why);
    if (!m_options)
        return fail(m_why.isEmpty() ? tr("Select an account first.") : m_why);
    session::SessionOptions options = *m_options;
    // The console types everything itself: STARTTLS is typed (the
    // certificate settings still apply when it is).
    if (options.security != session::Security::Tls)
        options.security = session::Security::None;
    attach(nullptr, {});
    m_own = std::make_unique<ConsoleSession>(options);
    emit sessionStarted(&m_own->session());
    attach(m_own.get(), m_account);
    m_output->clear();
    m_own->open();
    m_input->setFocus();
    return true;
}

void ConsolePane::attach(ConsoleSession *console, const QString &historyKey)
{
    if (m_console)
        m_console->disconnect(this);
    m_console = console;
    if (console && console != m_own.get())
        m_own.reset();
    loadHistory(historyKey);
    if (console)
        bind(console);
    refresh();
}

void ConsolePane::bind(ConsoleSession *console)
{
    connect(console, &ConsoleSession::output, this, &ConsolePane::appendLine);
    connect(console, &ConsoleSession::inputWanted, this, &ConsolePane::onInputWanted);
    connect(console, &ConsoleSession::finished, this, &ConsolePane::refresh);
}

void ConsolePane::appendLine(const QString &line)
{
    // Colours for the kinds of line ConsoleSession writes: what the client
    // sent, what the server said, the explanations, the console's notes and
    // its warnings.
    QTextCharFormat format;
    if (line.startsWith(QLatin1String("C: ")))
        format.setForeground(QColor(0x1f, 0x5f, 0xbf));
    else if (line.startsWith(QLatin1String("!! ")))
        format.setForeground(QColor(0xb0, 0x20, 0x20));
    else if (line.startsWith(QLatin1String("** ")))
        format.setForeground(QColor(0x2a, 0x7a, 0x2a));
    else if (line.startsWith(QLatin1String("  ")))
        format.setFontItalic(true);
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(line, format);
    m_output->ensureCursorVisible();
    refresh();
}

void ConsolePane::refresh()
{
    const bool open = m_console && !m_console->isFinished();
    m_connectButton->setEnabled(!open && (m_options.has_value() || m_provider));
    m_quitButton->setEnabled(open);
    if (!m_console) {
        m_diagram->setState(ConsoleState::Connecting);
        m_valid->setText(m_options || m_provider
                             ? tr("Account: %1. Open a console to type SMTP to it.").arg(m_account)
                             : m_why);
        m_prompt->clear();
        m_input->setEnabled(false);
        return;
    }
    const console::ConsoleModel &model = m_console->model();
    m_diagram->setState(model.state());
    m_valid->setText(open
                         ? tr("Valid now: %1").arg(model.validCommands().join(QStringLiteral(", ")))
                         : tr("The connection is closed."));
    m_prompt->setText(m_console->prompt());
    const ConsoleSession::Input input = m_console->expects();
    m_input->setEnabled(open && input != ConsoleSession::Input::None);
    m_input->setEchoMode(input == ConsoleSession::Input::Password ? QLineEdit::Password
                                                                  : QLineEdit::Normal);
}

void ConsolePane::onInputWanted()
{
    refresh();
    if (!m_console)
        return;
    switch (m_console->expects()) {
    case ConsoleSession::Input::User:
        askCredentials();
        return;
    case ConsoleSession::Input::Password:
        // The dialog asked for both; the password is handed over now and
        // forgotten here.
        m_console->submit(std::exchange(m_password, QString()).toUtf8());
        return;
    default:
        m_input->setFocus();
        return;
    }
}

void ConsolePane::askCredentials()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("consoleCredentials"));
    dialog->setWindowTitle(tr("AUTH helper"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *user = new QLineEdit(dialog);
    user->setObjectName(QStringLiteral("credentialsUser"));
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("credentialsPassword"));
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("The console answers the server's challenges with these; the "
                               "transcript shows them redacted."),
                            dialog));
    form->addRow(tr("&User:"), user);
    form->addRow(tr("&Password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QPointer<ConsoleSession> console = m_console;
    connect(dialog, &QDialog::finished, this, [this, console, user, password](int result) {
        if (!console || console->expects() != ConsoleSession::Input::User)
            return;
        // Cancelled: empty credentials, which the server refuses (535), as
        // a learner who gives none would see.
        m_password = result == QDialog::Accepted ? password->text() : QString();
        console->submit(result == QDialog::Accepted ? user->text().toUtf8() : QByteArray());
    });
    dialog->open();
}

void ConsolePane::submit(const QString &line)
{
    if (!m_console || m_console->isFinished())
        return;
    const ConsoleSession::Input input = m_console->expects();
    // Only commands are remembered: never a SASL response, a password or
    // message text.
    if (input == ConsoleSession::Input::Command && m_console->model().state() != ConsoleState::Sasl
        && !line.trimmed().isEmpty())
        remember(line);
    m_historyPos = -1;
    m_console->submit(line.toUtf8());
    refresh();
}

void ConsolePane::updateCompletions(const QString &typed)
{
    m_completions->setStringList(m_console ? m_console->model().completions(typed) : QStringList());
}

void ConsolePane::completeInline()
{
    if (!m_console)
        return;
    const QString typed = m_input->text();
    const QStringList candidates = m_console->model().completions(typed);
    if (candidates.isEmpty())
        return;
    // The longest start all candidates share, or the first one when that
    // adds nothing (Tab again cycles through the popup).
    QString common = candidates.first();
    for (const QString &c : candidates) {
        int n = 0;
        while (n < common.size() && n < c.size() && common.at(n).toUpper() == c.at(n).toUpper())
            ++n;
        common.truncate(n);
    }
    const QString chosen = common.size() > typed.size() ? common : candidates.first();
    m_input->setText(chosen);
    // The cursor goes inside "<>" of a path template.
    const qsizetype angle = chosen.indexOf(QLatin1String("<>"));
    m_input->setCursorPosition(angle >= 0 ? int(angle) + 1 : int(chosen.size()));
}

void ConsolePane::loadHistory(const QString &key)
{
    m_historyKey = key;
    m_historyPos = -1;
    m_history
        = key.isEmpty() ? QStringList() : QSettings().value(historySettingsKey(key)).toStringList();
    if (m_history.size() > maxHistory)
        m_history = m_history.mid(m_history.size() - maxHistory);
}

void ConsolePane::remember(const QString &line)
{
    if (!m_history.isEmpty() && m_history.constLast() == line)
        return;
    m_history.append(line);
    while (m_history.size() > maxHistory)
        m_history.removeFirst();
    if (!m_historyKey.isEmpty())
        QSettings().setValue(historySettingsKey(m_historyKey), m_history);
}

void ConsolePane::browseHistory(int delta)
{
    if (m_history.isEmpty())
        return;
    int pos = m_historyPos < 0 ? int(m_history.size()) : m_historyPos;
    pos = qBound(0, pos + delta, int(m_history.size()));
    m_historyPos = pos == m_history.size() ? -1 : pos;
    m_input->setText(m_historyPos < 0 ? QString() : m_history.at(m_historyPos));
}

bool ConsolePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            completeInline();
            return true;
        }
        if (m_input->echoMode() == QLineEdit::Normal && !m_completer->popup()->isVisible()) {
            if (key->key() == Qt::Key_Up) {
                browseHistory(-1);
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                browseHistory(1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace postscope::ui
