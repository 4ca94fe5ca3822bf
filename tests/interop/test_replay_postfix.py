#!/usr/bin/python3
"""`postscope-cli serve --replay` (issue 11): the Postfix sessions recorded in
tests/data/transcripts (postfix-3.7-send-bdat.txt and -data.txt, written by
`send --transcript` against the interop Postfix) drive the same
`postscope-cli send` to the same result: exit code 1 (one recipient refused),
the same per-recipient replies and the same final reply, over STARTTLS
verified with the sandbox's certificate. Every connection plays the
recording from its start. A client that deviates (another body, DATA where
the recording has BDAT) gets 554 5.5.0 and the server's transcript notes
it. Exit 0 = pass."""

import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))

import clitest  # noqa: E402
from sandbox import Sandbox  # noqa: E402

DATA = os.environ.get("POSTSCOPE_TEST_DATA", os.path.join(HERE, "..", "data"))

# What the recorded Postfix answered (the recording, read by eye).
RECIPIENTS = [
    {"accepted": True, "address": "alice@example.test", "code": 250, "enhancedCode": "2.1.5",
     "text": "Ok"},
    {"accepted": False, "address": "ghost@example.test", "code": 550, "enhancedCode": "5.1.1",
     "text": "<ghost@example.test>: Recipient address rejected: User unknown in virtual "
             "mailbox table"},
    {"accepted": True, "address": "bob@example.test", "code": 250, "enhancedCode": "2.1.5",
     "text": "Ok"},
]


MESSAGE = os.path.join(DATA, "transcripts", "postfix-3.7-send.eml")


def send(box, message, extra=()):
    return clitest.run_cli(
        ["send"] + box.client_args() + [
            "--helo", "not-the-recorded-name.test", "--auth", "plain",
            "--user", "alice@example.test", "--password-env", "ANY_PASSWORD",
            "--from", "sender@example.test", "--to", "alice@example.test",
            "--to", "ghost@example.test", "--to", "bob@example.test",
            "--message", message, "--json"] + list(extra),
        env={"ANY_PASSWORD": "not the recorded one"})


def variant(message, old, new):
    """The recorded message with one change, in a temporary file."""
    with open(message, "rb") as f:
        data = f.read()
    path = os.path.join(tempfile.mkdtemp(prefix="postscope-replay-"), "variant.eml")
    with open(path, "wb") as f:
        f.write(data.replace(old, new))
    return path


def body(checks):
    # The recorded message with another Date and Message-ID: the same message.
    same = variant(variant(MESSAGE, b"15:54:16", b"09:00:01"), b"<replay-1@", b"<other-2@")
    other = variant(MESSAGE, b"A line.\r\n", b"Another body.\r\n")
    for name, extra, queued in (
            ("postfix-3.7-send-bdat.txt", [], "Ok: 302 bytes queued as ACFEEA93F7D"),
            ("postfix-3.7-send-data.txt", ["--chunking", "off"],
             "Ok: queued as E65F6A93F7D")):
        recording = os.path.join(DATA, "transcripts", name)
        with open(recording, encoding="utf-8") as f:
            checks.check(queued in f.read(), f"{name}: the recording holds {queued!r}")
        with Sandbox("--replay", recording, transcript=True) as box:
            for attempt in (1, 2):
                r = send(box, same, extra)
                checks.equal(r.rc, 1, f"{name} #{attempt}: send exits 1 (partial) as it did", r)
                j = r.json or {}
                checks.equal(j.get("recipients"), RECIPIENTS,
                             f"{name} #{attempt}: the per-recipient replies of the recording", r)
                checks.equal((j.get("dataReply") or {}).get("text"), queued,
                             f"{name} #{attempt}: the final reply of the recording", r)
                checks.equal((j.get("server") or {}).get("security"), "starttls",
                             f"{name} #{attempt}: over STARTTLS", r)
            r = send(box, other, extra)
            checks.equal(r.rc, 10, f"{name}: another message is refused (exit 10)", r)
            checks.check("554 5.5.0 Replay: the message differs"
                         in ((r.json or {}).get("error") or {}).get("message", ""),
                         f"{name}: the client is told why", r)
            with open(box.transcript, encoding="utf-8") as f:
                server = f.read()
            checks.check("Replay: the message differs from the recorded one at line 9: "
                         "\"Another body.\" where the recording has \"A line.\"" in server,
                         f"{name}: the server notes where the message differs")
    with Sandbox("--replay", os.path.join(DATA, "transcripts", "postfix-3.7-send-bdat.txt"),
                 transcript=True) as box:
        r = send(box, same, ["--chunking", "off"])
        checks.equal(r.rc, 10, "DATA where the recording has BDAT: refused (exit 10)", r)
        with open(box.transcript, encoding="utf-8") as f:
            server = f.read()
        checks.check("the client sent \"DATA\" where the recording has \"BDAT 302 LAST\"" in server,
                     "the deviation is noted in the server's transcript")
    r = clitest.run_cli(["serve", "--replay", "/nonexistent/recording.txt"])
    checks.check(r.rc == 2 and "/nonexistent/recording.txt" in r.stderr,
                 "serve --replay of a missing file: exit 2", r)
    r = clitest.run_cli(["serve", "--replay", os.path.join(DATA, "transcripts",
                                                           "postfix-3.7-send-bdat.txt"),
                         "--fault", "RCPT:550"])
    checks.equal(r.rc, 2, "serve --replay with --fault: usage error", r)


clitest.run_test("test_replay_postfix", body)
