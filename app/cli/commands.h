#pragma once
// postscope-cli commands (CLI.md). Each takes the arguments after its name
// and returns the process exit code.

#include <QStringList>

class QCommandLineParser;

namespace postscope::cli {
int runSend(const QStringList &args);
int runProbe(const QStringList &args);
int runVerify(const QStringList &args);   // also EXPN: see runExpn
int runExpn(const QStringList &args);
int runRaw(const QStringList &args);
int runServe(const QStringList &args);
int runCompose(const QStringList &args);
int runLint(const QStringList &args);
int runDiff(const QStringList &args); // diff.cpp
int runExport(const QStringList &args); // export.cpp
int runConsole(const QStringList &args); // console.cpp
int runLesson(const QStringList &args); // lesson.cpp
// The accounts of the window (core/accounts): add, edit, list, remove, test, export, import.
int runAccount(const QStringList &args);
// probe under another command's name (account test: probe --account NAME).
int runProbeAs(const QString &name, const QStringList &args);
// account authorize NAME (accountauthorize.cpp); command: "account authorize"
int runAccountAuthorize(const QString &command, const QStringList &args);
int runAccountTrust(const QStringList &args); // account trust (accounttrust.cpp)
int runAccountUntrust(const QStringList &args); // account untrust
// Shared by the account subcommands (account.cpp): "postscope-cli COMMAND:
// message" on stderr, returning code; and a parser for options without a
// connection (-1 to go on, else the exit code, 0 after --help).
int commandFail(const QString &command, const QString &message, int code);
int parseSubcommandOptions(QCommandLineParser &p, const QString &command, const QStringList &args);
}
