#!/usr/bin/python3
"""`postscope-cli export` and `postscope-cli diff` (issue 11).

Sessions are recorded with `postscope-cli send --transcript` against one
sandbox (DATA with dot-stuffing and two messages, AUTH LOGIN, 8-bit text; and
BDAT with AUTH PLAIN and the null sender). Each is exported as a Python
smtplib script, a swaks command line and postscope-cli commands; each export
runs against a fresh sandbox (the script with Debian's /usr/bin/python3, the
swaks line with swaks) and what arrives must equal what the original session
sent: envelope and bytes, apart from Date and Message-ID. No secret reaches
an export. Then `diff`: two runs of one session are the same (exit 0), a
refused recipient is a difference (exit 1, shown), an unreadable file is
exit 2. Exit 0 = pass."""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))

import clitest  # noqa: E402
from sandbox import Sandbox  # noqa: E402

PASSWORD = "s3cret-Pa55"
WORK = tempfile.mkdtemp(prefix="postscope-export-")
USERS = os.path.join(WORK, "users")
with open(USERS, "w") as f:
    f.write(f"alice:{PASSWORD}\n")

MESSAGE_DATA = (
    "Date: Mon, 01 Jan 2024 10:00:00 +0000\r\n"
    "Message-ID: <first@client.test>\r\n"
    "From: Alice <a@client.test>\r\n"
    "To: b@example.test, c@example.test\r\n"
    "Subject: it's a test: caf\u00e9\r\n"
    "\r\n"
    ".a line that starts with a dot\r\n"
    "..and two\r\n"
    ".\r\n"
    "POSTSCOPE_MESSAGE\r\n"
    "100% done, a backslash \\ and a quote '\r\n").encode("utf-8")

MESSAGE_BDAT = (
    b"Date: Tue, 02 Jan 2024 11:00:00 +0000\r\n"
    b"Message-ID: <second@client.test>\r\n"
    b"From: <>\r\n"
    b"To: d@example.test\r\n"
    b"Subject: bounce-like\r\n"
    b"\r\n"
    b"a chunked message\r\n")

SESSIONS = {
    # name: (send options, message, exported formats)
    "data-login": (["--chunking", "off", "--auth", "LOGIN", "--from", "a@client.test",
                    "--to", "b@example.test", "--to", "c@example.test", "--count", "2"],
                   MESSAGE_DATA),
    "bdat-plain": (["--auth", "PLAIN", "--from", "", "--to", "d@example.test"], MESSAGE_BDAT),
}


def without_volatile(data):
    """The message with its Date and Message-ID fields (and their folded
    lines) taken out: what may differ between the original and a repeat."""
    head, sep, body = data.partition(b"\r\n\r\n")
    kept = []
    skipping = False
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and skipping:
            continue
        skipping = line.lower().startswith((b"date:", b"message-id:"))
        if not skipping:
            kept.append(line)
    return b"\r\n".join(kept) + sep + body


def arrived(box):
    return sorted((m["envelope"]["mailFrom"], m["envelope"]["recipient"],
                   without_volatile(m["data"])) for m in box.messages())


def record(checks, name, options, message):
    path = os.path.join(WORK, name + ".eml")
    with open(path, "wb") as f:
        f.write(message)
    transcript = os.path.join(WORK, name + ".transcript")
    with Sandbox("--users", USERS) as box:
        r = clitest.run_cli(["send"] + box.client_args() + ["--user", "alice", "--password-env",
                            "TEST_PASSWORD", "--message", path, "--transcript", transcript]
                            + options, env={"TEST_PASSWORD": PASSWORD})
        checks.equal(r.rc, 0, f"{name}: the original session sent its mail", r)
        expected = box.wait_for_messages(1) and arrived(box)
    with open(transcript, "rb") as f:
        text = f.read()
    checks.check(PASSWORD.encode() not in text, f"{name}: no secret in the transcript")
    return transcript, expected


def run_export(checks, name, fmt, transcript, expected):
    with Sandbox("--users", USERS) as box:
        out = os.path.join(WORK, f"{name}.{fmt}")
        r = clitest.run_cli(["export", "--as", fmt, "--server", box.server, "--ca-file",
                             box.certificate, "-o", out, transcript])
        checks.equal(r.rc, 0, f"{name}: export --as {fmt}", r)
        with open(out, "rb") as f:
            script = f.read()
        checks.check(PASSWORD.encode() not in script, f"{name} {fmt}: no secret in the export")
        checks.check(b"POSTSCOPE_PASSWORD" in script,
                     f"{name} {fmt}: the password is read from POSTSCOPE_PASSWORD")
        env = dict(os.environ, POSTSCOPE_USER="alice", POSTSCOPE_PASSWORD=PASSWORD,
                   POSTSCOPE_CLI=clitest.cli_path())
        if fmt == "smtplib":
            argv = ["/usr/bin/python3", out]
        else:
            if fmt == "swaks" and not shutil.which("swaks"):
                raise RuntimeError("swaks is not installed (installer/bootstrap.sh installs it)")
            argv = ["sh", out]
        p = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env)
        checks.check(p.returncode == 0, f"{name}: the {fmt} export ran (exit {p.returncode})\n"
                     f"{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
        got = box.wait_for_messages(len(expected)) and arrived(box)
        checks.equal(got, expected, f"{name}: what the {fmt} export sent equals the original")
        if fmt == "smtplib":
            # The script repeats every command: the replies match the recording's.
            checks.check(re.search(r"^AUTH: 235 ", p.stdout, re.M) is not None,
                         f"{name}: the smtplib script logged in ({p.stdout[-500:]})")


def diffs(checks):
    transcripts = []
    for i, extra in enumerate(([], [], ["--fault", "RCPT=c@example.test:550:5.1.1 No such user"])):
        t = os.path.join(WORK, f"diff{i}.transcript")
        with Sandbox(*extra) as box:
            clitest.run_cli(["send"] + box.client_args() + [
                "--from", "a@client.test", "--to", "b@example.test", "--to", "c@example.test",
                "--subject", "diff", "--body", "same body", "--transcript", t])
        transcripts.append(t)
    r = clitest.run_cli(["diff", transcripts[0], transcripts[1]])
    checks.equal((r.rc, r.stdout), (0, ""), "diff: two runs of one session are the same", r)
    r = clitest.run_cli(["diff", transcripts[0], transcripts[2]])
    checks.equal(r.rc, 1, "diff: a refused recipient is a difference", r)
    checks.check(r.stdout.startswith(f"--- {transcripts[0]}\n+++ {transcripts[2]}\n@@ -"),
                 "diff: unified headers", r)
    checks.check("\n-S: 250 2.1.5 Recipient <c@example.test> OK\n" in r.stdout
                 and "\n+S: 550 5.1.1 No such user\n" in r.stdout,
                 "diff: the changed reply, removed and added", r)
    r = clitest.run_cli(["diff", transcripts[0], "/nonexistent/t.txt"])
    checks.check(r.rc == 2 and "/nonexistent/t.txt" in r.stderr, "diff: unreadable file: exit 2", r)
    r = clitest.run_cli(["export", "--as", "perl", transcripts[0]])
    checks.check(r.rc == 2 and "--as" in r.stderr, "export: an unknown format is exit 2", r)


def body(checks):
    try:
        for name, (options, message) in SESSIONS.items():
            transcript, expected = record(checks, name, options, message)
            checks.check(len(expected) >= 1, f"{name}: the original arrived ({len(expected)})")
            for fmt in ("smtplib", "swaks", "cli"):
                run_export(checks, name, fmt, transcript, expected)
        diffs(checks)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


clitest.run_test("test_export_diff", body)
