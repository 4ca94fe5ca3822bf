// postscope-cli probe: what a server offers, before and after TLS, with
// findings (core's ServerProbe, diagnostics/serverprobe.h); this file words
// the report as text, or prints it as JSON.
#include "clientoptions.h"
#include "commands.h"

#include "diagnostics/serverprobe.h"
#include "diagnostics/tlsversionprobe.h"
#include "protocol/capabilities.h"
#include "protocol/explain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QSslCertificate>

namespace postscope::cli {

using diagnostics::Finding;
using diagnostics::ProbeReport;
using engine::SmtpError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::cli", text);
}

QString mechanisms(const protocol::Capabilities &caps)
{
    QStringList names;
    for (const QByteArray &m : caps.authMechanisms())
        names << QString::fromLatin1(m);
    return names.isEmpty() ? tr("(none)") : names.join(QLatin1Char(' '));
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

void printTls(const ProbeReport &report)
{
    const session::TlsInfo &tls = report.tlsInfo;
    out(tr("TLS: %1, %2, certificate %3\n")
            .arg(tls.protocol, tls.cipher,
                 tls.peerVerified               ? tr("verified")
                     : tls.trustedByFingerprint ? tr("NOT verified, trusted by fingerprint")
                                                : tr("NOT verified")));
    // The whole chain and each error by name (session/tlsreport.h).
    for (const QString &line : report.tlsReport.toText(2))
        out(line + QLatin1Char('\n'));
}

// A handshake that did not come up still shows what it saw.
void printTlsFailure(const ProbeReport &report)
{
    out(tr("TLS handshake failed:\n"));
    for (const QString &line : report.tlsReport.toText(2))
        out(line + QLatin1Char('\n'));
}

void printTlsVersions(const QList<diagnostics::TlsVersionResult> &versions)
{
    if (versions.isEmpty())
        return;
    out(tr("TLS versions (each on its own connection):\n"));
    for (const diagnostics::TlsVersionResult &v : versions) {
        QString line = QStringLiteral("  TLS %1  %2")
                           .arg(session::tlsVersionName(v.version))
                           .arg(v.outcomeName().toUpper(), -12);
        if (!v.cipher.isEmpty())
            line += QStringLiteral("  ") + v.cipher;
        else if (!v.detail.isEmpty())
            line += QStringLiteral("  ") + v.detail;
        out(line + QLatin1Char('\n'));
    }
}

QString ms(qint64 value)
{
    return value >= 0 ? QStringLiteral("%1 ms").arg(value) : QStringLiteral("-");
}

void printTimings(const session::OpeningReport &o)
{
    out(tr("Timings: lookup %1, connect %2, greeting %3, EHLO %4, STARTTLS %5, TLS handshake %6, "
           "EHLO after TLS %7\n")
            .arg(ms(o.lookupMs), ms(o.connectMs), ms(o.greetingMs), ms(o.helloMs), ms(o.startTlsMs),
                 ms(o.handshakeMs), ms(o.helloAfterTlsMs)));
}

void printFindings(const QList<Finding> &findings)
{
    if (findings.isEmpty()) {
        out(tr("Findings: none\n"));
        return;
    }
    out(tr("Findings:\n"));
    for (const Finding &f : findings) {
        out(QStringLiteral("  %1  %2  %3\n")
                .arg(diagnostics::severityName(f.severity).toUpper(), -7)
                .arg(f.id, -26)
                .arg(f.message));
        if (!f.detail.isEmpty())
            out(QStringLiteral("           %1\n").arg(f.detail));
    }
}

void printText(const ClientRun &run, const ProbeReport &report)
{
    const session::OpeningReport &o = report.opening;
    out(tr("Server: %1 (security %2)\n")
            .arg(o.remoteAddress.isEmpty() ? report.host : o.remoteAddress,
                 session::securityName(report.security)));
    if (!o.localAddress.isEmpty())
        out(tr("From: %1\n").arg(o.localAddress));
    for (const QString &failed : o.failedAddresses)
        out(tr("Not reached: %1\n").arg(failed));
    if (o.greeting.isValid())
        out(tr("Banner: %1 (after %2 s)\n")
                .arg(replySummary(o.greeting))
                .arg(o.greetingMs / 1000.0, 0, 'f', 3));
    if (o.hello.isValid())
        printEhlo(tr("Capabilities before TLS:"), o.hello);
    if (report.tls)
        printTls(report);
    else if (report.tlsReport.verification != session::TlsReport::Verification::NotAttempted)
        printTlsFailure(report);
    if (o.helloAfterTls.isValid())
        printEhlo(tr("Capabilities after TLS:"), o.helloAfterTls);
    if (!report.implicitTls())
        out(tr("AUTH before TLS: %1\n").arg(mechanisms(report.capabilitiesBeforeTls())));
    if (report.tls)
        out(tr("AUTH after TLS: %1\n").arg(mechanisms(report.capabilitiesAfterTls())));
    const QJsonValue auth = run.authJson();
    if (auth.isObject()) {
        const QJsonObject a = auth.toObject();
        out(tr("AUTH %1 as %2: %3 %4\n")
                .arg(a.value(QStringLiteral("mechanism")).toString(),
                     a.value(QStringLiteral("user")).toString(),
                     a.value(QStringLiteral("ok")).toBool() ? tr("succeeded") : tr("failed"),
                     a.value(QStringLiteral("text")).toString()));
    }
    printTlsVersions(report.tlsVersions);
    printTimings(o);
    printFindings(report.findings);
}

// probe --tls-versions: one connection per version, after the probe.
QList<diagnostics::TlsVersionResult> probeTlsVersions(const ClientCommand &command)
{
    diagnostics::TlsVersionProbe versions(command.sessionOptions());
    QEventLoop loop;
    QObject::connect(&versions, &diagnostics::TlsVersionProbe::finished, &loop, &QEventLoop::quit);
    versions.start();
    if (!versions.isFinished())
        loop.exec();
    return versions.results();
}

// The report as one JSON object: the common fields, the report's, the login.
void printReportJson(const ClientRun &run, const ProbeReport &report, int exitCode)
{
    QJsonObject o = run.baseJson(exitCode == 0);
    const QJsonObject fields = report.toJson();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("auth"), run.authJson());
    printJson(o);
}

} // namespace

