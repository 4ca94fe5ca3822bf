#include "messageoptions.h"
#include "clientoptions.h"

#include "accounts/secretstore.h"
#include "mime/envelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace postscope::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

QString opt(const char *name)
{
    return QLatin1String(name);
}

} // namespace

void addMessageOptions(QCommandLineParser &p)
{
    p.addOptions({
        {opt("from"), tr("Sender (envelope and From header); \"\" for the null sender."),
         QStringLiteral("ADDR")},
        {opt("to"), tr("Recipient (repeatable)."), QStringLiteral("ADDR")},
        {opt("cc"), tr("Copy recipient (repeatable)."), QStringLiteral("ADDR")},
        {opt("bcc"), tr("Blind copy recipient: envelope only (repeatable)."),
         QStringLiteral("ADDR")},
        {opt("sender"), tr("Sender header: who sent it on From's behalf (RFC 5322 3.6.2)."),
         QStringLiteral("ADDR")},
        {opt("reply-to"), tr("Reply-To address (repeatable)."), QStringLiteral("ADDR")},
        {opt("subject"), tr("Subject."), QStringLiteral("TEXT")},
        {opt("body"), tr("Body text."), QStringLiteral("TEXT")},
        {opt("body-file"), tr("Body from a file (big files are streamed from disk)."),
         QStringLiteral("FILE")},
        {opt("html-file"), tr("HTML body; with a text body, multipart/alternative."),
         QStringLiteral("FILE")},
        {opt("attach"), tr("Attach a file (repeatable; big files are read while sending)."),
         QStringLiteral("FILE")},
        {opt("inline"),
         tr("Inline image for the HTML (multipart/related); the HTML refers to it as cid:FILENAME "
            "(repeatable)."),
         QStringLiteral("FILE")},
        {opt("attach-message"), tr("Attach a saved message as message/rfc822 (repeatable)."),
         QStringLiteral("FILE")},
        {opt("header"), tr("Extra header \"Name: value\" (repeatable)."), QStringLiteral("HEADER")},
        {opt("message-id"), tr("Message-ID instead of a generated one."), QStringLiteral("ID")},
        {opt("in-reply-to"), tr("In-Reply-To: the message this one answers."),
         QStringLiteral("ID")},
        {opt("references"), tr("References (repeatable, oldest first)."), QStringLiteral("ID")},
        {opt("priority"), tr("highest, high, normal, low or lowest (X-Priority and Importance)."),
         QStringLiteral("LEVEL")},
        {opt("read-receipt"),
         tr("Ask for a read receipt (Disposition-Notification-To, RFC 8098).")},
        {opt("delivery-receipt"),
         tr("Ask for delivery status notifications (DSN: NOTIFY=SUCCESS,FAILURE, RFC 3461).")},
        {opt("sign"),
         tr("Sign the message: S/MIME with --smime-cert, OpenPGP with --pgp-key, else as the "
            "--account is set up.")},
        {opt("no-sign"), tr("Do not sign, although the --account signs by default.")},
        {opt("no-encrypt"), tr("Do not encrypt, although the --account encrypts by default.")},
        {opt("no-dkim"), tr("Do not add the --account's DKIM signature.")},
        {opt("encrypt"),
         tr("Encrypt the message: S/MIME to --smime-recipient-cert, OpenPGP to --pgp-recipient.")},
        {opt("smime-cert"), tr("S/MIME certificate (PEM, or PKCS#12 with the key)."),
         QStringLiteral("FILE")},
        {opt("smime-key"), tr("S/MIME private key (PEM), when --smime-cert holds none."),
         QStringLiteral("FILE")},
        {opt("smime-passphrase-env"),
         tr("Environment variable holding the key's or PKCS#12 passphrase."),
         QStringLiteral("VAR")},
        {opt("smime-recipient-cert"), tr("Certificate to encrypt to (PEM, repeatable)."),
         QStringLiteral("FILE")},
        {opt("pgp-key"), tr("OpenPGP signing key (fingerprint, key id or address in GNUPGHOME)."),
         QStringLiteral("KEY")},
        {opt("pgp-recipient"),
         tr("OpenPGP key to encrypt to (repeatable; default: every recipient's address)."),
         QStringLiteral("KEY")},
        {opt("dkim-domain"), tr("DKIM signing domain (d=)."), QStringLiteral("DOMAIN")},
        {opt("dkim-selector"), tr("DKIM selector (s=)."), QStringLiteral("SELECTOR")},
        {opt("dkim-key"),
         tr("DKIM private key (PEM): RSA for rsa-sha256, Ed25519 for ed25519-sha256."),
         QStringLiteral("FILE")},
        {opt("dkim-canonicalization"),
         tr("relaxed (relaxed/relaxed, default) or simple (simple/simple)."),
         QStringLiteral("MODE")},
        {opt("message"),
         tr("A complete RFC 5322 message, sent as it is; the envelope comes from its headers as "
            "smtplib's "
            "send_message() derives it, unless --from/--to are given. Bcc fields are removed."),
         QStringLiteral("FILE")},
        {opt("force"), tr("Send even when the lint finds errors.")},
    });
}

