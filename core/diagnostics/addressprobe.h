#pragma once
// Checks a list of addresses against a server (ARCHITECTURE.md "Services"):
// by VRFY, by EXPN, or by the RCPT method that administrators use where VRFY
// is switched off (MAIL FROM, one RCPT TO per address, RSET; never DATA, so
// nothing is delivered). The RCPT method goes in batches of at most
// batchSize recipients (RFC 5321 4.5.3.1.8: every server takes 100), each
// one MAIL/RCPT.../RSET group, pipelined when the server offers PIPELINING
// (RFC 2920) with at most batchesInFlight groups on the wire: a list of
// 100,000 addresses costs a few hundred round trips and bounded memory on
// both sides. Each answer is classified.

#include "session/sessionjob.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace postscope::diagnostics {

enum class AddressMethod { Vrfy, Expn, Rcpt };
QString methodName(AddressMethod method); // "vrfy", "expn", "rcpt"
bool parseMethod(const QString &name, AddressMethod *out);

// What an answer says about an address. The names are stable (JSON, CSV).
enum class Verdict {
    Exists, // 250/251: the server knows it (EXPN: the list expanded)
    CannotVerify, // 252: "cannot VRFY user, but will accept message" (RFC 5321 3.5.3)
    Unknown, // 550/551/553, or an enhanced X.1.x address status: no such mailbox
    Refused, // refused for another reason: policy (X.7.x), syntax, storage
    NotSupported, // 500/502/504: the command is not implemented or switched off
    TemporaryFailure, // 4xx: try again later (greylisting, 450 4.1.1 while verifying)
    Unanswered, // no answer: the session ended first, or the address was not sent
};
QString verdictName(Verdict verdict); // "exists", "cannot-verify", "unknown", ...

// The classification table (pure): one reply to VRFY, EXPN or RCPT.
Verdict classify(AddressMethod method, const protocol::Reply &reply);
// What the reply means, from protocol/explain: the enhanced code's summary
// when known, else the reply code's, with the RFC it comes from.
QString meaningOf(const protocol::Reply &reply);

// Bounds no input can stretch (postscope-cli verify and the window's
// address probe): a list of a million addresses is the most one run takes.
constexpr qsizetype maxAddressQueries = 1000000;
constexpr qsizetype maxQueryBytes = 500; // RFC 5321 4.5.3.1.4: a command line is 512 octets
// Why a query cannot be sent (a line break or NUL, too long, RCPT without
// an address), one sentence; empty when it can. The front ends word where
// it came from (a file's line, a table row).
QString checkQuery(const QString &query, AddressMethod method);

struct AddressResult
{
    QString query; // as given
    Verdict verdict = Verdict::Unanswered;
    protocol::Reply reply; // the server's answer (invalid when none)
    qint64 elapsedMs = -1; // from the command to its answer
    engine::SmtpError error; // why there was no answer (or why it was not sent)
};

struct AddressProbeOptions
{
    AddressMethod method = AddressMethod::Vrfy;
    QByteArray sender; // the RCPT method's MAIL FROM; empty: the null path "<>"
    int batchSize = 100; // RCPT: recipients per MAIL ... RSET group (1..100)
    int batchesInFlight = 2; // RCPT: groups written before the earlier ones are answered
    int queriesInFlight = 32; // VRFY/EXPN: requests handed to the session at once
};

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(QString text);
// The results as CSV (RFC 4180, CRLF line ends): query, verdict, code,
// enhancedCode, seconds, text (the server's words, or why there were none);
// withMeaning adds a last column "meaning" (meaningOf()).
QString resultsCsv(const QList<AddressResult> &results, bool withMeaning = false);

class AddressProbe : public session::SessionJob
{
    Q_OBJECT
public:
    AddressProbe(session::SessionOptions options, session::AuthSettings auth,
                 AddressProbeOptions probe, const QStringList &queries, QObject *parent = nullptr);

    const AddressProbeOptions &probeOptions() const { return m_probe; }
    // One per query, in order; final after finished().
    const QList<AddressResult> &results() const { return m_results; }
    int answered() const { return m_answered; }
    // The RCPT method went pipelined (the server offers PIPELINING).
    bool pipelined() const { return m_pipelined; }

signals:
    void resultReady(int index);

protected:
    void run() override;
    void conclude() override;

private:
    void feedQueries();
    void feedBatches();
    void queryFinished(int index, const session::RequestResult &result);
    void batchFinished(const QList<int> &indexes, const engine::TransactionResult &result);
    void answer(int index, const protocol::Reply &reply, qint64 elapsedMs,
                const engine::SmtpError &error = {});
    void maybeDone();

    AddressProbeOptions m_probe;
    QList<AddressResult> m_results;
    QList<QByteArray> m_arguments; // what goes on the wire per query
    int m_next = 0; // the next query to hand to the session
    int m_inFlight = 0; // requests (VRFY/EXPN) or batches (RCPT) under way
    int m_answered = 0;
    bool m_pipelined = false;
    bool m_stopped = false;
};

} // namespace postscope::diagnostics
