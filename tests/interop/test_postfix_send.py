#!/usr/bin/python3
"""Interop: postscope-cli send against a private Postfix (issue 2, section 5).

STARTTLS (verified with --ca-file, and pinned with --trust-fingerprint), AUTH
through Postfix's Dovecot SASL, three recipients of which Postfix refuses one
(550 5.1.1), and the delivered Maildir files compared byte for byte with what
was sent, including lines that begin with a dot (RFC 5321 4.5.2 transparency:
the client stuffs, Postfix unstuffs, the Maildir must hold the original).
"""

import base64
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402

MESSAGE = (
    b"From: Sender <sender@example.test>\n"
    b"To: alice@example.test, bob@example.test\n"
    b"Subject: postscope interop: dots and transparency\n"
    b"Date: Sun, 22 Nov 2026 07:00:00 +0000\n"
    b"Message-ID: <interop-1@client.example.test>\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=us-ascii\n"
    b"\n"
    b"first line\n"
    b".hidden\n"
    b"..\n"
    b".\n"
    b"...\n"
    b". a dot and a space\n"
    b" .indented dot\n"
    b"trailing spaces   \n"
    b"\ttab first\n"
    b"\n"
    b".\n"
)

BODY = (
    b"Body from --body-file.\n"
    b".hidden\n"
    b"..\n"
    b".\n"
    b"..double\n"
    b"end\n"
)

TRACE_HEADERS = (b"Return-Path:", b"X-Original-To:", b"Delivered-To:", b"Received:")


def split_trace(data):
    """Postfix prepends Return-Path, X-Original-To, Delivered-To and Received
    (with its folded lines). Returns (trace, rest)."""
    lines = data.split(b"\n")
    i = 0
    while i < len(lines) and (lines[i].startswith(TRACE_HEADERS)
                              or (i > 0 and lines[i][:1] in (b" ", b"\t"))):
        i += 1
    return b"\n".join(lines[:i]), b"\n".join(lines[i:])


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"first difference at byte {i}: sent {a[max(0, i - 20):i + 20]!r} got {b[max(0, i - 20):i + 20]!r}"
    return f"lengths differ: sent {len(a)} got {len(b)}"


