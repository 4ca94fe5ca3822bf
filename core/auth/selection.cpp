#include "auth/selection.h"

#include "auth/mechanisms.h"
#include "auth/qcasasl.h"

#include <QCoreApplication>
#include <QStringList>

namespace postscope::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::auth", text);
}

QString joined(const QList<QByteArray> &names)
{
    QStringList out;
    for (const QByteArray &name : names)
        out << QString::fromLatin1(name);
    return out.join(QStringLiteral(", "));
}

bool containsName(const QList<QByteArray> &list, QByteArrayView name)
{
    for (const QByteArray &entry : list) {
        if (QByteArrayView(entry).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString summaryFor(QByteArrayView name)
{
    if (name == "SCRAM-SHA-256")
        return tr("RFC 7677: proves the password with SHA-256 without sending it; the server "
                  "proves it too");
    if (name == "SCRAM-SHA-1")
        return tr("RFC 5802: proves the password with SHA-1 without sending it; the server proves "
                  "it too");
    if (name == "CRAM-MD5")
        return tr("RFC 2195: answers a challenge with HMAC-MD5 of the password");
    if (name == "PLAIN")
        return tr("RFC 4616: sends user and password as they are (TLS only)");
    if (name == "LOGIN")
        return tr("draft-murchison-sasl-login: sends user and password as they are (TLS only)");
    if (name == "OAUTHBEARER")
        return tr("RFC 7628: sends an OAuth 2.0 access token (TLS only)");
    if (name == "XOAUTH2")
        return tr("Google's and Microsoft's format: sends an OAuth 2.0 access token (TLS only)");
    if (name == "DIGEST-MD5")
        return tr("RFC 2831 (obsolete, RFC 6331): a digest challenge and response, through Cyrus "
                  "SASL");
    if (name == "NTLM")
        return tr("Microsoft's NTLM challenge and response, through Cyrus SASL");
    if (name == "GSSAPI" || name == "GSS-SPNEGO" || name.startsWith("GS2-"))
        return tr("Kerberos (RFC 4752 / RFC 5801) with the ticket from kinit, through Cyrus SASL");
    return tr("through Cyrus SASL");
}

} // namespace

QList<MechanismInfo> clientMechanismCatalog()
{
    QList<MechanismInfo> catalog;
    const auto add = [&catalog](const QByteArray &name, MechanismInfo::Provider provider,
                                MechanismInfo::Credential credential) {
        MechanismInfo info;
        info.name = name;
        info.provider = provider;
        info.credential = credential;
        info.sendsSecretAsIs = sendsSecretAsIs(name);
        info.summary = summaryFor(name);
        catalog << info;
    };
    for (const QByteArray &name : availableMechanisms())
        add(name, MechanismInfo::Provider::BuiltIn, MechanismInfo::Credential::Password);
    for (const QByteArray &name : bearerTokenMechanisms())
        add(name, MechanismInfo::Provider::BuiltIn, MechanismInfo::Credential::BearerToken);
    for (const QByteArray &name : qcaSaslClientMechanisms()) {
        const bool kerberos = name == "GSSAPI" || name == "GSS-SPNEGO" || name.startsWith("GS2-");
        add(name, MechanismInfo::Provider::CyrusSasl,
            kerberos ? MechanismInfo::Credential::Kerberos : MechanismInfo::Credential::Password);
    }
    return catalog;
}

bool sendsSecretAsIs(QByteArrayView mechanism)
{
    static const QList<QByteArray> asIs = {"PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"};
    return containsName(asIs, mechanism);
}

QString mechanismOrderName(MechanismOrder order)
{
    return order == MechanismOrder::Smtplib ? QStringLiteral("smtplib")
                                            : QStringLiteral("postscope");
}

bool parseMechanismOrder(const QString &name, MechanismOrder *out)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"postscope")
        *out = MechanismOrder::Postscope;
    else if (lower == u"smtplib")
        *out = MechanismOrder::Smtplib;
    else
        return false;
    return true;
}

