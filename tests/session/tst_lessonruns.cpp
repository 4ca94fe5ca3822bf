// Every built-in lesson end to end (issue 11, section 5): its scripted
// learner types the lesson's steps into the console, against a sandbox set
// up as the lesson says, and the check passes; the lesson's wrong attempt
// makes the check fail with the lesson's own explanation. The console's
// output is printed when a run does not go as expected.
#include "lessons/lessonrun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope;
using namespace postscope::lessons;

namespace {

struct Outcome
{
    Verdict verdict;
    QStringList output;
    bool finished = false;
};

Outcome run(const Lesson &lesson, const QList<QByteArray> &script, const QString &certificates)
{
    Outcome o;
    QTemporaryDir dir;
    LessonRun r(lesson, dir.path(), certificates);
    QString error;
    if (!r.start(&error)) {
        o.output << QStringLiteral("sandbox did not start: ") + error;
        return o;
    }
    QObject::connect(r.console(), &console::ConsoleSession::output, &r,
                     [&o](const QString &line) { o.output << line; });
    r.setScript(script);
    QSignalSpy done(&r, &LessonRun::finished);
    o.finished = r.isFinished() || done.wait(30000);
    o.verdict = r.verdict();
    return o;
}

// The console's output goes to the log (a QVERIFY2 message is cut short);
// the failures are the message.
QString describe(const Outcome &o)
{
    for (const QString &line : o.output)
        qInfo().noquote() << line;
    return QStringLiteral("failures: %1").arg(o.verdict.failures.join(QStringLiteral(" | ")));
}

} // namespace

class tst_LessonRuns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lessonPasses_data();
    void lessonPasses();
    void wrongAttemptFails_data();
    void wrongAttemptFails();

private:
    QTemporaryDir m_certificates; // one generated certificate for every run
    QList<Lesson> m_lessons;
};

void tst_LessonRuns::initTestCase()
{
    QString error;
    m_lessons = builtInLessons(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_lessons.size() >= 21);
}

void tst_LessonRuns::lessonPasses_data()
{
    QTest::addColumn<QString>("id");
    for (const Lesson &l : builtInLessons())
        QTest::newRow(qPrintable(l.id)) << l.id;
}

void tst_LessonRuns::lessonPasses()
{
    QFETCH(QString, id);
    const Lesson *lesson = findLesson(m_lessons, id);
    QVERIFY(lesson);
    const Outcome o = run(*lesson, lesson->script(), m_certificates.path());
    if (!o.finished || !o.verdict.passed)
        QFAIL(qPrintable(describe(o)));
    QCOMPARE(o.verdict.rules, lesson->rules.size());
}

void tst_LessonRuns::wrongAttemptFails_data()
{
    lessonPasses_data();
}

void tst_LessonRuns::wrongAttemptFails()
{
    QFETCH(QString, id);
    const Lesson *lesson = findLesson(m_lessons, id);
    QVERIFY(lesson);
    QVERIFY2(!lesson->wrongScript.isEmpty(), "every lesson has a wrong attempt for its test");
    const Outcome o = run(*lesson, lesson->wrongScript, m_certificates.path());
    if (!o.finished || o.verdict.passed)
        QFAIL(qPrintable(describe(o)));
    bool explained = false;
    for (const QString &f : o.verdict.failures)
        explained = explained || f.contains(lesson->wrongFails);
    QVERIFY2(
        explained,
        qPrintable(QStringLiteral("expected \"%1\" among the failures; ").arg(lesson->wrongFails)
                   + describe(o)));
}

QTEST_GUILESS_MAIN(tst_LessonRuns)
#include "tst_lessonruns.moc"