bool forced(const QCommandLineParser &p)
{
    return p.isSet(opt("force"));
}

QString completeMessageFile(const QCommandLineParser &p, QString *error)
{
    if (!p.isSet(opt("message")))
        return {};
    for (const char *name :
         {"subject", "body", "body-file", "html-file", "attach", "inline", "attach-message",
          "header", "sender", "reply-to", "message-id", "in-reply-to", "references", "priority",
          "read-receipt", "sign", "encrypt"}) {
        if (p.isSet(QLatin1String(name))) {
            *error = tr("--message sends a complete message: --%1 cannot be used with it")
                         .arg(QLatin1String(name));
            return {};
        }
    }
    return p.value(opt("message"));
}

QString securityFrom(const QCommandLineParser &p, mime::Security *s,
                     const accounts::Account *account, bool *accountRecipients)
{
    if (accountRecipients)
        *accountRecipients = false;
    const accounts::SigningSettings *mine = account ? &account->signing : nullptr;
    const bool dkim
        = p.isSet(opt("dkim-domain")) || p.isSet(opt("dkim-selector")) || p.isSet(opt("dkim-key"));
    if (dkim && p.isSet(opt("no-dkim")))
        return tr("--no-dkim and the --dkim-* options exclude each other");
    if (dkim) {
        if (!p.isSet(opt("dkim-domain")) || !p.isSet(opt("dkim-selector"))
            || !p.isSet(opt("dkim-key")))
            return tr("DKIM needs --dkim-domain, --dkim-selector and --dkim-key together");
        s->dkimDomain = p.value(opt("dkim-domain")).toUtf8();
        s->dkimSelector = p.value(opt("dkim-selector")).toUtf8();
        s->dkimKeyFile = p.value(opt("dkim-key"));
        const QString canon = p.value(opt("dkim-canonicalization")).toLower();
        if (canon.isEmpty() || canon == QLatin1String("relaxed"))
            s->dkimCanonicalization = mime::Security::Canonicalization::Relaxed;
        else if (canon == QLatin1String("simple"))
            s->dkimCanonicalization = mime::Security::Canonicalization::Simple;
        else
            return tr("--dkim-canonicalization is relaxed or simple, not %1").arg(canon);
    } else if (mine && mine->hasDkim() && !p.isSet(opt("no-dkim"))) {
        // An account with DKIM signs everything it sends (CLI.md); --no-dkim opts out.
        const mime::Security profile = mine->profile();
        s->dkimDomain = profile.dkimDomain;
        s->dkimSelector = profile.dkimSelector;
        s->dkimKeyFile = profile.dkimKeyFile;
        s->dkimCanonicalization = profile.dkimCanonicalization;
    }
    for (const char *name : {"sign", "encrypt"}) {
        if (p.isSet(opt(name)) && p.isSet(QStringLiteral("no-") + opt(name)))
            return tr("--%1 and --no-%1 exclude each other").arg(opt(name));
    }
    // The account's defaults, unless the command line says otherwise.
    s->sign = p.isSet(opt("sign"))
        || (mine && mine->signByDefault && !p.isSet(opt("no-sign")) && !p.isSet(opt("message")));
    s->encrypt = p.isSet(opt("encrypt"))
        || (mine && mine->encryptByDefault && !p.isSet(opt("no-encrypt"))
            && !p.isSet(opt("message")));
    const bool smimeOptions = p.isSet(opt("smime-cert")) || p.isSet(opt("smime-recipient-cert"));
    const bool pgpOptions = p.isSet(opt("pgp-key")) || p.isSet(opt("pgp-recipient"));
    if (smimeOptions && pgpOptions)
        return tr("choose S/MIME (--smime-*) or OpenPGP (--pgp-*), not both");
    // The kind: the options' when they name one, else the account's; each
    // of the account's files is used unless its option is given.
    const mime::Security::Kind accountKind = mine ? mine->kind : mime::Security::Kind::None;
    const mime::Security::Kind kind = smimeOptions ? mime::Security::Kind::Smime
        : pgpOptions                               ? mime::Security::Kind::OpenPgp
                                                   : accountKind;
    const bool fromAccount = mine && kind == accountKind;
    s->smimeCert = p.isSet(opt("smime-cert")) ? p.value(opt("smime-cert"))
        : fromAccount                         ? mine->smimeCert
                                              : QString();
    s->smimeKey = p.isSet(opt("smime-key"))          ? p.value(opt("smime-key"))
        : fromAccount && !p.isSet(opt("smime-cert")) ? mine->smimeKey
                                                     : QString();
    if (p.isSet(opt("smime-recipient-cert"))) {
        s->smimeRecipientCerts = p.values(opt("smime-recipient-cert"));
    } else if (fromAccount) {
        s->smimeRecipientCerts = mine->smimeRecipientCerts;
        // The account's files and folders are narrowed to the recipients'.
        if (accountRecipients)
            *accountRecipients = kind == mime::Security::Kind::Smime;
    }
    s->pgpKey = p.isSet(opt("pgp-key")) ? p.value(opt("pgp-key"))
        : fromAccount                   ? mine->pgpKey
                                        : QString();
    s->pgpRecipients = p.values(opt("pgp-recipient"));
    if (s->sign || s->encrypt) {
        if (kind == mime::Security::Kind::None)
            return tr("--sign and --encrypt need --smime-cert/--smime-recipient-cert, "
                      "--pgp-key/--pgp-recipient, or an --account with S/MIME or OpenPGP");
        s->kind = kind;
        if (s->sign && kind == mime::Security::Kind::Smime && s->smimeCert.isEmpty())
            return tr("--sign with S/MIME needs --smime-cert (or an account's certificate)");
        if (s->sign && kind == mime::Security::Kind::OpenPgp && s->pgpKey.isEmpty())
            return tr("--sign with OpenPGP needs --pgp-key (or an account's key)");
        if (s->encrypt && kind == mime::Security::Kind::Smime && s->smimeRecipientCerts.isEmpty())
            return tr("--encrypt with S/MIME needs --smime-recipient-cert (or an account's "
                      "recipient certificates)");
    }
    if (p.isSet(opt("smime-passphrase-env"))) {
        const QByteArray var = p.value(opt("smime-passphrase-env")).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(var.constData()))
            return tr("--smime-passphrase-env: %1 is not set").arg(QString::fromLocal8Bit(var));
        s->smimePassphrase = qgetenv(var.constData());
    } else if (mine && s->sign && kind == mime::Security::Kind::Smime
               && s->smimeCert == mine->smimeCert) {
        // The account's key: its passphrase, if it has one, is in the
        // keychain (NAME/signing-passphrase); none there is not an error
        // (an unencrypted key needs none; one that does says so when read).
        accounts::SecretStore secrets;
        const accounts::SecretResult r
            = secrets.readBlocking(account->name, accounts::SecretKind::SigningPassphrase);
        if (r.ok())
            s->smimePassphrase = r.secret.toUtf8();
    }
    return {};
}

