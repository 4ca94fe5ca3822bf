#include "privatekeyring.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unistd.h>

namespace postscope::testsupport {

namespace {

const char insideVariable[] = "POSTSCOPE_PRIVATE_KEYRING";
const char homeVariable[] = "POSTSCOPE_PRIVATE_HOME";

void fail(const QString &message)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(message));
}

// HOME and the XDG folders under home; no desktop hints, so that QtKeychain
// picks the Secret Service (libsecret) and no KWallet of the person's, and
// no display for an unlock prompt.
bool usePrivateHome(const QString &home)
{
    const QStringList folders {QStringLiteral("data"), QStringLiteral("config"),
                               QStringLiteral("cache"), QStringLiteral("runtime")};
    for (const QString &f : folders) {
        if (!QDir(home).mkpath(f))
            return false;
    }
    // The runtime folder must be private (XDG Base Directory spec).
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/cache")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home + QStringLiteral("/runtime")));
    qputenv(homeVariable, QFile::encodeName(home));
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID",
                             "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"})
        qunsetenv(name);
    return true;
}

} // namespace

int runInsidePrivateKeyring(int argc, char **argv, int timeoutSeconds)
{
    if (qEnvironmentVariableIsSet(insideVariable))
        return -1;

    const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon
        = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (runSession.isEmpty() || keyringDaemon.isEmpty()) {
        fail(QStringLiteral(
                 "%1 is not installed: this test needs a real Secret Service in a private "
                 "D-Bus session (Debian packages dbus-daemon and gnome-keyring; run "
                 "installer/bootstrap.sh). It fails rather than skips.")
                 .arg(runSession.isEmpty() ? QStringLiteral("dbus-run-session")
                                           : QStringLiteral("gnome-keyring-daemon")));
        return 1;
    }
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/postscope-keyring-XXXXXX"));
    if (!home.isValid() || !usePrivateHome(home.path())) {
        fail(QStringLiteral("cannot make a temporary HOME: %1").arg(home.errorString()));
        return 1;
    }
    qputenv(insideVariable, "1");

    // The keyring's own password: throw-away, it guards only this temporary
    // login keyring. --unlock reads it from stdin, creates the keyring and
    // makes it the default collection; --components=secrets starts only the
    // Secret Service (no SSH or PKCS#11 agent). The daemon leaves when the
    // private bus goes away at the end of dbus-run-session.
    const QString script = QStringLiteral(
        "printf %s postscope-test-keyring | \"$1\" --unlock --components=secrets >/dev/null "
        "|| { echo 'FAIL: gnome-keyring-daemon --unlock failed' >&2; exit 97; }\n"
        "shift\n"
        "exec \"$@\"\n");
    // The program itself, whatever argv[0] says (ctest gives a full path, a
    // person may not).
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    QStringList arguments {QStringLiteral("--"),
                           QStringLiteral("sh"),
                           QStringLiteral("-c"),
                           script,
                           QStringLiteral("sh"),
                           keyringDaemon,
                           self.isEmpty() ? QString::fromLocal8Bit(argv[0]) : self};
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    // Its own process group, so that a timeout ends the bus and the daemon too.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(runSession, arguments);
    if (!process.waitForStarted(30000)) {
        fail(QStringLiteral("cannot start %1: %2").arg(runSession, process.errorString()));
        return 1;
    }
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        fail(QStringLiteral("the test inside the private keyring session did not end within %1 s")
                 .arg(timeoutSeconds));
        ::kill(-pid_t(process.processId()), SIGKILL);
        process.waitForFinished(5000);
        return 1;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        fail(QStringLiteral("the test inside the private keyring session crashed"));
        return 1;
    }
    return process.exitCode();
}

QString privateHome()
{
    return qEnvironmentVariable(homeVariable);
}

void isolateWithoutSessionBus()
{
    // Lives until the process ends; QTemporaryDir removes it then.
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/postscope-nobus-XXXXXX"));
    if (!home.isValid() || !usePrivateHome(home.path())) {
        fail(QStringLiteral("cannot make a temporary HOME: %1").arg(home.errorString()));
        std::exit(1);
    }
    // A bus address that names nothing: GDBus and QtDBus fail to connect at
    // once (and, with an address given, never try to autolaunch a bus).
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(home.path() + QStringLiteral("/no-session-bus-here")));
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        // Regular files only: a socket or FIFO of the private session could block a read.
        const QString path = it.next();
        if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace postscope::testsupport
