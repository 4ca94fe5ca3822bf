#include "diagnostics/serverprobe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QSslCertificate>

namespace postscope::diagnostics {

using Severity = Finding::Severity;
using protocol::Capabilities;
using protocol::Reply;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("postscope::diagnostics", text, disambiguation, n);
}

Capabilities capabilitiesOf(const Reply &reply)
{
    return reply.isValid() && reply.code == 250 ? Capabilities::fromEhloReply(reply)
                                                : Capabilities();
}

QJsonValue seconds(qint64 ms)
{
    return ms >= 0 ? QJsonValue(ms / 1000.0) : QJsonValue(QJsonValue::Null);
}

QJsonArray linesJson(const Reply &reply)
{
    QJsonArray lines;
    for (const QByteArray &line : reply.lines)
        lines.append(QString::fromUtf8(line));
    return lines;
}

QJsonValue ehloJson(const Reply &reply)
{
    if (!reply.isValid())
        return QJsonValue(QJsonValue::Null);
    QJsonObject keywords;
    const Capabilities caps = capabilitiesOf(reply); // keywords() refers into it
    for (const Capabilities::Keyword &keyword : caps.keywords()) {
        QJsonArray params;
        for (const QByteArray &param : keyword.params)
            params.append(QString::fromUtf8(param));
        keywords.insert(QString::fromUtf8(keyword.name), params);
    }
    return QJsonObject {{QStringLiteral("code"), reply.code},
                        {QStringLiteral("keywords"), keywords},
                        {QStringLiteral("lines"), linesJson(reply)}};
}

QJsonArray mechanismsJson(const Reply &reply)
{
    QJsonArray list;
    for (const QByteArray &m : capabilitiesOf(reply).authMechanisms())
        list.append(QString::fromLatin1(m));
    return list;
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

// RFC 5321 4.3.1 / 4.1.3: the greeting starts with the server's domain or an
// address literal.
QString greetingName(const Reply &greeting)
{
    if (!greeting.isValid() || greeting.lines.isEmpty())
        return {};
    const QByteArray first = greeting.lines.first().trimmed();
    const qsizetype space = first.indexOf(' ');
    return QString::fromUtf8(space < 0 ? first : first.left(space));
}

// RFC 6125 6.4.3: a wildcard stands for exactly the left-most label.
bool nameMatches(const QString &pattern, const QString &name)
{
    if (pattern.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    if (!pattern.startsWith(QLatin1String("*.")))
        return false;
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot > 0 && name.mid(dot).compare(pattern.mid(1), Qt::CaseInsensitive) == 0;
}

QStringList certificateNames(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName); // RFC 6125 6.4.4
    return names;
}

bool certificateCovers(const QSslCertificate &certificate, const QString &name)
{
    QString host = name;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2); // [192.0.2.1] or [IPv6:...]
        if (host.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            host = host.mid(5);
        const QHostAddress address(host);
        for (const QString &ip :
             certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry)) {
            if (QHostAddress(ip) == address)
                return true;
        }
        return false;
    }
    for (const QString &pattern : certificateNames(certificate)) {
        if (nameMatches(pattern, host))
            return true;
    }
    return false;
}

void add(QList<Finding> *list, Severity severity, const QString &id, const QString &message,
         const QString &detail = {})
{
    list->append(Finding {severity, id, message, detail});
}

QString joined(const QList<QByteArray> &names)
{
    QStringList out;
    for (const QByteArray &n : names)
        out << QString::fromLatin1(n);
    return out.join(QLatin1Char(' '));
}

// --- the findings, one group per concern

