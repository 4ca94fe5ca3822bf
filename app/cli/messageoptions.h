#pragma once
// The message options of postscope-cli (CLI.md "Message options"), in one
// place for send and compose: they are added to a parser here and turned
// into one mime::MessageSpec, so both commands build exactly the same
// message from the same words.

#include "accounts/account.h"
#include "mime/lint.h"
#include "mime/messagebuilder.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace postscope::cli {

// Adds --from, --to, --cc, --bcc, --subject, --body, --body-file,
// --html-file, --attach, --inline, --attach-message, --header, --sender,
// --reply-to, --in-reply-to, --references, --message-id, --priority,
// --read-receipt, --delivery-receipt, --sign, --encrypt, the S/MIME,
// OpenPGP and DKIM options, --message and --force.
void addMessageOptions(QCommandLineParser &parser);

// The spec the options describe (not built yet); "" or an error sentence.
// --message is not read here: see completeMessageFile(). defaultFrom (an
// account's default identity) stands for --from when that is not given.
// account (send --account): its signing settings fill in what the options
// do not say (CLI.md "Accounts"): DKIM unless --no-dkim, sign and encrypt
// by default unless --no-sign/--no-encrypt, its certificates and key unless
// the matching option is given, its S/MIME recipient certificates matched
// to the recipients (an error names a recipient without one).
QString messageSpecFrom(const QCommandLineParser &parser, mime::MessageSpec *spec,
                        const QString &defaultFrom = {},
                        const accounts::Account *account = nullptr);

// The --message file, or "" when the message is built from the options.
// Options that only make sense for a built message are refused with it.
QString completeMessageFile(const QCommandLineParser &parser, QString *error);

// The security options (over account's settings, when given); DKIM alone
// counts for --message. *accountRecipients: the S/MIME recipient
// certificates are the account's sources, still to be matched to the
// recipients (mime::selectSmimeRecipients).
QString securityFrom(const QCommandLineParser &parser, mime::Security *security,
                     const accounts::Account *account = nullptr, bool *accountRecipients = nullptr);

bool forced(const QCommandLineParser &parser);

// "error line-too-long: ... (fix: ...)" lines on stderr; JSON objects.
void printFindings(const QList<mime::LintFinding> &findings, const QString &command);
QJsonArray findingsJson(const QList<mime::LintFinding> &findings);

} // namespace postscope::cli
