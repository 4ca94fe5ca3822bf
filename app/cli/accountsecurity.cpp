#include "accountsecurity.h"
#include "clientoptions.h"

#include <QCoreApplication>
#include <QFileInfo>

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

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

void addAccountSecurityOptions(QCommandLineParser &p)
{
    p.addOptions({
        {opt("message-security"),
         tr("How the account signs and encrypts: smime, openpgp or none (none forgets the "
            "S/MIME and OpenPGP settings)."),
         QStringLiteral("KIND")},
        {opt("smime-cert"), tr("S/MIME signing certificate (PEM, or PKCS#12 with the key)."),
         QStringLiteral("FILE")},
        {opt("smime-key"), tr("S/MIME private key (PEM), when --smime-cert holds none."),
         QStringLiteral("FILE")},
        {opt("smime-passphrase-env"),
         tr("Environment variable holding the S/MIME key's or PKCS#12 passphrase (kept in the "
            "keychain only)."),
         QStringLiteral("VAR")},
        {opt("smime-recipient-cert"),
         tr("Certificates to encrypt to: a PEM file or a folder of them (repeatable; replaces "
            "the list; each recipient gets the one naming its address)."),
         QStringLiteral("PATH")},
        {opt("pgp-key"),
         tr("OpenPGP signing key (fingerprint, key id or address in GNUPGHOME); recipients' "
            "keys are found by address."),
         QStringLiteral("KEY")},
        {opt("sign-by-default"), tr("Sign every message unless told not to (--no-sign).")},
        {opt("no-sign-by-default"), tr("Sign only when asked (--sign).")},
        {opt("encrypt-by-default"), tr("Encrypt every message unless told not to (--no-encrypt).")},
        {opt("no-encrypt-by-default"), tr("Encrypt only when asked (--encrypt).")},
        {opt("dkim-domain"), tr("DKIM signing domain (d=); the account then signs all its mail."),
         QStringLiteral("DOMAIN")},
        {opt("dkim-selector"), tr("DKIM selector (s=)."), QStringLiteral("SELECTOR")},
        {opt("dkim-key"),
         tr("DKIM private key (PEM): RSA for rsa-sha256, Ed25519 for ed25519-sha256."),
         QStringLiteral("FILE")},
        {opt("dkim-canonicalization"),
         tr("relaxed (relaxed/relaxed, default) or simple (simple/simple)."),
         QStringLiteral("MODE")},
        {opt("no-dkim"), tr("Forget the account's DKIM settings.")},
    });
}