void tlsOfferFindings(const ProbeReport &r, QList<Finding> *out)
{
    if (r.implicitTls() || !r.socketPath.isEmpty() || !r.opening.hello.isValid())
        return;
    const Capabilities before = r.capabilitiesBeforeTls();
    if (!before.startTls()) {
        add(out, Severity::Error, QStringLiteral("starttls-not-offered"),
            tr("STARTTLS is not offered: mail to this server travels in plaintext (RFC 3207)."));
    }
    QList<QByteArray> plaintext;
    for (const QByteArray &m : before.authMechanisms()) {
        if (m == "PLAIN" || m == "LOGIN")
            plaintext << m;
    }
    if (!plaintext.isEmpty()) {
        add(out, Severity::Warning, QStringLiteral("auth-plaintext-before-tls"),
            tr("AUTH %1 is offered before TLS: a client may send its password in the clear "
               "(RFC 4954 4; RFC 8314 advises TLS first).")
                .arg(joined(plaintext)),
            tr("AUTH before TLS: %1").arg(joined(before.authMechanisms())));
    }
    if (r.tls && r.capabilitiesAfterTls().startTls()) {
        add(out, Severity::Warning, QStringLiteral("starttls-offered-after-tls"),
            tr("STARTTLS is offered again after TLS started (RFC 3207 4.2 forbids it)."));
    }
}

void tlsSessionFindings(const ProbeReport &r, QList<Finding> *out)
{
    if (r.error.kind == engine::SmtpError::Kind::TlsFailed) {
        add(out, Severity::Error, QStringLiteral("tls-failed"), tr("TLS could not be used."),
            r.error.message);
    }
    if (!r.tls)
        return;
    if (!r.tlsInfo.peerVerified) {
        QStringList errors;
        for (const QSslError &e : r.tlsInfo.errors)
            errors << e.errorString();
        add(out, Severity::Warning, QStringLiteral("tls-not-verified"),
            r.tlsInfo.trustedByFingerprint
                ? tr("The certificate was not verified; it was accepted only because its "
                     "SHA-256 fingerprint is the trusted one.")
                : tr("The certificate was not verified."),
            errors.join(QStringLiteral("; ")));
    }
    if (r.tlsInfo.protocol == QLatin1String("TLSv1.0")
        || r.tlsInfo.protocol == QLatin1String("TLSv1.1")) {
        add(out, Severity::Warning, QStringLiteral("tls-old-protocol"),
            tr("%1 is outdated (RFC 8996); TLS 1.2 or 1.3 is expected.").arg(r.tlsInfo.protocol));
    }
}

void certificateFindings(const ProbeReport &r, const QDateTime &now, QList<Finding> *out)
{
    if (!r.tls || r.tlsInfo.chain.isEmpty())
        return;
    const QSslCertificate &leaf = r.tlsInfo.chain.first();
    const QDateTime notAfter = leaf.expiryDate().toUTC();
    const QDateTime notBefore = leaf.effectiveDate().toUTC();
    const QString until = notAfter.toString(Qt::ISODate);
    if (now > notAfter) {
        add(out, Severity::Error, QStringLiteral("certificate-expired"),
            tr("The server's certificate has expired."), tr("valid until %1").arg(until));
    } else if (now < notBefore) {
        add(out, Severity::Error, QStringLiteral("certificate-not-yet-valid"),
            tr("The server's certificate is not valid yet."),
            tr("valid from %1").arg(notBefore.toString(Qt::ISODate)));
    } else if (now.daysTo(notAfter) <= certificateWarningDays) {
        add(out, Severity::Warning, QStringLiteral("certificate-expires-soon"),
            tr("The server's certificate expires in %n day(s).", nullptr,
               int(now.daysTo(notAfter))),
            tr("valid until %1").arg(until));
    }
    const QString name = greetingName(r.opening.greeting);
    if (!name.isEmpty() && !certificateCovers(leaf, name)) {
        add(out, Severity::Warning, QStringLiteral("greeting-name-mismatch"),
            tr("The host name in the greeting (%1) is not one of the certificate's names.")
                .arg(name),
            tr("certificate names: %1").arg(certificateNames(leaf).join(QStringLiteral(", "))));
    }
}