def body(checks):
    with peers.PostfixPeer() as pf, tempfile.TemporaryDirectory(prefix="postscope-send-") as tmp:
        server = f"127.0.0.1:{pf.port}"
        user = "alice@example.test"
        password = pf.users[user]
        env = {"PS_TEST_PASSWORD": password}
        msg_file = os.path.join(tmp, "message.eml")
        with open(msg_file, "wb") as f:
            f.write(MESSAGE)
        transcript = os.path.join(tmp, "transcript.txt")

        # 1. STARTTLS verified against the fixture's certificate, AUTH PLAIN,
        # two mailboxes and one unknown address.
        r = run_cli(["send", "--server", server, "--security", "starttls", "--ca-file", pf.cert_file,
                     "--helo", "client.example.test",
                     "--auth", "plain", "--user", user, "--password-env", "PS_TEST_PASSWORD",
                     "--from", "sender@example.test",
                     "--to", "alice@example.test", "--to", "bob@example.test", "--to", "ghost@example.test",
                     "--message", msg_file, "--transcript", transcript, "--json"], env=env)
        checks.equal(r.rc, 1, "send to alice, bob, ghost exits 1 (partial)", r)
        j = r.json or {}
        checks.check(r.json is not None, f"send --json prints one JSON object ({r.json_error})", r)
        checks.equal(j.get("messagesSent"), 1, "messagesSent", r)
        checks.equal((j.get("server") or {}).get("security"), "starttls", "server.security", r)
        recips = {x.get("address"): x for x in j.get("recipients") or []}
        checks.equal(sorted(recips), ["alice@example.test", "bob@example.test", "ghost@example.test"],
                     "one result per envelope recipient", r)
        for addr in ("alice@example.test", "bob@example.test"):
            x = recips.get(addr, {})
            checks.check(x.get("accepted") is True and x.get("code") == 250,
                         f"{addr} accepted with 250 (got {x})", r)
        g = recips.get("ghost@example.test", {})
        checks.check(g.get("accepted") is False and g.get("code") == 550 and g.get("enhancedCode") == "5.1.1",
                     f"ghost@example.test refused 550 5.1.1 (got {g})", r)
        checks.check("User unknown" in (g.get("text") or ""), "ghost's reply text is Postfix's", r)

        # The transcript must not leak the secret, plain or in the PLAIN blob.
        text = open(transcript, "rb").read() if os.path.exists(transcript) else b""
        checks.check(b"STARTTLS" in text and b"RCPT TO:<ghost@example.test>" in text,
                     "transcript written with STARTTLS and RCPT lines")
        blob = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode())
        checks.check(password.encode() not in text and blob not in text,
                     "transcript holds neither the password nor the AUTH PLAIN payload")
        checks.check(password not in r.stdout and password not in r.stderr,
                     "stdout/stderr hold no password")

        # The Maildir files hold exactly the message sent (after Postfix's
        # trace headers), dot lines included.
        for mailbox in ("alice", "bob"):
            files = pf.wait_delivered(mailbox, 1)
            data = open(files[0], "rb").read()
            trace, rest = split_trace(data)
            checks.check(b"ESMTPSA" in trace,
                         f"{mailbox}: Received says ESMTPSA (TLS and AUTH were used): {trace[-200:]!r}")
            checks.check(rest == MESSAGE,
                         f"{mailbox}: Maildir file holds exactly the bytes sent"
                         + ("" if rest == MESSAGE else f" ({first_diff(MESSAGE, rest)})"))

        # 2. --body-file with --subject, the certificate pinned by fingerprint
        # instead of a CA file, AUTH LOGIN: the body arrives byte for byte.
        body_file = os.path.join(tmp, "body.txt")
        with open(body_file, "wb") as f:
            f.write(BODY)
        r = run_cli(["send", "--server", server, "--security", "starttls",
                     "--trust-fingerprint", pf.cert_sha256, "--helo", "client.example.test",
                     "--auth", "login", "--user", user, "--password-env", "PS_TEST_PASSWORD",
                     "--from", "sender@example.test", "--to", "alice@example.test",
                     "--subject", "body file", "--body-file", body_file, "--json"], env=env)
        checks.equal(r.rc, 0, "send --body-file with --trust-fingerprint and AUTH LOGIN exits 0", r)
        files = pf.wait_delivered("alice", 2)
        new = [p for p in files if b"Subject: body file" in open(p, "rb").read()]
        checks.equal(len(new), 1, "the --body-file message was delivered to alice")
        if new:
            _, rest = split_trace(open(new[0], "rb").read())
            headers, sep, got = rest.partition(b"\n\n")
            checks.check(sep == b"\n\n" and got == BODY,
                         "--body-file body delivered byte for byte"
                         + ("" if got == BODY else f" ({first_diff(BODY, got)})"))
            checks.check(b"\nSubject: body file" in b"\n" + headers and b"From:" in headers,
                         "built message has Subject and From headers")

        # 3. A 2 MiB message full of dot lines, sent 3 times over one session
        # (--count; pipelined when offered): every copy is exact.
        big = bytearray(MESSAGE.replace(b"interop-1@", b"interop-big@"))
        i = 0
        while len(big) < 2 * 1024 * 1024:
            big += [b".", b"..", b".dot %d" % i, b"plain %d" % i, b"...", b"x" * 70][i % 6] + b"\n"
            i += 1
        big = bytes(big)
        big_file = os.path.join(tmp, "big.eml")
        with open(big_file, "wb") as f:
            f.write(big)
        r = run_cli(["send", "--server", server, "--security", "starttls", "--ca-file", pf.cert_file,
                     "--auth", "plain", "--user", user, "--password-env", "PS_TEST_PASSWORD",
                     "--from", "sender@example.test", "--to", "bob@example.test",
                     "--message", big_file, "--count", "3", "--json"], env=env)
        checks.equal(r.rc, 0, "send --count 3 of a 2 MiB message exits 0", r)
        checks.equal((r.json or {}).get("messagesSent"), 3, "messagesSent for --count 3", r)
        files = pf.wait_delivered("bob", 4)
        bigs = [p for p in files if b"interop-big@" in open(p, "rb").read()]
        checks.equal(len(bigs), 3, "bob received 3 copies of the 2 MiB message")
        for p in bigs:
            _, rest = split_trace(open(p, "rb").read())
            checks.check(rest == big, "2 MiB copy is byte-exact"
                         + ("" if rest == big else f" ({first_diff(big, rest)})"))

        # 4. The DATA path (RFC 5321 4.5.2 dot-stuffing) rather than BDAT,
        # pipelined and in lockstep: Postfix unstuffs, the Maildir must hold
        # the original. The transcript shows which path was taken.
        for label, extra, count in (("pipelined DATA", ["--chunking", "off"], 5),
                                    ("lockstep DATA", ["--chunking", "off", "--pipelining", "off"], 6)):
            data_transcript = os.path.join(tmp, f"data-{count}.txt")
            marked = MESSAGE.replace(b"interop-1@", b"interop-data-%d@" % count)
            marked_file = os.path.join(tmp, f"data-{count}.eml")
            with open(marked_file, "wb") as f:
                f.write(marked)
            r = run_cli(["send", "--server", server, "--security", "starttls", "--ca-file", pf.cert_file,
                         "--auth", "plain", "--user", user, "--password-env", "PS_TEST_PASSWORD",
                         "--from", "sender@example.test", "--to", "bob@example.test",
                         "--message", marked_file, "--transcript", data_transcript, "--json"] + extra,
                        env=env)
            checks.equal(r.rc, 0, f"{label}: send exits 0", r)
            text = open(data_transcript, "rb").read() if os.path.exists(data_transcript) else b""
            checks.check(b"C: DATA\n" in text and b"BDAT" not in text,
                         f"{label}: the transcript shows DATA and no BDAT")
            checks.check(b"C: ..hidden\n" in text and b"C: ...\n" in text,
                         f"{label}: the transcript shows the lines dot-stuffed as sent")
            files = pf.wait_delivered("bob", count)   # 1 + 3 earlier, then this one (and the one before)
            mine = [f for f in files if b"interop-data-%d@" % count in open(f, "rb").read()]
            checks.equal(len(mine), 1, f"{label}: delivered once")
            if mine:
                _, rest = split_trace(open(mine[0], "rb").read())
                checks.check(rest == marked, f"{label}: Maildir file holds exactly the bytes sent"
                             + ("" if rest == marked else f" ({first_diff(marked, rest)})"))


if __name__ == "__main__":
    run_test("test_postfix_send", body)
