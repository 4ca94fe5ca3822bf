#pragma once
// The console pane (issues 10.8 and 11): type SMTP to the selected account
// (the sandbox included) and see every reply explained. Everything that
// knows SMTP is core/console's (ConsoleSession, ConsoleModel): this pane only
// shows its lines, its state (StateDiagram), the commands valid now and its
// prompt, and hands it what is typed. A command line with completion of the
// command templates (Tab, or the popup) and a history per account (Up and
// Down; kept in QSettings, never a SASL response or a password). A command
// the server will refuse is announced first; Enter again sends it anyway.
// AUTH PLAIN/LOGIN/CRAM-MD5/SCRAM without a response asks for the user and
// password in a dialog; the transcript shows them redacted.

#include "console/consolesession.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QStringListModel;

namespace postscope::ui {

class StateDiagram;

class ConsolePane : public QWidget
{
    Q_OBJECT
public:
    // The history kept per account, at most this many lines.
    static constexpr int maxHistory = 200;

    explicit ConsolePane(QWidget *parent = nullptr);
    ~ConsolePane() override;

    // The account a console opened with connectConsole() talks to; nullopt
    // options: it cannot (why says so).
    void setAccount(const QString &name, std::optional<session::SessionOptions> options,
                    const QString &why = {});
    QString account() const { return m_account; }
    // Asked for the account's options when a console opens (the sandbox's
    // port is known only once it runs); it sets *why when there are none.
    using OptionsProvider = std::function<std::optional<session::SessionOptions>(QString *why)>;
    void setOptionsProvider(OptionsProvider provider);
    // Opens a console of the pane's own to the account. False and *error
    // when there is no account or one is open already.
    bool connectConsole(QString *error = nullptr);
    // Shows a console someone else owns (a lesson run), its history kept
    // under historyKey; nullptr detaches.
    void attach(console::ConsoleSession *console, const QString &historyKey);
    console::ConsoleSession *console() const { return m_console; }

    // As if typed and Enter pressed.
    void submit(const QString &line);
    QStringList history() const { return m_history; }

    QLineEdit *commandLine() const { return m_input; }
    QPlainTextEdit *output() const { return m_output; }
    StateDiagram *stateDiagram() const { return m_diagram; }
    QLabel *validLabel() const { return m_valid; }
    QLabel *promptLabel() const { return m_prompt; }
    QPushButton *connectButton() const { return m_connectButton; }

signals:
    // A console of the pane's own started this session (the window's
    // transcript follows it).
    void sessionStarted(postscope::session::SmtpSession *session);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void bind(console::ConsoleSession *console);
    void appendLine(const QString &line);
    void refresh();
    void onInputWanted();
    void askCredentials();
    void completeInline();
    void updateCompletions(const QString &typed);
    void loadHistory(const QString &key);
    void remember(const QString &line);
    void browseHistory(int delta);

    QString m_account;
    std::optional<session::SessionOptions> m_options;
    OptionsProvider m_provider;
    QString m_why;
    std::unique_ptr<console::ConsoleSession> m_own;
    QPointer<console::ConsoleSession> m_console;
    QString m_historyKey;
    QStringList m_history;
    int m_historyPos = -1; // -1: not browsing
    QString m_password; // the helper's password between its two prompts only

    StateDiagram *m_diagram;
    QLabel *m_valid;
    QPlainTextEdit *m_output;
    QLabel *m_prompt;
    QLineEdit *m_input;
    QPushButton *m_connectButton;
    QPushButton *m_quitButton;
    QCompleter *m_completer;
    QStringListModel *m_completions;
};

} // namespace postscope::ui
