#include "transcript/exporter.h"

#include "protocol/capabilities.h"
#include "protocol/commandparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace postscope::transcript {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::transcript::Exporter", text);
}

enum class Security { None, StartTls, Tls };

// What the whole session was: where, how, who.
struct SessionFacts
{
    QString host = QStringLiteral("localhost");
    quint16 port = 0;
    Security security = Security::None;
    bool lmtp = false;
    QByteArray heloName;
    QByteArray authMechanism;
    bool authInitialResponse = false;
    protocol::Capabilities capabilities; // the last EHLO/LHLO reply
};

SessionFacts facts(const Conversation &c, const ExportOptions &options)
{
    SessionFacts f;
    // The session's own note (SmtpSession): "Connected to HOST (ADDRESS:PORT)".
    static const QRegularExpression connected(QStringLiteral("^Connected to (\\S+) \\(([^)]*)\\)"));
    for (const QString &note : c.notes) {
        const QRegularExpressionMatch m = connected.match(note);
        if (!m.hasMatch())
            continue;
        f.host = m.captured(1);
        const QString address = m.captured(2);
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        if (colon > 0)
            f.port = quint16(address.mid(colon + 1).toUInt());
        break;
    }
    if (!options.host.isEmpty())
        f.host = options.host;
    if (options.port)
        f.port = options.port;
    f.lmtp = c.lmtp;
    f.security = c.implicitTls ? Security::Tls : (c.startTls ? Security::StartTls : Security::None);
    if (!f.port)
        f.port = f.security == Security::Tls ? 465 : (f.lmtp ? 24 : 25);
    for (const Exchange &e : c.exchanges) {
        if (e.kind != Exchange::Kind::Command)
            continue;
        if ((e.verb == "EHLO" || e.verb == "HELO" || e.verb == "LHLO") && f.heloName.isEmpty())
            f.heloName = e.argument.trimmed();
        if ((e.verb == "EHLO" || e.verb == "LHLO") && e.code() == 250)
            f.capabilities = protocol::Capabilities::fromEhloReply(*e.reply());
        if (e.verb == "AUTH" && f.authMechanism.isEmpty()) {
            const QList<QByteArray> words = e.argument.simplified().split(' ');
            f.authMechanism = words.value(0).toUpper();
            f.authInitialResponse = words.size() > 1;
        }
    }
    return f;
}

// ---- quoting

QByteArray shellQuote(const QByteArray &text)
{
    QByteArray out = "'";
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + '\'';
}

QByteArray shellQuote(const QString &text)
{
    return shellQuote(text.toUtf8());
}

// A Python literal of bytes or of a str of printable ASCII.
QByteArray pyLiteral(QByteArrayView bytes, bool asBytes)
{
    QByteArray out = asBytes ? "b'" : "'";
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "\\'";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                out += char(c);
            } else {
                const char hex[] = "0123456789abcdef";
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            }
        }
    }
    return out + '\'';
}

// A str literal for text that may hold UTF-8 (an SMTPUTF8 address).
QByteArray pyText(const QByteArray &text)
{
    if (QByteArrayView(text).isValidUtf8()) {
        bool ascii = true;
        for (const char c : text)
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (!ascii)
            return pyLiteral(text, true) + ".decode('utf-8')";
    }
    return pyLiteral(text, false);
}

// Message octets as a parenthesised run of bytes literals, one per line.
QByteArray pyMessage(const QByteArray &content)
{
    if (content.isEmpty())
        return "b''";
    QByteArray out = "(\n";
    qsizetype pos = 0;
    while (pos < content.size()) {
        qsizetype end = content.indexOf('\n', pos);
        end = end < 0 ? content.size() : end + 1;
        out += "    " + pyLiteral(QByteArrayView(content).sliced(pos, end - pos), true) + '\n';
        pos = end;
    }
    return out + ")";
}

// A here-document marker that no line of the message is.
QByteArray hereMarker(const QByteArray &content)
{
    QByteArray marker = "POSTSCOPE_MESSAGE";
    for (int n = 2; content.contains(marker); ++n)
        marker = "POSTSCOPE_MESSAGE_" + QByteArray::number(n);
    return marker;
}