void extensionFindings(const ProbeReport &r, QList<Finding> *out)
{
    const Reply &hello = r.tls ? r.opening.helloAfterTls : r.opening.hello;
    if (!hello.isValid() || hello.code != 250)
        return;
    const Capabilities caps = r.effectiveCapabilities();
    if (caps.keywords().isEmpty()) {
        add(out, Severity::Warning, QStringLiteral("no-esmtp-extensions"),
            tr("The server announced no ESMTP extension (or answered only HELO)."));
        return;
    }
    if (caps.sizeLimit() < 0) {
        add(out, Severity::Info, QStringLiteral("no-size"),
            tr("SIZE is not offered: a client learns of a size limit only after sending the whole "
               "message (RFC 1870)."));
    }
    if (!caps.pipelining()) {
        add(out, Severity::Info, QStringLiteral("no-pipelining"),
            tr("PIPELINING is not offered: every command costs a round trip (RFC 2920)."));
    }
    if (!caps.smtpUtf8()) {
        add(out, Severity::Info, QStringLiteral("no-smtputf8"),
            tr("SMTPUTF8 is not offered: addresses with non-ASCII characters cannot be used "
               "(RFC 6531)."));
    }
    if (caps.authMechanisms().isEmpty()) {
        add(out, Severity::Info, QStringLiteral("auth-not-offered"),
            tr("AUTH is not offered%1: fine for a server that takes mail for its own domains, "
               "not for submission (RFC 6409).")
                .arg(r.tls ? tr(" after TLS") : QString()));
    }
}

// probe --tls-versions: TLS 1.0 and 1.1 are deprecated (RFC 8996), TLS 1.2
// is the least a server must offer (RFC 9325 3.1.1).
void tlsVersionFindings(const ProbeReport &r, QList<Finding> *out)
{
    using Outcome = TlsVersionResult::Outcome;
    bool tested = false;
    bool modern = false;
    QStringList old;
    for (const TlsVersionResult &v : r.tlsVersions) {
        if (v.outcome == Outcome::Accepted || v.outcome == Outcome::Refused)
            tested = true;
        if (v.outcome != Outcome::Accepted)
            continue;
        if (v.version == session::TlsVersion::Tls1_0 || v.version == session::TlsVersion::Tls1_1)
            old << QStringLiteral("TLS ") + session::tlsVersionName(v.version);
        else
            modern = true;
    }
    if (!old.isEmpty()) {
        add(out, Severity::Warning, QStringLiteral("tls-old-version-accepted"),
            tr("The server still accepts %1, deprecated by RFC 8996.")
                .arg(old.join(QStringLiteral(", "))));
    }
    if (tested && !modern) {
        add(out, Severity::Error, QStringLiteral("tls-no-modern-version"),
            tr("The server accepts neither TLS 1.2 nor TLS 1.3 (RFC 9325 3.1.1)."));
    }
}

void loginFindings(const ProbeReport &r, QList<Finding> *out)
{
    if (r.login.tried && !r.login.succeeded()) {
        add(out, Severity::Error, QStringLiteral("login-failed"), tr("Logging in failed."),
            r.login.error.message);
    }
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

Capabilities ProbeReport::capabilitiesBeforeTls() const
{
    return capabilitiesOf(opening.hello);
}

Capabilities ProbeReport::capabilitiesAfterTls() const
{
    return capabilitiesOf(opening.helloAfterTls);
}

Capabilities ProbeReport::effectiveCapabilities() const
{
    return tls ? capabilitiesAfterTls() : capabilitiesBeforeTls();
}

const Finding *ProbeReport::finding(const QString &id) const
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QList<Finding> findingsFor(const ProbeReport &report, const QDateTime &now)
{
    QList<Finding> out;
    tlsOfferFindings(report, &out);
    tlsSessionFindings(report, &out);
    certificateFindings(report, now.toUTC(), &out);
    extensionFindings(report, &out);
    loginFindings(report, &out);
    tlsVersionFindings(report, &out);
    // Errors first, then warnings, then notes; stable within each.
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity);
    });
    return out;
}

