#include "console/consolesession.h"

#include "auth/saslclient.h"
#include "protocol/commandparser.h"
#include "protocol/printable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace postscope::console {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("postscope::console::ConsoleSession", text);
}

QString shown(QByteArrayView bytes)
{
    return QString::fromUtf8(protocol::printable(bytes));
}

// The mechanisms the helper builds responses for (the others: type them).
const QList<QByteArray> helperMechanisms
    = {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"};

bool eightBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

} // namespace

bool unescapeBytes(QByteArrayView text, QByteArray *out)
{
    out->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out->append(c);
            continue;
        }
        if (++i >= text.size())
            return false;
        switch (text[i]) {
        case 'r':
            out->append('\r');
            break;
        case 'n':
            out->append('\n');
            break;
        case 't':
            out->append('\t');
            break;
        case '\\':
            out->append('\\');
            break;
        case 'x': {
            if (i + 2 >= text.size())
                return false;
            bool ok = false;
            const int v = text.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
            if (!ok)
                return false;
            out->append(char(v));
            i += 2;
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

ConsoleSession::ConsoleSession(session::SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_model(options.dialect)
{
    // Everything is typed: no EHLO, no STARTTLS unless the learner sends it.
    options.autoHello = false;
    if (options.security != session::Security::Tls)
        options.security = session::Security::None;
    m_session = std::make_unique<session::SmtpSession>(options);
    m_transcript.attach(m_session.get());
    using S = session::SmtpSession;
    S *s = m_session.get();
    connect(s, &S::commandSent, this, [this](const protocol::Command &command) {
        print(QStringLiteral("C: ") + shown(command.display()));
        m_model.commandSent(command.display());
    });
    connect(s, &S::dataSent, this, [this](const QByteArray &data) {
        for (QByteArray line : data.split('\n')) {
            if (line.isEmpty())
                continue;
            print(QStringLiteral("C: ") + shown(line.endsWith('\r') ? line.chopped(1) : line));
        }
    });
    connect(s, &S::replyReceived, this, &ConsoleSession::onReply);
    connect(s, &S::ready, this, [this] {
        m_greeted = true;
        ready(Input::Command);
    });
    connect(s, &S::tlsEstablished, this, [this](const session::TlsInfo &info) {
        m_model.tlsEstablished();
        // RFC 3207 4.2: what was learnt before is forgotten; say so.
        print(tr("** TLS handshake done: %1, %2").arg(info.protocol, info.cipher));
        if (!info.chain.isEmpty()) {
            const QSslCertificate &leaf = info.chain.first();
            print(tr("** certificate: %1, issued by %2, SHA-256 %3")
                      .arg(leaf.subjectDisplayName(), leaf.issuerDisplayName(),
                           QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex())));
        }
        print(info.peerVerified ? tr("** the certificate is verified for this host")
                                : tr("** the certificate is NOT verified"));
        print(tr("** everything learnt before TLS is forgotten: say EHLO again (RFC 3207 4.2)"));
        if (m_input == Input::None && m_waitingFor == 0)
            ready(Input::Command);
    });
    connect(s, &S::requestFinished, this,
            [this](quint64 id, const protocol::Reply &, const engine::SmtpError &error) {
                onFinished(id, error);
            });
    connect(s, &S::transactionFinished, this, [this](const engine::TransactionResult &result) {
        for (const engine::RecipientResult &r : result.recipients)
            print(tr("** %1: %2 %3")
                      .arg(QString::fromUtf8(r.address),
                           r.accepted ? tr("accepted") : tr("refused"),
                           QString::number(r.reply.code)));
        onFinished(result.id, result.sent ? engine::SmtpError() : result.error);
    });
    connect(s, &S::errorOccurred, this, [this](const engine::SmtpError &error) {
        print(tr("!! %1").arg(protocol::printable(error.message)));
    });
    connect(s, &S::note, this, [this](const QString &text) {
        print(QStringLiteral("** ") + protocol::printable(text));
    });
    connect(s, &S::closed, this, &ConsoleSession::finish);
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::open()
{
    m_session->open();
}

void ConsoleSession::print(const QString &line)
{
    emit output(line);
}

QString ConsoleSession::prompt() const
{
    switch (m_input) {
    case Input::Command:
        return m_model.prompt();
    case Input::DataLine:
        return QStringLiteral("data> ");
    case Input::MessageLine:
        return QStringLiteral("message> ");
    case Input::User:
        return tr("user: ");
    case Input::Password:
        return tr("password: ");
    case Input::Confirm:
        return tr("send it anyway? [Enter or y: send; anything else: do not] ");
    case Input::None:
        break;
    }
    return {};
}

void ConsoleSession::ready(Input input)
{
    if (m_finished)
        return;
    m_input = input;
    emit inputWanted();
}

void ConsoleSession::onReply(const protocol::Reply &reply)
{
    for (QByteArray line : reply.raw.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            print(QStringLiteral("S: ") + shown(line));
    }
    // Every reply explained: its class (what to do next), the code, the
    // enhanced code, and where they are defined.
    for (const QString &l : annotate(reply).lines())
        print(QStringLiteral("  ") + l);
    // The helper's exchange: each challenge decoded (RFC 4954 4), secrets
    // redacted by the describer.
    if (m_saslSteps && reply.code == 334)
        print(tr("** challenge decoded: %1")
                  .arg(protocol::printable(m_saslSteps->challengeLine(reply.lines.value(0)))));
    if (m_saslSteps && reply.code != 334)
        m_saslSteps.reset();
    m_model.replyReceived(reply);
}

void ConsoleSession::onFinished(quint64 id, const engine::SmtpError &error)
{
    if (id != m_waitingFor || m_finished)
        return;
    m_waitingFor = 0;
    if (error)
        print(tr("!! %1").arg(protocol::printable(error.message)));
    switch (m_model.state()) {
    case ConsoleState::Closed:
        return; // closed() follows
    case ConsoleState::StartingTls:
        return; // tlsEstablished() gives the prompt back
    case ConsoleState::Data:
        ready(Input::DataLine);
        return;
    default:
        ready(Input::Command);
    }
}

void ConsoleSession::sendTracked(quint64 id)
{
    m_waitingFor = id;
    m_input = Input::None;
}

void ConsoleSession::sendCommand(const QByteArray &line)
{
    sendTracked(m_session->raw(line));
}

void ConsoleSession::submit(const QByteArray &typed)
{
    if (m_finished)
        return;
    QByteArray line = typed;
    switch (m_input) {
    case Input::None:
        print(tr("!! wait for the server's reply first"));
        return;
    case Input::Confirm: {
        const QByteArray answer = line.trimmed().toLower();
        const QByteArray pending = std::exchange(m_pendingConfirm, QByteArray());
        if (answer.isEmpty() || answer == "y" || answer == "yes") {
            sendCommand(pending);
            return;
        }
        print(tr("** not sent"));
        m_input = Input::Command;
        if (line.trimmed().isEmpty())
            break;
        [[fallthrough]];
    }
    case Input::Command:
        if (line.trimmed().isEmpty()) {
            ready(Input::Command);
            return;
        }
        if (line.startsWith('/')) {
            handleMeta(line);
            return;
        }
        if (m_model.state() == ConsoleState::Sasl) {
            // RFC 4954 4: a SASL response; the engine redacts it.
            sendCommand(line);
            return;
        }
        {
            const ConsoleModel::Warning w = m_model.warningFor(line);
            if (w.isWarning()) {
                print(tr("!! warning: %1").arg(w.text));
                if (m_confirmWarnings) {
                    m_pendingConfirm = line;
                    ready(Input::Confirm);
                    return;
                }
                print(tr("** sent anyway"));
            }
            const protocol::CommandLine cmd = protocol::splitCommandLine(line);
            const QList<QByteArray> words = cmd.argument.simplified().split(' ');
            if (cmd.verb == "AUTH" && words.size() == 1
                && helperMechanisms.contains(words.first().toUpper()) && !w.isWarning()) {
                m_authMechanism = words.first().toUpper();
                startAuthHelper();
                return;
            }
        }
        sendCommand(line);
        return;
    case Input::DataLine: {
        if (line.startsWith("/bytes ")) {
            QByteArray bytes;
            if (!unescapeBytes(QByteArrayView(line).sliced(7), &bytes)) {
                print(tr("!! /bytes: a broken escape (use \\r \\n \\t \\\\ \\xHH)"));
                ready(Input::DataLine);
                return;
            }
            print(tr("** /bytes: %n octet(s) exactly as written, no dot-stuffing, no line "
                     "ending added",
                     nullptr, int(bytes.size())));
            m_session->rawData(bytes);
            ready(Input::DataLine);
            return;
        }
        const DataLine d = dataLine(line);
        if (d.stuffed)
            print(tr("** dot-stuffed (RFC 5321 4.5.2): the line goes out as \"%1\"")
                      .arg(shown(d.wire.chopped(2))));
        if (d.endsData) {
            print(tr("** end of data: <CRLF>.<CRLF> (RFC 5321 4.1.1.4)"));
            sendTracked(m_session->raw(d.wire.chopped(2)));
            return;
        }
        m_session->raw(d.wire.chopped(2));
        ready(Input::DataLine);
        return;
    }
    case Input::MessageLine:
        if (line == ".") {
            startSend();
            return;
        }
        m_sendMessage += line + "\r\n";
        ready(Input::MessageLine);
        return;
    case Input::User:
        m_authUser = QString::fromUtf8(line);
        ready(Input::Password);
        return;
    case Input::Password: {
        auth::Credentials credentials;
        credentials.user = m_authUser;
        credentials.password = QString::fromUtf8(line);
        credentials.host = m_session->options().host;
        credentials.port = m_session->options().effectivePort();
        std::unique_ptr<auth::SaslClientMechanism> mechanism
            = auth::createClientMechanism(m_authMechanism, credentials);
        m_authUser.clear();
        if (!mechanism) {
            print(tr("!! this build cannot do %1").arg(QString::fromLatin1(m_authMechanism)));
            ready(Input::Command);
            return;
        }
        m_saslSteps = std::make_unique<auth::SaslStepDescriber>(m_authMechanism);
        sendTracked(m_session->authenticate(std::move(mechanism)));
        return;
    }
    }
    if (m_input == Input::Command)
        ready(Input::Command);
}

void ConsoleSession::startAuthHelper()
{
    print(tr("** AUTH helper: the console asks for the user and the password (not shown) and "
             "answers the server's challenges for %1; each step is decoded below, the secrets "
             "are redacted")
              .arg(QString::fromLatin1(m_authMechanism)));
    ready(Input::User);
}

void ConsoleSession::handleMeta(const QByteArray &line)
{
    const QList<QByteArray> words = line.simplified().split(' ');
    const QByteArray &name = words.first();
    if (name == "/help") {
        print(tr("** valid now: %1").arg(m_model.validCommands().join(QStringLiteral(", "))));
        print(tr("** /send FROM TO[,TO...]: send a message the way a client does (pipelined "
                 "MAIL/RCPT/DATA, or BDAT); type its lines, then a single dot"));
        print(tr("** /bytes TEXT (after DATA's 354): octets exactly, with \\r \\n \\t \\\\ \\xHH"));
        print(tr("** /quit: say QUIT and close"));
        ready(Input::Command);
        return;
    }
    if (name == "/quit") {
        m_input = Input::None;
        m_session->quit();
        return;
    }
    if (name == "/send") {
        if (words.size() != 3) {
            print(tr("!! /send FROM TO[,TO...] (use <> for the null sender)"));
            ready(Input::Command);
            return;
        }
        m_sendFrom = words[1] == "<>" ? QByteArray() : words[1];
        m_sendTo.clear();
        for (const QByteArray &to : words[2].split(',')) {
            if (!to.isEmpty())
                m_sendTo.append(to);
        }
        m_sendMessage.clear();
        print(tr("** type the message (header fields, an empty line, the body); a line with a "
                 "single dot ends it"));
        ready(Input::MessageLine);
        return;
    }
    if (name == "/bytes") {
        print(tr("!! /bytes works only in the message data, after DATA's 354"));
        ready(Input::Command);
        return;
    }
    print(tr("!! unknown console command %1 (/help lists them)").arg(shown(name)));
    ready(Input::Command);
}

void ConsoleSession::startSend()
{
    engine::Envelope envelope;
    envelope.sender = m_sendFrom;
    for (const QByteArray &to : m_sendTo)
        envelope.recipients.append({to, {}});
    envelope.eightBit = eightBit(m_sendMessage);
    envelope.smtpUtf8 = eightBit(m_sendFrom) || eightBit(m_sendTo.join(','));
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(std::exchange(m_sendMessage, QByteArray()));
    buffer->open(QIODevice::ReadOnly);
    const qint64 size = buffer->size();
    sendTracked(
        m_session->send(envelope, session::SmtpSession::deviceSource(std::move(buffer), size)));
}

void ConsoleSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_input = Input::None;
    print(tr("** connection closed"));
    emit finished();
}

} // namespace postscope::console
