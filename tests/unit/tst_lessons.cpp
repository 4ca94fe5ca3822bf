// The lessons as data (core/lessons/lesson.h): every built-in lesson reads,
// names its RFC, has steps, a check and a wrong attempt; the topics issue 11
// asks for are all there; every sentence is listed for Qt Linguist in
// lessonstrings.cpp (so scripts/lesson-strings.py was run); a lesson file
// with a mistake is refused with a reason; and the check's rules judge a
// recorded session as they say.
#include "lessons/lesson.h"
#include "transcript/transcriptreader.h"

#include <QFile>
#include <QTest>

using namespace postscope;
using namespace postscope::lessons;

namespace {

// The C string literal scripts/lesson-strings.py writes for text.
QString cString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

SessionRecord recordOf(const QByteArray &transcript)
{
    return SessionRecord::fromEntries(transcript::readTranscript(transcript).entries);
}

Lesson lessonWithRules(const QByteArray &rules)
{
    QString error;
    const Lesson l = Lesson::fromJson("{\"id\":\"t\",\"title\":\"T\",\"goal\":\"G\","
                                      "\"steps\":[{\"text\":\"s\",\"command\":\"NOOP\"}],"
                                      "\"check\":["
                                          + rules + "]}",
                                      &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return l;
}

} // namespace

class tst_Lessons : public QObject
{
    Q_OBJECT
private slots:
    void builtInLessons();
    void topicsCovered();
    void translatableStringsListed();
    void sandboxSetups();
    void badLessons_data();
    void badLessons();
    void rules_data();
    void rules();
};

void tst_Lessons::builtInLessons()
{
    QString error;
    const QList<Lesson> lessons = lessons::builtInLessons(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(lessons.size() >= 21);
    QSet<QString> ids;
    for (const Lesson &l : lessons) {
        QVERIFY2(!ids.contains(l.id), qPrintable(l.id));
        ids.insert(l.id);
        QVERIFY2(l.reference.contains(QLatin1String("RFC")), qPrintable(l.id));
        QVERIFY2(!l.steps.isEmpty() && !l.rules.isEmpty(), qPrintable(l.id));
        QVERIFY2(!l.script().isEmpty(), qPrintable(l.id));
        QVERIFY2(!l.wrongScript.isEmpty() && !l.wrongFails.isEmpty(), qPrintable(l.id));
        // The wrong attempt's expected words are one of the lesson's own explanations.
        bool found = false;
        for (const CheckRule &r : l.rules)
            found = found || r.explain.contains(l.wrongFails);
        QVERIFY2(found, qPrintable(l.id));
    }
    QVERIFY(findLesson(lessons, QStringLiteral("starttls")));
    QVERIFY(!findLesson(lessons, QStringLiteral("nonexistent")));
}

void tst_Lessons::topicsCovered()
{
    // Issue 11, section 3: at least these.
    const QStringList topics {"d1-typical-transaction",
                              "d2-aborted-transaction",
                              "d3-relayed-mail",
                              "d4-verify-and-send",
                              "ehlo-extensions",
                              "size",
                              "pipelining",
                              "chunking",
                              "8bitmime-smtputf8",
                              "dsn",
                              "starttls",
                              "auth-plain",
                              "auth-login",
                              "auth-cram-md5",
                              "auth-scram",
                              "vrfy-expn",
                              "temporary-permanent",
                              "lmtp",
                              "security-starttls-stripping",
                              "security-starttls-injection",
                              "security-smtp-smuggling"};
    const QList<Lesson> lessons = lessons::builtInLessons();
    for (const QString &t : topics)
        QVERIFY2(findLesson(lessons, t), qPrintable(t));
}

void tst_Lessons::translatableStringsListed()
{
    QFile f(QStringLiteral(POSTSCOPE_SOURCE_DIR "/core/lessons/lessonstrings.cpp"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(f.readAll());
    for (const Lesson &l : lessons::builtInLessons()) {
        QStringList sentences {l.title, l.goal};
        for (const LessonStep &s : l.steps)
            sentences << s.text;
        sentences += l.hints;
        for (const CheckRule &r : l.rules)
            sentences << r.explain;
        const QString context = cString(QStringLiteral("lesson ") + l.id);
        for (const QString &s : sentences) {
            const QString entry
                = QStringLiteral("QT_TRANSLATE_NOOP(%1, %2)").arg(context, cString(s));
            QVERIFY2(listed.contains(entry),
                     qPrintable(QStringLiteral("not in lessonstrings.cpp (run "
                                               "scripts/lesson-strings.py): ")
                                + entry.left(160)));
        }
        // Translation goes through the lesson's context; untranslated, the text itself.
        QCOMPARE(l.text(l.goal), l.goal);
    }
}

void tst_Lessons::sandboxSetups()
{
    for (const Lesson &l : lessons::builtInLessons()) {
        sandbox::SandboxConfig config;
        QString error;
        QVERIFY2(l.sandbox.apply(&config, &error), qPrintable(l.id + QLatin1String(": ") + error));
        QVERIFY(config.address.isLoopback());
    }
    const QList<Lesson> all = lessons::builtInLessons();
    const Lesson *lmtp = findLesson(all, QStringLiteral("lmtp"));
    QVERIFY(lmtp);
    sandbox::SandboxConfig config;
    QString error;
    QVERIFY(lmtp->sandbox.apply(&config, &error));
    QCOMPARE(config.server.dialect, engine::Dialect::Lmtp);
    QVERIFY(!config.faults.isEmpty());
    const Lesson *strip = findLesson(all, QStringLiteral("security-starttls-stripping"));
    sandbox::SandboxConfig c2;
    QVERIFY(strip->sandbox.apply(&c2, &error));
    QVERIFY(c2.server.misbehaviours.testFlag(engine::Misbehaviour::StripStartTls));
}

void tst_Lessons::badLessons_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QByteArray head
        = "{\"id\":\"x\",\"title\":\"T\",\"goal\":\"G\",\"steps\":[{\"text\":\"s\"}],";
    QTest::newRow("not json") << QByteArray("{") << QString();
    QTest::newRow("no goal") << QByteArray("{\"id\":\"x\",\"title\":\"T\"}")
                             << QStringLiteral("goal");
    QTest::newRow("no steps") << QByteArray("{\"id\":\"x\",\"title\":\"T\",\"goal\":\"G\"}")
                              << QStringLiteral("steps");
    QTest::newRow("no check") << head + "\"check\":[]}" << QStringLiteral("check");
    QTest::newRow("unknown rule") << head
            + "\"check\":[{\"type\":\"telepathy\",\"explain\":\"e\"}]}"
                                  << QStringLiteral("telepathy");
    QTest::newRow("rule without explanation")
        << head + "\"check\":[{\"type\":\"tls\"}]}" << QStringLiteral("explanation");
    QTest::newRow("reply without code")
        << head + "\"check\":[{\"type\":\"reply\",\"command\":\"^X\",\"explain\":\"e\"}]}"
        << QStringLiteral("code");
    QTest::newRow("bad pattern") << head
            + "\"check\":[{\"type\":\"sent\",\"command\":\"(\",\"explain\":\"e\"}]}"
                                 << QStringLiteral("pattern");
    QTest::newRow("unknown extension") << head
            + "\"sandbox\":{\"disable\":[\"TELEPORT\"]},\"check\":[{\"type\":\"tls\","
              "\"explain\":\"e\"}]}" << QStringLiteral("TELEPORT");
    QTest::newRow("bad fault") << head
            + "\"sandbox\":{\"faults\":[\"RCPT\"]},\"check\":[{\"type\":\"tls\","
              "\"explain\":\"e\"}]}"
                               << QStringLiteral("TARGET:ACTION");
    QTest::newRow("unknown misbehaviour") << head
            + "\"sandbox\":{\"misbehave\":[\"sulk\"]},\"check\":[{\"type\":\"tls\","
              "\"explain\":\"e\"}]}" << QStringLiteral("sulk");
}

void tst_Lessons::badLessons()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    Lesson::fromJson(json, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_Lessons::rules_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<bool>("passes");
    // A recorded session, as the reader gives it.
    QTest::newRow("sent") << QByteArray("{\"type\":\"sent\",\"command\":\"^rcpt to:<b@\","
                                        "\"explain\":\"e\"}")
                          << true;
    QTest::newRow("not sent") << QByteArray("{\"type\":\"notSent\",\"command\":\"^VRFY\","
                                            "\"explain\":\"e\"}")
                              << true;
    QTest::newRow("sent before") << QByteArray("{\"type\":\"sentBefore\",\"command\":\"^MAIL\","
                                               "\"then\":\"^DATA\",\"explain\":\"e\"}")
                                 << true;
    QTest::newRow("not sent before")
        << QByteArray("{\"type\":\"sentBefore\",\"command\":\"^DATA\",\"then\":\"^MAIL\","
                      "\"explain\":\"e\"}")
        << false;
    QTest::newRow("reply 550") << QByteArray("{\"type\":\"reply\",\"command\":\"^RCPT TO:<c@\","
                                             "\"code\":\"55x\",\"explain\":\"e\"}")
                               << true;
    QTest::newRow("reply 2xx to a refused one")
        << QByteArray("{\"type\":\"reply\",\"command\":\"^RCPT TO:<c@\",\"code\":\"2xx\","
                      "\"explain\":\"e\"}")
        << false;
    QTest::newRow("multiline") << QByteArray("{\"type\":\"multiline\",\"command\":\"^EHLO\","
                                             "\"lines\":3,\"explain\":\"e\"}")
                               << true;
    QTest::newRow("multiline too few") << QByteArray(
        "{\"type\":\"multiline\",\"command\":\"^EHLO\",\"lines\":4,\"explain\":\"e\"}")
                                       << false;
    QTest::newRow("data replies") << QByteArray("{\"type\":\"dataReplies\",\"codes\":\"250\","
                                                "\"explain\":\"e\"}")
                                  << true;
    QTest::newRow("authenticated")
        << QByteArray("{\"type\":\"authenticated\",\"explain\":\"e\"}") << true;
    QTest::newRow("pipelined 3") << QByteArray("{\"type\":\"pipelined\",\"count\":3,"
                                               "\"explain\":\"e\"}")
                                 << true;
    QTest::newRow("pipelined 5") << QByteArray("{\"type\":\"pipelined\",\"count\":5,"
                                               "\"explain\":\"e\"}")
                                 << false;
    QTest::newRow("tls") << QByteArray("{\"type\":\"tls\",\"explain\":\"e\"}") << false;
    QTest::newRow("not tls") << QByteArray("{\"type\":\"notTls\",\"explain\":\"e\"}") << true;
}

void tst_Lessons::rules()
{
    QFETCH(QByteArray, rule);
    QFETCH(bool, passes);
    const Lesson l = lessonWithRules(rule);
    QCOMPARE(l.rules.size(), 1);
    // The data lines (typed after the 354) are recorded as command lines:
    // the conversation tells them apart.
    const SessionRecord r = recordOf("S: 220 mx\nC: EHLO me\nS: 250-mx\nS: 250-PIPELINING\n"
                                     "S: 250 AUTH PLAIN\nC: AUTH PLAIN ********\nS: 235 ok\n"
                                     "C: MAIL FROM:<a@x>\nC: RCPT TO:<b@x>\nC: RCPT TO:<c@x>\n"
                                     "S: 250 ok\nS: 250 ok\nS: 550 no\nC: DATA\nS: 354 go\n"
                                     "C: MAIL FROM:<not a command>\nC: .\nS: 250 queued\n");
    const Verdict v = l.check(r);
    QCOMPARE(v.passed, passes);
    QCOMPARE(v.failures, passes ? QStringList() : QStringList {QStringLiteral("e")});
    // The line inside the data is no command.
    QCOMPARE(r.conversation.commands("MAIL").size(), 1);
}

QTEST_GUILESS_MAIN(tst_Lessons)
#include "tst_lessons.moc"
