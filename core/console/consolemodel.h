#pragma once
// The SMTP console's logic (issue 11), for the terminal (`postscope-cli
// console`, `lesson run`) and the window alike: where the conversation
// stands, which commands are valid now, a warning before a command the
// server will refuse (it is still sent if the learner insists: seeing the
// 503 is part of learning), completion with argument templates, every reply
// annotated (its class and what to do next, the code, the enhanced code, the
// RFC sections), and DATA mode (dot-stuffing shown, the end of data). Pure:
// fed with what was sent and received, it never does I/O.

#include "engine/clientengine.h"
#include "protocol/capabilities.h"
#include "protocol/commandparser.h"
#include "protocol/reply.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>

namespace postscope::console {

// RFC 5321 4.1.4 and 3.3, as far as a typed conversation goes.
enum class ConsoleState {
    Connecting, // no greeting yet
    Greeted, // 220 received; no EHLO/HELO yet
    Identified, // EHLO/HELO/LHLO accepted
    MailGiven, // MAIL accepted
    RecipientsGiven, // at least one RCPT accepted
    Data, // 354 received: typed lines are message lines
    Sasl, // 334 received: the next line is a SASL response
    StartingTls, // 220 to STARTTLS: the handshake is under way
    Closed, // 221 or 421 received, or the connection went
};
QString consoleStateName(ConsoleState state); // "greeted", "identified", ...

// A reply, explained for a person.
struct Annotation
{
    int code = 0;
    QString klass; // "2xx: positive completion: the action succeeded"
    QString codeMeaning; // "250: Requested mail action okay, completed"
    QString enhanced; // "2.1.5"
    QString enhancedMeaning;
    QStringList references; // "RFC 5321 4.2.1", ...
    // Lines for a terminal or a tooltip: "  2xx  ...", "  250  ...", ...
    QStringList lines() const;
};
Annotation annotate(const protocol::Reply &reply);

// Step mode (issue 11): why a command is about to be sent, in one
// sentence with its RFC section. A command with an empty wire stands for
// message data of dataBytes octets.
QString stepPurpose(const protocol::Command &command, qint64 dataBytes = 0);

// What a typed data line becomes on the wire.
struct DataLine
{
    QByteArray wire; // the line with CRLF, stuffed when needed
    bool stuffed = false; // a leading dot was doubled (RFC 5321 4.5.2)
    bool endsData = false; // a lone "." : the end of the data
};
DataLine dataLine(const QByteArray &typed);

class ConsoleModel
{
public:
    explicit ConsoleModel(engine::Dialect dialect = engine::Dialect::Smtp);

    // --- what happened (in wire order)
    void commandSent(const QByteArray &line); // a command line (no CRLF), also a SASL response
    void replyReceived(const protocol::Reply &reply);
    void tlsEstablished();
    void connectionClosed();

    // --- where it stands
    ConsoleState state() const { return m_state; }
    bool isEncrypted() const { return m_tls; }
    bool isAuthenticated() const { return m_authenticated; }
    const protocol::Capabilities &capabilities() const { return m_caps; }
    engine::Dialect dialect() const { return m_dialect; }
    // "smtp identified> ", "lmtp data> ", "smtp tls mail> "
    QString prompt() const;
    // The verbs that make sense now, in the order a learner needs them.
    QStringList validCommands() const;

    // --- before sending
    struct Warning
    {
        QString text; // why the server will refuse it (translated)
        int expectedCode = 0; // the reply to expect: 500, 501, 502, 503, 504, 552, 553, 555
        bool isWarning() const { return !text.isEmpty(); }
    };
    Warning warningFor(const QByteArray &line) const;
    // Full-line candidates for what has been typed so far: verbs with
    // argument templates ("MAIL FROM:<>", "RCPT TO:<>", "BDAT n LAST"),
    // AUTH with the offered mechanisms, and the console's own /commands.
    QStringList completions(const QString &typed) const;

    // The console's own commands (not sent to the server).
    static QStringList metaCommands(); // "/help", "/send", "/bytes", "/quit"

private:
    Warning paramsWarning(const protocol::PathArgument &path, bool mail) const;

    struct Pending
    {
        QByteArray verb;
        QByteArray argument;
        bool sasl = false;
    };
    engine::Dialect m_dialect;
    ConsoleState m_state = ConsoleState::Connecting;
    ConsoleState m_beforeSasl = ConsoleState::Identified;
    std::deque<Pending> m_pending;
    protocol::Capabilities m_caps;
    bool m_ehlo = false; // EHLO (not HELO) was accepted: extensions may be used
    bool m_tls = false;
    bool m_authenticated = false;
};

} // namespace postscope::console
