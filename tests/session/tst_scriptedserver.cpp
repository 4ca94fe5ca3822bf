// The test-support library itself: the generated certificates verify as they
// should, and the scripted server follows its grammar (scriptedserver.h),
// driven by plain Qt sockets so that these tests stand on their own.

#include "scriptedserver.h"
#include "testcerts.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace postscope::testsupport;

class TestScriptedServer : public QObject
{
    Q_OBJECT
private slots:
    void certificatesVerify();
    void unescape();
    void playsScript();
    void mismatchIsReported();
    void linesAfterEndAreMismatches();
    void dataIsCountedNotHoarded();
    void starttlsOverRealTls();
    void implicitTls();
    void localSocket();
    void badScript();
    void badHostileDirectives_data();
    void badHostileDirectives();
    void trickleSendsOneOctetAtATime();
    void floodStreamsWithFlatMemory();
    void deafStopsReading();
    void throttleReadsSlowly();

private:
    static QByteArray readLine(QIODevice *device);
};

QByteArray TestScriptedServer::readLine(QIODevice *device)
{
    // The server lives in this thread: wait with the event loop running.
    QElapsedTimer t;
    t.start();
    while (!device->canReadLine() && t.elapsed() < 5000)
        QTest::qWait(5);
    return device->readLine();
}

