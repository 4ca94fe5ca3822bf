// The desktop entry and the AppStream metainfo are valid for the tools that
// read them (desktop-file-validate, appstreamcli), are named by the app's
// reverse-DNS id (the one the app gives Qt), and are installed under it.
// The validators are real peers: a missing one fails the test (bootstrap
// installs desktop-file-utils and appstream).

#include "common/appsetup.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void namedByTheAppId();
};

namespace {

const QString resources = QStringLiteral(POSTSCOPE_SOURCE_DIR "/resources/");

QString appId()
{
    return QString::fromLatin1(postscope::ui::desktopId);
}

} // namespace

void TestDesktopFiles::validate_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("desktop entry")
        << "desktop-file-validate" << QStringList() << appId() + QStringLiteral(".desktop");
    QTest::newRow("AppStream metainfo")
        << "appstreamcli" << QStringList {QStringLiteral("validate"), QStringLiteral("--no-net")}
        << appId() + QStringLiteral(".metainfo.xml");
}

void TestDesktopFiles::validate()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const QString program = QStandardPaths::findExecutable(tool);
    QVERIFY2(!program.isEmpty(),
             qPrintable(tool
                        + QStringLiteral(" is not installed: run installer/bootstrap.sh "
                                         "(packages desktop-file-utils and appstream)")));
    QVERIFY(QFile::exists(resources + file));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments << resources + file);
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
    // Not even a warning or a hint (appstreamcli's "W:", desktop-file-validate's "hint:").
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        QVERIFY2(!line.startsWith(QStringLiteral("W:")) && !line.startsWith(QStringLiteral("E:"))
                     && !line.contains(QStringLiteral("hint:"))
                     && !line.contains(QStringLiteral("warning:"))
                     && !line.contains(QStringLiteral("error:")),
                 qPrintable(line));
    }
}

void TestDesktopFiles::namedByTheAppId()
{
    // The id is reverse DNS (AppStream 1.0 "Component ID"), the same in the
    // app (QGuiApplication::desktopFileName), the files and the install rules.
    QVERIFY(appId().count(QLatin1Char('.')) >= 2);
    QFile metainfo(resources + appId() + QStringLiteral(".metainfo.xml"));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    const QByteArray xml = metainfo.readAll();
    QVERIFY(xml.contains("<id>" + appId().toLatin1() + "</id>"));
    QVERIFY(xml.contains("<launchable type=\"desktop-id\">" + appId().toLatin1() + ".desktop<"));
    QFile desktop(resources + appId() + QStringLiteral(".desktop"));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    QVERIFY(desktop.readAll().contains("\nIcon=" + appId().toLatin1() + "\n"));
    QFile install(QStringLiteral(POSTSCOPE_SOURCE_DIR "/installer/install.cmake"));
    QVERIFY(install.open(QIODevice::ReadOnly));
    QVERIFY(install.readAll().contains("set(POSTSCOPE_APP_ID " + appId().toLatin1() + ")"));
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