// The message in a here-document: lines end in LF there; both swaks and
// postscope-cli send them with CRLF again. `redirect` goes on the command
// line, the returned body after it.
QByteArray hereDocument(const QByteArray &content, QByteArray *redirect)
{
    const QByteArray marker = hereMarker(content);
    QByteArray body = content;
    body.replace("\r\n", "\n");
    if (!body.endsWith('\n'))
        body += '\n';
    *redirect = "<<'" + marker + "'";
    return body + marker + '\n';
}

QByteArray pathOf(const protocol::PathArgument &p)
{
    return p.address;
}

QList<QByteArray> paramsOf(const protocol::PathArgument &p, bool dropSize)
{
    QList<QByteArray> out;
    for (const protocol::EsmtpParam &param : p.params) {
        if (dropSize && param.keyword == "SIZE")
            continue;
        out.append(param.hasValue ? param.keyword + '=' + param.value : param.keyword);
    }
    return out;
}

QByteArray header(const ExportOptions &o, const QByteArray &comment)
{
    QByteArray h = comment + " Exported by postscope-cli export";
    if (!o.transcriptName.isEmpty())
        h += " from " + o.transcriptName.toUtf8();
    h += ".\n" + comment + " Secrets are read from the environment: " + userVariable + ", "
        + passwordVariable + ".\n";
    return h;
}

// ---- smtplib

