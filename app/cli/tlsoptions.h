#pragma once
// The client commands' TLS options (CLI.md): --tls-min, --client-cert,
// --client-key, --key-passphrase-env. Kept apart from clientoptions.cpp so
// that the option table and the account wiring there stay short; two calls
// hook them in (the constructor and parse()).

#include "accounts/account.h"
#include "session/smtpsession.h"

#include <QCommandLineParser>
#include <QString>

namespace postscope::cli {

void addTlsOptions(QCommandLineParser &parser);
// Applies the options to *options; false and *error (a sentence naming the
// option) on a bad value, an unreadable file or a key that does not open.
// account (--account): its client certificate is used unless
// --client-cert is given; the passphrase of its key comes from
// --key-passphrase-env, else from the keychain (SecretKind::KeyPassphrase),
// read only when the key needs one. loadCertificate false (account add and
// edit keep the paths, not the key): the files are not read.
bool applyTlsOptions(const QCommandLineParser &parser, session::SessionOptions *options,
                     QString *error, const accounts::Account *account = nullptr,
                     bool loadCertificate = true);

class ClientCommand;
// account add/edit: --tls-min, --client-cert and --client-key into the
// account (the paths made absolute; the key's passphrase is a secret and
// stays in the keychain).
void takeTlsSettings(const ClientCommand &command, accounts::Account *account);
// account list: one line per trust exception under the account's line.
void printTrustExceptions(const accounts::Account &account);

} // namespace postscope::cli