QList<QByteArray> mechanismOrder(MechanismOrder order)
{
    if (order == MechanismOrder::Smtplib) {
        // smtplib.SMTP.login(): preferred_auths = ['CRAM-MD5', 'PLAIN', 'LOGIN']
        return {"CRAM-MD5", "PLAIN", "LOGIN"};
    }
    // Strongest first: a token over a password; SCRAM proves the password
    // without sending it and makes the server prove it too; CRAM-MD5 at
    // least hides it; PLAIN and LOGIN send it as it is.
    return {"OAUTHBEARER", "XOAUTH2", "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"};
}

QList<QByteArray> autoMechanisms(CredentialKind kind, MechanismOrder order)
{
    const QList<QByteArray> usable
        = kind == CredentialKind::BearerToken ? bearerTokenMechanisms() : availableMechanisms();
    if (order == MechanismOrder::Postscope)
        return usable;
    QList<QByteArray> out;
    for (const QByteArray &name : mechanismOrder(order)) {
        if (usable.contains(name))
            out << name;
    }
    return out;
}

MechanismSelection selectMechanisms(const QList<QByteArray> &serverOffers,
                                    const QList<QByteArray> &allowed, ConnectionSecurity security,
                                    PlaintextAuth plaintext, MechanismOrder order,
                                    CredentialKind kind)
{
    MechanismSelection selection;
    if (serverOffers.isEmpty()) {
        selection.refusal = MechanismSelection::Refusal::NoAuthOffered;
        selection.reason = security == ConnectionSecurity::Plaintext
            ? tr("The server offers no AUTH mechanism (RFC 4954 3). Many servers offer AUTH "
                 "only after STARTTLS: try --security starttls.")
            : tr("The server offers no AUTH mechanism (RFC 4954 3).");
        return selection;
    }

    // The order first, then what the user allowed beyond it, in their order.
    QList<QByteArray> ranked;
    for (const QByteArray &name : mechanismOrder(order)) {
        if (containsName(allowed, name))
            ranked << name;
    }
    for (const QByteArray &name : allowed) {
        if (!containsName(ranked, name))
            ranked << name.toUpper();
    }

    QList<QByteArray> common;
    for (const QByteArray &name : std::as_const(ranked)) {
        if (containsName(serverOffers, name))
            common << name;
    }
    if (common.isEmpty()) {
        selection.refusal = MechanismSelection::Refusal::NothingInCommon;
        selection.reason = ranked.isEmpty()
            ? tr("No mechanism is allowed here for this kind of secret with the %1 order "
                 "(the server offers: %2).")
                  .arg(mechanismOrderName(order), joined(serverOffers))
            : tr("The server offers none of the mechanisms allowed here (allowed: %1; the "
                 "server offers: %2).")
                  .arg(joined(ranked), joined(serverOffers));
        return selection;
    }

    for (const QByteArray &name : std::as_const(common)) {
        // RFC 4616 6 and RFC 6750 5.3: a secret sent as it is needs a
        // protected connection; without TLS only an explicit allowance lets
        // it go.
        if (security == ConnectionSecurity::Plaintext && plaintext == PlaintextAuth::Refuse
            && sendsSecretAsIs(name))
            selection.withheld << name;
        else
            selection.candidates << name;
    }
    if (selection.candidates.isEmpty()) {
        selection.refusal = MechanismSelection::Refusal::PlaintextOnly;
        const QString secret
            = kind == CredentialKind::BearerToken ? tr("the access token") : tr("the password");
        selection.reason
            = tr("Nothing was sent: the connection is not encrypted, and %1 would cross it "
                 "readable by anyone on the way (%2 send it as it is). Use TLS (--security "
                 "starttls or tls), or allow it explicitly with --allow-plaintext-auth (in the "
                 "window: the account's \"Allow authentication without TLS\").")
                  .arg(secret, joined(selection.withheld));
    }
    return selection;
}

AuthAttempt afterAuthReply(int replyCode, bool cancelledByClient)
{
    // smtplib login(): "235 == 'Authentication successful', 503 == 'Error:
    // already authenticated'".
    if (replyCode == 235 || replyCode == 503)
        return AuthAttempt::Authenticated;
    if (cancelledByClient || replyCode == 421 || replyCode < 400 || replyCode > 599)
        return AuthAttempt::Stop;
    return AuthAttempt::TryNext;
}

} // namespace postscope::auth
