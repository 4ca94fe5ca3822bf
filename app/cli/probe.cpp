// postscope-cli probe: what a server offers, before and after TLS.
#include "clientoptions.h"
#include "commands.h"

#include "protocol/capabilities.h"
#include "protocol/explain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSslCertificate>

namespace postscope::cli {

using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

QJsonValue ehloJson(const protocol::Reply &reply)
{
    if (!reply.isValid())
        return QJsonValue(QJsonValue::Null);
    const protocol::Capabilities caps = protocol::Capabilities::fromEhloReply(reply);
    QJsonObject keywords;
    for (const protocol::Capabilities::Keyword &keyword : caps.keywords()) {
        QJsonArray params;
        for (const QByteArray &param : keyword.params)
            params.append(QString::fromUtf8(param));
        keywords.insert(QString::fromUtf8(keyword.name), params);
    }
    QJsonArray lines;
    for (const QByteArray &line : reply.lines)
        lines.append(QString::fromUtf8(line));
    return QJsonObject{{QStringLiteral("code"), reply.code},
                       {QStringLiteral("keywords"), keywords},
                       {QStringLiteral("lines"), lines}};
}

QJsonArray mechanismsJson(const protocol::Reply &reply)
{
    QJsonArray list;
    if (reply.isValid() && reply.code == 250) {
        for (const QByteArray &m : protocol::Capabilities::fromEhloReply(reply).authMechanisms())
            list.append(QString::fromLatin1(m));
    }
    return list;
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

void printEhlo(const QString &title, const protocol::Reply &reply)
{
    out(title + QLatin1Char('\n'));
    if (reply.code != 250) {
        out(QStringLiteral("  %1\n").arg(replySummary(reply)));
        return;
    }
    const protocol::Capabilities caps = protocol::Capabilities::fromEhloReply(reply);
    out(QStringLiteral("  %1\n").arg(QString::fromUtf8(caps.domainLine())));
    for (const protocol::Capabilities::Keyword &keyword : caps.keywords()) {
        const protocol::Explanation why = protocol::explainExtension(keyword.name);
        QString line = QStringLiteral("  %1").arg(QString::fromUtf8(keyword.line), -28);
        if (why.isKnown())
            line += QStringLiteral(" %1 (%2)").arg(why.summary, why.reference);
        out(line + QLatin1Char('\n'));
    }
}

} // namespace

int runProbe(const QStringList &args)
{
    ClientCommand command(QStringLiteral("probe"),
                          tr("Report what a server offers: banner, EHLO before and after TLS, the TLS "
                             "session and certificate chain, AUTH mechanisms; with --user, try AUTH."));
    if (const int code = command.parse(args); code >= 0)
        return code;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(tr("unexpected argument '%1'").arg(command.parser().positionalArguments().first()));

    ClientRun run(command);
    session::SmtpSession &s = run.session();
    QElapsedTimer sinceConnect;
    protocol::Reply banner;
    double bannerSeconds = -1;
    protocol::Reply ehloBefore, ehloAfter;
    bool helloPending = false;
    bool tls = false;
    session::TlsInfo tlsInfo;

    QObject::connect(&s, &session::SmtpSession::connected, &run, [&] { sinceConnect.start(); });
    QObject::connect(&s, &session::SmtpSession::commandSent, &run, [&](const protocol::Command &c) {
        helloPending = c.verb == protocol::Verb::Ehlo || c.verb == protocol::Verb::Lhlo
                       || c.verb == protocol::Verb::Helo;
    });
    QObject::connect(&s, &session::SmtpSession::replyReceived, &run, [&](const protocol::Reply &reply) {
        if (!banner.isValid()) {
            banner = reply;
            bannerSeconds = sinceConnect.isValid() ? sinceConnect.nsecsElapsed() / 1e9 : run.elapsedSeconds();
            return;
        }
        if (!helloPending)
            return;
        helloPending = false;
        // A refused EHLO followed by HELO: keep the last answer of each phase.
        if (s.isEncrypted())
            ehloAfter = reply;
        else
            ehloBefore = reply;
    });
    QObject::connect(&s, &session::SmtpSession::tlsEstablished, &run, [&](const session::TlsInfo &info) {
        tls = true;
        tlsInfo = info;
    });

    run.exec([&] { run.authenticateThen([&] { run.finish(); }); });

    const SmtpError error = run.error();
    const int exitCode = error ? SmtpError::exitCode(error.kind) : 0;
    const bool implicitTls = command.sessionOptions().security == session::Security::Tls;

    if (command.json()) {
        QJsonObject o = run.baseJson(exitCode == 0);
        QJsonArray bannerLines;
        for (const QByteArray &line : banner.lines)
            bannerLines.append(QString::fromUtf8(line));
        o.insert(QStringLiteral("banner"),
                 banner.isValid() ? QJsonValue(QJsonObject{{QStringLiteral("code"), banner.code},
                                                           {QStringLiteral("text"), QString::fromUtf8(banner.text())},
                                                           {QStringLiteral("lines"), bannerLines},
                                                           {QStringLiteral("seconds"), bannerSeconds}})
                                  : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("ehlo"), ehloJson(ehloBefore));
        QJsonValue tlsJson(QJsonValue::Null);
        if (tls) {
            QJsonArray chain;
            for (const QSslCertificate &c : std::as_const(tlsInfo.chain)) {
                chain.append(QJsonObject{
                    {QStringLiteral("subject"), c.subjectDisplayName()},
                    {QStringLiteral("issuer"), c.issuerDisplayName()},
                    {QStringLiteral("notBefore"), c.effectiveDate().toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("notAfter"), c.expiryDate().toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("sha256"), fingerprint(c)},
                });
            }
            QJsonArray errors;
            for (const QSslError &e : std::as_const(tlsInfo.errors))
                errors.append(e.errorString());
            tlsJson = QJsonObject{
                {QStringLiteral("protocol"), tlsInfo.protocol},
                {QStringLiteral("cipher"), tlsInfo.cipher},
                {QStringLiteral("peerVerified"), tlsInfo.peerVerified},
                {QStringLiteral("trustedByFingerprint"), tlsInfo.trustedByFingerprint},
                {QStringLiteral("implicit"), implicitTls},
                {QStringLiteral("verificationErrors"), errors},
                {QStringLiteral("chain"), chain},
            };
        }
        o.insert(QStringLiteral("tls"), tlsJson);
        o.insert(QStringLiteral("ehloAfterTls"), ehloJson(ehloAfter));
        o.insert(QStringLiteral("authMechanisms"),
                 QJsonObject{{QStringLiteral("beforeTls"), mechanismsJson(ehloBefore)},
                             {QStringLiteral("afterTls"), mechanismsJson(ehloAfter)}});
        o.insert(QStringLiteral("auth"), run.authJson());
        printJson(o);
        return exitCode;
    }

    out(tr("Server: %1 (security %2)\n")
            .arg(run.session().peerDescription(), session::securityName(command.sessionOptions().security)));
    if (banner.isValid())
        out(tr("Banner: %1 (after %2 s)\n").arg(replySummary(banner)).arg(bannerSeconds, 0, 'f', 3));
    if (ehloBefore.isValid())
        printEhlo(tr("Capabilities before TLS:"), ehloBefore);
    if (tls) {
        out(tr("TLS: %1, %2, certificate %3\n")
                .arg(tlsInfo.protocol, tlsInfo.cipher,
                     tlsInfo.peerVerified ? tr("verified")
                                          : tlsInfo.trustedByFingerprint ? tr("NOT verified, trusted by fingerprint")
                                                                         : tr("NOT verified")));
        for (const QSslError &e : std::as_const(tlsInfo.errors))
            out(tr("  verification error: %1\n").arg(e.errorString()));
        int i = 0;
        for (const QSslCertificate &c : std::as_const(tlsInfo.chain)) {
            out(tr("  [%1] subject: %2\n      issuer:  %3\n      valid:   %4 to %5\n      sha256:  %6\n")
                    .arg(i++)
                    .arg(c.subjectDisplayName(), c.issuerDisplayName(),
                         c.effectiveDate().toUTC().toString(Qt::ISODate),
                         c.expiryDate().toUTC().toString(Qt::ISODate), fingerprint(c)));
        }
    }
    if (ehloAfter.isValid())
        printEhlo(tr("Capabilities after TLS:"), ehloAfter);
    auto names = [](const QJsonArray &list) {
        QStringList n;
        for (const QJsonValue &v : list)
            n << v.toString();
        return n.isEmpty() ? tr("(none)") : n.join(QLatin1Char(' '));
    };
    if (!implicitTls)
        out(tr("AUTH before TLS: %1\n").arg(names(mechanismsJson(ehloBefore))));
    if (tls)
        out(tr("AUTH after TLS: %1\n").arg(names(mechanismsJson(ehloAfter))));
    const QJsonValue auth = run.authJson();
    if (auth.isObject()) {
        const QJsonObject a = auth.toObject();
        out(tr("AUTH %1 as %2: %3 %4\n")
                .arg(a.value(QStringLiteral("mechanism")).toString(), a.value(QStringLiteral("user")).toString(),
                     a.value(QStringLiteral("ok")).toBool() ? tr("succeeded") : tr("failed"),
                     a.value(QStringLiteral("text")).toString()));
    }
    if (error)
        err(tr("postscope-cli probe: %1: %2\n").arg(SmtpError::kindName(error.kind), error.message));
    return exitCode;
}

} // namespace postscope::cli