void TestScriptedServer::certificatesVerify()
{
    const TestCertificates &certs = TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    QCOMPARE(certs.server.certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList {QStringLiteral("localhost")});
    // Signed by our CA and valid for "localhost": the only complaint of a
    // verification against the system store is the unknown root.
    const auto hostErrors = [](const QList<QSslError> &errors) {
        int n = 0;
        for (const QSslError &e : errors)
            n += e.error() == QSslError::HostNameMismatch;
        return n;
    };
    const auto serverErrors = QSslCertificate::verify(
        {certs.server.certificate, certs.ca.certificate}, QStringLiteral("localhost"));
    QVERIFY(!serverErrors.isEmpty());
    QCOMPARE(hostErrors(serverErrors), 0);
    QCOMPARE(hostErrors(QSslCertificate::verify({certs.wrongHost.certificate, certs.ca.certificate},
                                                QStringLiteral("localhost"))),
             1);
    QVERIFY(certs.otherServer.certificate.issuerDisplayName()
            != certs.server.certificate.issuerDisplayName());
    QCOMPARE(certs.server.sha256Hex().size(), 64);
    QCOMPARE(certs.server.sha256Colons().size(), 64 + 31);
    QVERIFY(QFile::exists(certs.server.certificatePath));
    QVERIFY(QFile::exists(certs.server.keyPath));
    const auto sans = certs.server.certificate.subjectAlternativeNames();
    QVERIFY(sans.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
}

void TestScriptedServer::unescape()
{
    QCOMPARE(unescapeBytes("220 go\\r\\n250 x\\r\\n"), QByteArray("220 go\r\n250 x\r\n"));
    QCOMPARE(unescapeBytes("a\\x00b\\\\c\\t"), QByteArray("a\0b\\c\t", 6));
    QCOMPARE(unescapeBytes("end\\"), QByteArray("end\\"));
}

void TestScriptedServer::playsScript()
{
    ScriptedServer server;
    server.setScript("# greeting\n"
                     "S: 220 test ESMTP\n"
                     "C: EHLO client\n"
                     "S: 250-test\n"
                     "S: 250 PIPELINING\n"
                     "C~ NOOP( .*)?\n"
                     "S: 250 ok\n");
    QVERIFY(server.scriptError().isEmpty());
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 test ESMTP\r\n"));
    client.write("EHLO client\r\n");
    QCOMPARE(readLine(&client), QByteArray("250-test\r\n"));
    QCOMPARE(readLine(&client), QByteArray("250 PIPELINING\r\n"));
    client.write("NOOP hello\r\n");
    QCOMPARE(readLine(&client), QByteArray("250 ok\r\n"));
    QTRY_VERIFY(server.isFinished(0));
    QCOMPARE(server.connection().clientLines, (QList<QByteArray> {"EHLO client", "NOOP hello"}));
    QCOMPARE(server.connection().received, QByteArray("EHLO client\r\nNOOP hello\r\n"));
    QCOMPARE(server.connection().receivedAfter("EHLO client\r\n"), QByteArray("NOOP hello\r\n"));
    QVERIFY(server.connection().receivedAfter("QUIT").isNull());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestScriptedServer::mismatchIsReported()
{
    ScriptedServer server;
    server.setScript("S: 220 hi\nC: EHLO a\nS: 250 ok\n");
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 hi\r\n"));
    client.write("HELO b\r\n");
    // The server gives up on the connection and says why.
    QTRY_COMPARE(server.mismatches().size(), 1);
    QVERIFY(server.mismatches().first().contains(QStringLiteral("HELO b")));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(!server.connection().scriptDone);
}

void TestScriptedServer::linesAfterEndAreMismatches()
{
    ScriptedServer server;
    server.setScript("S: 220 hi\nC: QUIT\nS: 221 bye\n");
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 hi\r\n"));
    client.write("QUIT\r\n");
    QCOMPARE(readLine(&client), QByteArray("221 bye\r\n"));
    QVERIFY(server.mismatches().isEmpty());
    client.write("NOOP\r\n");
    QTRY_COMPARE(server.mismatches().size(), 1);
    QVERIFY(server.mismatches().first().contains(QStringLiteral("NOOP")));
}

void TestScriptedServer::dataIsCountedNotHoarded()
{
    ScriptedServer server;
    server.setScript("S: 220 hi\nC: DATA\nS: 354 go\nX: data\nS: 250 one\n"
                     "C: DATA\nS: 354 go\nX: data\nS: 250 empty\nC: BDAT 5 LAST\nX: bytes 5\n"
                     "S: 250 chunk\n");
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 hi\r\n"));
    client.write("DATA\r\n");
    QCOMPARE(readLine(&client), QByteArray("354 go\r\n"));
    // The end-of-data line split over writes, and a stuffed dot inside.
    client.write("Subject: x\r\n\r\n..dot\r\nlast\r");
    client.flush();
    QTest::qWait(20);
    client.write("\n.");
    client.flush();
    QTest::qWait(20);
    client.write("\r\n");
    QCOMPARE(readLine(&client), QByteArray("250 one\r\n"));
    client.write("DATA\r\n");
    QCOMPARE(readLine(&client), QByteArray("354 go\r\n"));
    client.write(".\r\nBDAT 5 LAST\r\nabcde");
    QCOMPARE(readLine(&client), QByteArray("250 empty\r\n"));
    QCOMPARE(readLine(&client), QByteArray("250 chunk\r\n"));
    const ConnectionRecord &r = server.connection();
    QCOMPARE(r.messageSizes, (QList<qint64> {27, 0}));
    QCOMPARE(r.messages.value(0), QByteArray("Subject: x\r\n\r\n..dot\r\nlast\r\n"));
    QCOMPARE(r.messages.value(1), QByteArray());
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestScriptedServer::starttlsOverRealTls()
{
    const TestCertificates &certs = TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    ScriptedServer server;
    server.setTlsConfiguration(certs.serverConfiguration(certs.server));
    server.setScript(
        "S: 220 hi\nC: STARTTLS\nS: 220 go ahead\nX: starttls\nC: EHLO x\nS: 250 ok\n");
    QVERIFY(server.listen());
    QSslSocket client;
    QSslConfiguration config = client.sslConfiguration();
    config.setCaCertificates({certs.ca.certificate});
    client.setSslConfiguration(config);
    client.connectToHost(QStringLiteral("localhost"), server.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 hi\r\n"));
    client.write("STARTTLS\r\n");
    QCOMPARE(readLine(&client), QByteArray("220 go ahead\r\n"));
    client.startClientEncryption();
    QTRY_VERIFY2(client.isEncrypted(), qPrintable(client.errorString()));
    client.write("EHLO x\r\n");
    QCOMPARE(readLine(&client), QByteArray("250 ok\r\n"));
    QTRY_VERIFY(server.connection().scriptDone);
    QVERIFY(server.connection().encrypted);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join('\n')));
}

void TestScriptedServer::implicitTls()
{
    const TestCertificates &certs = TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    ScriptedServer server;
    server.setTlsConfiguration(certs.serverConfiguration(certs.server));
    server.setScript("S: 220 secure\nC: QUIT\nS: 221 bye\nX: close\n");
    QVERIFY(server.listen(ScriptedServer::Mode::ImplicitTls));
    QSslSocket client;
    QSslConfiguration config = client.sslConfiguration();
    config.setCaCertificates({certs.ca.certificate});
    client.setSslConfiguration(config);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port(),
                                  QStringLiteral("127.0.0.1"));
    QTRY_VERIFY2(client.isEncrypted(), qPrintable(client.errorString()));
    QCOMPARE(readLine(&client), QByteArray("220 secure\r\n"));
    client.write("QUIT\r\n");
    QCOMPARE(readLine(&client), QByteArray("221 bye\r\n"));
    QTRY_VERIFY(server.connection().closed);
    QVERIFY(server.mismatches().isEmpty());
}

void TestScriptedServer::localSocket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScriptedServer server;
    server.setScript("S: 220 lmtp\nC: LHLO x\nS: 250 ok\n");
    const QString path = dir.filePath(QStringLiteral("lmtp.sock"));
    QVERIFY2(server.listenLocal(path), qPrintable(server.errorString()));
    QLocalSocket client;
    client.connectToServer(path);
    QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 lmtp\r\n"));
    client.write("LHLO x\r\n");
    QCOMPARE(readLine(&client), QByteArray("250 ok\r\n"));
    QTRY_VERIFY(server.connection().scriptDone);
    QVERIFY(server.mismatches().isEmpty());
}

void TestScriptedServer::badScript()
{
    ScriptedServer server;
    server.setScript("S: 220 hi\nX: dance\nZ: nope\n");
    QVERIFY(!server.scriptError().isEmpty());
    QVERIFY(!server.mismatches().isEmpty());
}

