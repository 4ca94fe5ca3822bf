#pragma once
// Keychain tests without touching the machine's keychain: a private HOME and
// either a private Secret Service (a session bus of the test's own from
// dbus-run-session, with gnome-keyring-daemon unlocked by a throw-away
// password) or no session bus at all. Both are for a test's main(), before
// QCoreApplication exists:
//
//   int main(int argc, char **argv)
//   {
//       if (const int rc = postscope::testsupport::runInsidePrivateKeyring(argc, argv); rc >= 0)
//           return rc;          // this was the outer run: the inner run's exit code
//       QCoreApplication app(argc, argv);
//       ...                     // inside the private session: run the tests
//   }
//
// A missing dbus-run-session or gnome-keyring-daemon is a failure with a
// message (house rule: never a skip).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace postscope::testsupport {

// Outer run: makes a temporary HOME, runs this program again as
//   dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock ...; exec PROGRAM ARGS'
// (at most timeoutSeconds, in its own process group), removes the HOME
// and returns the exit code. Inner run (POSTSCOPE_PRIVATE_KEYRING is set):
// returns -1 at once.
int runInsidePrivateKeyring(int argc, char **argv, int timeoutSeconds = 240);

// The private HOME of the inner run (or of isolateWithoutSessionBus()).
QString privateHome();

// For the no-keychain tests: a temporary HOME (removed at exit) and
// DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not exist, so
// that no session bus, no Secret Service and no KWallet can answer.
void isolateWithoutSessionBus();

// Every regular file under dir whose bytes contain needle (a secret that
// must not have been written anywhere).
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace postscope::testsupport
