// German and French are complete (issue 7.5): lupdate over every source a
// person's words come from (scripts/update-translations.sh, into a copy) finds
// no sentence without a translation; and the compiled translations reach the
// sentences at run time, which proves that the context lupdate files a
// sentence under is the one the code asks for (a class's, or a namespace's).
#include "engine/clientengine.h"
#include "i18n/translations.h"
#include "protocol/reply.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace postscope;

namespace {

struct TsCount
{
    int messages = 0;
    QStringList unfinished; // "context: source" of each sentence not translated
    // "context: source" of each translation whose %1..%9 differ from its
    // source's, or (numerus) a form without the %n its source has.
    QStringList placeholders;
    QString error;
};

// The %1..%9 of a text, sorted ("%1%2"); %n separately.
QString argumentMarkers(const QString &text)
{
    QStringList found;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && text[i + 1].isDigit())
            found.append(text.mid(i, 2));
    }
    found.sort();
    found.removeDuplicates();
    return found.join(QString());
}

// Every <message> of a .ts: translated, not "unfinished", no empty form.
TsCount countTs(const QString &path)
{
    TsCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        count.error = file.errorString();
        return count;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool open = false; // inside a <message>
    bool missing = false;
    bool wrongMarkers = false;
    // French uses the first numerus form for 0 and 1 (Qt's rule), so it
    // must say the number; German's first form is for exactly 1.
    const bool firstFormIsOne = path.endsWith(QLatin1String("_de.ts"));
    int form = 0;
    bool numerus = false;
    auto checkMarkers = [&](const QString &translation, bool numerus) {
        if (translation.trimmed().isEmpty())
            return;
        if (argumentMarkers(translation) != argumentMarkers(source))
            wrongMarkers = true;
        if (numerus && source.contains(QLatin1String("%n"))
            && !translation.contains(QLatin1String("%n")) && !(firstFormIsOne && form == 0))
            wrongMarkers = true;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !open) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                open = true;
                missing = false;
                wrongMarkers = false;
                form = 0;
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                ++count.messages;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                missing = missing || type == QLatin1String("unfinished")
                    || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (xml.attributes().value(QLatin1String("type")).isEmpty() && !numerus) {
                    // With numerus forms the text is in <numerusform> children.
                    const QString text
                        = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    missing = missing || text.trimmed().isEmpty();
                    checkMarkers(text, false);
                }
            } else if (name == QLatin1String("numerusform")) {
                const QString text = xml.readElementText();
                missing = missing || text.trimmed().isEmpty();
                checkMarkers(text, true);
                ++form;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            open = false;
            if (missing)
                count.unfinished.append(context + QStringLiteral(": ") + source);
            else if (wrongMarkers)
                count.placeholders.append(context + QStringLiteral(": ") + source);
        }
    }
    if (xml.hasError())
        count.error = xml.errorString();
    return count;
}

