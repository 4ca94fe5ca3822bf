#!/usr/bin/python3
"""AUTH without TLS through the real postscope-cli (issue 6, item 7a).

A server that offers AUTH PLAIN and LOGIN but no STARTTLS (a downgrade on
the path looks exactly like this): with --security none or opportunistic,
and over a Unix socket, postscope-cli refuses PLAIN and LOGIN with exit 11,
says why and how to allow it, and sends nothing of the exchange -- the
server script checks that no AUTH line arrived and that the password never
crossed the connection. --auth auto picks CRAM-MD5 when offered (the
password stays secret), and --allow-plaintext-auth makes PLAIN and LOGIN go
through when the user wants them.
"""

import base64
import hashlib
import hmac
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile_server import ConnectionClosed, Server, run_measured  # noqa: E402
from clitest import run_test  # noqa: E402

USER = "alice"
PASSWORD = "Plain-Text-s3cret"
PLAIN_BLOB = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode())


def auth_server(mechanisms, lmtp=False):
    """An SMTP (or LMTP) server offering AUTH mechanisms and no STARTTLS; it
    checks credentials, records every line, and takes a message."""
    def handler(conn):
        conn.authenticated = None
        conn.reply("220 plain.hostile.test ESMTP")
        while True:
            try:
                line = conn.readline(timeout=15)
            except (TimeoutError, ConnectionClosed):
                return
            verb = line.split(b" ", 1)[0].upper()
            if verb in (b"EHLO", b"LHLO"):
                conn.reply("250-plain.hostile.test", "250-PIPELINING", f"250 AUTH {' '.join(mechanisms)}")
            elif verb == b"AUTH":
                words = line.split()
                mech = words[1].upper() if len(words) > 1 else b""
                ok = False
                if mech == b"PLAIN":
                    blob = words[2] if len(words) > 2 else None
                    if blob is None:
                        conn.reply("334 ")
                        blob = conn.readline()
                    ok = base64.b64decode(blob) == f"\0{USER}\0{PASSWORD}".encode()
                elif mech == b"LOGIN":
                    conn.reply("334 " + base64.b64encode(b"Username:").decode())
                    user = base64.b64decode(conn.readline())
                    conn.reply("334 " + base64.b64encode(b"Password:").decode())
                    password = base64.b64decode(conn.readline())
                    ok = (user, password) == (USER.encode(), PASSWORD.encode())
                elif mech == b"CRAM-MD5":
                    challenge = b"<1896.697170952@plain.hostile.test>"
                    conn.reply("334 " + base64.b64encode(challenge).decode())
                    answer = base64.b64decode(conn.readline())
                    digest = hmac.new(PASSWORD.encode(), challenge, hashlib.md5).hexdigest().encode()
                    ok = answer == USER.encode() + b" " + digest
                if ok:
                    conn.authenticated = mech
                    conn.reply("235 2.7.0 Authentication successful")
                else:
                    conn.reply("535 5.7.8 Authentication credentials invalid")
            elif verb == b"MAIL":
                conn.reply("250 2.1.0 ok")
            elif verb == b"RCPT":
                conn.reply("250 2.1.5 ok")
            elif verb == b"DATA":
                conn.reply("354 go ahead")
                conn.read_data()
                conn.reply("250 2.0.0 queued")
            elif verb == b"QUIT":
                conn.reply("221 2.0.0 bye")
                return
            else:
                conn.reply("502 5.5.2 not here")
    return handler