QString messageSpecFrom(const QCommandLineParser &p, mime::MessageSpec *spec,
                        const QString &defaultFrom, const accounts::Account *account)
{
    if (p.isSet(opt("body")) && p.isSet(opt("body-file")))
        return tr("--body and --body-file exclude each other");
    const bool haveFrom = p.isSet(opt("from")) || !defaultFrom.isEmpty();
    const QString from = p.isSet(opt("from")) ? p.value(opt("from")) : defaultFrom;
    spec->from = from;
    spec->sender = p.value(opt("sender"));
    spec->replyTo = p.values(opt("reply-to"));
    spec->to = p.values(opt("to"));
    spec->cc = p.values(opt("cc"));
    spec->bcc = p.values(opt("bcc"));
    spec->subject = p.value(opt("subject"));
    spec->body = p.value(opt("body"));
    spec->bodyFile = p.value(opt("body-file"));
    spec->htmlFile = p.value(opt("html-file"));
    for (const QString &path : p.values(opt("attach")))
        spec->attachments.append(mime::Attachment {path, {}, {}, false, {}});
    for (const QString &path : p.values(opt("inline")))
        spec->attachments.append(mime::Attachment {path, {}, {}, true, {}});
    spec->attachedMessages = p.values(opt("attach-message"));
    for (const QString &header : p.values(opt("header"))) {
        QByteArray name, value;
        if (const QString error = mime::checkHeaderArgument(header, &name, &value);
            !error.isEmpty())
            return error;
        spec->extraHeaders.append({name, value});
    }
    spec->messageId = p.value(opt("message-id")).toUtf8();
    spec->inReplyTo = p.value(opt("in-reply-to")).toUtf8();
    for (const QString &r : p.values(opt("references")))
        spec->references.append(r.toUtf8());
    const QString priority = p.value(opt("priority")).toLower();
    if (priority.isEmpty() || priority == QLatin1String("normal"))
        spec->priority = mime::Priority::Normal;
    else if (priority == QLatin1String("highest"))
        spec->priority = mime::Priority::Highest;
    else if (priority == QLatin1String("high"))
        spec->priority = mime::Priority::High;
    else if (priority == QLatin1String("low"))
        spec->priority = mime::Priority::Low;
    else if (priority == QLatin1String("lowest"))
        spec->priority = mime::Priority::Lowest;
    else
        return tr("--priority is highest, high, normal, low or lowest, not %1").arg(priority);
    spec->readReceipt = p.isSet(opt("read-receipt"));
    spec->deliveryReceipt = p.isSet(opt("delivery-receipt"));
    if (haveFrom) {
        // --from is the envelope sender too ("" is the null reverse path).
        spec->envelopeFrom = from.isEmpty() ? QByteArray("") : mime::addressOf(from);
        if (!from.isEmpty() && spec->envelopeFrom.isEmpty() && !from.contains(QLatin1Char('\n'))
            && !from.contains(QLatin1Char('\r')) && !from.contains(QChar(0)))
            return tr("--from '%1' is not an address").arg(from);
        if (from.isEmpty())
            spec->from.clear();
    }
    const qsizetype at = spec->envelopeFrom.lastIndexOf('@');
    spec->messageIdDomain
        = at > 0 ? spec->envelopeFrom.mid(at + 1) : QHostInfo::localHostName().toUtf8();
    // Fixed once, so that building again for the server's capabilities
    // gives the same Date and Message-ID.
    spec->date = QDateTime::currentDateTime();
    if (spec->messageId.isEmpty())
        spec->messageId = mime::generateMessageId(spec->messageIdDomain);
    bool accountRecipients = false;
    if (const QString error = securityFrom(p, &spec->security, account, &accountRecipients);
        !error.isEmpty())
        return error;
    QList<QByteArray> recipients;
    for (const QString &list : spec->to + spec->cc + spec->bcc)
        recipients += mime::addressesOf({list.toUtf8()});
    if (spec->security.kind == mime::Security::Kind::OpenPgp && spec->security.encrypt
        && spec->security.pgpRecipients.isEmpty()) {
        for (const QByteArray &a : std::as_const(recipients))
            spec->security.pgpRecipients.append(QString::fromUtf8(a));
    }
    // An account's recipient certificates: each recipient's own, or an
    // error naming who has none (nothing is sent half encrypted).
    if (accountRecipients) {
        if (const QString error = mime::selectSmimeRecipients(&spec->security, recipients);
            !error.isEmpty())
            return error;
    }
    return {};
}

void printFindings(const QList<mime::LintFinding> &findings, const QString &command)
{
    for (const mime::LintFinding &f : findings)
        err(QStringLiteral("postscope-cli %1: %2 %3: %4 (%5)\n")
                .arg(command, mime::LintFinding::severityName(f.severity),
                     QString::fromLatin1(f.id), f.message, f.fix));
}

QJsonArray findingsJson(const QList<mime::LintFinding> &findings)
{
    QJsonArray out;
    for (const mime::LintFinding &f : findings) {
        out.append(QJsonObject {
            {QStringLiteral("severity"), mime::LintFinding::severityName(f.severity)},
            {QStringLiteral("id"), QString::fromLatin1(f.id)},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("fix"), f.fix},
        });
    }
    return out;
}

} // namespace postscope::cli
