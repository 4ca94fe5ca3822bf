// The decoded view of each AUTH step for the transcript (core/auth
// saslsteps.h): every mechanism's messages in words, from the RFCs' own
// example exchanges, with secrets redacted unless asked for, and nothing a
// peer sends able to forge a transcript line.

#include "auth/saslsteps.h"

#include <QTest>

using namespace postscope::auth;

namespace {

// One step as it crossed the wire: "I <base64>" initial response (or "="),
// "S <base64>" challenge, "C <base64>" response (or "*").
using Wire = QList<QByteArray>;

// A literal with its NULs.
template<qsizetype N> QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QByteArray b64(QByteArrayView raw)
{
    return raw.toByteArray().toBase64();
}

QStringList describe(const QByteArray &mechanism, const Wire &wire, SecretDisplay display)
{
    SaslStepDescriber describer(mechanism, display);
    QStringList out;
    for (const QByteArray &step : wire) {
        const QByteArrayView text = QByteArrayView(step).sliced(qMin<qsizetype>(2, step.size()));
        switch (step.at(0)) {
        case 'I':
            out << describer.initialResponseLine(text);
            break;
        case 'S':
            out << describer.challengeLine(text);
            break;
        default:
            out << describer.responseLine(text);
            break;
        }
    }
    return out;
}

} // namespace

class TestSaslSteps : public QObject
{
    Q_OBJECT

private slots:
    void steps_data();
    void steps();
    void rawEntryPoints();
};

