#!/usr/bin/env python3
"""Writes the seed corpora in tests/fuzz/corpus/<target>/ (see docs/FUZZING.md).

Each seed is a small, meaningful input in the target's own format: the real
conversations of tests/data/transcripts/*.txt and the cases the engine tests
name (pipelining, BDAT, AUTH, STARTTLS, LMTP, smuggling look-alikes, limits).
Run it again after changing an input format; scripts/fuzz-long --minimize
adds what long runs find next to these (files named by their SHA-1).
"""
import base64
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent
TRANSCRIPTS = ROOT.parent / "data" / "transcripts"
CORPUS = ROOT / "corpus"


def transcript(name):
    """(client lines, server lines) of a recorded conversation, CRLF removed."""
    client, server = [], []
    for line in (TRANSCRIPTS / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("C: ") or line == "C:":
            client.append(line[3:])
        elif line.startswith("S: ") or line == "S:":
            server.append(line[3:])
    return client, server


def crlf(lines):
    return "".join(line + "\r\n" for line in lines).encode()


def b64(raw):
    return base64.b64encode(raw).decode()


TRANSCRIPT_NAMES = [
    "postfix-3.7-session.txt",
    "exim-starttls-cram-md5.txt",
    "sendmail-ehlo-send.txt",
    "sendmail-vrfy.txt",
    "smtp-sink-session.txt",
]


def write(target, seeds):
    # Named seeds are rewritten; what fuzz-long merged in (SHA-1 names) stays.
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in seeds.items():
        (folder / name).write_bytes(data)


# ---- fuzz_serverengine: 4 header bytes, then what the client sends -------
# h0: 1 LMTP, 2 TLS available, 4 AUTH only after TLS, 8 users (alice/s3cret),
#     16 DataReceived events, 32 directory and unknown recipients refused,
#     64 small limits, 128 fault plan
# h1: each bit switches one extension off (SIZE PIPELINING 8BITMIME SMTPUTF8
#     DSN CHUNKING ENHANCEDSTATUSCODES STARTTLS)
# h2: 1 implicit TLS, 2 SCRAM offered, 4 VRFY/EXPN off, bits 3-4 slicing
#     (0 at once, 1 byte by byte, 2 1..16, 3 1..700), bits 5-7 deferral
# h3: seed for slicing, fault plan and verdicts; small limits' values (size
#     16 + bits 0-5, recipients, errors, copies per transaction, backpressure);
#     bits 6-7 the bare LF policy (0 reject, 1 normalise, 2 keep, 3 reject)
LMTP, TLS, TLSONLY, USERS, REPORT, DIRECTORY, SMALL, HOOK = (1 << i for i in range(8))
NORMALIZE, KEEP = 1 << 6, 2 << 6
AT_ONCE, BYTES, SMALL_PIECES, BIG_PIECES = (n << 3 for n in range(4))
PLAIN_ALICE = b64(b"\0alice\0s3cret")


def server_seed(h0=0, h1=0, h2=SMALL_PIECES, h3=0, text=b""):
    return bytes([h0, h1, h2, h3]) + text


def repeat(byte, count64):
    """The fuzzer's escape: FF FE n b is b repeated 64 * (n + 1) times."""
    return bytes([0xFF, 0xFE, count64 - 1, byte])


EHLO = b"EHLO client.test\r\n"
MAIL = b"MAIL FROM:<a@example.test>\r\n"
RCPT = b"RCPT TO:<b@example.test>\r\n"


def server_seeds():
    seeds = {}
    for name in TRANSCRIPT_NAMES:
        client, _ = transcript(name)
        stem = name.rsplit(".", 1)[0]
        flags = TLS | USERS if "exim" in stem else 0
        flags |= DIRECTORY if "vrfy" in stem else 0
        seeds["transcript-" + stem] = server_seed(flags, text=crlf(client))
        seeds["transcript-" + stem + "-bytes"] = server_seed(flags, h2=BYTES, text=crlf(client))
    one = EHLO + MAIL + RCPT + b"DATA\r\nSubject: t\r\n\r\n..dot\r\nbody\r\n.\r\n"
    seeds["pipelined-three"] = server_seed(text=EHLO + (MAIL + RCPT + RCPT.replace(b"b@", b"c@")
                                                        + b"DATA\r\nx\r\n.\r\n") * 3 + b"QUIT\r\n")
    seeds["pipelined-refused-rcpt"] = server_seed(DIRECTORY, text=EHLO + MAIL
                                                  + b"RCPT TO:<alice@example.test>\r\nRCPT TO:<ghost@example.test>\r\n"
                                                  b"DATA\r\nhi\r\n.\r\nQUIT\r\n")
    seeds["data-at-once"] = server_seed(h2=AT_ONCE, text=one + b"QUIT\r\n")
    seeds["data-empty"] = server_seed(text=EHLO + MAIL + RCPT + b"DATA\r\n.\r\nQUIT\r\n")
    seeds["data-smuggling"] = server_seed(text=EHLO + MAIL + RCPT + b"DATA\r\na\n.\nb\r\nc\r\n.\nd\r\n"
                                          b"e\n.\r\nf\r\ng\r.\r\nh\r\nMAIL FROM:<smuggled@x.test>\r\n.\r\nNOOP\r\n")
    seeds["data-nul-dot"] = server_seed(text=EHLO + MAIL + RCPT + b"DATA\r\n\0.\r\nx\0\r\n.\r\n")
    seeds["data-too-big"] = server_seed(SMALL, h3=0x10, text=EHLO + MAIL + RCPT + b"DATA\r\n"
                                        + b"0123456789" * 8 + b"\r\n.\r\nNOOP\r\n")
    seeds["size-param"] = server_seed(SMALL, h3=0x20, text=EHLO + b"MAIL FROM:<a@x.test> SIZE=10\r\n"
                                      b"MAIL FROM:<a@x.test> SIZE=99999\r\nQUIT\r\n")
    seeds["bdat"] = server_seed(text=EHLO + MAIL + RCPT + b"BDAT 5\r\nhelloBDAT 8 LAST\r\n world\r\nQUIT\r\n")
    seeds["bdat-binary"] = server_seed(text=EHLO + MAIL + RCPT + b"BDAT 14\r\n\0\r\n.\r\nbinary\nBDAT 6 LAST\r\nQUIT\r\nNOOP\r\n")
    seeds["bdat-zero-last"] = server_seed(text=EHLO + MAIL + RCPT + b"BDAT 3\r\nabcBDAT 0 LAST\r\n"
                                          + MAIL + RCPT + b"BDAT 0 LAST\r\n")
    seeds["bdat-refused"] = server_seed(SMALL, h3=0, text=EHLO + MAIL + RCPT + b"BDAT 12\r\nabcdefghijklBDAT 30\r\n"
                                        + b"x" * 30 + b"BDAT 1 LAST\r\nxNOOP\r\n")
    seeds["bdat-without-mail"] = server_seed(text=EHLO + b"BDAT 5\r\nhelloNOOP\r\n" + MAIL + b"BDAT 3 LAST\r\nabc"
                                             + b"RSET\r\n" + MAIL + RCPT + b"BDAT 1\r\naDATA\r\n" + RCPT)
    seeds["bdat-chunking-off"] = server_seed(h1=1 << 5, text=EHLO + MAIL + RCPT + b"BDAT 2 LAST\r\nabNOOP\r\n")
    seeds["auth-plain"] = server_seed(USERS, text=EHLO + b"AUTH PLAIN " + PLAIN_ALICE.encode() + b"\r\n"
                                      + MAIL + RCPT + b"DATA\r\nhi\r\n.\r\nQUIT\r\n")
    seeds["auth-plain-no-ir"] = server_seed(USERS, h2=BYTES, text=EHLO + b"AUTH PLAIN\r\n"
                                            + PLAIN_ALICE.encode() + b"\r\nAUTH PLAIN =\r\n")
    seeds["auth-plain-wrong"] = server_seed(USERS, text=EHLO + b"AUTH PLAIN " + b64(b"\0alice\0wrong").encode()
                                            + b"\r\nAUTH PLAIN !!!\r\nAUTH FOO\r\nAUTH PLAIN\r\n*\r\n")
    seeds["auth-login"] = server_seed(USERS, text=EHLO + b"AUTH LOGIN\r\n" + b64(b"alice").encode() + b"\r\n"
                                      + b64(b"s3cret").encode() + b"\r\nAUTH LOGIN " + b64(b"bob").encode() + b"\r\n")
    seeds["auth-cram"] = server_seed(USERS, text=EHLO + b"AUTH CRAM-MD5\r\n"
                                     + b64(b"alice 0123456789abcdef0123456789abcdef").encode() + b"\r\n")
    seeds["auth-scram"] = server_seed(USERS, h2=SMALL_PIECES | 2, text=EHLO + b"AUTH SCRAM-SHA-256 "
                                      + b64(b"n,,n=alice,r=rOprNGfwEbeRWgbNEkqO").encode() + b"\r\n"
                                      + b64(b"c=biws,r=rOprNGfwEbeRWgbNEkqO,p=AAAA").encode() + b"\r\n")
    seeds["auth-variants"] = server_seed(USERS, text=EHLO + b"AUTH\tPLAIN " + PLAIN_ALICE.encode() + b"\r\n"
                                         b" AUTH PLAIN " + PLAIN_ALICE.encode() + b"\r\nauth plain  "
                                         + PLAIN_ALICE.encode() + b"\r\n")
    seeds["auth-tls-only"] = server_seed(USERS | TLS | TLSONLY, h2=BYTES, text=EHLO + b"AUTH PLAIN " + PLAIN_ALICE.encode()
                                         + b"\r\nSTARTTLS\r\n" + EHLO + b"AUTH PLAIN " + PLAIN_ALICE.encode() + b"\r\n")
    seeds["auth-implicit-tls"] = server_seed(USERS | TLSONLY, h2=SMALL_PIECES | 1, text=EHLO + b"AUTH PLAIN "
                                             + PLAIN_ALICE.encode() + b"\r\nSTARTTLS\r\n")
    seeds["starttls"] = server_seed(TLS, h2=BYTES, text=EHLO + b"STARTTLS\r\n" + EHLO + MAIL + RCPT
                                    + b"DATA\r\nx\r\n.\r\nSTARTTLS\r\nQUIT\r\n")
    seeds["starttls-injection"] = server_seed(TLS, h2=AT_ONCE, text=EHLO + b"STARTTLS\r\n" + MAIL)
    seeds["starttls-misuse"] = server_seed(TLS, text=b"STARTTLS\r\n" + EHLO + b"STARTTLS now\r\n" + MAIL
                                           + b"STARTTLS\r\n")
    seeds["lmtp"] = server_seed(LMTP, text=b"LHLO client.test\r\n" + MAIL + RCPT
                                + b"RCPT TO:<bad@>\r\nRCPT TO:<c@example.test>\r\nDATA\r\nhello\r\n.\r\nQUIT\r\n")
    seeds["lmtp-bdat"] = server_seed(LMTP, text=b"LHLO x\r\n" + MAIL + RCPT + RCPT + b"BDAT 2 LAST\r\nhi")
    seeds["lmtp-ehlo"] = server_seed(LMTP, text=b"EHLO x\r\nHELO x\r\nLHLO x\r\nQUIT\r\n")
    seeds["lmtp-too-big"] = server_seed(LMTP | SMALL, h3=0x01, text=b"LHLO x\r\n" + MAIL + RCPT + RCPT
                                        + b"DATA\r\n" + b"x" * 200 + b"\r\n.\r\nNOOP\r\n")
    seeds["sequence-errors"] = server_seed(text=MAIL + EHLO + RCPT + MAIL + MAIL + b"DATA\r\nRSET x\r\n"
                                           b"FROB\r\n\r\nLHLO x\r\nEHLO\r\nHELO x\r\n" + MAIL + b"QUIT now\r\n")
    seeds["too-many-errors"] = server_seed(SMALL, h3=0x00, text=b"A\r\nB\r\nC\r\nD\r\nE\r\n")
    seeds["paths"] = server_seed(text=EHLO + b"MAIL FROM:<>\r\nRCPT TO:<Postmaster>\r\n"
                                 b"RCPT TO:<@r1.test,@r2.test:b@x.test>\r\nRCPT TO:<\"john q\"@x.test>\r\n"
                                 b"RCPT TO:<a@[127.0.0.1]>\r\nRCPT TO:<a@[IPv6:::1]>\r\nRSET\r\n"
                                 b"MAIL FROM:<j\xc3\xb6rg@x.test> SMTPUTF8 BODY=8BITMIME\r\n"
                                 b"RCPT TO:<m\xc3\xbcller@x.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;a@x.test\r\n"
                                 b"RSET\r\nMAIL FROM:<a@x.test> RET=HDRS ENVID=x1 FOO=1\r\n")
    seeds["vrfy-expn-help"] = server_seed(DIRECTORY, text=b"VRFY alice@example.test\r\nVRFY <alice@example.test>\r\n"
                                          b"VRFY bob\r\nVRFY nobody\r\nEXPN staff\r\nEXPN nobody\r\nHELP\r\nNOOP x\r\n")
    seeds["vrfy-off"] = server_seed(h2=SMALL_PIECES | 4, text=b"VRFY a@b.test\r\nEXPN staff\r\nVRFY\r\n")
    seeds["long-line"] = server_seed(text=b"NOOP " + repeat(ord("x"), 201) + b"\r\nNOOP\r\n")
    seeds["long-line-bytes"] = server_seed(h2=BIG_PIECES, text=repeat(ord("A"), 250) + b"\r\nNOOP\r\n")
    seeds["long-mail"] = server_seed(text=EHLO + b"MAIL FROM:<a@b.test> ENVID=" + repeat(ord("x"), 10) + b"\r\n")
    seeds["long-auth-response"] = server_seed(USERS, h2=BIG_PIECES, text=EHLO + b"AUTH LOGIN\r\n"
                                              + repeat(ord("Q"), 200) + b"\r\nBDAT 5\r\nhello")
    seeds["noop-flood"] = server_seed(h2=BIG_PIECES, text=b"NOOP\r\n" * 100 + b"QUIT\r\n")
    seeds["bare-lf-commands"] = server_seed(text=b"EHLO x\nMAIL FROM:<a@x.test>\nRCPT TO:<b@x.test>\nDATA\n.\r\nNOOP\r\n")
    seeds["hello-nul"] = server_seed(text=b"HELO \0\r\nEHLO a\rb\r\nNOOP\r\n")
    for i, h3 in enumerate([1, 7, 42, 99, 200]):
        seeds["fault-plan-%d" % i] = server_seed(HOOK, h3=h3, text=one + b"NOOP bye\r\nNOOP\r\nQUIT\r\n")
    seeds["fault-plan-bdat"] = server_seed(HOOK, h3=5, text=EHLO + MAIL + RCPT + b"BDAT 3\r\nabcBDAT 2 LAST\r\nde")
    seeds["fault-plan-lmtp"] = server_seed(HOOK | LMTP, h3=13, text=b"LHLO x\r\n" + MAIL + RCPT + RCPT
                                           + b"DATA\r\nx\r\n.\r\n")
    seeds["deferred"] = server_seed(HOOK | TLS, h2=SMALL_PIECES | (7 << 5), h3=3,
                                    text=EHLO + MAIL + RCPT + b"DATA\r\nx\r\n.\r\n" + b"NOOP\r\n" * 4
                                    + b"STARTTLS\r\n" + EHLO + b"QUIT\r\n")
    seeds["report-data"] = server_seed(REPORT, text=one + MAIL + RCPT + b"BDAT 4 LAST\r\nabcd")
    # The bare LF policies, on the smuggling look-alikes (RFC 5321 2.3.8).
    lookalikes = b"a\n.\nb\r\nc\r\n.\nd\r\ne\n.\r\nf\r\ng\r.\r\n..h\r\n\n.x\r\n"
    for name, h3 in (("reject", 0), ("normalize", NORMALIZE), ("keep", KEEP)):
        seeds["bare-lf-" + name] = server_seed(REPORT, h3=h3, text=EHLO + MAIL + RCPT + b"DATA\r\n" + lookalikes
                                               + b".\r\n" + MAIL + RCPT + b"BDAT 4 LAST\r\na\nb\nNOOP\r\n")
    seeds["bare-lf-reject-lmtp"] = server_seed(LMTP, text=b"LHLO x\r\n" + MAIL + RCPT + RCPT.replace(b"b@", b"c@")
                                               + b"DATA\r\nSubject: x\n\nbody\r\n.\r\nNOOP\r\n")
    # Repeated mailboxes are stored once (RFC 5321 2.4: the domain in any case).
    dups = RCPT + b"RCPT TO:<b@EXAMPLE.test>\r\nRCPT TO:<B@example.test>\r\nRCPT TO:<postmaster>\r\n" \
        b"RCPT TO:<Postmaster>\r\n" + RCPT
    seeds["duplicate-rcpt"] = server_seed(text=EHLO + MAIL + dups + b"DATA\r\nhi\r\n.\r\nQUIT\r\n")
    seeds["duplicate-rcpt-lmtp"] = server_seed(LMTP, h3=1, text=b"LHLO x\r\n" + MAIL + dups + b"DATA\r\nhi\r\n.\r\n"
                                               + MAIL + dups + b"BDAT 2 LAST\r\nhi")
    seeds["transaction-bytes"] = server_seed(SMALL, h3=1, text=EHLO + MAIL + RCPT + RCPT.replace(b"b@", b"c@")
                                             + b"DATA\r\n0123456789\r\n.\r\n" + MAIL + RCPT
                                             + RCPT.replace(b"b@", b"c@") + b"BDAT 12 LAST\r\n0123456789ab")
    # Backpressure: tiny output and event bounds, a pipelined flood.
    seeds["hold-back"] = server_seed(SMALL, h2=AT_ONCE, h3=0x30, text=EHLO + b"NOOP\r\n" * 60 + one + b"NOOP\r\n" * 20)
    # Findings of this target (tests/engine/tst_serverengine.cpp): a BDAT's
    # chunk after a 554 greeting, a fault-plan reply to BDAT, a fault-plan
    # reply to an LMTP message, replies that quote the client, a SASL
    # response over the limit, a SCRAM nonce too long for a 334.
    seeds["greeting-554-bdat"] = server_seed(HOOK, h3=2, text=b"BDAT 6\r\nQUIT\r\nNOOP\r\nQUIT\r\n")
    seeds["fault-bdat-chunk"] = server_seed(HOOK, h3=151, text=EHLO + MAIL + RCPT
                                            + b"BDAT 4\r\nRSETBDAT 3 LAST\r\nabcNOOP\r\n")
    seeds["fault-body-lmtp"] = server_seed(HOOK | LMTP, h3=16, text=b"LHLO x\r\n" + MAIL + RCPT
                                           + RCPT.replace(b"b@", b"c@") + b"DATA\r\nx\r\n.\r\nNOOP\r\n")
    seeds["reply-quotes"] = server_seed(DIRECTORY, text=b"EHLO " + repeat(ord("a"), 7) + b"a" * 57 + b"\r\nMAIL FROM:<a@x.test> X"
                                        + repeat(ord("Y"), 16) + b"=1\r\nVRFY " + repeat(ord("v"), 7) + b"\r\n")
    seeds["sasl-discarded-line"] = server_seed(USERS, h2=BIG_PIECES, text=EHLO + b"AUTH LOGIN\r\n"
                                               + repeat(ord("Q"), 250) + b"\r\nNOOP\r\nAUTH PLAIN "
                                               + PLAIN_ALICE.encode() + b"\r\n")
    seeds["scram-long-nonce"] = server_seed(USERS, h2=SMALL_PIECES | 2, text=EHLO + b"AUTH SCRAM-SHA-256 "
                                            + b64(b"n,,n=alice,r=" + b"n" * 400).encode() + b"\r\nNOOP\r\n")
    seeds["extensions-off"] = server_seed(h1=0xFF, text=EHLO + b"MAIL FROM:<a@x.test> SIZE=1 BODY=8BITMIME SMTPUTF8\r\n"
                                          + MAIL + RCPT + b"RCPT TO:<c@x.test> NOTIFY=NEVER\r\n")
    return seeds


# ---- fuzz_commandparser: one client line (or argument) ---------------------

def commandparser_seeds():
    seeds = {}
    lines = []
    for name in TRANSCRIPT_NAMES:
        client, _ = transcript(name)
        lines += [line for line in client if line.split(" ", 1)[0].upper() in
                  {"EHLO", "HELO", "MAIL", "RCPT", "VRFY", "EXPN", "AUTH", "DATA", "STARTTLS", "QUIT", "NOOP"}]
    lines += [
        "MAIL FROM:<>", "MAIL FROM:<> SIZE=100 BODY=8BITMIME",
        "MAIL FROM:<@hosta.int,@jkl.org:userc@d.bar.org>",
        "MAIL FROM:<\"john q. public\"@example.test>", "MAIL FROM:<\"a\\\"b\"@example.test>",
        "MAIL FROM:<\"a>b\"@example.test>", "MAIL FROM:<a@[127.0.0.1]>", "MAIL FROM:<a@[IPv6:::1]>",
        "MAIL FROM:<a@[tag:stuff]>", "mail from: <a@b.test>",
        "MAIL FROM:<a.b+c!#$%&'*/=?^_`{|}~-d@x-y.test>",
        "MAIL FROM:<j\u00f6rg@m\u00fcller.test> SMTPUTF8",
        "MAIL FROM:<a@b.test> RET=HDRS ENVID=QQ314159 SIZE=1234 AUTH=<>",
        "MAIL FROM:<a@b.test> SIZE=1 size=2", "MAIL FROM:<a@@b.test>", "MAIL FROM:a@b.test",
        "RCPT TO:<Postmaster>", "RCPT TO:<postmaster@x.test>", "RCPT TO:<>",
        "RCPT TO:<a@b.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;a@b.test",
        "RCPT TO:<" + "a" * 64 + "@b.test>",
        "BDAT 86", "BDAT 1024 LAST", "BDAT 0 last", "BDAT 5000000000", "BDAT 12LAST", "BDAT  7  LAST ",
        "AUTH PLAIN " + PLAIN_ALICE, "AUTH PLAIN  " + PLAIN_ALICE, "AUTH\tPLAIN\t" + PLAIN_ALICE,
        " AUTH PLAIN " + PLAIN_ALICE, "AUTH EXTERNAL =", "AUTH LOGIN", "AUTH CRAM-MD5",
        "AUTH SCRAM-SHA-256 " + b64(b"n,,n=alice,r=abc"),
        "LHLO client.test", "VRFY <dhellmann>", "HELP MAIL", "NOOP hello", "RSET",
    ]
    for i, line in enumerate(lines):
        seeds["line-%02d" % i] = line.encode() + (b"\r\n" if i % 3 == 0 else b"")
    return seeds


# ---- fuzz_replyparser: a control byte (1: small limits), then server bytes --

def replyparser_seeds():
    seeds = {}
    for name in TRANSCRIPT_NAMES:
        _, server = transcript(name)
        stem = name.rsplit(".", 1)[0]
        seeds[stem] = b"\0" + crlf(server)
        seeds[stem + "-small-limits"] = b"\x31" + crlf(server)
    seeds["bare-lf"] = b"\0220 mx ready\n250-a\n250 b\n"
    seeds["no-text"] = b"\0250\r\n250 \r\n250-\r\n250 ok\r\n"
    seeds["enhanced"] = b"\0550 5.1.1 <x@y>: unknown\r\n451 4.3.0 later\r\n250 5.0.0 class mismatch\r\n"
    seeds["bad-continuation"] = b"\0250-a\r\n251 b\r\n"
    seeds["bad-code"] = b"\x00099 low\r\n600 high\r\nabc\r\n"
    seeds["long-line"] = b"\x01250 " + b"x" * 300 + b"\r\n"
    seeds["pipelined-group"] = b"\0250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 no\r\n354 go\r\n"
    seeds["auth-334"] = b"\0334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n334 \r\n235 2.7.0 ok\r\n"
    seeds["starttls-then-more"] = b"\0220 2.0.0 Ready to start TLS\r\n250 injected\r\n"
    seeds["lmtp-per-recipient"] = b"\0250 2.0.0 <a@x> delivered\r\n452 4.2.2 <b@x> full\r\n550 5.1.1 <c@x> gone\r\n"
    seeds["closing-421"] = b"\0421 4.3.2 Service shutting down\r\n"
    seeds["many-lines"] = b"\x0b" + b"".join(b"250-line %d\r\n" % i for i in range(12)) + b"250 end\r\n"
    seeds["cr-inside"] = b"\0250 a\rb\r\n250 c\0d\r\n"
    seeds["utf8-text"] = b"\0" + "250 gr\u00fc\u00dfe \u2603\r\n".encode()
    seeds["trickle-ready"] = b"\x07" + b"2" + b"5" + b"0 ok\r" + b"\n"
    seeds["greeting-multiline"] = b"\0220-mx.example.test ESMTP\r\n220-no UCE\r\n220 ready\r\n"
    return seeds


# ---- fuzz_datatransform: a seed byte for the slicing, then message bytes ---

def datatransform_seeds():
    seeds = {}
    for name in TRANSCRIPT_NAMES:
        client, _ = transcript(name)
        if "DATA" not in [c.upper() for c in client]:
            continue
        start = [c.upper() for c in client].index("DATA") + 1
        body = client[start:client.index(".", start)]
        seeds[name.rsplit(".", 1)[0]] = b"\x07" + crlf(body)
    seeds["dots"] = b"\x01.\r\n..\r\n.a\r\nb\r\n."
    seeds["bare-endings"] = b"\x02a\nb\rc\r\n.\n.\r"
    seeds["nul-dot"] = b"\x03\0.\r\n\0\0.x\r\n"
    seeds["no-final-crlf"] = b"\x04last line"
    seeds["look-alikes"] = b"\x05a\n.\nb\r\n.\rc\r\n\n.\r\n"
    seeds["empty-lines"] = b"\x06\r\n\r\n\r\n"
    seeds["only-dot"] = b"\x08."
    seeds["end-marker-inside"] = b"\x09a\r\n.\r\nMAIL FROM:<smuggled@x.test>\r\n"
    seeds["dot-space"] = b"\x0a. \r\n.. \r\n... x\r\n"
    seeds["cr-cr-lf"] = b"\x0ba\r\r\nb\r\r\r\n.\r\r\n"
    seeds["trailing-cr"] = b"\x0cline\r"
    seeds["nul-lines"] = b"\x0d\0\r\n\0\0\r\n\0\n.\0\r\n"
    seeds["eight-bit"] = b"\x0e" + "Subject: gr\u00fc\u00dfe\r\n\r\n\u2603.\r\n.\u2603\r\n".encode()
    seeds["long-line"] = b"\x0f" + b"x" * 1200 + b"\r\n." + b"y" * 100
    seeds["lf-only-message"] = b"\x10From: a@b\nTo: c@d\n\n.hidden\n..two\n.\n"
    seeds["mixed-endings"] = b"\x11a\r\nb\nc\rd\r\n\n\r\r\n.e\r"
    seeds["dot-after-cr"] = b"\x12a\r.b\r\n\r.\r\n"
    seeds["many-dots"] = b"\x13" + b".\r\n" * 20
    seeds["mime"] = (b"\x14MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                     b"Content-Type: text/plain\r\n\r\n.dotted\r\n--b--\r\n")
    return seeds


# ---- fuzz_clientengine: options, chunk size, then (length, bytes) pieces ---
# data[0]: 1 LMTP, 2 pipelining, 4 chunking, 8 STARTTLS, 16 AUTH PLAIN;
# data[1] & 63: chunk size - 1; then each piece: a byte b, then 1 + (b & 15)
# bytes of server output.

def pieces(raw):
    out = b""
    for i in range(0, len(raw), 16):
        piece = raw[i:i + 16]
        out += bytes([len(piece) - 1]) + piece
    return out


def clientengine_seeds():
    seeds = {}
    ehlo = (b"250-mx.example.test\r\n250-PIPELINING\r\n250-CHUNKING\r\n250-STARTTLS\r\n"
            b"250-AUTH PLAIN LOGIN\r\n250-SIZE 10240000\r\n250 ENHANCEDSTATUSCODES\r\n")
    tx = b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n354 go\r\n250 2.0.0 queued\r\n"
    end = b"252 2.0.0 x\r\n221 2.0.0 Bye\r\n"
    greeting = b"220 mx.example.test ESMTP\r\n"
    seeds["plain"] = bytes([0, 63]) + pieces(greeting + ehlo + tx + tx + end)
    seeds["pipelined"] = bytes([2, 63]) + pieces(greeting + ehlo + tx + tx + end)
    seeds["starttls-auth"] = bytes([8 | 16, 63]) + pieces(greeting + ehlo + b"220 2.0.0 go\r\n" + ehlo
                                                         + b"235 2.7.0 ok\r\n" + tx + tx + end)
    bdat = b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 chunk\r\n250 2.0.0 queued\r\n"
    seeds["chunking"] = bytes([2 | 4, 7]) + pieces(greeting + ehlo + bdat + bdat + end)
    lmtp = b"250 Ok\r\n250 Ok\r\n250 Ok\r\n354 go\r\n250 2.0.0 r1\r\n452 4.2.2 full\r\n"
    seeds["lmtp"] = bytes([1, 63]) + pieces(greeting + b"250-lmtp\r\n250 PIPELINING\r\n" + lmtp + lmtp + end)
    refused = b"250 Ok\r\n550 5.1.1 no\r\n550 5.1.1 no\r\n503 5.5.1 no valid recipients\r\n"
    seeds["refused"] = bytes([2, 63]) + pieces(greeting + ehlo + refused + refused + end)
    seeds["greeting-554"] = bytes([0, 63]) + pieces(b"554 5.3.2 go away\r\n221 bye\r\n")
    seeds["auth-failed"] = bytes([16, 63]) + pieces(greeting + ehlo + b"535 5.7.8 no\r\n" + end)
    seeds["tls-refused"] = bytes([8, 63]) + pieces(greeting + ehlo + b"454 4.7.0 no TLS\r\n")
    seeds["421"] = bytes([2, 63]) + pieces(greeting + ehlo + b"421 4.3.2 shutting down\r\n")
    for options in (6, 10, 14, 18, 22, 26, 30):
        seeds["options-%02d" % options] = bytes([options, 15]) + pieces(
            greeting + ehlo + (b"220 2.0.0 go\r\n" + ehlo if options & 8 else b"")
            + (b"235 2.7.0 ok\r\n" if options & 16 else b"")
            + (bdat if options & 4 else tx) * 2 + end)
    seeds["auth-continuation"] = bytes([16, 63]) + pieces(greeting + ehlo + b"334 \r\n235 2.7.0 ok\r\n" + tx + tx + end)
    seeds["mail-refused"] = bytes([2, 63]) + pieces(greeting + ehlo + b"451 4.3.0 later\r\n550 5.5.1 no\r\n"
                                                    b"550 5.5.1 no\r\n503 5.5.1 no\r\n" + tx + end)
    seeds["data-refused"] = bytes([0, 63]) + pieces(greeting + ehlo + b"250 Ok\r\n250 Ok\r\n250 Ok\r\n"
                                                    b"554 5.5.1 no data\r\n" + tx + end)
    seeds["final-refused"] = bytes([2, 63]) + pieces(greeting + ehlo + tx.replace(b"250 2.0.0 queued", b"552 5.3.4 too big")
                                                     + tx + end)
    seeds["ehlo-refused-helo"] = bytes([0, 63]) + pieces(greeting + b"502 5.5.1 no EHLO\r\n250 mx\r\n" + tx + tx + end)
    seeds["421-mid-data"] = bytes([2, 63]) + pieces(greeting + ehlo + b"250 Ok\r\n250 Ok\r\n250 Ok\r\n354 go\r\n"
                                                    b"421 4.4.2 timeout\r\n")
    seeds["byte-pieces"] = bytes([2, 63]) + b"".join(bytes([0, c]) for c in greeting + ehlo + tx + tx + end)
    seeds["bare-lf-replies"] = bytes([2, 63]) + pieces((greeting + ehlo + tx + tx + end).replace(b"\r\n", b"\n"))
    for name in TRANSCRIPT_NAMES:
        _, server = transcript(name)
        seeds["transcript-" + name.rsplit(".", 1)[0]] = bytes([2, 63]) + pieces(crlf(server))
    return seeds


def main():
    write("fuzz_serverengine", server_seeds())
    write("fuzz_commandparser", commandparser_seeds())
    write("fuzz_replyparser", replyparser_seeds())
    write("fuzz_datatransform", datatransform_seeds())
    write("fuzz_clientengine", clientengine_seeds())
    total = sum(f.stat().st_size for f in CORPUS.rglob("*") if f.is_file())
    count = sum(1 for f in CORPUS.rglob("*") if f.is_file())
    print("%d seeds, %d bytes in %s" % (count, total, CORPUS))


if __name__ == "__main__":
    main()