// Installs the embedded translation for language for the life of the object.
class ScopedTranslator
{
public:
    explicit ScopedTranslator(const QString &language)
    {
        m_ok = m_translator.load(QStringLiteral(":/i18n/postscope_") + language);
        if (m_ok)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = false;
};

// A usage error from a member of the engine's Private class (Q_DECLARE_TR_FUNCTIONS).
QString engineRefusal()
{
    engine::ClientEngine engine;
    engine.connectionEstablished();
    engine.receive("220 mx.test ESMTP\r\n");
    engine.startTls(); // greeted, but no EHLO yet: refused at once (RFC 3207 4)
    for (const engine::Event &e : engine.takeEvents()) {
        if (e.type == engine::Event::Type::RequestFinished)
            return e.error.message;
    }
    return {};
}

// A free function of namespace postscope::protocol (the reply grammar).
QString parserRefusal()
{
    protocol::ReplyParser parser;
    parser.feed("hello\r\n");
    protocol::Reply reply;
    parser.next(&reply);
    return parser.errorString();
}

QString cliPath()
{
    return QStringLiteral(POSTSCOPE_BINARY_DIR "/app/postscope-cli");
}

// postscope-cli with an unknown command, in the given language environment.
QString cliError(const QString &lang)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    cli.setProcessEnvironment(env);
    cli.start(cliPath(), {QStringLiteral("no-such-command")});
    if (!cli.waitForFinished(10000))
        return QStringLiteral("did not finish: ") + cli.errorString();
    return QString::fromUtf8(cli.readAllStandardError());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void coreSentencesReachTheTranslator_data();
    void coreSentencesReachTheTranslator();
    void cliFollowsTheSystemLocale();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    // lupdate over today's sources, into a copy: what the .ts would be if
    // someone ran scripts/update-translations.sh now.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(QStringLiteral("bash"),
                 {QStringLiteral(POSTSCOPE_SOURCE_DIR "/scripts/update-translations.sh"),
                  QStringLiteral("--into"), dir.path()});
    QVERIFY2(update.waitForFinished(120000), qPrintable(update.errorString()));
    const QString output = QString::fromLocal8Bit(update.readAll());
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
             qPrintable(output));

    const TsCount count = countTs(dir.filePath(QStringLiteral("postscope_%1.ts").arg(language)));
    QVERIFY2(count.error.isEmpty(), qPrintable(count.error));
    // The window's, core's and the command line's sentences are all there.
    QVERIFY2(count.messages > 1000, qPrintable(QString::number(count.messages)));
    QVERIFY2(count.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 sentences without a %2 translation (run "
                                       "scripts/update-translations.sh and translate them):\n%3")
                            .arg(count.unfinished.size())
                            .arg(language, count.unfinished.mid(0, 40).join(QLatin1Char('\n')))));

    // Every %1..%9 of the source is in its translation, no other; a number
    // shown with %n stays in each form that may stand for several.
    QVERIFY2(count.placeholders.isEmpty(),
             qPrintable(QStringLiteral("%1 %2 translations whose placeholders differ from "
                                       "their source's:\n%3")
                            .arg(count.placeholders.size())
                            .arg(language, count.placeholders.mid(0, 40).join(QLatin1Char('\n')))));

    // The committed file is what lupdate makes of it: nothing stale, nothing missing.
    const TsCount committed = countTs(
        QStringLiteral(POSTSCOPE_SOURCE_DIR "/translations/postscope_%1.ts").arg(language));
    QCOMPARE(committed.messages, count.messages);
}

void TestTranslations::coreSentencesReachTheTranslator_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::coreSentencesReachTheTranslator()
{
    QFETCH(QString, language);
    const QString englishEngine = engineRefusal();
    const QString englishParser = parserRefusal();
    QVERIFY(englishEngine.contains(QLatin1String("STARTTLS")));
    QVERIFY(englishParser.startsWith(QLatin1String("Malformed reply")));

    ScopedTranslator translator(language);
    QVERIFY2(translator.ok(), "the translation is not embedded in postscope_core");
    const QString engine = engineRefusal();
    const QString parser = parserRefusal();
    QVERIFY(!engine.isEmpty());
    QVERIFY2(engine != englishEngine, qPrintable(engine));
    QVERIFY(engine.contains(QLatin1String("STARTTLS"))); // protocol words stay
    QVERIFY2(parser != englishParser, qPrintable(parser));
    QVERIFY2(parser.contains(QLatin1String("hello")),
             qPrintable(parser)); // the server's words, quoted
}

void TestTranslations::cliFollowsTheSystemLocale()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    const QString english = cliError(QStringLiteral("C"));
    QVERIFY2(english.contains(QLatin1String("unknown command 'no-such-command'")),
             qPrintable(english));
    QVERIFY(english.contains(QLatin1String("Usage: postscope-cli COMMAND")));

    const QString german = cliError(QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(german.contains(QLatin1String("no-such-command")), qPrintable(german));
    QVERIFY2(!german.contains(QLatin1String("unknown command")), qPrintable(german));
    QVERIFY2(!german.contains(QLatin1String("Usage: postscope-cli")), qPrintable(german));

    const QString french = cliError(QStringLiteral("fr_FR.UTF-8"));
    QVERIFY2(!french.contains(QLatin1String("unknown command")), qPrintable(french));
    QVERIFY2(french != german, qPrintable(french));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