void TestSaslSteps::steps_data()
{
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<Wire>("wire");
    QTest::addColumn<QStringList>("redacted");
    QTest::addColumn<QStringList>("revealed"); // empty: same as redacted
    QTest::addColumn<QStringList>("secrets"); // never in the redacted form

    const QString mark = redactionMark.toString();

    // RFC 4616 4
    QTest::newRow("PLAIN, RFC 4616")
        << QByteArray("PLAIN") << Wire {"I " + b64(bytes("\0tim\0tanstaaftanstaaf"))}
        << QStringList {u"authzid=\"\", user=\"tim\", password="_qs + mark}
        << QStringList {u"authzid=\"\", user=\"tim\", password=\"tanstaaftanstaaf\""_qs}
        << QStringList {u"tanstaaftanstaaf"_qs};
    QTest::newRow("PLAIN after an empty 334, with authzid")
        << QByteArray("PLAIN") << Wire {"S ", "C " + b64(bytes("Ursel\0Kurt\0xipj3plmq"))}
        << QStringList {u"(empty challenge: the server waits for the client's message)"_qs,
                        u"authzid=\"Ursel\", user=\"Kurt\", password="_qs + mark}
        << QStringList {u"(empty challenge: the server waits for the client's message)"_qs,
                        u"authzid=\"Ursel\", user=\"Kurt\", password=\"xipj3plmq\""_qs}
        << QStringList {u"xipj3plmq"_qs};
    QTest::newRow("PLAIN, empty initial response (=)")
        << QByteArray("PLAIN") << Wire {"I ="}
        << QStringList {u"malformed PLAIN message, 0 byte(s)"_qs} << QStringList() << QStringList();
    QTest::newRow("PLAIN, a user name trying to forge a line")
        << QByteArray("PLAIN") << Wire {"I " + b64(bytes("\0a\r\nS: 235 ok\0pw"))}
        << QStringList {u"authzid=\"\", user=\"a\\x0d\\x0aS: 235 ok\", password="_qs + mark}
        << QStringList {u"authzid=\"\", user=\"a\\x0d\\x0aS: 235 ok\", password=\"pw\""_qs}
        << QStringList {u"\"pw\""_qs};

    // draft-murchison-sasl-login
    QTest::newRow("LOGIN") << QByteArray("LOGIN")
                           << Wire {"S VXNlcm5hbWU6", "C " + b64("alice"), "S UGFzc3dvcmQ6",
                                    "C " + b64("wonder land")}
                           << QStringList {u"server asks \"Username:\""_qs, u"user=\"alice\""_qs,
                                           u"server asks \"Password:\""_qs, u"password="_qs + mark}
                           << QStringList {u"server asks \"Username:\""_qs, u"user=\"alice\""_qs,
                                           u"server asks \"Password:\""_qs,
                                           u"password=\"wonder land\""_qs}
                           << QStringList {u"wonder land"_qs};
    QTest::newRow("LOGIN with the user as initial response")
        << QByteArray("LOGIN") << Wire {"I " + b64("alice"), "S UGFzc3dvcmQ6", "C " + b64("s3cret")}
        << QStringList {u"user=\"alice\""_qs, u"server asks \"Password:\""_qs,
                        u"password="_qs + mark}
        << QStringList {u"user=\"alice\""_qs, u"server asks \"Password:\""_qs,
                        u"password=\"s3cret\""_qs}
        << QStringList {u"s3cret"_qs};

    // RFC 2195 2: the digest answers this challenge only, so it is shown.
    QTest::newRow("CRAM-MD5, RFC 2195")
        << QByteArray("CRAM-MD5")
        << Wire {"S " + b64("<1896.697170952@postoffice.reston.mci.net>"),
                 "C " + b64("tim b913a602c7eda7a495b4e6e7334d3890")}
        << QStringList {u"challenge=\"<1896.697170952@postoffice.reston.mci.net>\""_qs,
                        u"user=\"tim\", HMAC-MD5(password, challenge)=\"b913a602c7eda7a495b4e6e7334d3890\""_qs}
        << QStringList() << QStringList {u"tanstaaftanstaaf"_qs};

    // RFC 5802 5
    QTest::newRow("SCRAM-SHA-1, RFC 5802")
        << QByteArray("SCRAM-SHA-1")
        << Wire {"I " + b64("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"),
                 "S "
                     + b64(
                         "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"),
                 "C "
                     + b64("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p="
                           "v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="),
                 "S " + b64("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="), "C "}
        << QStringList {u"gs2-header=\"n,,\", user=\"user\", nonce=\"fyko+d2lbbFgONRv9qkxdawL\""_qs,
                        u"nonce=\"fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j\", "
                        u"salt=\"QSXCR+Q6sek8bf92\" "
                        u"(12 byte(s)), iterations=\"4096\""_qs,
                        u"channel-binding=\"biws\" (\"n,,\"), nonce=\"fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j\", proof="_qs
                            + mark,
                        u"server signature=\"rmF9pqV8S7suAoZWja4dJRkFsKQ=\""_qs,
                        u"(empty response: acknowledges the server's final message)"_qs}
        << QStringList {u"gs2-header=\"n,,\", user=\"user\", nonce=\"fyko+d2lbbFgONRv9qkxdawL\""_qs,
                        u"nonce=\"fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j\", "
                        u"salt=\"QSXCR+Q6sek8bf92\" "
                        u"(12 byte(s)), iterations=\"4096\""_qs,
                        u"channel-binding=\"biws\" (\"n,,\"), "
                        u"nonce=\"fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j\", "
                        u"proof=\"v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=\""_qs,
                        u"server signature=\"rmF9pqV8S7suAoZWja4dJRkFsKQ=\""_qs,
                        u"(empty response: acknowledges the server's final message)"_qs}
        << QStringList {u"v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="_qs};
    QTest::newRow("SCRAM-SHA-256, server error")
        << QByteArray("SCRAM-SHA-256") << Wire {"S " + b64("e=invalid-proof")}
        << QStringList {u"server error=\"invalid-proof\""_qs} << QStringList() << QStringList();

    // Google's XOAUTH2 example and its published failure.
    QTest::newRow("XOAUTH2, Google")
        << QByteArray("XOAUTH2")
        << Wire {"I "
                 "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSb"
                 "GNr"
                 "QmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==",
                 "S "
                     + b64(
                         R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})"),
                 "C "}
        << QStringList {u"user=\"someuser@example.com\", auth=Bearer "_qs + mark,
                        u"error: status=\"401\", schemes=\"bearer\", scope=\"https://mail.google.com/\""_qs,
                        u"(empty response: ends the exchange after the server's error)"_qs}
        << QStringList {u"user=\"someuser@example.com\", auth=Bearer "
                        u"\"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\""_qs,
                        u"error: status=\"401\", schemes=\"bearer\", scope=\"https://mail.google.com/\""_qs,
                        u"(empty response: ends the exchange after the server's error)"_qs}
        << QStringList {u"ya29"_qs, u"vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_qs};
    // RFC 7628 4.4
    QTest::newRow("OAUTHBEARER, RFC 7628 4.4")
        << QByteArray("OAUTHBEARER")
        << Wire {"I "
                 "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9NTg3AWF1dGg9Q"
                 "mVh"
                 "cmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2c9PQEB",
                 "S "
                 "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NoZW1lcyI6ImJlYXJlciBtYWMiLCJzY29wZSI6Imh0d"
                 "HBz"
                 "Oi8vbWFpbC5leGFtcGxlLmNvbS8ifQ==",
                 "C AQ=="}
        << QStringList {u"gs2-header=\"n,a=user@example.com,\", host=\"server.example.com\", "
                        u"port=\"587\", "
                        u"auth=Bearer "_qs
                            + mark,
                        u"error: status=\"invalid_token\", schemes=\"bearer mac\", scope=\"https://mail.example.com/\""_qs,
                        u"^A: ends the exchange after the server's error (RFC 7628 3.2.3)"_qs}
        << QStringList {u"gs2-header=\"n,a=user@example.com,\", host=\"server.example.com\", "
                        u"port=\"587\", "
                        u"auth=Bearer \"vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg==\""_qs,
                        u"error: status=\"invalid_token\", schemes=\"bearer mac\", scope=\"https://mail.example.com/\""_qs,
                        u"^A: ends the exchange after the server's error (RFC 7628 3.2.3)"_qs}
        << QStringList {u"vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_qs};
    QTest::newRow("OAUTHBEARER, error not JSON")
        << QByteArray("OAUTHBEARER") << Wire {"S " + b64("go away")}
        << QStringList {u"error (not JSON): \"go away\""_qs} << QStringList() << QStringList();

    // Through Cyrus: DIGEST-MD5 is readable text, NTLM binary with a type.
    QTest::newRow("DIGEST-MD5 challenge")
        << QByteArray("DIGEST-MD5")
        << Wire {"S " + b64("realm=\"elwood.innosoft.com\",nonce=\"OA6MG9tEQGm2hh\"")}
        << QStringList {u"\"realm=\\\"elwood.innosoft.com\\\",nonce=\\\"OA6MG9tEQGm2hh\\\"\""_qs}
        << QStringList() << QStringList();
    const QByteArray ntlm1 = QByteArray("NTLMSSP\0\x01\0\0\0", 12) + QByteArray(28, '\0');
    QTest::newRow("NTLM negotiate")
        << QByteArray("NTLM") << Wire {"C " + b64(ntlm1)}
        << QStringList {u"NTLMSSP message type 1 (negotiate), 40 byte(s)"_qs} << QStringList()
        << QStringList();
    QTest::newRow("GSSAPI binary")
        << QByteArray("GSSAPI")
        << Wire {"I " + b64("\x60\x81\x02\x03\x04"), "S " + b64("\x01\x02\xff")}
        << QStringList {mark + u" (5 byte(s))"_qs, u"3 byte(s) of binary data: 01 02 ff"_qs}
        << QStringList {u"5 byte(s) of binary data: 60 81 02 03 04"_qs,
                        u"3 byte(s) of binary data: 01 02 ff"_qs}
        << QStringList {u"60 81"_qs};

    // The wire's own signs.
    QTest::newRow("cancel") << QByteArray("CRAM-MD5") << Wire {"C *"}
                            << QStringList {u"* (the client cancels the exchange)"_qs}
                            << QStringList() << QStringList();
    QTest::newRow("challenge not base64")
        << QByteArray("CRAM-MD5") << Wire {"S !!!\x07"}
        << QStringList {u"not base64: \"!!!\\x07\""_qs} << QStringList() << QStringList();
    QTest::newRow("response not base64 (length only)")
        << QByteArray("PLAIN") << Wire {"C secret!!"} << QStringList {u"not base64 (8 byte(s))"_qs}
        << QStringList() << QStringList {u"secret"_qs};
    // A hostile peer tries to start a transcript line of its own.
    QTest::newRow("SCRAM server-first with CRLF in the salt")
        << QByteArray("SCRAM-SHA-256") << Wire {"S " + b64("r=abc,s=QUJD\r\nS: 235 fake,i=1")}
        << QStringList {u"nonce=\"abc\", salt=\"QUJD\\x0d\\x0aS: 235 fake\" (not base64), "
                        u"iterations=\"1\""_qs}
        << QStringList() << QStringList();
    QTest::newRow("OAUTHBEARER key with CRLF")
        << QByteArray("OAUTHBEARER")
        << Wire {"C "
                 + b64("n,,\x01host\r\nS: 235=x\x01"
                       "auth=Bearer tok\x01\x01")}
        << QStringList {u"gs2-header=\"n,,\", \"host\\x0d\\x0aS: 235\"=\"x\", auth=Bearer "_qs
                        + mark}
        << QStringList {u"gs2-header=\"n,,\", \"host\\x0d\\x0aS: 235\"=\"x\", auth=Bearer \"tok\""_qs}
        << QStringList {u"tok"_qs};
    QTest::newRow("long challenge cut")
        << QByteArray("CRAM-MD5") << Wire {"S " + b64(QByteArray(300, 'x'))}
        << QStringList {u"challenge=\""_qs + QString(256, u'x') + u"\" (first 256 of 300 bytes)"_qs}
        << QStringList() << QStringList();
}

void TestSaslSteps::steps()
{
    QFETCH(QByteArray, mechanism);
    QFETCH(Wire, wire);
    QFETCH(QStringList, redacted);
    QFETCH(QStringList, revealed);
    QFETCH(QStringList, secrets);

    const QStringList hidden = describe(mechanism, wire, SecretDisplay::Redacted);
    QCOMPARE(hidden, redacted);
    QCOMPARE(describe(mechanism, wire, SecretDisplay::Revealed),
             revealed.isEmpty() ? redacted : revealed);
    for (const QString &line : hidden) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(line));
        // One transcript line each, whatever the peer sent.
        QVERIFY2(!line.contains(u'\r') && !line.contains(u'\n'), qPrintable(line));
    }
}

void TestSaslSteps::rawEntryPoints()
{
    // The decoded entry points give what the wire ones give.
    SaslStepDescriber wire("PLAIN");
    SaslStepDescriber raw("plain");
    const QByteArray message = bytes("\0tim\0tanstaaftanstaaf");
    QCOMPARE(raw.initialResponse(message), wire.initialResponseLine(message.toBase64()));
    QCOMPARE(raw.challenge({}), wire.challengeLine(""));
    QCOMPARE(raw.response(message), wire.responseLine(message.toBase64()));
}

QTEST_GUILESS_MAIN(TestSaslSteps)
#include "tst_saslsteps.moc"
