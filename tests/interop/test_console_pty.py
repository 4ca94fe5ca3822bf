#!/usr/bin/python3
"""`postscope-cli console` in a pseudo-terminal (issue 11): Tab completion
with argument templates, an annotated reply, a refused command's warning
(sent anyway on a second Enter, and the server's 503 shown), history (the
Up arrow recalls the last line; the history file keeps commands but never
a password), the AUTH helper reading the password with echo off, DATA mode
showing the dot-stuffing, and `lesson run --script` ending with its
verdict. Driven through Python's pty module, as a person types. Exit 0 =
pass."""

import glob
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))

import clitest  # noqa: E402
from sandbox import Sandbox  # noqa: E402

PASSWORD = "wonderland-Pty-7"


class Terminal:
    """A program on a pseudo-terminal: what it printed, and keys to type."""

    def __init__(self, argv, env):
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                                     start_new_session=True, close_fds=True)
        os.close(slave)
        self.screen = b""
        self.seen = 0  # read_until looks only at what came after its last match

    def read_until(self, needle, timeout=10.0):
        """Everything printed until `needle` appears (bytes); raises on timeout."""
        deadline = time.monotonic() + timeout
        while needle not in self.screen[self.seen:]:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{needle!r} did not appear; the screen ends with "
                                   f"{self.screen[-1500:]!r}")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise EOFError(f"the program ended before {needle!r}: {self.screen[-1500:]!r}")
                self.screen += chunk
        self.seen = self.screen.index(needle, self.seen) + len(needle)
        return self.screen

    def mark(self):
        return len(self.screen)

    def since(self, mark):
        return self.screen[mark:]

    def type(self, keys, pause=0.05):
        os.write(self.master, keys)
        time.sleep(pause)

    def wait(self, timeout=15):
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    chunk = b""
                self.screen += chunk
        return self.proc.wait(timeout=5)