QJsonObject ProbeReport::toJson() const
{
    QJsonObject o;
    const Reply &banner = opening.greeting;
    o.insert(QStringLiteral("banner"),
             banner.isValid() ? QJsonValue(QJsonObject {
                 {QStringLiteral("code"), banner.code},
                 {QStringLiteral("text"), QString::fromUtf8(banner.text())},
                 {QStringLiteral("lines"), linesJson(banner)},
                 {QStringLiteral("seconds"), seconds(opening.greetingMs)},
             })
                              : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("ehlo"), ehloJson(opening.hello));
    QJsonValue tlsJson(QJsonValue::Null);
    if (tls) {
        QJsonArray chain;
        for (const QSslCertificate &c : tlsInfo.chain) {
            chain.append(QJsonObject {
                {QStringLiteral("subject"), c.subjectDisplayName()},
                {QStringLiteral("issuer"), c.issuerDisplayName()},
                {QStringLiteral("notBefore"), c.effectiveDate().toUTC().toString(Qt::ISODate)},
                {QStringLiteral("notAfter"), c.expiryDate().toUTC().toString(Qt::ISODate)},
                {QStringLiteral("sha256"), fingerprint(c)},
            });
        }
        QJsonArray errors;
        for (const QSslError &e : tlsInfo.errors)
            errors.append(e.errorString());
        tlsJson = QJsonObject {
            {QStringLiteral("protocol"), tlsInfo.protocol},
            {QStringLiteral("cipher"), tlsInfo.cipher},
            {QStringLiteral("peerVerified"), tlsInfo.peerVerified},
            {QStringLiteral("trustedByFingerprint"), tlsInfo.trustedByFingerprint},
            {QStringLiteral("implicit"), implicitTls()},
            {QStringLiteral("verificationErrors"), errors},
            {QStringLiteral("chain"), chain},
        };
    }
    if (tls) {
        // The detail of tlsreport.h next to the first fields (CLI.md):
        // named errors, the whole chain, the name verified and sent as SNI.
        QJsonObject t = tlsJson.toObject();
        const QJsonObject detail = tlsReport.toJson();
        for (auto it = detail.begin(); it != detail.end(); ++it) {
            if (!t.contains(it.key()))
                t.insert(it.key(), it.value());
        }
        // "chain" keeps its first fields and gains the rest of each certificate's.
        QJsonArray chain;
        const QJsonArray oldChain = t.value(QStringLiteral("chain")).toArray();
        const QJsonArray newChain = detail.value(QStringLiteral("chain")).toArray();
        for (qsizetype i = 0; i < oldChain.size(); ++i) {
            QJsonObject c = oldChain.at(i).toObject();
            const QJsonObject more = newChain.at(i).toObject();
            for (auto it = more.begin(); it != more.end(); ++it) {
                if (!c.contains(it.key()))
                    c.insert(it.key(), it.value());
            }
            // "subject" and "issuer" keep Qt's display names; the full
            // distinguished names come as new fields.
            c.insert(QStringLiteral("subjectDn"), more.value(QStringLiteral("subject")));
            c.insert(QStringLiteral("issuerDn"), more.value(QStringLiteral("issuer")));
            chain.append(c);
        }
        t.insert(QStringLiteral("chain"), chain);
        tlsJson = t;
    }
    o.insert(QStringLiteral("tls"), tlsJson);
    // A handshake that did not come up: what it showed (chain, named errors,
    // what changed since a certificate was trusted); null otherwise.
    o.insert(QStringLiteral("tlsFailure"),
             !tls && tlsReport.verification != session::TlsReport::Verification::NotAttempted
                 ? QJsonValue(tlsReport.toJson())
                 : QJsonValue(QJsonValue::Null));
    if (!tlsVersions.isEmpty()) {
        QJsonArray versions;
        for (const TlsVersionResult &v : tlsVersions)
            versions.append(v.toJson());
        o.insert(QStringLiteral("tlsVersions"), versions);
    } else {
        o.insert(QStringLiteral("tlsVersions"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("ehloAfterTls"), ehloJson(opening.helloAfterTls));
    o.insert(QStringLiteral("authMechanisms"),
             QJsonObject {{QStringLiteral("beforeTls"), mechanismsJson(opening.hello)},
                          {QStringLiteral("afterTls"), mechanismsJson(opening.helloAfterTls)}});
    QJsonArray findingsJson;
    for (const Finding &f : findings) {
        findingsJson.append(QJsonObject {
            {QStringLiteral("severity"), severityName(f.severity)},
            {QStringLiteral("id"), f.id},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("detail"), f.detail},
        });
    }
    o.insert(QStringLiteral("findings"), findingsJson);
    o.insert(QStringLiteral("timings"),
             QJsonObject {
                 {QStringLiteral("lookup"), seconds(opening.lookupMs)},
                 {QStringLiteral("connect"), seconds(opening.connectMs)},
                 {QStringLiteral("greeting"), seconds(opening.greetingMs)},
                 {QStringLiteral("ehlo"), seconds(opening.helloMs)},
                 {QStringLiteral("starttls"), seconds(opening.startTlsMs)},
                 {QStringLiteral("tlsHandshake"), seconds(opening.handshakeMs)},
                 {QStringLiteral("ehloAfterTls"), seconds(opening.helloAfterTlsMs)},
             });
    QJsonArray failed;
    for (const QString &f : opening.failedAddresses)
        failed.append(f);
    o.insert(QStringLiteral("connection"),
             QJsonObject {
                 {QStringLiteral("remote"),
                  opening.remoteAddress.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(opening.remoteAddress)},
                 {QStringLiteral("local"),
                  opening.localAddress.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(opening.localAddress)},
                 {QStringLiteral("failedAddresses"), failed},
             });
    return o;
}

ServerProbe::ServerProbe(session::SessionOptions options, session::AuthSettings auth,
                         QObject *parent)
    : SessionJob(std::move(options), std::move(auth), parent)
{
    connect(&session(), &session::SmtpSession::tlsEstablished, this,
            [this](const session::TlsInfo &info) {
                m_report.tls = true;
                m_report.tlsInfo = info;
            });
}

void ServerProbe::run()
{
    // The opening sequence (and the login, when asked for) did the work.
    done();
}

QString TlsVersionResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::NotTestable:
        return QStringLiteral("not-testable");
    case Outcome::NotReached:
        return QStringLiteral("not-reached");
    }
    return {};
}

QJsonObject TlsVersionResult::toJson() const
{
    return QJsonObject {
        {QStringLiteral("version"), session::tlsVersionName(version)},
        {QStringLiteral("result"), outcomeName()},
        {QStringLiteral("cipher"),
         cipher.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cipher)},
        {QStringLiteral("detail"), detail},
    };
}

void ServerProbe::conclude()
{
    const session::SessionOptions &o = session().options();
    m_report.host = o.host;
    m_report.port = o.effectivePort();
    m_report.socketPath = o.socketPath;
    m_report.security = o.security;
    m_report.opening = session().openingReport();
    m_report.login = login();
    m_report.error = error();
    // A handshake refused for its certificate: the chain that was refused
    // and why (report.tls stays false), for a view to show and trust.
    if (!m_report.tls)
        m_report.tlsInfo = session().tlsInfo();
    // The handshake's detail, also when it failed (the session keeps it).
    m_report.tlsReport
        = session::TlsReport::fromInfo(session().tlsInfo(), QDateTime::currentDateTimeUtc());
    m_report.findings = findingsFor(m_report, QDateTime::currentDateTimeUtc());
}

} // namespace postscope::diagnostics
