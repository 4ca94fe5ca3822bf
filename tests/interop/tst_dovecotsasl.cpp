// Interop: every SASL mechanism Dovecot offers through Postfix, after
// STARTTLS, with core/auth's mechanisms driven by the real session: the
// built-in ones and DIGEST-MD5 through QCA and Cyrus SASL. The right secret
// gets 235, a wrong one Dovecot's 535 5.7.8; the decoded view of each step
// never shows the secret; the mechanism choice and smtplib's fallback rule
// hold on the replies of a real server.
//
// The peers come from tests/support/peers/peers.py: without PEER_PORT this
// program runs itself again under `peers.py postfix --`, which starts a
// private Postfix and Dovecot and stops them afterwards. A missing peer is
// a failure, never a skip.

#include "auth/exchange.h"
#include "auth/qcasasl.h"
#include "auth/saslclient.h"
#include "auth/saslsteps.h"
#include "auth/selection.h"
#include "session/smtpsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace postscope;
using namespace postscope::auth;

namespace {

// What one AUTH attempt looked like from the client's side.
struct Attempt
{
    protocol::Reply reply; // the reply that ended it
    engine::SmtpError error;
    QStringList decoded; // SaslStepDescriber's view, step by step
    QList<QByteArray> displayed; // the transcript form of each command sent
    QList<QByteArray> authMechanisms;
    bool ready = false;
    QString problem; // set when the session never got there
};

class Peer
{
public:
    Peer()
    {
        port = quint16(qEnvironmentVariableIntValue("PEER_PORT"));
        const QString certFile = qEnvironmentVariable("PEER_CERT");
        QFile file(certFile);
        if (file.open(QIODevice::ReadOnly))
            certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        user = qEnvironmentVariable("PEER_USER2");
        password = qEnvironmentVariable("PEER_PASSWORD2");
    }
    bool isValid() const { return port != 0 && !certificates.isEmpty() && !password.isEmpty(); }

    session::SessionOptions options() const
    {
        session::SessionOptions o;
        o.host = QStringLiteral("localhost");
        o.port = port;
        o.security = session::Security::StartTls;
        o.heloName = "client.example.test";
        o.timeoutMs = 15000;
        o.extraCaCertificates = certificates;
        return o;
    }

