#include "console/consolemodel.h"

#include "protocol/commandparser.h"
#include "protocol/explain.h"

#include <QCoreApplication>

namespace postscope::console {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("postscope::console::ConsoleModel", text, disambiguation, n);
}

using Warning = ConsoleModel::Warning;

Warning warn(int code, const QString &text)
{
    return {text, code};
}

bool isHello(const QByteArray &verb)
{
    return verb == "EHLO" || verb == "HELO" || verb == "LHLO";
}

} // namespace

QString consoleStateName(ConsoleState state)
{
    switch (state) {
    case ConsoleState::Connecting:
        return QStringLiteral("connecting");
    case ConsoleState::Greeted:
        return QStringLiteral("greeted");
    case ConsoleState::Identified:
        return QStringLiteral("identified");
    case ConsoleState::MailGiven:
        return QStringLiteral("mail");
    case ConsoleState::RecipientsGiven:
        return QStringLiteral("rcpt");
    case ConsoleState::Data:
        return QStringLiteral("data");
    case ConsoleState::Sasl:
        return QStringLiteral("sasl");
    case ConsoleState::StartingTls:
        return QStringLiteral("starttls");
    case ConsoleState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QStringList Annotation::lines() const
{
    QStringList out;
    out << QStringLiteral("  %1").arg(klass);
    if (!codeMeaning.isEmpty())
        out << QStringLiteral("  %1").arg(codeMeaning);
    if (!enhanced.isEmpty())
        out << QStringLiteral("  %1 %2").arg(enhanced, enhancedMeaning);
    if (!references.isEmpty())
        out << QStringLiteral("  [%1]").arg(references.join(QStringLiteral("; ")));
    return out;
}

Annotation annotate(const protocol::Reply &reply)
{
    Annotation a;
    a.code = reply.code;
    // RFC 5321 4.2.1: the first digit says what the client does next.
    const protocol::Explanation klass = protocol::explainReplyClass(reply.code);
    a.klass = QStringLiteral("%1xx: %2").arg(reply.code / 100).arg(klass.summary);
    if (klass.isKnown())
        a.references << klass.reference;
    const protocol::Explanation code = protocol::explainReplyCode(reply.code);
    if (code.isKnown() && code.summary != klass.summary) {
        a.codeMeaning = QStringLiteral("%1: %2").arg(reply.code).arg(code.summary);
        if (!a.references.contains(code.reference))
            a.references << code.reference;
    }
    if (reply.enhanced.isValid()) {
        a.enhanced = reply.enhanced.toString();
        const protocol::Explanation e = protocol::explainEnhancedCode(reply.enhanced);
        a.enhancedMeaning = e.summary;
        if (e.isKnown() && !a.references.contains(e.reference))
            a.references << e.reference;
    }
    return a;
}

QString stepPurpose(const protocol::Command &command, qint64 dataBytes)
{
    if (command.wire.isEmpty())
        return tr("the message data, %n octet(s) as they go out: every line ends in CRLF, a "
                  "leading dot is doubled, and CRLF.CRLF ends it (RFC 5321 4.1.1.4, 4.5.2)",
                  nullptr, int(dataBytes));
    using protocol::Verb;
    const protocol::CommandLine cmd = protocol::splitCommandLine(command.line());
    QString why;
    switch (command.verb) {
    case Verb::Ehlo:
        why = tr("introduce the client and ask which extensions the server offers (RFC 5321 "
                 "4.1.1.1)");
        break;
    case Verb::Lhlo:
        why = tr("introduce the client to the LMTP server and ask for its extensions (RFC 2033 "
                 "4.1)");
        break;
    case Verb::Helo:
        why = tr("introduce the client the RFC 821 way, with no extensions (RFC 5321 4.1.1.1)");
        break;
    case Verb::StartTls:
        why = tr("ask to turn the connection into TLS; everything after it is encrypted (RFC "
                 "3207)");
        break;
    case Verb::Auth:
        why = tr("log in with the SASL mechanism %1 (RFC 4954); the secret is shown as ********")
                  .arg(QString::fromLatin1(cmd.argument.simplified().split(' ').value(0)));
        break;
    case Verb::AuthResponse:
        why = tr("answer the server's SASL challenge (RFC 4954 4)");
        break;
    case Verb::Mail:
        why = tr("start a mail transaction: the reverse path, where reports about the message "
                 "go (RFC 5321 4.1.1.2)");
        break;
    case Verb::Rcpt:
        why = tr("name one recipient (RFC 5321 4.1.1.3)");
        break;
    case Verb::Data:
        why = tr("ask to send the message; the server answers 354 when it is ready (RFC 5321 "
                 "4.1.1.4)");
        break;
    case Verb::Bdat:
        why = tr("send a chunk of the message with its size, %n octet(s) after the command line "
                 "(RFC 3030)",
                 nullptr, int(dataBytes));
        break;
    case Verb::Rset:
        why = tr("abandon the transaction (RFC 5321 4.1.1.5)");
        break;
    case Verb::Vrfy:
        why = tr("ask whether the server knows this mailbox (RFC 5321 4.1.1.6)");
        break;
    case Verb::Expn:
        why = tr("ask for the members of this list (RFC 5321 4.1.1.7)");
        break;
    case Verb::Help:
        why = tr("ask the server for help text (RFC 5321 4.1.1.8)");
        break;
    case Verb::Noop:
        why = tr("do nothing but get a reply: is the server still there? (RFC 5321 4.1.1.9)");
        break;
    case Verb::Quit:
        why = tr("end the session; the server answers 221 and closes (RFC 5321 4.1.1.10)");
        break;
    case Verb::Raw:
        why = tr("a line as typed");
        break;
    }
    return why;
}

DataLine dataLine(const QByteArray &typed)
{
    DataLine d;
    if (typed == ".") {
        // RFC 5321 4.1.1.4: CRLF "." CRLF ends the data.
        d.wire = ".\r\n";
        d.endsData = true;
        return d;
    }
    // RFC 5321 4.5.2: a leading dot is doubled, so no line of the message
    // can end it early; the server takes one dot off again.
    d.stuffed = typed.startsWith('.');
    d.wire = (d.stuffed ? "." : "") + typed + "\r\n";
    return d;
}

ConsoleModel::ConsoleModel(engine::Dialect dialect)
    : m_dialect(dialect)
{
}

void ConsoleModel::commandSent(const QByteArray &line)
{
    if (m_state == ConsoleState::Data) {
        // Message lines expect nothing; the lone dot expects the reply to
        // the whole message.
        if (line == ".")
            m_pending.push_back({QByteArray(), QByteArray(), false});
        return;
    }
    if (m_state == ConsoleState::Sasl) {
        m_pending.push_back({QByteArray(), QByteArray(), true});
        return;
    }
    const protocol::CommandLine cmd = protocol::splitCommandLine(line);
    m_pending.push_back({cmd.verb, cmd.argument, false});
}

void ConsoleModel::replyReceived(const protocol::Reply &reply)
{
    if (m_state == ConsoleState::Connecting) {
        // The greeting (RFC 5321 3.1): 220, or 554 and only QUIT after it.
        m_state = reply.code == 220 ? ConsoleState::Greeted : ConsoleState::Closed;
        if (reply.code == 554)
            m_state = ConsoleState::Greeted;
        return;
    }
    if (reply.code == 421) {
        // RFC 5321 3.8: the server is closing.
        m_state = ConsoleState::Closed;
        m_pending.clear();
        return;
    }
    if (m_pending.empty()) {
        // The data went out whole (a /send), its end with it: this is the
        // reply to the end of the data. Anything else is unsolicited.
        if (m_state == ConsoleState::Data)
            m_state = ConsoleState::Identified;
        return;
    }
    const Pending p = m_pending.front();
    m_pending.pop_front();
    const bool ok = reply.klass() == 2;
    if (p.sasl || p.verb == "AUTH") {
        if (reply.code == 334) {
            if (m_state != ConsoleState::Sasl)
                m_beforeSasl = m_state;
            m_state = ConsoleState::Sasl;
            return;
        }
        if (m_state == ConsoleState::Sasl)
            m_state = m_beforeSasl;
        if (reply.code == 235)
            m_authenticated = true;
        return;
    }
    const QByteArray &v = p.verb;
    if (isHello(v)) {
        if (ok) {
            m_state = ConsoleState::Identified;
            m_ehlo = v != "HELO";
            m_caps
                = m_ehlo ? protocol::Capabilities::fromEhloReply(reply) : protocol::Capabilities();
        }
    } else if (v == "MAIL") {
        if (ok)
            m_state = ConsoleState::MailGiven;
    } else if (v == "RCPT") {
        if (ok && m_state == ConsoleState::MailGiven)
            m_state = ConsoleState::RecipientsGiven;
    } else if (v == "DATA") {
        if (reply.code == 354)
            m_state = ConsoleState::Data;
    } else if (v.isEmpty() && m_state == ConsoleState::Data) {
        // The reply to the end of the data: the transaction is over
        // (RFC 5321 4.1.1.4), whatever the code.
        m_state = ConsoleState::Identified;
    } else if (v == "BDAT") {
        if (p.argument.toUpper().contains("LAST") || !ok)
            m_state = ConsoleState::Identified;
    } else if (v == "RSET") {
        if (ok && m_state != ConsoleState::Greeted)
            m_state = ConsoleState::Identified;
    } else if (v == "STARTTLS") {
        if (reply.code == 220)
            m_state = ConsoleState::StartingTls;
    } else if (v == "QUIT") {
        m_state = ConsoleState::Closed;
    }
}

void ConsoleModel::tlsEstablished()
{
    // RFC 3207 4.2: everything learnt before TLS is forgotten.
    m_tls = true;
    m_caps = protocol::Capabilities();
    m_ehlo = false;
    m_authenticated = false;
    m_state = ConsoleState::Greeted;
}

void ConsoleModel::connectionClosed()
{
    m_state = ConsoleState::Closed;
    m_pending.clear();
}

QString ConsoleModel::prompt() const
{
    QString p
        = m_dialect == engine::Dialect::Lmtp ? QStringLiteral("lmtp") : QStringLiteral("smtp");
    if (m_tls)
        p += QStringLiteral(" tls");
    if (m_authenticated)
        p += QStringLiteral(" auth");
    return p + QLatin1Char(' ') + consoleStateName(m_state) + QStringLiteral("> ");
}

QStringList ConsoleModel::validCommands() const
{
    const QString hello
        = m_dialect == engine::Dialect::Lmtp ? QStringLiteral("LHLO") : QStringLiteral("EHLO");
    QStringList extras;
    if (m_ehlo && m_caps.startTls() && !m_tls)
        extras << QStringLiteral("STARTTLS");
    if (m_ehlo && !m_caps.authMechanisms().isEmpty() && !m_authenticated)
        extras << QStringLiteral("AUTH");
    switch (m_state) {
    case ConsoleState::Connecting:
    case ConsoleState::StartingTls:
    case ConsoleState::Closed:
        return {};
    case ConsoleState::Greeted:
        return m_dialect == engine::Dialect::Lmtp
            ? QStringList {hello, QStringLiteral("NOOP"), QStringLiteral("QUIT")}
            : QStringList {hello, QStringLiteral("HELO"), QStringLiteral("NOOP"),
                           QStringLiteral("HELP"), QStringLiteral("QUIT")};
    case ConsoleState::Identified:
        return QStringList {QStringLiteral("MAIL")} + extras
            + QStringList {QStringLiteral("VRFY"), QStringLiteral("EXPN"), QStringLiteral("NOOP"),
                           QStringLiteral("RSET"), QStringLiteral("HELP"), hello,
                           QStringLiteral("QUIT")};
    case ConsoleState::MailGiven:
        return {QStringLiteral("RCPT"), QStringLiteral("RSET"), QStringLiteral("NOOP"),
                QStringLiteral("QUIT")};
    case ConsoleState::RecipientsGiven: {
        QStringList out {QStringLiteral("RCPT"), QStringLiteral("DATA")};
        if (m_caps.chunking())
            out << QStringLiteral("BDAT");
        return out
            + QStringList {QStringLiteral("RSET"), QStringLiteral("NOOP"), QStringLiteral("QUIT")};
    }
    case ConsoleState::Data:
        return {QStringLiteral(".")};
    case ConsoleState::Sasl:
        return {QStringLiteral("*")};
    }
    return {};
}

Warning ConsoleModel::warningFor(const QByteArray &line) const
{
    using S = ConsoleState;
    if (m_state == S::Data || m_state == S::Sasl)
        return {};
    const protocol::CommandLine cmd = protocol::splitCommandLine(line);
    const QByteArray &v = cmd.verb;
    const bool lmtp = m_dialect == engine::Dialect::Lmtp;
    static const QList<QByteArray> known
        = {"HELO", "EHLO", "LHLO", "MAIL", "RCPT", "DATA",     "BDAT", "RSET",
           "VRFY", "EXPN", "HELP", "NOOP", "QUIT", "STARTTLS", "AUTH"};
    if (m_state == S::Closed)
        return warn(0, tr("The connection is closed: nothing you send arrives."));
    if (!known.contains(v))
        return warn(500,
                    tr("%1 is not an SMTP command: expect 500 (RFC 5321 4.2.4).")
                        .arg(QString::fromLatin1(v)));
    if (lmtp && (v == "EHLO" || v == "HELO"))
        return warn(500,
                    tr("This is LMTP: greet with LHLO, not %1 (RFC 2033 4.1).")
                        .arg(QString::fromLatin1(v)));
    if (!lmtp && v == "LHLO")
        return warn(500, tr("LHLO is for LMTP; this server speaks SMTP: use EHLO."));
    if (isHello(v) && cmd.argument.trimmed().isEmpty())
        return warn(501,
                    tr("%1 needs your host's name (RFC 5321 4.1.1.1): expect 501.")
                        .arg(QString::fromLatin1(v)));
    if (v == "QUIT" || v == "NOOP" || v == "HELP" || isHello(v))
        return {};
    const bool greeted = m_state != S::Greeted;
    if (v == "RSET" || v == "VRFY" || v == "EXPN") {
        if ((v == "VRFY" || v == "EXPN") && cmd.argument.trimmed().isEmpty())
            return warn(
                501,
                tr("%1 needs an argument: a user name or an address.").arg(QString::fromLatin1(v)));
        return {};
    }
    if (!greeted)
        return warn(503,
                    tr("Greet the server with %1 first (RFC 5321 4.1.4): expect 503.")
                        .arg(lmtp ? QStringLiteral("LHLO") : QStringLiteral("EHLO")));
    if (v == "STARTTLS") {
        if (m_tls)
            return warn(503, tr("TLS is already on: expect 503."));
        if (!m_ehlo || !m_caps.startTls())
            return warn(502,
                        tr("The server did not offer STARTTLS in its EHLO reply (RFC 3207 "
                           "4): expect a refusal."));
        if (m_state == S::MailGiven || m_state == S::RecipientsGiven)
            return warn(503,
                        tr("STARTTLS in the middle of a transaction: expect 503; RSET first."));
        return {};
    }
    if (v == "AUTH") {
        const QList<QByteArray> offered = m_ehlo ? m_caps.authMechanisms() : QList<QByteArray>();
        if (offered.isEmpty())
            return warn(
                502,
                tr("The server did not offer AUTH here (RFC 4954 3)%1: expect a "
                   "refusal.")
                    .arg(m_caps.startTls() && !m_tls ? tr("; it may after STARTTLS") : QString()));
        if (m_authenticated)
            return warn(503, tr("You are already authenticated (RFC 4954 4): expect 503."));
        if (m_state == S::MailGiven || m_state == S::RecipientsGiven)
            return warn(503,
                        tr("AUTH is not allowed in a mail transaction (RFC 4954 4): expect "
                           "503."));
        const QByteArray mech = cmd.argument.trimmed().split(' ').value(0).toUpper();
        if (mech.isEmpty())
            return warn(501,
                        tr("AUTH needs a mechanism: one of %1.")
                            .arg(QString::fromLatin1(offered.join(' '))));
        if (!offered.contains(mech))
            return warn(
                504,
                tr("The server did not offer %1 (it offers %2): expect 504.")
                    .arg(QString::fromLatin1(mech), QString::fromLatin1(offered.join(' '))));
        return {};
    }
    if (v == "MAIL") {
        if (m_state == S::MailGiven || m_state == S::RecipientsGiven)
            return warn(503,
                        tr("A transaction is open already: one MAIL per transaction "
                           "(RFC 5321 4.1.4); RSET or finish it first. Expect 503."));
        const protocol::PathArgument p = protocol::parseMailArgument(cmd.argument);
        if (!p.ok)
            return warn(501,
                        tr("The syntax is MAIL FROM:<address> [parameters] (RFC 5321 "
                           "4.1.1.2): %1. Expect 501.")
                            .arg(QString::fromUtf8(p.error)));
        return paramsWarning(p, true);
    }
    if (v == "RCPT") {
        if (m_state != S::MailGiven && m_state != S::RecipientsGiven)
            return warn(503, tr("RCPT comes after MAIL FROM (RFC 5321 4.1.4): expect 503."));
        const protocol::PathArgument p = protocol::parseRcptArgument(cmd.argument);
        if (!p.ok)
            return warn(501,
                        tr("The syntax is RCPT TO:<address> [parameters] (RFC 5321 "
                           "4.1.1.3): %1. Expect 501.")
                            .arg(QString::fromUtf8(p.error)));
        return paramsWarning(p, false);
    }
    if (v == "DATA" || v == "BDAT") {
        if (v == "BDAT" && !m_caps.chunking())
            return warn(502, tr("The server did not offer CHUNKING (RFC 3030): expect 502."));
        if (m_state == S::MailGiven)
            return warn(503,
                        tr("No recipient was accepted: %1 would have nowhere to go "
                           "(RFC 5321 3.3). Expect 503 or 554.")
                            .arg(QString::fromLatin1(v)));
        if (m_state != S::RecipientsGiven)
            return warn(503,
                        tr("%1 comes after MAIL FROM and at least one accepted RCPT TO "
                           "(RFC 5321 4.1.4): expect 503.")
                            .arg(QString::fromLatin1(v)));
        if (v == "BDAT" && !protocol::parseBdatArgument(cmd.argument).ok)
            return warn(501, tr("The syntax is BDAT size [LAST] (RFC 3030 2): expect 501."));
    }
    return {};
}

Warning ConsoleModel::paramsWarning(const protocol::PathArgument &p, bool mail) const
{
    // RFC 5321 4.1.1.11: parameters only for extensions the EHLO reply named.
    if (!p.params.isEmpty() && !m_ehlo)
        return warn(555, tr("Parameters need EHLO (HELO offers no extensions): expect 555."));
    if (p.utf8 && !(mail ? p.param("SMTPUTF8") != nullptr : true))
        return warn(553,
                    tr("A non-ASCII address needs SMTPUTF8 on MAIL (RFC 6531 3.4): expect "
                       "553."));
    for (const protocol::EsmtpParam &param : p.params) {
        const QByteArray &k = param.keyword;
        QByteArray needs;
        if (k == "SIZE")
            needs = "SIZE";
        else if (k == "BODY")
            needs = param.value.toUpper() == "BINARYMIME" ? "BINARYMIME" : "8BITMIME";
        else if (k == "SMTPUTF8")
            needs = "SMTPUTF8";
        else if (k == "RET" || k == "ENVID" || k == "NOTIFY" || k == "ORCPT")
            needs = "DSN";
        else if (k == "AUTH")
            needs = "AUTH";
        else if (k == "REQUIRETLS")
            needs = "REQUIRETLS";
        if (needs.isEmpty())
            return warn(555,
                        tr("The server does not know the parameter %1: expect 555.")
                            .arg(QString::fromLatin1(k)));
        if (!m_caps.has(needs))
            return warn(555,
                        tr("%1 needs the %2 extension, which the server did not offer: "
                           "expect 555.")
                            .arg(QString::fromLatin1(k), QString::fromLatin1(needs)));
        if (k == "SIZE") {
            const qint64 limit = m_caps.sizeLimit();
            bool ok = false;
            const qint64 size = param.value.toLongLong(&ok);
            if (ok && limit > 0 && size > limit)
                return warn(552,
                            tr("SIZE=%1 is over the server's limit of %2 octets (RFC 1870 "
                               "6.1): expect 552.")
                                .arg(size)
                                .arg(limit));
        }
    }
    return {};
}

QStringList ConsoleModel::completions(const QString &typed) const
{
    QStringList candidates;
    if (m_state == ConsoleState::Data || m_state == ConsoleState::Sasl)
        return candidates;
    const bool lmtp = m_dialect == engine::Dialect::Lmtp;
    // Argument templates: the cursor goes where the "<>" or "n" is.
    const QStringList templates {lmtp ? QStringLiteral("LHLO ") : QStringLiteral("EHLO "),
                                 QStringLiteral("HELO "),
                                 QStringLiteral("MAIL FROM:<>"),
                                 QStringLiteral("RCPT TO:<>"),
                                 QStringLiteral("DATA"),
                                 QStringLiteral("BDAT n LAST"),
                                 QStringLiteral("RSET"),
                                 QStringLiteral("VRFY "),
                                 QStringLiteral("EXPN "),
                                 QStringLiteral("HELP"),
                                 QStringLiteral("NOOP"),
                                 QStringLiteral("QUIT"),
                                 QStringLiteral("STARTTLS")};
    QStringList auth;
    const QList<QByteArray> mechanisms = m_caps.authMechanisms().isEmpty()
        ? QList<QByteArray> {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256"}
        : m_caps.authMechanisms();
    for (const QByteArray &m : mechanisms)
        auth << QStringLiteral("AUTH ") + QString::fromLatin1(m);
    // Valid commands first, then the rest, then the console's own.
    const QStringList valid = validCommands();
    QStringList ordered;
    for (const QString &t : templates + auth) {
        const QString verb = t.section(QLatin1Char(' '), 0, 0);
        if (valid.contains(verb))
            ordered << t;
    }
    for (const QString &t : templates + auth) {
        if (!ordered.contains(t))
            ordered << t;
    }
    ordered += metaCommands();
    for (const QString &t : ordered) {
        if (t.startsWith(typed, Qt::CaseInsensitive) && t.size() > typed.size())
            candidates << t;
    }
    return candidates;
}

QStringList ConsoleModel::metaCommands()
{
    return {QStringLiteral("/help"), QStringLiteral("/send "), QStringLiteral("/bytes "),
            QStringLiteral("/quit")};
}

} // namespace postscope::console
