#!/usr/bin/python3
"""Interop: postscope-cli send --lmtp over a Unix socket against aiosmtpd's
LMTP server (issue 2, section 5; RFC 2033).

alice@ is delivered, ghost@ is refused at RCPT (550 5.1.1) and dave@ is
accepted at RCPT but refused in his own reply after the final dot (552
5.2.2; RFC 2033 4.2: one reply per accepted recipient, in RCPT order). The
send exits 1 with one result per recipient, and the stored message equals
what was sent (aiosmtpd keeps it dot-unstuffed with CRLF line endings).
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402

MESSAGE = (
    b"From: sender@example.test\n"
    b"To: alice@example.test\n"
    b"Subject: lmtp interop\n"
    b"Date: Sun, 22 Nov 2026 07:00:00 +0000\n"
    b"Message-ID: <lmtp-1@client.example.test>\n"
    b"\n"
    b"line one\n"
    b".hidden\n"
    b"..\n"
    b".\n"
    b"last\n"
)


def body(checks):
    with peers.LmtpPeer() as lmtp, tempfile.TemporaryDirectory(prefix="postscope-lmtp-") as tmp:
        msg_file = os.path.join(tmp, "m.eml")
        with open(msg_file, "wb") as f:
            f.write(MESSAGE)
        conn = ["--socket", lmtp.socket, "--lmtp", "--security", "none", "--helo", "client.example.test"]
        r = run_cli(["send"] + conn + ["--from", "sender@example.test",
                                       "--to", "alice@example.test", "--to", "ghost@example.test",
                                       "--to", "dave@example.test", "--message", msg_file, "--json"])
        checks.equal(r.rc, 1, "LMTP send with refused recipients exits 1", r)
        j = r.json or {}
        checks.equal((j.get("server") or {}).get("protocol", "lmtp"), "lmtp", "server.protocol", r)
        recips = [(x.get("address"), x.get("accepted"), x.get("code"), x.get("enhancedCode"))
                  for x in j.get("recipients") or []]
        checks.equal(sorted(recips), sorted([
            ("alice@example.test", True, 250, "2.0.0"),
            ("ghost@example.test", False, 550, "5.1.1"),
            ("dave@example.test", False, 552, "5.2.2"),
        ]), "per-recipient results: alice 250 after DATA, ghost 550 at RCPT, dave 552 after DATA", r)
        checks.equal(j.get("messagesSent"), 1, "messagesSent", r)
        stored = lmtp.messages("alice@example.test")
        expected = MESSAGE.replace(b"\n", b"\r\n")
        checks.equal(len(stored), 1, "aiosmtpd stored one message for alice")
        checks.check(stored[:1] == [expected], "stored message equals the one sent (dots unstuffed)"
                     + ("" if stored[:1] == [expected] else f": got {stored[:1]!r}"))
        checks.equal(lmtp.messages("dave@example.test"), [], "nothing stored for dave (refused after DATA)")

        # --count over one LMTP session: the per-recipient replies of each
        # transaction are matched to the right transaction.
        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "alice@example.test",
                                       "--to", "dave@example.test", "--message", msg_file,
                                       "--count", "5", "--json"])
        checks.equal(r.rc, 1, "LMTP --count 5 with dave refused after DATA exits 1", r)
        checks.equal(len(lmtp.messages("alice@example.test")), 6, "alice has 1 + 5 messages")

        # Everyone refused at RCPT: exit 9, nothing stored.
        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "ghost@example.test",
                                       "--message", msg_file, "--json"])
        checks.equal(r.rc, 9, "LMTP send with every recipient refused exits 9", r)

        # All good: exit 0.
        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "alice@example.test",
                                       "--to", "carol@example.test", "--subject", "ok", "--body", ".x\n..\n",
                                       "--json"])
        checks.equal(r.rc, 0, "LMTP send with every recipient accepted exits 0", r)
        checks.equal(len(lmtp.messages("carol@example.test")), 1, "carol got her message")

        # Over a Unix socket the default security is none (no TLS there);
        # an explicit --security starttls still fails closed (exit 6).
        plain = ["--socket", lmtp.socket, "--lmtp", "--helo", "client.example.test"]
        r = run_cli(["send"] + plain + ["--from", "sender@example.test", "--to", "carol@example.test",
                                        "--subject", "default", "--body", "x", "--json"])
        checks.equal(r.rc, 0, "LMTP over a socket without --security sends", r)
        r = run_cli(["send"] + plain + ["--security", "starttls", "--from", "sender@example.test",
                                        "--to", "carol@example.test", "--subject", "no", "--body", "x",
                                        "--json"])
        checks.equal(r.rc, 6, "explicit --security starttls over a Unix socket fails closed", r)
        checks.equal(len(lmtp.messages("carol@example.test")), 2, "only the first of those was delivered")


if __name__ == "__main__":
    run_test("test_lmtp_aiosmtpd", body)
