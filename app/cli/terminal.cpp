#include "terminal.h"

#include "protocol/commandparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <editline/readline.h>
#include <termios.h>
#include <unistd.h>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli::console", text);
}

// libedit calls back into plain functions: the one console of the process.
TerminalConsole *g_terminal = nullptr;
console::ConsoleSession *g_console = nullptr;
void (*g_lineHandler)(TerminalConsole *, const QByteArray &) = nullptr;

void onLine(char *line)
{
    if (!g_terminal || !g_lineHandler)
        return;
    if (!line) { // end of input (Ctrl-D)
        g_lineHandler(g_terminal, QByteArray("/quit"));
        return;
    }
    const QByteArray text(line);
    std::free(line);
    g_lineHandler(g_terminal, text);
}

// Whole-line candidates: the console completes "MA" to "MAIL FROM:<>".
char *completionCandidate(const char *, int state)
{
    static QStringList matches;
    static qsizetype next = 0;
    if (state == 0) {
        matches = g_console ? g_console->model().completions(QString::fromUtf8(rl_line_buffer))
                            : QStringList();
        next = 0;
    }
    if (next < matches.size())
        return strdup(matches.at(next++).toUtf8().constData());
    return nullptr;
}

char **complete(const char *text, int, int)
{
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, completionCandidate);
}

// What may go into the history file: no secret ever does.
bool keepInHistory(console::ConsoleSession::Input input, console::ConsoleState state,
                   const QByteArray &line)
{
    if (input != console::ConsoleSession::Input::Command || state == console::ConsoleState::Sasl)
        return false;
    return !line.trimmed().isEmpty() && protocol::redactClientLine(line).isEmpty();
}

} // namespace

TerminalConsole::TerminalConsole(console::ConsoleSession *console, QString historyName,
                                 QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_historyName(std::move(historyName))
{
    m_interactive = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    connect(console, &console::ConsoleSession::output, this, &TerminalConsole::onOutput);
    connect(console, &console::ConsoleSession::inputWanted, this, &TerminalConsole::onInputWanted);
}

TerminalConsole::~TerminalConsole()
{
    if (m_handlerInstalled)
        rl_callback_handler_remove();
    if (g_terminal == this) {
        g_terminal = nullptr;
        g_console = nullptr;
    }
}

QString TerminalConsole::historyPath(const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += c.isLetterOrNumber() || QStringLiteral("._-@").contains(c) ? c : QLatin1Char('_');
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/console-history/") + safe.left(120);
}

bool TerminalConsole::setScript(const QString &path, QString *error)
{
    m_script.setFileName(path);
    if (!(path == QLatin1String("-") ? m_script.open(stdin, QIODevice::ReadOnly)
                                     : m_script.open(QIODevice::ReadOnly))) {
        *error = tr("cannot read %1: %2").arg(path, m_script.errorString());
        return false;
    }
    m_scripted = true;
    m_interactive = false;
    m_console->setConfirmWarnings(false);
    return true;
}

void TerminalConsole::exec()
{
    g_terminal = this;
    g_console = m_console;
    g_lineHandler = [](TerminalConsole *t, const QByteArray &line) { t->lineEntered(line); };
    const QString history = historyPath(m_historyName);
    if (m_interactive) {
        QDir().mkpath(QFileInfo(history).absolutePath());
        rl_readline_name = const_cast<char *>("postscope");
        rl_attempted_completion_function = complete;
        // The whole line is one "word": candidates are whole command lines.
        rl_completer_word_break_characters = const_cast<char *>("\t\n");
        rl_completion_append_character = '\0';
        using_history();
        stifle_history(1000);
        read_history(QFile::encodeName(history).constData());
        m_stdin = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        m_stdin->setEnabled(false);
        connect(m_stdin.get(), &QSocketNotifier::activated, this, [] { rl_callback_read_char(); });
    } else if (!m_scripted) {
        // Standard input is a pipe or a file: read it like a script.
        m_script.open(stdin, QIODevice::ReadOnly);
        m_scripted = true;
        m_console->setConfirmWarnings(false);
    }
    QEventLoop loop;
    connect(m_console, &console::ConsoleSession::finished, &loop, &QEventLoop::quit);
    if (!m_console->isFinished())
        loop.exec();
    if (m_handlerInstalled) {
        rl_callback_handler_remove();
        m_handlerInstalled = false;
    }
    if (m_interactive)
        write_history(QFile::encodeName(history).constData());
}

void TerminalConsole::onOutput(const QString &line)
{
    fputs(line.toUtf8().constData(), stdout);
    fputc('\n', stdout);
    fflush(stdout);
}

void TerminalConsole::onInputWanted()
{
    const QByteArray prompt = m_console->prompt().toUtf8();
    if (m_scripted) {
        QMetaObject::invokeMethod(this, &TerminalConsole::readScriptLine, Qt::QueuedConnection);
        return;
    }
    if (m_console->expects() == console::ConsoleSession::Input::Password) {
        fputs(prompt.constData(), stdout);
        fflush(stdout);
        const QByteArray password = readPassword();
        fputc('\n', stdout);
        m_console->submit(password);
        return;
    }
    if (m_handlerInstalled)
        rl_callback_handler_remove();
    rl_callback_handler_install(prompt.constData(), onLine);
    m_handlerInstalled = true;
    m_stdin->setEnabled(true);
}

void TerminalConsole::lineEntered(const QByteArray &line)
{
    if (m_handlerInstalled) {
        rl_callback_handler_remove();
        m_handlerInstalled = false;
    }
    if (m_stdin)
        m_stdin->setEnabled(false);
    if (keepInHistory(m_console->expects(), m_console->model().state(), line))
        add_history(line.constData());
    m_console->submit(line);
}

void TerminalConsole::readScriptLine()
{
    if (m_console->isFinished() || m_console->isBusy())
        return;
    const QByteArray prompt = m_console->prompt().toUtf8();
    if (m_script.atEnd()) {
        fputs(prompt.constData(), stdout);
        fputs("/quit\n", stdout);
        fflush(stdout);
        m_console->submit("/quit");
        return;
    }
    QByteArray line = m_script.readLine(64 * 1024);
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    // A script's password is not echoed either.
    const bool secret = m_console->expects() == console::ConsoleSession::Input::Password;
    fputs(prompt.constData(), stdout);
    fputs(secret ? "********" : line.constData(), stdout);
    fputc('\n', stdout);
    fflush(stdout);
    m_console->submit(line);
}

QByteArray TerminalConsole::readPassword()
{
    // Echo off while the password is typed (the terminal shows nothing).
    termios saved {};
    const bool tty = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray password;
    char c;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && c != '\r' && password.size() < 4096)
        password.append(c);
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return password;
}

} // namespace postscope::cli