int runProbeAs(const QString &name, const QStringList &args)
{
    ClientCommand command(
        name,
        tr("Report what a server offers: banner, EHLO before and after TLS, the TLS "
           "session and certificate chain, AUTH mechanisms, the time of each step and "
           "findings (warnings and errors); with --user, try AUTH."));
    command.parser().addOption(
        {QStringLiteral("tls-versions"),
         tr("Also try TLS 1.0, 1.1, 1.2 and 1.3, each on its own connection, and report which "
            "the server accepts (1.0 and 1.1 offered at OpenSSL security level 0 for that "
            "connection only).")});
    if (const int code = command.parse(args); code >= 0)
        return code;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(tr("unexpected argument '%1'").arg(command.parser().positionalArguments().first()));

    const bool versions = command.parser().isSet(QStringLiteral("tls-versions"));
    if (versions && command.sessionOptions().security == session::Security::None)
        return command.usageError(tr("--tls-versions needs TLS: --security starttls, tls or "
                                     "opportunistic"));

    diagnostics::ServerProbe probe(command.sessionOptions(), command.authSettings());
    ClientRun run(command, probe);
    run.exec();

    ProbeReport report = probe.report();
    if (versions) {
        report.tlsVersions = probeTlsVersions(command);
        report.findings = diagnostics::findingsFor(report, QDateTime::currentDateTimeUtc());
    }
    const SmtpError error = run.error();
    const int exitCode = error ? SmtpError::exitCode(error.kind) : 0;
    if (command.json()) {
        printReportJson(run, report, exitCode);
        return exitCode;
    }
    printText(run, report);
    reportError(name, error);
    return exitCode;
}

int runProbe(const QStringList &args)
{
    return runProbeAs(QStringLiteral("probe"), args);
}

} // namespace postscope::cli
