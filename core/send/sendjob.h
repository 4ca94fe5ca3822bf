#pragma once
// The one send path (ARCHITECTURE.md "Services"): a prepared message and
// the connection and login settings in; a session, the login, the message
// built again for what the server offers and judged by the lint, one
// transaction per copy (--count) and a result per recipient out. Used by
// postscope-cli send and by the window alike.

#include "send/outgoingmessage.h"
#include "session/sessionjob.h"

#include <QList>

namespace postscope::send {

struct SendReport
{
    // One per copy, in order; a copy the session never got to stays with
    // sent == false and an error.
    QList<engine::TransactionResult> transactions;
    int finished = 0; // transactions that ended (sent or not)
    int messagesSent = 0; // taken by the server for at least one recipient
    int messagesPartial = 0; // sent, but refused for some recipients
    qint64 dataBytes = 0; // octets of message data written, all copies
    // The lint's findings on the message as it was about to leave (after
    // EHLO); errors stop the send unless the request said force.
    QList<mime::LintFinding> lintFindings;
    bool linted = false;
    bool partial() const { return messagesPartial > 0; }
};

class SendJob : public session::SessionJob
{
    Q_OBJECT
public:
    // count: how many times the message goes out over this one session.
    SendJob(session::SessionOptions options, session::AuthSettings auth, PreparedMessage message,
            int count = 1, QObject *parent = nullptr);

    const PreparedMessage &message() const { return m_message; }
    int count() const { return m_count; }
    // Final after finished(). error() then also says why a copy was not sent
    // when the session itself had no error (the first such copy's reason).
    const SendReport &report() const { return m_report; }

signals:
    // The lint has judged the message (before anything of it is sent).
    void linted(const QList<postscope::mime::LintFinding> &findings);
    void transactionFinished(int index, const postscope::engine::TransactionResult &result);

protected:
    void run() override;
    void conclude() override;

private:
    bool buildAndLint();
    void record(int index, const engine::TransactionResult &result);

    PreparedMessage m_message;
    int m_count;
    SendReport m_report;
};

} // namespace postscope::send
