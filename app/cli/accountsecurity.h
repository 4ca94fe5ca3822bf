#pragma once
// account add/edit: the signing, encryption and DKIM settings of an account
// (accounts::SigningSettings; CLI.md "Accounts"). The option names are
// send's where they mean the same (--smime-cert, --smime-key,
// --smime-recipient-cert, --pgp-key, --dkim-*); send --account uses the
// settings through messageoptions.cpp.

#include "accounts/account.h"

#include <QCommandLineParser>
#include <QString>

namespace postscope::cli {

void addAccountSecurityOptions(QCommandLineParser &parser);
// The options into account->signing (paths made absolute); "" or an error
// sentence naming the option. *passphrase: --smime-passphrase-env's value
// when given (for the keychain, never the settings).
QString takeAccountSecurity(const QCommandLineParser &parser, accounts::Account *account,
                            std::optional<QString> *passphrase);
// account list: the signing settings under the account's line (none: nothing).
void printAccountSecurity(const accounts::Account &account);

} // namespace postscope::cli