def body(checks):
    home = tempfile.mkdtemp(prefix="postscope-pty-home-")
    users = os.path.join(home, "users")
    with open(users, "w") as f:
        f.write(f"alice:{PASSWORD}\n")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, ".local", "share"),
               TERM="xterm", LC_ALL="C.UTF-8")
    try:
        with Sandbox("--users", users, tls=False) as box:
            t = Terminal([clitest.cli_path(), "console", "--server", box.server,
                          "--security", "none"], env)
            t.read_until(b"smtp greeted> ")

            # Completion: "EH" + Tab becomes the EHLO template.
            # (The terminal redraws the line with cursor moves: what was
            # completed shows in the command that went out.)
            m = t.mark()
            t.type(b"EH\t", pause=0.3)
            t.type(b"pty.example\r")
            t.read_until(b"smtp identified> ")
            out = t.since(m)
            checks.check(b"C: EHLO pty.example" in out, "Tab completed EH to \"EHLO \"")
            checks.check(b"S: 250-localhost Hello pty.example" in out, "the EHLO reply is shown")
            checks.check(b"2xx: Positive completion reply" in out
                         and b"[RFC 5321 4.2.1" in out, "the reply is annotated with its class "
                         "and RFC section")

            # A refused command: RCPT before MAIL. Completion gives the
            # template; the warning comes first; a second Enter sends it.
            m = t.mark()
            t.type(b"RC\t", pause=0.3)
            t.type(b"\x7fa@b.test>\r")  # over the template's ">"
            t.read_until(b"send it anyway?")
            checks.check(b"!! warning: RCPT comes after MAIL FROM" in t.since(m),
                         "a warning before a command the server will refuse")
            m = t.mark()
            t.type(b"\r")
            t.read_until(b"smtp identified> ")
            out = t.since(m)
            checks.check(b"C: RCPT TO:<a@b.test>" in out,
                         "Tab completed RC to the RCPT TO:<> template")
            checks.check(b"S: 503 5.5.1" in out,
                         "sent anyway on a second Enter: the server's 503 is shown")

            # History: NOOP, then the Up arrow brings it back.
            t.type(b"NOOP\r")
            t.read_until(b"smtp identified> ", timeout=10)
            m = t.mark()
            t.type(b"\x1b[A")
            t.type(b"\r")
            t.read_until(b"smtp identified> ")
            checks.check(b"C: NOOP" in t.since(m), "the Up arrow recalls the last line")

            # The AUTH helper: the password is read with echo off.
            m = t.mark()
            t.type(b"AUTH CRAM-MD5\r")
            t.read_until(b"user: ")
            t.type(b"alice\r")
            t.read_until(b"password: ")
            t.type(PASSWORD.encode() + b"\r")
            t.read_until(b"smtp auth identified> ")
            out = t.since(m)
            checks.check(PASSWORD.encode() not in t.screen, "the password is never echoed")
            checks.check(b"S: 235" in out, "the helper logged in (235)")
            checks.check(b"challenge decoded" in out, "the helper decodes the challenge")

            # DATA mode: the console shows its dot-stuffing and the end of data.
            t.type(b"MAIL FROM:<a@pty.example>\r")
            t.read_until(b"mail> ")
            t.type(b"RCPT TO:<b@example.test>\r")
            t.read_until(b"rcpt> ")
            t.type(b"DATA\r")
            t.read_until(b"data> ")
            m = t.mark()
            t.type(b"Subject: pty\r")
            t.read_until(b"data> ")
            t.type(b"\r")
            t.read_until(b"data> ")
            t.type(b".leading dot\r")
            t.read_until(b"data> ")
            t.type(b".\r")
            t.read_until(b"smtp auth identified> ")
            out = t.since(m)
            checks.check(b"dot-stuffed (RFC 5321 4.5.2): the line goes out as \"..leading dot\""
                         in out, "DATA mode shows the dot-stuffing")
            checks.check(b"end of data: <CRLF>.<CRLF>" in out and b"S: 250 2.0.0 Ok: queued"
                         in out, "the end of data and the server's 250")
            stored = box.wait_for_messages(1)
            checks.check(len(stored) == 1 and b"\r\n.leading dot\r\n" in stored[0]["data"],
                         "the message arrived unstuffed")

            t.type(b"QUIT\r")
            rc = t.wait()
            checks.equal(rc, 0, "console exits 0 after QUIT")
        found = glob.glob(os.path.join(home, ".local", "share", "*", "*", "console-history", "*"))
        histories = os.path.dirname(found[0]) if found else ""
        files = [os.path.basename(f) for f in found]
        checks.check(len(files) == 1, f"one history file for this server ({files})")
        if files:
            with open(os.path.join(histories, files[0]), "rb") as f:
                history = f.read()
            # libedit's file format writes a space as \040.
            history = history.replace(b"\\040", b" ")
            checks.check(b"EHLO pty.example" in history and b"NOOP" in history,
                         "the history keeps the commands")
            checks.check(PASSWORD.encode() not in history and b"alice" not in history,
                         "the history keeps no password and no helper answer")

        # A lesson on a terminal, its learner's lines from a script.
        script = os.path.join(home, "d2.txt")
        with open(script, "w") as f:
            f.write("EHLO bar.com\nMAIL FROM:<Smith@bar.com>\nRCPT TO:<Jones@XYZ.COM>\n"
                    "RSET\nQUIT\n")
        t = Terminal([clitest.cli_path(), "lesson", "run", "d2-aborted-transaction",
                      "--script", script, "--cert-dir", os.path.join(home, "cert")], env)
        t.read_until(b"Goal reached", timeout=30)
        checks.equal(t.wait(), 0, "lesson run --script: goal reached, exit 0")
        checks.check(b"Goal: Start a transaction to Jones and Brown" in t.screen,
                     "the lesson's goal is shown")
        with open(script, "w") as f:
            f.write("EHLO bar.com\nMAIL FROM:<Smith@bar.com>\nRCPT TO:<Jones@XYZ.COM>\n"
                    "DATA\nSubject: oops\n\nsent\n.\nQUIT\n")
        r = clitest.run_cli(["lesson", "run", "d2-aborted-transaction", "--script", script,
                             "--cert-dir", os.path.join(home, "cert")], env=env)
        checks.equal(r.rc, 1, "lesson run with a wrong attempt: exit 1", r)
        checks.check("Not yet" in r.stdout and "DATA was sent" in r.stdout,
                     "the verdict explains what went wrong, in the lesson's words", r)
        r = clitest.run_cli(["lesson", "list", "--json"], env=env)
        ids = [x["id"] for x in (r.json or {}).get("lessons", [])]
        checks.check(r.rc == 0 and len(ids) >= 21 and "security-smtp-smuggling" in ids,
                     f"lesson list --json names {len(ids)} lessons", r)
        r = clitest.run_cli(["lesson", "run", "no-such-lesson"], env=env)
        checks.check(r.rc == 2 and "no lesson named" in r.stderr, "an unknown lesson: exit 2", r)
    finally:
        shutil.rmtree(home, ignore_errors=True)


clitest.run_test("test_console_pty", body)