    quint16 port = 0;
    QList<QSslCertificate> certificates;
    QString user;
    QString password;
};

// Opens a session (STARTTLS), runs AUTH with each mechanism in turn while
// the last attempt says TryNext (smtplib's login()), and records it all.
QList<Attempt> authenticate(const Peer &peer, const QList<QByteArray> &mechanisms,
                            const QString &user, const QString &password)
{
    QList<Attempt> attempts;
    session::SmtpSession session(peer.options());
    QSignalSpy ready(&session, &session::SmtpSession::ready);
    QSignalSpy failed(&session, &session::SmtpSession::errorOccurred);
    session.open();
    if (!ready.wait(30000) && ready.isEmpty()) {
        Attempt a;
        a.problem = failed.isEmpty() ? QStringLiteral("no ready() from the session")
                                     : failed.first().first().value<engine::SmtpError>().message;
        return {a};
    }
    const QList<QByteArray> offered = session.engine().capabilities().authMechanisms();

    std::unique_ptr<SaslStepDescriber> describer;
    Attempt *current = nullptr;
    QObject::connect(&session, &session::SmtpSession::commandSent, &session,
                     [&](const protocol::Command &command) {
                         if (!current)
                             return;
                         current->displayed << command.display();
                         if (command.verb == protocol::Verb::Auth) {
                             const QList<QByteArray> words = command.line().split(' ');
                             if (words.size() == 3)
                                 current->decoded << describer->initialResponseLine(words[2]);
                         } else if (command.verb == protocol::Verb::AuthResponse) {
                             current->decoded << describer->responseLine(command.line());
                         }
                     });
    QObject::connect(&session, &session::SmtpSession::replyReceived, &session,
                     [&](const protocol::Reply &reply) {
                         if (current && reply.code == 334)
                             current->decoded << describer->challengeLine(reply.lines.value(0));
                     });

    for (const QByteArray &mechanism : mechanisms) {
        attempts.append(Attempt());
        current = &attempts.last();
        current->ready = true;
        current->authMechanisms = offered;
        describer = std::make_unique<SaslStepDescriber>(mechanism);
        Credentials credentials;
        credentials.user = user;
        credentials.password = password;
        credentials.host = peer.options().host;
        credentials.port = peer.port;
        std::unique_ptr<SaslClientMechanism> client = createClientMechanism(mechanism, credentials);
        if (!client) {
            current->problem
                = QStringLiteral("no client mechanism %1").arg(QString::fromLatin1(mechanism));
            break;
        }
        QSignalSpy finished(&session, &session::SmtpSession::requestFinished);
        const quint64 id = session.authenticate(std::move(client));
        while (true) {
            bool found = false;
            for (const QList<QVariant> &args : std::as_const(finished)) {
                if (args.at(0).toULongLong() == id) {
                    current->reply = args.at(1).value<protocol::Reply>();
                    current->error = args.at(2).value<engine::SmtpError>();
                    found = true;
                }
            }
            if (found)
                break;
            if (!finished.wait(20000)) {
                current->problem
                    = QStringLiteral("AUTH %1 never finished").arg(QString::fromLatin1(mechanism));
                break;
            }
        }
        if (!current->problem.isEmpty()
            || afterAuthReply(current->reply.code, false) != AuthAttempt::TryNext)
            break;
    }
    current = nullptr;
    session.quit();
    return attempts;
}

} // namespace

class TestDovecotSasl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOfferedMechanism_data();
    void everyOfferedMechanism();
    void selectionOnRealOffers();
    void smtplibFallback();

private:
    Peer m_peer;
};

void TestDovecotSasl::initTestCase()
{
    QVERIFY2(m_peer.isValid(), "PEER_PORT, PEER_CERT and PEER_PASSWORD2 must come from peers.py");
    QVERIFY2(qcaSaslProblem().isEmpty(), qPrintable(qcaSaslProblem()));
}

void TestDovecotSasl::everyOfferedMechanism_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<bool>("rightSecret");
    // peers.py's DOVECOT_MECHANISMS, which Postfix announces after STARTTLS.
    for (const char *m :
         {"PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"}) {
        QTest::addRow("%s right secret", m) << QByteArray(m) << true;
        QTest::addRow("%s wrong secret", m) << QByteArray(m) << false;
    }
}

void TestDovecotSasl::everyOfferedMechanism()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(bool, rightSecret);
    const QString password
        = rightSecret ? m_peer.password : QStringLiteral("wrong-") + m_peer.password;
    const QList<Attempt> attempts = authenticate(m_peer, {mechanism}, m_peer.user, password);
    QCOMPARE(attempts.size(), 1);
    const Attempt &a = attempts.first();
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QVERIFY2(a.authMechanisms.contains(mechanism), a.authMechanisms.join(' ').constData());
    if (rightSecret) {
        QVERIFY2(!a.error, qPrintable(a.error.message));
        QCOMPARE(a.reply.code, 235);
    } else {
        QCOMPARE(a.error.kind, engine::SmtpError::Kind::AuthFailed);
        QCOMPARE(a.reply.code, 535);
        QCOMPARE(a.reply.enhanced.toString(), u"5.7.8"_qs);
        QVERIFY2(a.error.message.contains(u"535"), qPrintable(a.error.message));
    }
    // The secret is nowhere in what a transcript would show.
    QVERIFY(!a.decoded.isEmpty());
    for (const QString &step : a.decoded) {
        QVERIFY2(!step.contains(m_peer.password), qPrintable(step));
        QVERIFY2(!step.contains(u"wrong-"), qPrintable(step));
    }
    for (const QByteArray &line : a.displayed) {
        QVERIFY2(!line.contains(m_peer.password.toUtf8()), line.constData());
        QVERIFY2(!line.contains(m_peer.password.toUtf8().toBase64()), line.constData());
    }
    // What the decoded view shows for the mechanism.
    const QString all = a.decoded.join(u'\n');
    if (mechanism == "PLAIN" || mechanism == "LOGIN")
        QVERIFY2(all.contains(QStringLiteral("user=\"%1\"").arg(m_peer.user)), qPrintable(all));
    if (mechanism == "CRAM-MD5")
        QVERIFY2(all.contains(u"HMAC-MD5(password, challenge)="), qPrintable(all));
    if (mechanism.startsWith("SCRAM"))
        QVERIFY2(all.contains(u"iterations=") && all.contains(u"proof=********"), qPrintable(all));
    if (mechanism == "DIGEST-MD5")
        QVERIFY2(all.contains(u"nonce=") && all.contains(u"digest-uri"), qPrintable(all));
}

