// postscope-cli lesson: the lessons built into Postscope (core/lessons):
// list them, or run one against a sandbox set up for it, with the console,
// and check what was done.
#include "commands.h"
#include "terminal.h"

#include "lessons/lessonrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

namespace postscope::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("postscope::cli::lesson", text, disambiguation, n);
}

int fail(const QString &message, int code = 2)
{
    fprintf(stderr, "postscope-cli lesson: %s\n", qPrintable(message));
    return code;
}

void print(const QString &text)
{
    fputs(text.toUtf8().constData(), stdout);
    fputc('\n', stdout);
}

const char helpText[]
    = "Usage: postscope-cli lesson list [--json]\n"
      "       postscope-cli lesson run NAME [--script FILE]\n"
      "\n"
      "Learn SMTP by doing it. `list` names the lessons (RFC 5321 Appendix D,\n"
      "EHLO, SIZE, PIPELINING, CHUNKING, 8BITMIME and SMTPUTF8, DSN, STARTTLS,\n"
      "AUTH, VRFY and EXPN, failures, LMTP, and attacks: STARTTLS stripping,\n"
      "STARTTLS response injection, SMTP smuggling). `run` starts a sandbox set\n"
      "up as the lesson says (on 127.0.0.1, an ephemeral port), shows the goal\n"
      "and the steps, opens the console to it (see postscope-cli console --help)\n"
      "and, when the session ends, checks whether the goal was reached and says\n"
      "what went wrong. Exit 0 when it was, 1 when not, 2 for bad usage, 3 when\n"
      "the sandbox cannot start.\n"
      "\n"
      "Options:\n"
      "  --json          list: one JSON object, {\"lessons\": [{\"id\", \"title\",\n"
      "                  \"reference\", \"goal\"}]}\n"
      "  --script FILE   run: read the learner's lines from FILE (- for standard\n"
      "                  input) instead of the terminal\n"
      "  --cert-dir DIR  run: where the sandbox's certificate is kept (default:\n"
      "                  the app data folder's sandbox)\n";

int list(const QList<lessons::Lesson> &all, bool json)
{
    if (json) {
        QJsonArray items;
        for (const lessons::Lesson &l : all) {
            items.append(QJsonObject {{QStringLiteral("id"), l.id},
                                      {QStringLiteral("title"), l.text(l.title)},
                                      {QStringLiteral("reference"), l.reference},
                                      {QStringLiteral("goal"), l.text(l.goal)}});
        }
        print(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("lessons"), items}})
                                    .toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const lessons::Lesson &l : all)
        print(QStringLiteral("%1  %2 (%3)").arg(l.id, -30).arg(l.text(l.title), l.reference));
    return 0;
}

void introduce(const lessons::Lesson &l)
{
    print(QStringLiteral("== %1 (%2)").arg(l.text(l.title), l.reference));
    print(tr("Goal: %1").arg(l.text(l.goal)));
    print(QString());
    int n = 0;
    for (const lessons::LessonStep &s : l.steps) {
        print(QStringLiteral("%1. %2").arg(++n).arg(l.text(s.text)));
        if (!s.command.isEmpty())
            print(QStringLiteral("     %1").arg(QString::fromUtf8(s.command)));
        for (const QByteArray &line : s.lines)
            print(QStringLiteral("     %1").arg(QString::fromUtf8(line)));
    }
    for (const QString &h : l.hints)
        print(tr("Hint: %1").arg(l.text(h)));
    print(QString());
}

} // namespace

int runLesson(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption script(QStringLiteral("script"), {}, QStringLiteral("FILE"));
    const QCommandLineOption certDir(QStringLiteral("cert-dir"), {}, QStringLiteral("DIR"));
    p.addOptions({help, json, script, certDir});
    if (!p.parse(QStringList {QStringLiteral("lesson")} + args))
        return fail(p.errorText());
    if (p.isSet(help)) {
        fputs(helpText, stdout);
        return 0;
    }
    QString error;
    const QList<lessons::Lesson> all = lessons::builtInLessons(&error);
    if (!error.isEmpty())
        return fail(error, 3);
    const QStringList words = p.positionalArguments();
    if (words.value(0) == QLatin1String("list") && words.size() == 1)
        return list(all, p.isSet(json));
    if (words.value(0) != QLatin1String("run") || words.size() != 2)
        return fail(tr("use: lesson list, or lesson run NAME"));
    const lessons::Lesson *lesson = lessons::findLesson(all, words.at(1));
    if (!lesson)
        return fail(
            tr("no lesson named '%1' (postscope-cli lesson list names them)").arg(words.at(1)));

    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(tr("cannot make a folder for the sandbox: %1").arg(folder.errorString()), 3);
    lessons::LessonRun run(*lesson, folder.path(), p.value(certDir));
    if (!run.start(&error))
        return fail(tr("the sandbox did not start: %1").arg(error), 3);
    introduce(*lesson);
    TerminalConsole terminal(run.console(), QStringLiteral("lesson-") + lesson->id);
    if (p.isSet(script) && !terminal.setScript(p.value(script), &error))
        return fail(error);
    terminal.exec();

    const lessons::Verdict verdict = run.verdict();
    print(QString());
    if (verdict.passed) {
        print(tr("Goal reached: every one of the %n check(s) passed.", nullptr, verdict.rules));
        return 0;
    }
    print(tr("Not yet: %n of the checks did not pass.", nullptr, int(verdict.failures.size())));
    for (const QString &f : verdict.failures)
        print(QStringLiteral("  - %1").arg(f));
    return 1;
}

} // namespace postscope::cli
