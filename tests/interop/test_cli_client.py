#!/usr/bin/python3
"""postscope-cli's client commands (CLI.md; issue 2, section 4).

1. Usage errors exit 2 and send nothing: a local listener sees no connection
   (header injection, a password on the command line, bad options, two
   Resent- blocks...).
2. send against aiosmtpd (a server nobody here wrote): exit codes 0, 1 and
   9 with the per-recipient JSON; --message derives its envelope like
   smtplib's send_message() and never transmits Bcc; --count 5 delivers 5
   messages over one session; --mail-option reaches MAIL.
3. Against the sandbox (`postscope-cli serve`): verify/expn results and exit
   codes, raw exchanges, AUTH with --transcript and --debug holding C:/S:
   lines and no password.
"""

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
from clitest import cli_path, run_cli, run_test  # noqa: E402
from peers import free_port  # noqa: E402

PASSWORD = "s3cret-Pa55"


class Listener:
    """A TCP listener on 127.0.0.1 that records whether anyone connected."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]

    def connections(self):
        count = 0
        while True:
            try:
                conn, _ = self.sock.accept()
                conn.close()
                count += 1
            except (socket.timeout, BlockingIOError):
                return count

    def close(self):
        self.sock.close()


class RecordingHandler:
    """aiosmtpd handler: refuses RCPT to nobody*@, refuses the data (after
    accepting every RCPT) when the sender is spam@, stores every other message."""

    def __init__(self):
        self.messages = []   # (mail_from, rcpt_tos, mail_options, data bytes)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("nobody"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if envelope.mail_from.startswith("spam@"):
            return "554 5.7.1 Message refused"
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), list(envelope.mail_options),
                              envelope.original_content))
        return "250 2.0.0 Stored"


def start_aiosmtpd():
    from aiosmtpd.controller import Controller
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, decode_data=False)
    controller.start()
    return controller, handler, port


class Sandbox:
    def __init__(self, tmp):
        self.tmp = tmp
        directory = os.path.join(tmp, "directory.txt")
        with open(directory, "w") as f:
            f.write("alice@example.test\nbob@example.test\nstaff: alice@example.test, bob@example.test\n")
        users = os.path.join(tmp, "users.txt")
        with open(users, "w") as f:
            f.write(f"user1:{PASSWORD}\n")
        self.log = open(os.path.join(tmp, "serve.log"), "w+")
        self.proc = subprocess.Popen([cli_path(), "serve", "--listen", "127.0.0.1:0",
                                      "--maildir", os.path.join(tmp, "maildir"),
                                      "--directory", directory, "--users", users, "--reject-unknown"],
                                     stdout=subprocess.PIPE, stderr=self.log, text=True,
                                     env=dict(os.environ, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data")))
        self.port = None
        deadline = time.time() + 20
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            m = re.search(r"smtp://127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
                break
        if self.port is None:
            self.stop()
            self.log.seek(0)
            raise RuntimeError("postscope-cli serve did not say where it listens: " + self.log.read()[-2000:])
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def usage_errors(checks, tmp):
    listener = Listener()
    try:
        server = ["--server", f"127.0.0.1:{listener.port}", "--security", "none"]
        two_resent = os.path.join(tmp, "two-resent.eml")
        with open(two_resent, "wb") as f:
            f.write(b"From: a@example.test\r\nTo: b@example.test\r\n"
                    b"Resent-Date: Thu, 1 Jan 1970 17:42:00 +0000\r\nResent-From: r@example.test\r\n"
                    b"Resent-To: t@example.test\r\n"
                    b"Resent-Date: Thu, 2 Jan 1970 17:42:00 +0000\r\nResent-From: s@example.test\r\n"
                    b"Resent-To: u@example.test\r\n\r\nbody\r\n")
        cases = [
            ("header injection", ["send"] + server + ["--from", "a@example.test", "--to", "b@example.test",
                                                      "--header", "X-A: 1\r\nBcc: evil@example.test"]),
            ("header injection with a bare LF", ["send"] + server + ["--from", "a@example.test", "--to",
                                                                     "b@example.test", "--header", "X-A: 1\nX-B: 2"]),
            ("CR/LF in --subject", ["send"] + server + ["--from", "a@example.test", "--to", "b@example.test",
                                                        "--subject", "hi\r\nBcc: evil@example.test"]),
            ("CR/LF in --to", ["send"] + server + ["--from", "a@example.test", "--to",
                                                   "b@example.test>\r\nRCPT TO:<c@example.test"]),
            ("password on the command line", ["send"] + server + ["--from", "a@example.test", "--to",
                                                                  "b@example.test", "--user", "u",
                                                                  "--password", PASSWORD]),
            ("bad --security", ["send"] + server + ["--security", "maybe", "--from", "a@x", "--to", "b@x"]),
            ("bad port", ["probe", "--server", "127.0.0.1:99999"]),
            ("unknown option", ["send"] + server + ["--frobnicate"]),
            ("--count 0", ["send"] + server + ["--from", "a@x", "--to", "b@x", "--count", "0"]),
            ("--body and --body-file", ["send"] + server + ["--from", "a@x", "--to", "b@x", "--body", "x",
                                                            "--body-file", two_resent]),
            ("no --from", ["send"] + server + ["--to", "b@x"]),
            ("two Resent- blocks", ["send"] + server + ["--message", two_resent]),
            ("--user without a password source", ["send"] + server + ["--from", "a@x", "--to", "b@x",
                                                                      "--user", "u"]),
            ("--password-env naming an unset variable", ["probe"] + server + ["--user", "u", "--password-env",
                                                                              "POSTSCOPE_TEST_UNSET_VAR"]),
            ("verify without an address", ["verify"] + server),
            ("raw with a line break", ["raw"] + server + ["NOOP\r\nQUIT"]),
            ("--debug 3", ["raw"] + server + ["--debug", "3", "NOOP"]),
        ]
        for what, args in cases:
            r = run_cli(args)
            checks.equal(r.rc, 2, f"usage error exits 2: {what}", r)
            checks.check(r.stderr.strip() != "", f"usage error is explained on stderr: {what}", r)
            checks.check(PASSWORD not in r.stdout + r.stderr, f"no password echoed: {what}", r)
        checks.equal(listener.connections(), 0, "no usage error opened a connection (nothing sent)")
        # The listener does work: a real probe connects (and then times out on the greeting).
        r = run_cli(["probe"] + server + ["--timeout", "0.5"])
        checks.equal(listener.connections(), 1, "control: a valid command does connect to the listener")
        checks.equal(r.rc, 12, "no greeting within --timeout exits 12", r)

        r = run_cli(["send", "--help"])
        checks.check(r.rc == 0 and "--message" in r.stdout and "--server" in r.stdout,
                     "send --help lists message and connection options", r)
    finally:
        listener.close()


def send_tests(checks, tmp):
    controller, handler, port = start_aiosmtpd()
    try:
        conn = ["--server", f"127.0.0.1:{port}", "--security", "none", "--helo", "client.example.test"]

        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "alice@example.test",
                                       "--subject", "Grüße", "--body", "héllo\n.dot line\n", "--json"])
        j = r.json or {}
        checks.equal(r.rc, 0, "send to one good recipient exits 0", r)
        checks.equal(j.get("ok"), True, "ok is true", r)
        checks.equal(j.get("error"), None, "error is null", r)
        checks.equal(j.get("messagesSent"), 1, "messagesSent is 1", r)
        checks.equal(j.get("server"), {"host": "127.0.0.1", "port": port, "security": "none",
                                       "protocol": "smtp"}, "server object", r)
        checks.check(isinstance(j.get("elapsedSeconds"), (int, float)), "elapsedSeconds is a number", r)
        checks.equal([(x["address"], x["accepted"], x["code"]) for x in j.get("recipients", [])],
                     [("alice@example.test", True, 250)], "recipients", r)
        checks.equal(len(handler.messages), 1, "aiosmtpd stored one message")
        if handler.messages:
            mail_from, rcpts, _, data = handler.messages[-1]
            checks.equal((mail_from, rcpts), ("sender@example.test", ["alice@example.test"]), "envelope")
            head = data.split(b"\r\n\r\n", 1)[0]
            for field in (b"Date: ", b"Message-I", b"From: sender@example.test", b"To: alice@example.test",
                          b"Subject: =?", b"MIME-Version: 1.0", b"Content-Type: text/plain; charset=utf-8"):
                checks.check(field.lower() in head.lower(), f"built message has {field.decode()!r}")
            import email
            import email.policy
            msg = email.message_from_bytes(data, policy=email.policy.default)
            checks.equal(str(msg["Subject"]), "Grüße", "Subject decodes to the text given")
            checks.equal(msg.get_content().replace("\r\n", "\n"), "héllo\n.dot line\n", "body decodes to the text given")

        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "alice@example.test",
                                       "--to", "nobody@example.test", "--json"])
        j = r.json or {}
        checks.equal(r.rc, 1, "one of two recipients refused exits 1", r)
        checks.equal([(x["address"], x["accepted"], x["code"], x["enhancedCode"]) for x in j.get("recipients", [])],
                     [("alice@example.test", True, 250, "2.1.5"), ("nobody@example.test", False, 550, "5.1.1")],
                     "per-recipient results", r)
        checks.equal(j.get("messagesSent"), 1, "partial send still counts as sent", r)
        checks.equal([(x["address"], x["rcptAccepted"], x["delivered"]) for x in j.get("recipients", [])],
                     [("alice@example.test", True, True), ("nobody@example.test", False, False)],
                     "rcptAccepted and delivered per recipient", r)

        # RCPT accepted for both, the data refused: nobody reads as delivered
        # (issue 7), though each RCPT's own answer is kept.
        before = len(handler.messages)
        r = run_cli(["send"] + conn + ["--from", "spam@example.test", "--to", "alice@example.test",
                                       "--to", "bob@example.test", "--json"])
        j = r.json or {}
        checks.equal(r.rc, 10, "data refused exits 10", r)
        checks.equal((j.get("error") or {}).get("kind"), "DataRefused", "error kind DataRefused", r)
        checks.equal([(x["address"], x["accepted"], x["delivered"], x["rcptAccepted"],
                       (x.get("rcptReply") or {}).get("code")) for x in j.get("recipients", [])],
                     [("alice@example.test", False, False, True, 250), ("bob@example.test", False, False, True, 250)],
                     "DATA refused: RCPT accepted, not delivered, \"accepted\" false", r)
        checks.equal(j.get("messagesSent"), 0, "DATA refused: messagesSent 0", r)
        checks.equal(len(handler.messages), before, "DATA refused: nothing stored")
        r = run_cli(["send"] + conn + ["--from", "spam@example.test", "--to", "alice@example.test"])
        checks.check("not delivered" in r.stdout, "human output says RCPT accepted, not delivered", r)

        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "nobody@example.test",
                                       "--to", "nobody2@example.test", "--json"])
        j = r.json or {}
        checks.equal(r.rc, 9, "every recipient refused exits 9", r)
        checks.equal((j.get("error") or {}).get("kind"), "RecipientsRefused", "error kind RecipientsRefused", r)
        checks.equal(j.get("ok"), False, "ok is false", r)

        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "alice@example.test"])
        checks.equal(r.rc, 0, "human output: exit 0", r)
        checks.check("alice@example.test" in r.stdout and "accepted" in r.stdout, "human output names the "
                     "recipient and says accepted", r)

        # --message: smtplib send_message() rules; Bcc never transmitted.
        before = len(handler.messages)
        message = os.path.join(tmp, "m.eml")
        with open(message, "wb") as f:
            f.write(b"From: Someone <from@example.test>\r\n"
                    b"Sender: sender@example.test\r\n"
                    b"To: To One <to1@example.test>, to2@example.test\r\n"
                    b"Cc: cc@example.test\r\n"
                    b"Bcc: Hidden <hidden@example.test>,\r\n secret@example.test\r\n"
                    b"Subject: as is\r\n"
                    b"\r\n"
                    b"Line one\r\n.leading dot\r\n")
        r = run_cli(["send"] + conn + ["--message", message, "--json"])
        checks.equal(r.rc, 0, "--message exits 0", r)
        checks.equal(len(handler.messages), before + 1, "--message delivered one message")
        if len(handler.messages) > before:
            mail_from, rcpts, _, data = handler.messages[-1]
            checks.equal(mail_from, "sender@example.test", "--message: Sender wins over From")
            checks.equal(rcpts, ["to1@example.test", "to2@example.test", "hidden@example.test",
                                 "secret@example.test", "cc@example.test"],
                         "--message: recipients from To, Bcc, Cc (smtplib's order)")
            checks.check(b"bcc" not in data.lower() and b"hidden@" not in data and b"secret@" not in data,
                         "--message: no Bcc field in the data" + ("" if b"bcc" not in data.lower()
                                                                  else f": {data!r}"))
            checks.equal(data, b"From: Someone <from@example.test>\r\nSender: sender@example.test\r\n"
                               b"To: To One <to1@example.test>, to2@example.test\r\nCc: cc@example.test\r\n"
                               b"Subject: as is\r\n\r\nLine one\r\n.leading dot\r\n",
                         "--message: everything but Bcc sent as it is")

        # --from/--to override the headers.
        r = run_cli(["send"] + conn + ["--message", message, "--from", "over@example.test",
                                       "--to", "only@example.test", "--json"])
        checks.equal(r.rc, 0, "--message with --from/--to exits 0", r)
        if handler.messages:
            checks.equal(handler.messages[-1][:2], ("over@example.test", ["only@example.test"]),
                         "--from/--to override the message's envelope")

        # A single Resent- block replaces the original addresses.
        resent = os.path.join(tmp, "resent.eml")
        with open(resent, "wb") as f:
            f.write(b"From: from@example.test\r\nTo: to@example.test\r\n"
                    b"Resent-Date: Thu, 1 Jan 1970 17:42:00 +0000\r\nResent-From: rfrom@example.test\r\n"
                    b"Resent-To: rto@example.test\r\nResent-Bcc: rbcc@example.test\r\n\r\nbody\r\n")
        r = run_cli(["send"] + conn + ["--message", resent])
        checks.equal(r.rc, 0, "--message with one Resent- block exits 0", r)
        if handler.messages:
            mail_from, rcpts, _, data = handler.messages[-1]
            checks.equal((mail_from, rcpts), ("rfrom@example.test", ["rto@example.test", "rbcc@example.test"]),
                         "Resent- block gives the envelope")
            checks.check(b"Resent-Bcc" not in data, "Resent-Bcc is not transmitted")

        # --count 5: five messages over one session.
        before = len(handler.messages)
        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "alice@example.test",
                                       "--body", "again", "--count", "5", "--json",
                                       "--mail-option", "BODY=7BIT"])
        checks.equal(r.rc, 0, "--count 5 exits 0", r)
        checks.equal((r.json or {}).get("messagesSent"), 5, "--count 5: messagesSent is 5", r)
        checks.equal(len(handler.messages) - before, 5, "--count 5 delivered 5 messages")
        checks.check(all("BODY=7BIT" in m[2] for m in handler.messages[before:]), "--mail-option reaches MAIL")
        ids = {re.search(rb"Message-I[dD]: (\S+)", m[3]).group(1) for m in handler.messages[before:]
               if re.search(rb"Message-I[dD]: (\S+)", m[3])}
        checks.equal(len(ids), 1, "--count sends the same message (one Message-ID)")

        # Big body file streamed from disk.
        big = os.path.join(tmp, "big.txt")
        with open(big, "wb") as f:
            for i in range(60000):
                f.write(b"line %d of a body that is streamed from disk, not read whole\n" % i)
            f.write(b".\n..\n")
        before = len(handler.messages)
        r = run_cli(["send"] + conn + ["--from", "sender@example.test", "--to", "alice@example.test",
                                       "--subject", "big", "--body-file", big, "--json"])
        checks.equal(r.rc, 0, "--body-file of 3.6 MB exits 0", r)
        if len(handler.messages) > before:
            data = handler.messages[-1][3]
            with open(big, "rb") as f:
                expected = f.read().replace(b"\n", b"\r\n")
            checks.check(data.split(b"\r\n\r\n", 1)[1] == expected, "the streamed body arrives byte for byte")

        # Connection refused: exit 3.
        free = socket.socket()
        free.bind(("127.0.0.1", 0))
        free_port = free.getsockname()[1]
        free.close()
        r = run_cli(["send", "--server", f"127.0.0.1:{free_port}", "--security", "none", "--from", "a@x",
                     "--to", "b@x", "--json"])
        checks.equal(r.rc, 3, "connection refused exits 3", r)
        checks.equal(((r.json or {}).get("error") or {}).get("kind"), "ConnectFailed", "kind ConnectFailed", r)

        # STARTTLS required (the default) but aiosmtpd does not offer it: exit 6.
        r = run_cli(["send", "--server", f"127.0.0.1:{port}", "--from", "a@x", "--to", "alice@example.test"])
        checks.equal(r.rc, 6, "--security starttls (default) without STARTTLS offered exits 6", r)
    finally:
        controller.stop()


def sandbox_tests(checks, tmp):
    sandbox = Sandbox(tmp)
    try:
        conn = ["--server", f"127.0.0.1:{sandbox.port}", "--security", "none"]

        r = run_cli(["verify"] + conn + ["alice@example.test", "--json"])
        checks.equal(r.rc, 0, "verify of a known address exits 0", r)
        res = (r.json or {}).get("results") or [{}]
        checks.equal((res[0].get("query"), res[0].get("code")), ("alice@example.test", 250), "VRFY result", r)
        r = run_cli(["verify"] + conn + ["alice@example.test", "nobody@example.test", "--json"])
        checks.equal(r.rc, 1, "verify with an unknown address exits 1", r)
        checks.equal([(x.get("query"), x.get("code") // 100 if x.get("code") else None)
                      for x in (r.json or {}).get("results") or []],
                     [("alice@example.test", 2), ("nobody@example.test", 5)], "VRFY results in order", r)
        r = run_cli(["verify", "--method", "rcpt"] + conn + ["--json", "alice@example.test",
                                                             "nobody@example.test"])
        checks.equal(r.rc, 1, "verify --method rcpt against the sandbox exits 1 for an unknown address", r)
        checks.equal([(x.get("query"), x.get("verdict")) for x in (r.json or {}).get("results") or []],
                     [("alice@example.test", "exists"), ("nobody@example.test", "unknown")],
                     "RCPT method against the sandbox", r)
        for bad, why in ((["verify", "--method", "smtp"], "unknown --method"),
                         (["verify", "--from", "x@example.test"], "--from without --method rcpt"),
                         (["verify", "--method", "rcpt", "not an address"], "RCPT method needs addresses"),
                         (["verify", "--json", "--csv"], "--json and --csv"),
                         (["verify", "-4", "-6"], "-4 and -6"),
                         (["verify", "--source-address", "nowhere"], "--source-address not an address"),
                         (["verify", "--server", "::1", "-4"], "-4 with an IPv6 server"),
                         (["verify", "--socket", "/tmp/x.sock", "-4"], "-4 with --socket")):
            r = run_cli(bad + ["alice@example.test"])
            checks.equal(r.rc, 2, f"usage error: {why}", r)
        r = run_cli(["verify"] + conn + ["--source-address", "127.0.0.2", "--transcript", "-",
                                        "alice@example.test"])
        checks.equal(r.rc, 0, "--source-address 127.0.0.2 exits 0", r)
        checks.check(re.search(r"\*\* Connected to 127\.0\.0\.1 \(127\.0\.0\.1:\d+\) from 127\.0\.0\.2:\d+",
                               r.stdout) is not None,
                     "the transcript notes the local and remote address of the connection", r)

        r = run_cli(["expn"] + conn + ["staff", "--json"])
        checks.equal(r.rc, 0, "expn of a known list exits 0", r)
        text = ((r.json or {}).get("results") or [{}])[0].get("text", "")
        checks.check("alice@example.test" in text and "bob@example.test" in text, "EXPN lists the members", r)
        checks.check(set((r.json or {}).keys()) >= {"ok", "error", "server", "elapsedSeconds", "results"},
                     "verify/expn JSON has the common fields", r)

        r = run_cli(["raw"] + conn + ["--json", "NOOP", "EHLO raw.example.test", "VRFY bob@example.test", "QUIT"])
        j = r.json or {}
        checks.equal(r.rc, 0, "raw exits 0", r)
        checks.equal((j.get("greeting") or {}).get("code"), 220, "raw reports the greeting", r)
        checks.equal([(x.get("command"), x.get("code")) for x in j.get("exchanges") or []],
                     [("NOOP", 250), ("EHLO raw.example.test", 250), ("VRFY bob@example.test", 250),
                      ("QUIT", 221)], "raw exchanges: each command as typed with its reply", r)
        r = run_cli(["raw"] + conn + ["--transcript", "-", "NOOP"])
        checks.check("C: NOOP" in r.stdout and "EHLO" not in r.stdout, "raw sends no EHLO of its own", r)

        # AUTH PLAIN without TLS is refused unless allowed (issue 6, 7a): exit 11.
        r = run_cli(["send"] + conn + ["--user", "user1", "--password-env", "PS_TEST_PW", "--auth", "PLAIN",
                                       "--from", "a@example.test", "--to", "alice@example.test", "--json"],
                    env={"PS_TEST_PW": PASSWORD})
        checks.equal(r.rc, 11, "AUTH PLAIN over --security none without --allow-plaintext-auth exits 11", r)
        checks.check("--allow-plaintext-auth" in (((r.json or {}).get("error") or {}).get("message") or ""),
                     "the refusal names --allow-plaintext-auth", r)

        # AUTH with --transcript and --debug: C:/S: lines, never the password.
        transcript = os.path.join(tmp, "transcript.txt")
        r = run_cli(["send"] + conn + ["--user", "user1", "--password-env", "PS_TEST_PW", "--auth", "PLAIN",
                                       "--allow-plaintext-auth",
                                       "--from", "a@example.test", "--to", "alice@example.test",
                                       "--transcript", transcript, "--debug", "1", "--json"],
                    env={"PS_TEST_PW": PASSWORD})
        checks.equal(r.rc, 0, "send with AUTH PLAIN exits 0", r)
        with open(transcript, encoding="utf-8", errors="replace") as f:
            t = f.read()
        checks.check(re.search(r"^\d\d:\d\d:\d\d\.\d{3} C: EHLO ", t, re.M) is not None, "transcript has C: lines")
        checks.check(re.search(r"^\d\d:\d\d:\d\d\.\d{3} S: 250", t, re.M) is not None, "transcript has S: lines")
        checks.check("AUTH PLAIN" in t, "transcript shows the AUTH command")
        import base64
        plain = base64.b64encode(b"\0user1\0" + PASSWORD.encode()).decode()
        for where, text in (("transcript", t), ("debug output", r.stderr), ("stdout", r.stdout)):
            checks.check(PASSWORD not in text and plain not in text, f"no password in the {where}")
        checks.check("send: 'EHLO " in r.stderr and "reply: retcode (250); Msg: b'" in r.stderr
                     and "reply: b'250-" in r.stderr, "--debug 1 prints smtplib's format", r)
        r = run_cli(["send"] + conn + ["--user", "user1", "--password-env", "PS_TEST_PW",
                                       "--from", "a@example.test", "--to", "alice@example.test", "--json"],
                    env={"PS_TEST_PW": "wrong"})
        checks.equal(r.rc, 7, "a wrong password exits 7", r)
        checks.equal(((r.json or {}).get("error") or {}).get("kind"), "AuthFailed", "kind AuthFailed", r)
        r = run_cli(["probe"] + conn + ["--debug", "2"])
        checks.check(re.search(r"^\d\d:\d\d:\d\d\.\d{6} send: 'EHLO ", r.stderr, re.M) is not None,
                     "--debug 2 adds HH:MM:SS.ffffff timestamps", r)
        r = run_cli(["probe", "--server", f"127.0.0.1:{sandbox.port}", "--json", "--security", "starttls"])
        # The sandbox's own certificate is not trusted here: a handshake failure, exit 6,
        # with what was seen before reported.
        j = r.json or {}
        checks.equal(r.rc, 6, "probe with an untrusted certificate exits 6", r)
        checks.equal((j.get("banner") or {}).get("code"), 220, "probe still reports the banner", r)
        checks.check("STARTTLS" in ((j.get("ehlo") or {}).get("keywords") or {}),
                     "probe still reports the EHLO before TLS", r)
    finally:
        sandbox.stop()


def body(checks):
    with tempfile.TemporaryDirectory(prefix="postscope-cli-test-") as tmp:
        usage_errors(checks, tmp)
        send_tests(checks, tmp)
        sandbox_tests(checks, tmp)


if __name__ == "__main__":
    run_test("test_cli_client", body)
