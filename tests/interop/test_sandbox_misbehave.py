#!/usr/bin/python3
"""`postscope-cli serve --misbehave NAME` (issue 11): each mode puts exactly
its bytes on the wire (seen from a raw socket), the client's STARTTLS
defences refuse the first three (`send --security starttls` exits 6 with a
clear message), a broken multiline reply is a protocol error (exit 13), the
UNSAFE bare-LF end of data lets a second transaction be smuggled inside the
first DATA where the normal sandbox refuses it, and misbehaviour is refused
on a listener that is not loopback. Exit 0 = pass."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))

import clitest  # noqa: E402
from sandbox import RawClient, Sandbox  # noqa: E402

EHLO_HEAD = (b"250-localhost Hello x\r\n250-PIPELINING\r\n250-SIZE 104857600\r\n250-VRFY\r\n"
             b"250-EXPN\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-DSN\r\n250-ENHANCEDSTATUSCODES\r\n"
             b"250-CHUNKING\r\n")

# mode -> (EHLO reply, reply to STARTTLS or None, exit code of send, words of its message)
MODES = {
    "strip-starttls": (EHLO_HEAD + b"250-XXXXXXXA\r\n250 HELP\r\n",
                       b"500 5.5.2 Command not recognized\r\n", 6, "STARTTLS not offered"),
    "refuse-starttls": (EHLO_HEAD + b"250-STARTTLS\r\n250 HELP\r\n",
                        b"454 4.7.0 TLS not available due to temporary reason\r\n", 6,
                        "refused STARTTLS: 454 4.7.0"),
    "inject-after-starttls": (EHLO_HEAD + b"250-STARTTLS\r\n250 HELP\r\n",
                              b"220 2.0.0 Ready to start TLS\r\n"
                              b"250-injected.invalid Hello from before TLS\r\n"
                              b"250 AUTH PLAIN LOGIN\r\n", 6, "STARTTLS injection"),
    "broken-multiline": (EHLO_HEAD + b"250-STARTTLS\r\n251 HELP\r\n", None, 13,
                         "code 251 in the middle of a multiline 250 reply"),
}

SEND = ["--from", "a@client.test", "--to", "b@example.test", "--subject", "misbehave",
        "--body", "hello"]


def exact_bytes(checks, mode, ehlo, starttls):
    with Sandbox("--misbehave", mode, transcript=True) as box:
        checks.check(f"MISBEHAVING: {mode}" in box.stderr_text(),
                     f"{mode}: serve says on stderr that it misbehaves")
        c = RawClient(box.port)
        checks.equal(c.reply(), b"220 localhost ESMTP Postscope sandbox\r\n", f"{mode}: greeting")
        c.send(b"EHLO x\r\n")
        checks.equal(c.read_for(0.5), ehlo, f"{mode}: the EHLO reply, exactly")
        if starttls is not None:
            c.send(b"STARTTLS\r\n")
            # Everything up to the handshake: the server then waits for the
            # client's TLS hello and writes nothing more in plaintext.
            checks.equal(c.read_for(0.7), starttls, f"{mode}: what follows STARTTLS, exactly")
        c.close()
        # The server's own transcript shows the bytes as they went out.
        with open(box.transcript, "rb") as f:
            transcript = f.read()
        last = ehlo.rstrip(b"\r\n").rsplit(b"\r\n", 1)[-1]
        checks.check(b"S: " + last + b"\n" in transcript,
                     f"{mode}: the server transcript shows {last!r}")


def client_refuses(checks, mode, code, words):
    with Sandbox("--misbehave", mode) as box:
        r = clitest.run_cli(["send"] + box.client_args("starttls") + SEND)
        checks.equal(r.rc, code, f"{mode}: send --security starttls exits {code}", r)
        checks.check(words in r.stderr, f"{mode}: the error says {words!r}", r)
        checks.equal(box.messages(), [], f"{mode}: nothing was sent")


def smuggling(checks):
    payload = (b"EHLO x\r\nMAIL FROM:<a@client.test>\r\nRCPT TO:<b@example.test>\r\nDATA\r\n"
               b"Subject: first\r\n\r\nhello\n.\n"
               b"MAIL FROM:<evil@attacker.test>\r\nRCPT TO:<b@example.test>\r\nDATA\r\n"
               b"Subject: smuggled\r\n\r\n.\r\nQUIT\r\n")
    with Sandbox("--misbehave", "unsafe-bare-lf-end", tls=False) as box:
        checks.check("UNSAFE unsafe-bare-lf-end" in box.stderr_text(),
                     "unsafe-bare-lf-end: serve says UNSAFE on stderr")
        c = RawClient(box.port)
        c.reply()
        c.send(payload)
        wire = c.read_for(1.0)
        c.close()
        stored = box.wait_for_messages(2)
        checks.equal(len(stored), 2, "unsafe-bare-lf-end: LF.LF ended the data, a second "
                     "message was smuggled")
        if len(stored) == 2:
            checks.equal(stored[0]["data"], b"Subject: first\r\n\r\nhello\n",
                         "unsafe: the first message ends at the bare LF")
            checks.equal(stored[1]["envelope"]["mailFrom"], "evil@attacker.test",
                         "unsafe: the smuggled sender")
        checks.equal(wire.count(b"250 2.0.0 Ok: queued"), 2, "unsafe: two 'queued' replies")
    with Sandbox(tls=False) as box:
        c = RawClient(box.port)
        c.reply()
        c.send(payload)
        wire = c.read_for(1.0)
        c.close()
        checks.check(b"554 5.5.2" in wire, "default sandbox: the bare LF refuses the message")
        checks.equal(box.messages(), [], "default sandbox: nothing smuggled, nothing stored")


def refused_off_loopback(checks):
    argv = [clitest.cli_path(), "serve", "--no-tls", "--listen", "0.0.0.0:0",
            "--misbehave", "strip-starttls", "--maildir", "/nonexistent/never"]
    p = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    checks.check(p.returncode != 0 and "loopback" in p.stderr,
                 f"misbehaviour on 0.0.0.0 is refused (exit {p.returncode}: {p.stderr.strip()})")
    p = subprocess.run([clitest.cli_path(), "serve", "--misbehave", "nonsense"],
                       capture_output=True, text=True, timeout=30)
    checks.check(p.returncode == 2 and "unknown misbehaviour" in p.stderr,
                 "an unknown misbehaviour is a usage error (exit 2)")
    p = subprocess.run([clitest.cli_path(), "serve", "--help"], capture_output=True, text=True,
                       timeout=30)
    for name in MODES:
        checks.check(f"{name}" in p.stdout and "MISBEHAVIOUR" in p.stdout,
                     f"serve --help marks {name}")
    checks.check("unsafe-bare-lf-end    UNSAFE" in p.stdout, "serve --help marks the bare-LF mode UNSAFE")


def body(checks):
    for mode, (ehlo, starttls, code, words) in MODES.items():
        exact_bytes(checks, mode, ehlo, starttls)
        client_refuses(checks, mode, code, words)
    smuggling(checks)
    refused_off_loopback(checks)


clitest.run_test("test_sandbox_misbehave", body)