ExportResult exportSmtplib(const Conversation &c, const ExportOptions &o, const SessionFacts &f)
{
    ExportResult r;
    QByteArray body;
    bool utf8 = false;
    int messages = 0;
    bool authDone = false;
    const QList<Exchange> &ex = c.exchanges;
    for (int i = 0; i < ex.size(); ++i) {
        const Exchange &e = ex[i];
        if (e.kind == Exchange::Kind::Greeting) {
            body += "step('greeting', lambda: s.connect(HOST, PORT))\n";
            continue;
        }
        if (e.kind == Exchange::Kind::Unsolicited) {
            body += "# The server said, unasked: "
                + e.replies.first().raw.trimmed().replace('\n', ' ') + '\n';
            continue;
        }
        if (e.kind != Exchange::Kind::Command)
            continue; // SASL responses and data go with their command
        const QByteArray &v = e.verb;
        const QByteArray what = pyLiteral(v, false);
        if (v == "EHLO" || v == "LHLO") {
            body += "step(" + what + ", lambda: s.ehlo(" + pyText(e.argument.trimmed()) + "))\n";
        } else if (v == "HELO") {
            body += "step('HELO', lambda: s.helo(" + pyText(e.argument.trimmed()) + "))\n";
        } else if (v == "STARTTLS") {
            body += "step('STARTTLS', lambda: s.starttls(context=context))\n";
        } else if (v == "AUTH") {
            if (authDone)
                continue;
            authDone = true;
            const QList<QByteArray> words = e.argument.simplified().split(' ');
            const QByteArray mech = words.value(0).toUpper();
            body += "s.user, s.password = os.environ['" + QByteArray(userVariable)
                + "'], os.environ['" + passwordVariable + "']\n";
            if (mech == "PLAIN" || mech == "LOGIN" || mech == "CRAM-MD5") {
                const QByteArray method = "s.auth_" + mech.toLower().replace('-', '_');
                body += "step('AUTH', lambda: s.auth(" + pyLiteral(mech, false) + ", " + method
                    + ", initial_response_ok=" + (words.size() > 1 ? "True" : "False") + "))\n";
            } else {
                r.warnings << tr("smtplib has no AUTH %1: the script logs in with the best "
                                 "mechanism smtplib knows")
                                  .arg(QString::fromLatin1(mech));
                body += "step('AUTH', lambda: s.login(s.user, s.password))\n";
            }
        } else if (v == "DATA") {
            const bool hasData = i + 1 < ex.size() && ex[i + 1].kind == Exchange::Kind::MessageData;
            if (!hasData) {
                body += "step('DATA', lambda: s.docmd('DATA'))\n";
                continue;
            }
            const Exchange &d = ex[i + 1];
            const QByteArray name = "MESSAGE_" + QByteArray::number(++messages);
            body += name + " = " + pyMessage(messageContent(d.data)) + "\n";
            body += "step('DATA', lambda: s.data(" + name + "))\n";
            // RFC 2033 4.2: LMTP answers once per accepted recipient.
            for (int k = 1; k < d.replies.size(); ++k)
                body += "step('DATA', s.getreply)\n";
        } else if (v == "BDAT") {
            const QByteArray name = "CHUNK_" + QByteArray::number(++messages);
            body += name + " = " + pyMessage(e.data) + "\n";
            body += "s.send(" + pyLiteral(e.line + "\r\n", true) + " + " + name + ")\n";
            for (int k = 0; k < qMax(1, int(e.replies.size())); ++k)
                body += "step('BDAT', s.getreply)\n";
        } else if (v == "QUIT") {
            body += "step('QUIT', s.quit)\n";
        } else if (e.redacted) {
            r.warnings
                << tr("a line with a secret cannot be repeated: %1").arg(QString::fromUtf8(e.line));
        } else {
            // Every other command exactly as it was sent (verb case too).
            const qsizetype space = e.line.indexOf(' ');
            const QByteArray verb = space < 0 ? e.line : e.line.left(space);
            const QByteArray arg = space < 0 ? QByteArray() : e.line.mid(space + 1);
            if (v == "MAIL" && e.argument.toUpper().contains("SMTPUTF8"))
                utf8 = true;
            body += "step(" + what + ", lambda: s.docmd(" + pyText(verb)
                + (arg.isEmpty() ? QByteArray() : ", " + pyText(arg)) + "))\n";
        }
    }

    QByteArray text = "#!/usr/bin/python3\n" + header(o, "#")
        + "# Every command of the recorded session, in order, through smtplib.\n"
          "import os\nimport smtplib\nimport ssl\nimport sys\n\n";
    text += "HOST = " + pyText(f.host.toUtf8()) + "\n";
    text += "PORT = " + QByteArray::number(f.port) + "\n";
    text += "CA_FILE = " + (o.caFile.isEmpty() ? QByteArray("None") : pyText(o.caFile.toUtf8()))
        + "\n\n";
    text += "context = ssl.create_default_context(cafile=CA_FILE)\n\n\n"
            "def step(what, call):\n"
            "    try:\n"
            "        reply = call()\n"
            "    except smtplib.SMTPResponseException as e:\n"
            "        reply = (e.smtp_code, e.smtp_error)\n"
            "    if isinstance(reply, tuple) and len(reply) == 2:\n"
            "        code, text = reply\n"
            "        if isinstance(text, bytes):\n"
            "            text = text.decode('utf-8', 'replace')\n"
            "        print(f'{what}: {code} ' + text.replace('\\n', ' | '))\n"
            "    return reply\n\n\n";
    const QByteArray name = pyText(f.heloName.isEmpty() ? QByteArray("localhost") : f.heloName);
    if (f.lmtp)
        text += "s = smtplib.LMTP(local_hostname=" + name + ")\n";
    else if (f.security == Security::Tls)
        text += "s = smtplib.SMTP_SSL(local_hostname=" + name + ", context=context)\n";
    else
        text += "s = smtplib.SMTP(local_hostname=" + name + ")\n";
    // smtplib's starttls() checks the certificate against the name given to
    // the constructor, which would also connect before the greeting could
    // be shown.
    text += "s._host = HOST\n";
    if (utf8)
        text += "s.command_encoding = 'utf-8'  # RFC 6531: SMTPUTF8 was asked for\n";
    if (!c.greeting())
        text += "step('greeting', lambda: s.connect(HOST, PORT))\n";
    text += body;
    r.text = text;
    return r;
}

// ---- swaks and postscope-cli: one command per transaction with data