QString takeAccountSecurity(const QCommandLineParser &p, accounts::Account *account,
                            std::optional<QString> *passphrase)
{
    accounts::SigningSettings &s = account->signing;
    using Kind = mime::Security::Kind;
    const bool smime = p.isSet(opt("smime-cert")) || p.isSet(opt("smime-key"))
        || p.isSet(opt("smime-recipient-cert"));
    const bool pgp = p.isSet(opt("pgp-key"));
    if (p.isSet(opt("message-security"))) {
        Kind kind = Kind::None;
        if (!accounts::parseSecurityKind(p.value(opt("message-security")), &kind))
            return tr("--message-security is smime, openpgp or none, not '%1'")
                .arg(p.value(opt("message-security")));
        if (kind == Kind::None) {
            if (smime || pgp)
                return tr("--message-security none and the --smime-*/--pgp-key options exclude "
                          "each other");
            const accounts::SigningSettings dkimOnly = [&s] {
                accounts::SigningSettings d;
                d.dkimDomain = s.dkimDomain;
                d.dkimSelector = s.dkimSelector;
                d.dkimKey = s.dkimKey;
                d.dkimCanonicalization = s.dkimCanonicalization;
                return d;
            }();
            s = dkimOnly;
        }
        s.kind = kind;
    } else if (smime && pgp) {
        return tr("choose S/MIME (--smime-*) or OpenPGP (--pgp-key), or say which with "
                  "--message-security");
    } else if (smime) {
        s.kind = Kind::Smime;
    } else if (pgp) {
        s.kind = Kind::OpenPgp;
    }
    if (p.isSet(opt("smime-cert"))) {
        s.smimeCert = absolute(p.value(opt("smime-cert")));
        // A new certificate: its key comes with it or from --smime-key.
        s.smimeKey.clear();
    }
    if (p.isSet(opt("smime-key")))
        s.smimeKey = absolute(p.value(opt("smime-key")));
    if (p.isSet(opt("smime-recipient-cert"))) {
        s.smimeRecipientCerts.clear();
        for (const QString &path : p.values(opt("smime-recipient-cert")))
            s.smimeRecipientCerts.append(absolute(path));
    }
    if (pgp)
        s.pgpKey = p.value(opt("pgp-key"));
    for (const auto &[on, off, field] :
         {std::tuple {"sign-by-default", "no-sign-by-default", &s.signByDefault},
          std::tuple {"encrypt-by-default", "no-encrypt-by-default", &s.encryptByDefault}}) {
        if (p.isSet(opt(on)) && p.isSet(opt(off)))
            return tr("--%1 and --%2 exclude each other").arg(opt(on), opt(off));
        if (p.isSet(opt(on)))
            *field = true;
        if (p.isSet(opt(off)))
            *field = false;
    }
    const bool dkim = p.isSet(opt("dkim-domain")) || p.isSet(opt("dkim-selector"))
        || p.isSet(opt("dkim-key")) || p.isSet(opt("dkim-canonicalization"));
    if (dkim && p.isSet(opt("no-dkim")))
        return tr("--no-dkim and the --dkim-* options exclude each other");
    if (p.isSet(opt("no-dkim"))) {
        s.dkimDomain.clear();
        s.dkimSelector.clear();
        s.dkimKey.clear();
        s.dkimCanonicalization = mime::Security::Canonicalization::Relaxed;
    }
    if (p.isSet(opt("dkim-domain")))
        s.dkimDomain = p.value(opt("dkim-domain"));
    if (p.isSet(opt("dkim-selector")))
        s.dkimSelector = p.value(opt("dkim-selector"));
    if (p.isSet(opt("dkim-key")))
        s.dkimKey = absolute(p.value(opt("dkim-key")));
    if (p.isSet(opt("dkim-canonicalization"))
        && !accounts::parseCanonicalization(p.value(opt("dkim-canonicalization")),
                                            &s.dkimCanonicalization))
        return tr("--dkim-canonicalization is relaxed or simple, not %1")
            .arg(p.value(opt("dkim-canonicalization")));
    if (p.isSet(opt("smime-passphrase-env"))) {
        const QByteArray var = p.value(opt("smime-passphrase-env")).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(var.constData()))
            return tr("--smime-passphrase-env: %1 is not set").arg(QString::fromLocal8Bit(var));
        if (s.smimeCert.isEmpty())
            return tr("--smime-passphrase-env needs --smime-cert");
        *passphrase = QString::fromLocal8Bit(qgetenv(var.constData()));
    }
    return {};
}

void printAccountSecurity(const accounts::Account &account)
{
    const accounts::SigningSettings &s = account.signing;
    using Kind = mime::Security::Kind;
    if (s.kind == Kind::Smime)
        out(tr("    S/MIME: certificate %1%2; encrypts to %3%4\n")
                .arg(s.smimeCert.isEmpty() ? tr("(none)") : s.smimeCert,
                     s.smimeKey.isEmpty() ? QString() : tr(", key %1").arg(s.smimeKey),
                     s.smimeRecipientCerts.isEmpty()
                         ? tr("(no certificates)")
                         : s.smimeRecipientCerts.join(QStringLiteral(", ")),
                     QString(s.signByDefault ? tr("; signs by default") : QString())
                         + (s.encryptByDefault ? tr("; encrypts by default") : QString())));
    else if (s.kind == Kind::OpenPgp)
        out(tr("    OpenPGP: key %1%2\n")
                .arg(s.pgpKey.isEmpty() ? tr("(none)") : s.pgpKey,
                     QString(s.signByDefault ? tr("; signs by default") : QString())
                         + (s.encryptByDefault ? tr("; encrypts by default") : QString())));
    if (s.hasDkim())
        out(tr("    DKIM: d=%1 s=%2 key %3 (%4)\n")
                .arg(s.dkimDomain, s.dkimSelector, s.dkimKey,
                     accounts::canonicalizationName(s.dkimCanonicalization)));
}

} // namespace postscope::cli
