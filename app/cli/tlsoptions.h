#pragma once
// The client commands' TLS options (CLI.md): --tls-min, --client-cert,
// --client-key, --key-passphrase-env. Kept apart from clientoptions.cpp so
// that the option table and the account wiring there stay short; two calls
// hook them in (the constructor and parse()).

#include "session/smtpsession.h"

#include <QCommandLineParser>
#include <QString>

namespace postscope::cli {

void addTlsOptions(QCommandLineParser &parser);
// Applies the options to *options; false and *error (a sentence naming the
// option) on a bad value, an unreadable file or a key that does not open.
// accountPassphrase: the account's KeyPassphrase from the keychain, used
// when --key-passphrase-env is not given.
bool applyTlsOptions(const QCommandLineParser &parser, session::SessionOptions *options,
                     QString *error, const QByteArray &accountPassphrase = {});

} // namespace postscope::cli
