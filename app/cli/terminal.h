#pragma once
// The console in a terminal (`postscope-cli console`, `lesson run`): line
// editing, history and completion through libedit's readline interface
// (editline/readline.h), fed to a core ConsoleSession. On a terminal the
// prompt is the protocol state, Tab completes verbs with their argument
// templates, a password is read with echo off, and the history is kept per
// server in the app data folder (lines that hold a secret are never kept).
// With a script, or when standard input is not a terminal, lines are read
// one by one and echoed after the prompt, so the output reads like a session.

#include "console/consolesession.h"

#include <QFile>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <memory>

namespace postscope::cli {

class TerminalConsole : public QObject
{
    Q_OBJECT
public:
    // historyName: whose history this is ("127.0.0.1_2525", an account name).
    TerminalConsole(console::ConsoleSession *console, QString historyName,
                    QObject *parent = nullptr);
    ~TerminalConsole() override;

    // Lines from this file instead of the terminal (warnings then do not wait).
    bool setScript(const QString &path, QString *error);
    // Runs until the console's session ends.
    void exec();
    static QString historyPath(const QString &name);

private:
    void onInputWanted();
    void onOutput(const QString &line);
    void lineEntered(const QByteArray &line);
    void readScriptLine();
    QByteArray readPassword();

    console::ConsoleSession *m_console;
    QString m_historyName;
    bool m_interactive = false;
    bool m_handlerInstalled = false;
    std::unique_ptr<QSocketNotifier> m_stdin;
    QFile m_script;
    bool m_scripted = false;
};

} // namespace postscope::cli
