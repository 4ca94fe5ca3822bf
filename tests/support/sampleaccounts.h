#pragma once
// Accounts for the account tests with every field set away from its default
// (tst_account checks that they are: a field added to Account and left out
// here makes that test fail, so that every round trip covers it).

#include "accounts/account.h"

#include <QList>

namespace postscope::testsupport {

// Host, port, every option, two identities, two trust exceptions, a client
// certificate, a source address: everything but a socket path.
accounts::Account sampleTcpAccount(const QString &name = QStringLiteral("work"));
// LMTP over a Unix socket (host and socket path exclude each other).
accounts::Account sampleSocketAccount(const QString &name = QStringLiteral("local-lmtp"));

} // namespace postscope::testsupport