QList<QByteArray> recipientsOf(const Conversation &c, const Transaction &t)
{
    QList<QByteArray> out;
    for (int i : t.rcpts)
        out.append(pathOf(protocol::parseRcptArgument(c.exchanges[i].argument)));
    return out;
}

void otherCommands(const Conversation &c, ExportResult *r, bool cli, QByteArray *extra,
                   const QByteArray &connection)
{
    for (const Exchange &e : c.exchanges) {
        if (e.kind != Exchange::Kind::Command)
            continue;
        const QByteArray &v = e.verb;
        if (v == "EHLO" || v == "HELO" || v == "LHLO" || v == "STARTTLS" || v == "AUTH"
            || v == "MAIL" || v == "RCPT" || v == "DATA" || v == "BDAT" || v == "QUIT")
            continue;
        if (cli && (v == "VRFY" || v == "EXPN")) {
            *extra += "\"$cli\" " + QByteArray(v == "VRFY" ? "verify" : "expn") + connection + ' '
                + shellQuote(e.argument.trimmed()) + " || rc=$?\n";
            continue;
        }
        r->warnings
            << tr("not repeated (the format sends mail only): %1").arg(QString::fromUtf8(e.line));
    }
}

ExportResult exportShell(const Conversation &c, const ExportOptions &o, const SessionFacts &f,
                         bool cli)
{
    ExportResult r;
    const QList<Transaction> transactions = c.transactions();
    QByteArray connection;
    if (cli) {
        connection = " --server " + shellQuote(f.host + QLatin1Char(':') + QString::number(f.port));
        connection += " --security ";
        connection += f.security == Security::Tls ? "tls"
            : f.security == Security::StartTls    ? "starttls"
                                                  : "none";
        if (f.lmtp)
            connection += " --lmtp";
        if (!f.heloName.isEmpty())
            connection += " --helo " + shellQuote(f.heloName);
        if (!o.caFile.isEmpty())
            connection += " --ca-file " + shellQuote(o.caFile);
        if (!f.authMechanism.isEmpty())
            connection += " --auth " + shellQuote(f.authMechanism) + " --user \"$" + userVariable
                + "\" --password-env " + passwordVariable;
    } else {
        connection = " --server " + shellQuote(f.host) + " --port " + QByteArray::number(f.port);
        if (f.lmtp)
            connection += " --protocol LMTP";
        if (!f.heloName.isEmpty())
            connection += " --ehlo " + shellQuote(f.heloName);
        if (f.security == Security::StartTls)
            connection += " --tls";
        else if (f.security == Security::Tls)
            connection += " --tls-on-connect";
        if (f.security != Security::None) {
            connection += " --tls-verify";
            if (!o.caFile.isEmpty())
                connection += " --tls-ca-path " + shellQuote(o.caFile);
        }
        if (!f.authMechanism.isEmpty())
            connection += " --auth " + shellQuote(f.authMechanism) + " --auth-user \"$"
                + userVariable + "\" --auth-password \"$" + passwordVariable + '"';
    }

    QByteArray body;
    int sent = 0;
    for (const Transaction &t : transactions) {
        const Exchange &mail = c.exchanges[t.mail];
        if (!t.hasContent) {
            r.warnings << tr("a transaction without message data is not repeated: %1")
                              .arg(QString::fromUtf8(mail.line));
            continue;
        }
        const protocol::PathArgument from = protocol::parseMailArgument(mail.argument);
        const QList<QByteArray> to = recipientsOf(c, t);
        if (!t.content.endsWith("\r\n"))
            r.warnings << tr("the message does not end with a line break: the command adds one");
        QByteArray command;
        if (cli) {
            command = "\"$cli\" send" + connection + " --from " + shellQuote(pathOf(from));
            for (const QByteArray &rcpt : to)
                command += " --to " + shellQuote(rcpt);
            for (const QByteArray &p : paramsOf(from, true))
                command += " --mail-option " + shellQuote(p);
            QList<QByteArray> rcptParams;
            for (int i = 0; i < t.rcpts.size(); ++i) {
                const QList<QByteArray> params = paramsOf(
                    protocol::parseRcptArgument(c.exchanges[t.rcpts[i]].argument), false);
                if (i == 0)
                    rcptParams = params;
                else if (params != rcptParams)
                    r.warnings << tr("recipients had different RCPT parameters: every recipient "
                                     "gets the first one's");
            }
            for (const QByteArray &p : rcptParams)
                command += " --rcpt-option " + shellQuote(p);
            // The same way of sending the data as the recording.
            if (!t.chunked && f.capabilities.chunking())
                command += " --chunking off";
            command += " --message \"$message\" || rc=$?\n";
            QByteArray redirect;
            const QByteArray document = hereDocument(t.content, &redirect);
            body += "cat > \"$message\" " + redirect + '\n' + document + command;
        } else {
            if (!paramsOf(from, true).isEmpty())
                r.warnings << tr("swaks cannot send MAIL parameters: %1")
                                  .arg(QString::fromUtf8(paramsOf(from, true).join(' ')));
            static const QRegularExpression token(
                QStringLiteral("%(FROM_ADDRESS|TO_ADDRESS|DATE|MESSAGEID|SWAKS_VERSION|NEW_"
                               "HEADERS|BODY|NEWLINE)%"));
            if (QString::fromUtf8(t.content).contains(token) || t.content.contains("\\n"))
                r.warnings << tr("the message holds text swaks replaces (%TOKEN% or \\n): what "
                                 "swaks sends will differ");
            QByteArray toList;
            for (const QByteArray &rcpt : to)
                toList += (toList.isEmpty() ? "" : ",") + rcpt;
            // swaks ends the data with CRLF "." CRLF after what it reads,
            // so the here-document's last line end is taken off (by perl,
            // which swaks needs anyway).
            QByteArray redirect;
            const QByteArray document = hereDocument(t.content, &redirect);
            command = "perl -pe 'chomp if eof' " + redirect + " | swaks" + connection + " --from "
                + shellQuote(from.nullPath ? QByteArray("<>") : pathOf(from)) + " --to "
                + shellQuote(toList) + " --data -\n" + document;
            body += command;
            body += "[ $? -eq 0 ] || rc=1\n";
        }
        ++sent;
    }
    QByteArray extra;
    otherCommands(c, &r, cli, &extra, connection);
    if (sent == 0 && extra.isEmpty()) {
        r.error = tr("the transcript holds no message that was sent, nothing to export");
        return r;
    }
    QByteArray text = "#!/bin/sh\n" + header(o, "#");
    text += cli ? "# One postscope-cli command per message (each its own session).\n"
                : "# One swaks command per message (each its own session).\n";
    text += "rc=0\n";
    if (cli) {
        text += "cli=\"${POSTSCOPE_CLI:-postscope-cli}\"\n"
                "message=$(mktemp) || exit 2\n"
                "trap 'rm -f \"$message\"' EXIT\n";
    }
    text += body + extra + "exit $rc\n";
    r.text = text;
    return r;
}

} // namespace

bool parseExportFormat(const QString &name, ExportOptions::Format *out)
{
    if (name == QLatin1String("smtplib"))
        *out = ExportOptions::Format::Smtplib;
    else if (name == QLatin1String("swaks"))
        *out = ExportOptions::Format::Swaks;
    else if (name == QLatin1String("cli"))
        *out = ExportOptions::Format::Cli;
    else
        return false;
    return true;
}

ExportResult exportConversation(const Conversation &conversation, const ExportOptions &options)
{
    if (conversation.exchanges.isEmpty()) {
        ExportResult r;
        r.error = tr("the transcript holds no conversation");
        return r;
    }
    const SessionFacts f = facts(conversation, options);
    switch (options.format) {
    case ExportOptions::Format::Smtplib:
        return exportSmtplib(conversation, options, f);
    case ExportOptions::Format::Swaks:
        return exportShell(conversation, options, f, false);
    case ExportOptions::Format::Cli:
        return exportShell(conversation, options, f, true);
    }
    return {};
}

} // namespace postscope::transcript