void TestScriptedServer::badHostileDirectives_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("T: without a number") << QByteArray("T: abc\n");
    QTest::newRow("T: without bytes") << QByteArray("T: 10\n");
    QTest::newRow("F: negative") << QByteArray("F: -1 x\n");
    QTest::newRow("F: without bytes") << QByteArray("F: 5 \n");
    QTest::newRow("throttle without a rate") << QByteArray("X: throttle fast\n");
}

void TestScriptedServer::badHostileDirectives()
{
    QFETCH(QByteArray, script);
    ScriptedServer server;
    server.setScript("S: 220 hi\n" + script);
    QVERIFY(!server.scriptError().isEmpty());
}

void TestScriptedServer::trickleSendsOneOctetAtATime()
{
    ScriptedServer server;
    server.setScript("T: 60 220 \\x1bok\\r\\n\nS: 250 after\n");
    QVERIFY2(server.scriptError().isEmpty(), qPrintable(server.scriptError()));
    QVERIFY(server.listen());
    QTcpSocket client;
    QElapsedTimer clock;
    clock.start();
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QByteArray got;
    int reads = 0;
    while (!got.contains("250 after\r\n") && clock.elapsed() < 5000) {
        if (client.waitForReadyRead(50)) {
            got += client.readAll();
            ++reads;
        }
        QCoreApplication::processEvents();
    }
    QCOMPARE(got, QByteArray("220 \x1bok\r\n250 after\r\n"));
    // Nine octets, 60 ms apart: they came one by one, not in one write.
    QVERIFY2(reads >= 5, qPrintable(QString::number(reads)));
    QVERIFY2(clock.elapsed() >= 8 * 60 - 20, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server.connection().sentTotal, got.size());
}

void TestScriptedServer::floodStreamsWithFlatMemory()
{
    // 8 MiB of continuation lines: the server writes as the client reads,
    // never more than its high-water mark at once.
    ScriptedServer server;
    server.setScript("S: 220 hi\nF: 262144 250-xxxxxxxxxxxxxxxxxxxxxxxxxxx\\r\\n\nS: 250 end\n");
    QVERIFY2(server.scriptError().isEmpty(), qPrintable(server.scriptError()));
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    qint64 total = 0;
    QByteArray tail;
    QElapsedTimer clock;
    clock.start();
    while (!tail.endsWith("250 end\r\n") && clock.elapsed() < 20000) {
        QCoreApplication::processEvents();
        client.waitForReadyRead(10);
        const QByteArray bytes = client.readAll();
        total += bytes.size();
        tail = (tail + bytes).right(16);
        QVERIFY(server.connection().sentTotal - total <= 8 * 1024 * 1024);
    }
    QCOMPARE(total,
             qint64(8) + 262144 * qint64(sizeof("250-xxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n") - 1) + 9);
    QCOMPARE(server.connection().sentTotal, total);
    QVERIFY(tail.endsWith("250 end\r\n"));
    // The client closes mid-flood: the server stops.
    ScriptedServer endless;
    endless.setScript("S: 220 hi\nF: 1000000000 x\n");
    QVERIFY(endless.listen());
    QTcpSocket quitter;
    quitter.connectToHost(QHostAddress::LocalHost, endless.port());
    QTRY_VERIFY(endless.connection().sentTotal > 1024 * 1024);
    quitter.abort();
    QTRY_VERIFY(endless.connection().closed);
    const qint64 sent = endless.connection().sentTotal;
    QTest::qWait(100);
    QCOMPARE(endless.connection().sentTotal, sent);
}

void TestScriptedServer::deafStopsReading()
{
    ScriptedServer server;
    server.setScript("S: 220 hi\nC: DATA\nS: 354 go\nX: deaf\nX: data\nS: 250 never\n");
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 hi\r\n"));
    client.write("DATA\r\n");
    QCOMPARE(readLine(&client), QByteArray("354 go\r\n"));
    // 24 MiB cannot all fit in the kernel's buffers: some stays with us.
    const QByteArray block(1024 * 1024, 'd');
    for (int i = 0; i < 24; ++i)
        client.write(block);
    QTest::qWait(500);
    QVERIFY2(client.bytesToWrite() > 0, qPrintable(QString::number(client.bytesToWrite())));
    const qint64 received = server.connection().receivedTotal;
    QVERIFY2(received < 1024 * 1024, qPrintable(QString::number(received)));
    QVERIFY(server.connection().messageSizes.isEmpty());
}

void TestScriptedServer::throttleReadsSlowly()
{
    ScriptedServer server;
    server.setScript("S: 220 hi\nX: throttle 20000\nX: silent\n");
    QVERIFY(server.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(readLine(&client), QByteArray("220 hi\r\n"));
    client.write(QByteArray(512 * 1024, 't'));
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(1000);
    // About 20,000 octets a second, whatever the client offers.
    const qint64 received = server.connection().receivedTotal;
    const double rate = received * 1000.0 / clock.elapsed();
    QVERIFY2(rate > 5000 && rate < 40000, qPrintable(QString::number(rate)));
}

QTEST_GUILESS_MAIN(TestScriptedServer)
#include "tst_scriptedserver.moc"