void TestDovecotSasl::selectionOnRealOffers()
{
    const QList<Attempt> attempts
        = authenticate(m_peer, {"SCRAM-SHA-256"}, m_peer.user, m_peer.password);
    QVERIFY2(attempts.first().problem.isEmpty(), qPrintable(attempts.first().problem));
    const QList<QByteArray> offered = attempts.first().authMechanisms;
    const MechanismSelection tls = selectMechanisms(
        offered, autoMechanisms(CredentialKind::Password), ConnectionSecurity::Encrypted,
        PlaintextAuth::Refuse, MechanismOrder::Postscope);
    QCOMPARE(tls.candidates.value(0), "SCRAM-SHA-256");
    QVERIFY(tls.candidates.contains("PLAIN"));
    // The same offers without TLS would keep PLAIN and LOGIN back.
    const MechanismSelection clear = selectMechanisms(
        offered, autoMechanisms(CredentialKind::Password, MechanismOrder::Smtplib),
        ConnectionSecurity::Plaintext, PlaintextAuth::Refuse, MechanismOrder::Smtplib);
    QCOMPARE(clear.candidates, (QList<QByteArray> {"CRAM-MD5"}));
    QCOMPARE(clear.withheld, (QList<QByteArray> {"PLAIN", "LOGIN"}));
    QCOMPARE(attempts.first().reply.code, 235);
}

void TestDovecotSasl::smtplibFallback()
{
    // smtplib's login(): CRAM-MD5, PLAIN, LOGIN in turn while each gets a
    // failure reply; all three 535 on one connection with a wrong password.
    const QList<QByteArray> order = mechanismOrder(MechanismOrder::Smtplib);
    const QList<Attempt> wrong = authenticate(m_peer, order, m_peer.user, QStringLiteral("not-it"));
    QCOMPARE(wrong.size(), 3);
    for (const Attempt &a : wrong) {
        QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
        QCOMPARE(a.reply.code, 535);
    }
    // With the right one, the first candidate does it and nothing more is tried.
    const QList<Attempt> right = authenticate(m_peer, order, m_peer.user, m_peer.password);
    QCOMPARE(right.size(), 1);
    QCOMPARE(right.first().reply.code, 235);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("PEER_PORT")) {
        // Run again with a private Postfix and Dovecot up (peers.py passes
        // PEER_* in the environment and stops them when this exits).
        std::vector<char *> args;
        static char python[] = "/usr/bin/python3";
        static char peers[] = POSTSCOPE_SOURCE_DIR "/tests/support/peers/peers.py";
        static char kind[] = "postfix";
        static char separator[] = "--";
        args.insert(args.end(), {python, peers, kind, separator});
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execv(python, args.data());
        std::fprintf(stderr,
                     "tst_dovecotsasl: cannot run %s (Debian's python3, for peers.py): %s\n",
                     python, std::strerror(errno));
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestDovecotSasl test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dovecotsasl.moc"
