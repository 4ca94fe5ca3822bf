#include "diagnostics/addressprobe.h"

#include "mime/messagebuilder.h"
#include "protocol/command.h"
#include "protocol/explain.h"

#include <QCoreApplication>

namespace postscope::diagnostics {

using engine::SmtpError;
using protocol::Reply;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::diagnostics", text);
}

bool hasNonAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (uchar(c) >= 0x80)
            return true;
    }
    return false;
}

} // namespace

QString methodName(AddressMethod method)
{
    switch (method) {
    case AddressMethod::Vrfy:
        return QStringLiteral("vrfy");
    case AddressMethod::Expn:
        return QStringLiteral("expn");
    case AddressMethod::Rcpt:
        return QStringLiteral("rcpt");
    }
    return {};
}

bool parseMethod(const QString &name, AddressMethod *out)
{
    for (AddressMethod m : {AddressMethod::Vrfy, AddressMethod::Expn, AddressMethod::Rcpt}) {
        if (name.compare(methodName(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Exists:
        return QStringLiteral("exists");
    case Verdict::CannotVerify:
        return QStringLiteral("cannot-verify");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Refused:
        return QStringLiteral("refused");
    case Verdict::NotSupported:
        return QStringLiteral("not-supported");
    case Verdict::TemporaryFailure:
        return QStringLiteral("temporary-failure");
    case Verdict::Unanswered:
        return QStringLiteral("unanswered");
    }
    return {};
}

Verdict classify(AddressMethod method, const Reply &reply)
{
    Q_UNUSED(method); // the codes mean the same for VRFY, EXPN and RCPT (RFC 5321 4.2.2, 3.5)
    if (!reply.isValid())
        return Verdict::Unanswered;
    const int code = reply.code;
    const protocol::EnhancedCode &enhanced = reply.enhanced;
    if (code == 252)
        return Verdict::CannotVerify;
    if (reply.klass() == 2)
        return Verdict::Exists;
    if (reply.klass() == 4)
        return Verdict::TemporaryFailure; // RFC 5321 4.2.1: transient
    if (reply.klass() != 5)
        return Verdict::Refused; // 1xx/3xx make no sense here
    // RFC 5321 4.2.4: not recognized, not implemented, parameter not
    // implemented. Postfix with disable_vrfy_command says 502 5.5.1.
    if (code == 500 || code == 502 || code == 504)
        return Verdict::NotSupported;
    if (enhanced.isValid()) {
        // RFC 3463 3.2: X.1.x is the address status. Bad mailbox (X.1.1),
        // bad system (X.1.2), moved (X.1.6), other (X.1.0) and a null MX
        // (X.1.10, RFC 7505; Exchange's "RecipientNotFound" too) say the
        // address is not there; bad syntax (X.1.3) and the rest are refusals.
        if (enhanced.subject == 1
            && (enhanced.detail == 0 || enhanced.detail == 1 || enhanced.detail == 2
                || enhanced.detail == 6 || enhanced.detail == 10))
            return Verdict::Unknown;
        return Verdict::Refused;
    }
    // Without an enhanced code: 550 mailbox unavailable, 551 user not local,
    // 553 mailbox name not allowed (RFC 5321 4.2.3) are how servers say
    // "no such user"; 552, 554, 501, 503 are refusals of another kind.
    if (code == 550 || code == 551 || code == 553)
        return Verdict::Unknown;
    return Verdict::Refused;
}

QString meaningOf(const Reply &reply)
{
    if (!reply.isValid())
        return {};
    protocol::Explanation e = protocol::explainEnhancedCode(reply.enhanced);
    if (!e.isKnown())
        e = protocol::explainReplyCode(reply.code);
    if (!e.isKnown())
        return {};
    return QStringLiteral("%1 (%2)").arg(e.summary, e.reference);
}

QString checkQuery(const QString &query, AddressMethod method)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("postscope::diagnostics", text);
    };
    if (query.contains(QLatin1Char('\r')) || query.contains(QLatin1Char('\n'))
        || query.contains(QChar(0)))
        return tr("'%1' holds a line break or NUL: refused").arg(query.left(40));
    if (query.toUtf8().size() > maxQueryBytes)
        return tr("'%1...' is too long for one command line (RFC 5321 4.5.3.1.4)")
            .arg(query.left(40));
    if (method == AddressMethod::Rcpt && mime::addressOf(query).isEmpty())
        return tr("'%1' is not an address (the RCPT method needs one)").arg(query.left(80));
    return {};
}

QString csvField(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString resultsCsv(const QList<AddressResult> &results, bool withMeaning)
{
    QString text = QStringLiteral("query,verdict,code,enhancedCode,seconds,text");
    text += withMeaning ? QStringLiteral(",meaning\r\n") : QStringLiteral("\r\n");
    for (const AddressResult &r : results) {
        const QString reply
            = r.reply.isValid() ? QString::fromUtf8(r.reply.text(true)) : r.error.message;
        QStringList fields {csvField(r.query),
                            verdictName(r.verdict),
                            r.reply.isValid() ? QString::number(r.reply.code) : QString(),
                            r.reply.enhanced.toString(),
                            r.elapsedMs >= 0 ? QString::number(r.elapsedMs / 1000.0, 'f', 3)
                                             : QString(),
                            csvField(reply)};
        if (withMeaning)
            fields << csvField(r.reply.isValid() ? meaningOf(r.reply) : QString());
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text;
}

AddressProbe::AddressProbe(session::SessionOptions options, session::AuthSettings auth,
                           AddressProbeOptions probe, const QStringList &queries, QObject *parent)
    : SessionJob(std::move(options), std::move(auth), parent)
    , m_probe(probe)
{
    m_probe.batchSize = qBound(1, m_probe.batchSize, 100);
    m_probe.batchesInFlight = qBound(1, m_probe.batchesInFlight, 16);
    m_probe.queriesInFlight = qBound(1, m_probe.queriesInFlight, 256);
    m_results.reserve(queries.size());
    m_arguments.reserve(queries.size());
    for (const QString &query : queries) {
        AddressResult r;
        r.query = query;
        m_results.append(r);
        // RCPT takes an address (RFC 5321 4.1.2 Forward-path): "Name <a@b>" is
        // checked as a@b. VRFY and EXPN take any string (RFC 5321 3.5).
        QByteArray argument = query.trimmed().toUtf8();
        if (m_probe.method == AddressMethod::Rcpt) {
            const QByteArray address = mime::addressOf(query);
            if (!address.isEmpty())
                argument = address;
        }
        m_arguments.append(argument);
    }
}

void AddressProbe::run()
{
    if (m_results.isEmpty()) {
        done();
        return;
    }
    if (m_probe.method == AddressMethod::Rcpt) {
        m_pipelined = session().engine().usesPipelining();
        feedBatches();
    } else {
        feedQueries();
    }
}

// VRFY and EXPN: each its own request (RFC 2920 3.1: they may only end a
// pipelined group, so they go one at a time); a window of them waits in the
// session's queue.
void AddressProbe::feedQueries()
{
    while (!m_stopped && m_inFlight < m_probe.queriesInFlight && m_next < m_results.size()) {
        const int index = m_next++;
        ++m_inFlight;
        auto answered = [this, index](const session::RequestResult &r) { queryFinished(index, r); };
        if (m_probe.method == AddressMethod::Expn)
            session().expn(m_arguments.at(index), this, answered);
        else
            session().vrfy(m_arguments.at(index), this, answered);
    }
    maybeDone();
}

void AddressProbe::queryFinished(int index, const session::RequestResult &result)
{
    --m_inFlight;
    answer(index, result.reply, result.elapsedMs, result.error);
    if (result.error && result.error.kind != SmtpError::Kind::Usage) {
        m_stopped = true; // the connection is gone: the rest stay unanswered
    }
    feedQueries();
}

// The RCPT method: MAIL FROM, up to batchSize RCPT TO, RSET, per batch.
void AddressProbe::feedBatches()
{
    while (!m_stopped && m_inFlight < m_probe.batchesInFlight && m_next < m_results.size()) {
        engine::Envelope envelope;
        envelope.sender = m_probe.sender;
        envelope.smtpUtf8 = hasNonAscii(m_probe.sender);
        QList<int> indexes; // the queries in this batch, in RCPT order
        // A UTF-8 address needs SMTPUTF8 on MAIL (RFC 6531 3.4), which a
        // server may not offer: such addresses go in batches of their own,
        // so that the others are still checked.
        bool international = false;
        while (m_next < m_results.size() && envelope.recipients.size() < m_probe.batchSize) {
            const int index = m_next;
            const QByteArray &address = m_arguments.at(index);
            // An address that cannot be a command argument would sink its
            // whole batch: answered here, never sent.
            const protocol::Command rcpt = protocol::commands::rcpt(address, {});
            if (!rcpt.isValid()) {
                ++m_next;
                answer(index, {}, -1, SmtpError::make(SmtpError::Kind::Usage, rcpt.error));
                m_results[index].verdict = Verdict::Refused;
                continue;
            }
            if (!envelope.recipients.isEmpty() && hasNonAscii(address) != international)
                break;
            ++m_next;
            international = hasNonAscii(address);
            envelope.recipients.append(engine::Recipient {address, {}});
            indexes.append(index);
        }
        envelope.smtpUtf8 = envelope.smtpUtf8 || international;
        if (envelope.recipients.isEmpty())
            continue;
        ++m_inFlight;
        session().checkRecipients(
            envelope, this,
            [this, indexes](const engine::TransactionResult &r) { batchFinished(indexes, r); });
    }
    maybeDone();
}

void AddressProbe::batchFinished(const QList<int> &indexes, const engine::TransactionResult &result)
{
    --m_inFlight;
    // Behind a refused MAIL the RCPT answers (503, bad sequence) say
    // nothing about the addresses: those stay unanswered, with the reason.
    const bool senderRefused = result.error.kind == SmtpError::Kind::SenderRefused;
    for (qsizetype i = 0; i < indexes.size() && i < result.recipients.size(); ++i) {
        const engine::RecipientResult &r = result.recipients.at(i);
        const int at = indexes.at(i);
        if (senderRefused || !r.rcptReply.isValid()) {
            answer(at, {}, -1, result.error);
            // Refused before anything was sent, e.g. SMTPUTF8 needed and not
            // offered (RFC 6531 3.4): the server cannot take such an address.
            if (result.error.kind == SmtpError::Kind::NotSupported)
                m_results[at].verdict = Verdict::NotSupported;
            continue;
        }
        answer(at, r.rcptReply, r.elapsedMs);
    }
    switch (result.error.kind) {
    case SmtpError::Kind::None:
    case SmtpError::Kind::NotSupported:
    case SmtpError::Kind::Usage:
        break; // this batch could not go out; the next ones may
    case SmtpError::Kind::SenderRefused:
        // Every batch would meet the same refusal: stop here, say why.
        m_stopped = true;
        fail(result.error);
        return;
    default:
        m_stopped = true; // the connection is gone
        break;
    }
    feedBatches();
}

void AddressProbe::answer(int index, const Reply &reply, qint64 elapsedMs, const SmtpError &error)
{
    AddressResult &r = m_results[index];
    r.reply = reply;
    r.elapsedMs = elapsedMs;
    r.error = error;
    r.verdict = classify(m_probe.method, reply);
    if (reply.isValid())
        ++m_answered;
    emit resultReady(index);
}

void AddressProbe::maybeDone()
{
    if (m_inFlight == 0 && (m_stopped || m_next >= m_results.size()))
        done();
}

void AddressProbe::conclude()
{
    if (error())
        return;
    if (m_answered < m_results.size()) {
        // Was anything left unsent because the session ended? Then say so;
        // answers refused before sending (a bad address) are answers too.
        for (const AddressResult &r : std::as_const(m_results)) {
            if (!r.reply.isValid() && !r.error) {
                setError(
                    SmtpError::make(SmtpError::Kind::Disconnected,
                                    tr("The session ended before every address was checked.")));
                return;
            }
        }
    }
}

} // namespace postscope::diagnostics