def body(checks):
    env = {"PS_TEST_PW": PASSWORD}
    message = ["--from", "alice@example.test", "--to", "bob@example.test", "--subject", "auth", "--body", "hi"]
    auth = ["--user", USER, "--password-env", "PS_TEST_PW"]

    def nothing_sent(server, what, r):
        conn = server.conn()
        checks.check(conn is not None, f"{what}: the client connected", r)
        if conn is None:
            return
        server.wait(10)
        lines = [l.upper() for l in conn.lines]
        checks.check(not any(l.startswith(b"AUTH") for l in lines),
                     f"{what}: no AUTH line reached the server (it saw {conn.lines})", r)
        checks.check(PASSWORD.encode() not in conn.received and PLAIN_BLOB not in conn.received,
                     f"{what}: the password never crossed the connection", r)
        checks.check(not any(l.startswith(b"MAIL") for l in lines), f"{what}: no mail was sent either", r)

    def refused(r, what):
        checks.equal(r.rc, 11, f"{what}: exit 11", r)
        checks.check(b"--allow-plaintext-auth" in r.stderr or b"--allow-plaintext-auth" in r.stdout,
                     f"{what}: the message says how to allow it", r)
        checks.check(b"not encrypted" in r.stderr or b"not encrypted" in r.stdout,
                     f"{what}: the message says why", r)

    # PLAIN and LOGIN only, no STARTTLS.
    for security in ("none", "opportunistic"):
        for mech in ("plain", "login", "auto"):
            with Server(auth_server(["PLAIN", "LOGIN"])) as server:
                what = f"--security {security} --auth {mech}, PLAIN/LOGIN offered"
                r = run_measured(["send", "--server", f"127.0.0.1:{server.port}", "--security", security,
                                  "--auth", mech] + auth + message, env=env)
                refused(r, what)
                nothing_sent(server, what, r)

    # probe with --user, --json: the error says the same, exit 11.
    with Server(auth_server(["PLAIN"])) as server:
        r = run_measured(["probe", "--server", f"127.0.0.1:{server.port}", "--security", "none", "--json"] + auth,
                         env=env)
        checks.equal(r.rc, 11, "probe --user over plaintext: exit 11", r)
        checks.equal(((r.json or {}).get("error") or {}).get("kind"), "NotSupported", "kind NotSupported", r)
        nothing_sent(server, "probe --user over plaintext", r)

    # A Unix socket counts as plaintext too (LMTP's usual home).
    with tempfile.TemporaryDirectory(prefix="postscope-auth-") as tmp:
        path = os.path.join(tmp, "lmtp.sock")
        with Server(auth_server(["PLAIN", "LOGIN"], lmtp=True), unix_path=path) as server:
            r = run_measured(["send", "--socket", path, "--lmtp", "--auth", "plain"] + auth + message, env=env)
            refused(r, "--socket --lmtp --auth plain")
            nothing_sent(server, "--socket --lmtp --auth plain", r)

    # auto picks CRAM-MD5 over plaintext: the password stays secret.
    with Server(auth_server(["PLAIN", "LOGIN", "CRAM-MD5"])) as server:
        r = run_measured(["send", "--server", f"127.0.0.1:{server.port}", "--security", "none", "--auth", "auto",
                          "--json"] + auth + message, env=env)
        checks.equal(r.rc, 0, "--auth auto with CRAM-MD5 offered over plaintext: exit 0", r)
        checks.equal(((r.json or {}).get("auth") or {}).get("mechanism"), "CRAM-MD5", "auto picked CRAM-MD5", r)
        server.wait(10)
        conn = server.conn()
        checks.equal(conn.authenticated if conn else None, b"CRAM-MD5", "the server verified CRAM-MD5", r)
        checks.check(conn is not None and PASSWORD.encode() not in conn.received
                     and PLAIN_BLOB not in conn.received, "CRAM-MD5: the password never crossed", r)

    # --allow-plaintext-auth: PLAIN and LOGIN go through, as the user asked.
    for mech in ("PLAIN", "LOGIN"):
        with Server(auth_server(["PLAIN", "LOGIN"])) as server:
            r = run_measured(["send", "--server", f"127.0.0.1:{server.port}", "--security", "opportunistic",
                              "--auth", mech.lower(), "--allow-plaintext-auth", "--json"] + auth + message,
                             env=env)
            checks.equal(r.rc, 0, f"--allow-plaintext-auth --auth {mech}: exit 0", r)
            checks.equal((r.json or {}).get("messagesSent"), 1, f"--allow-plaintext-auth {mech}: message sent", r)
            server.wait(10)
            conn = server.conn()
            checks.equal(conn.authenticated if conn else None, mech.encode(),
                         f"--allow-plaintext-auth: the server verified {mech}", r)
            checks.check(PASSWORD.encode() not in r.stdout + r.stderr, f"{mech}: no password in the output", r)


if __name__ == "__main__":
    run_test("test_client_plaintext_auth", body)
