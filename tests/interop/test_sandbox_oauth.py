#!/usr/bin/python3
"""XOAUTH2 and OAUTHBEARER (RFC 7628) through postscope-cli against
`postscope-cli serve` with tokens in its users file (issue 8, sections 1 and
3), and `--auth auto` falling to the next mechanism after a 535 against a
scripted server, as smtplib's login() does.

- the right token (--token-env, --token-file) logs in (235), for each
  mechanism and for auto;
- a wrong token is answered as a provider does (334 with base64 JSON, then
  535 after the client's empty response): exit 7, the decoded error JSON in
  the error message and in the transcript's decoded steps;
- the token appears in no transcript, --debug output or JSON, except in the
  decoded steps when --show-secrets asks for it;
- a token over a connection without TLS is refused before anything is sent
  (exit 11);
- `--auth list` names every mechanism with where it comes from.
"""

import os
import signal
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

GOOD = "ya29.sandbox-good-token"
BAD = "ya29.sandbox-wrong-token"


class Sandbox:
    def __init__(self, work, users):
        self.log = open(os.path.join(work, "serve.err"), "w+")
        self.proc = subprocess.Popen(
            [cli_path(), "serve", "--maildir", os.path.join(work, "maildir"), "--cert-dir",
             os.path.join(work, "cert"), "--users", users],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.port = None
        deadline = time.time() + 20
        while time.time() < deadline and self.port is None:
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith("listening on smtp://"):
                self.port = int(line.strip().rsplit(":", 1)[1])
        if self.port is None:
            self.log.seek(0)
            raise RuntimeError("serve did not start: " + self.log.read())
        self.ca = os.path.join(work, "cert", "sandbox-cert.pem")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=20)


class ScriptedAuthServer(threading.Thread):
    """One SMTP conversation: AUTH CRAM-MD5 and PLAIN offered, CRAM-MD5
    refused with 535, PLAIN accepted. Records every line the client sent."""

    def __init__(self):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.sock.settimeout(30)
        self.port = self.sock.getsockname()[1]
        self.lines = []

    def run(self):
        conn, _ = self.sock.accept()
        conn.settimeout(30)
        f = conn.makefile("rwb")

        def say(text):
            f.write(text.encode() + b"\r\n")
            f.flush()

        say("220 scripted.test ESMTP")
        while True:
            line = f.readline(4096)
            if not line:
                break
            line = line.rstrip(b"\r\n").decode("latin-1")
            self.lines.append(line)
            verb = line.split(" ")[0].upper()
            if verb == "EHLO":
                say("250-scripted.test")
                say("250 AUTH CRAM-MD5 PLAIN")
            elif verb == "AUTH" and line.upper().startswith("AUTH CRAM-MD5"):
                say("535 5.7.8 CRAM-MD5 is not set up for you")
            elif verb == "AUTH" and line.upper().startswith("AUTH PLAIN"):
                say("235 2.7.0 Authentication successful")
            elif verb == "QUIT":
                say("221 2.0.0 bye")
                break
            else:
                say("250 2.0.0 ok")
        conn.close()
        self.sock.close()


def body(checks):
    with tempfile.TemporaryDirectory(prefix="postscope-oauth-") as work:
        users = os.path.join(work, "users")
        with open(users, "w") as f:
            # The old form and the new token lines side by side.
            f.write("# users\ncarol:c4rol-pass\nbearer carol@example.test " + GOOD + "\n")
        sandbox = Sandbox(work, users)
        try:
            tls = ["--server", f"127.0.0.1:{sandbox.port}", "--security", "starttls",
                   "--ca-file", sandbox.ca]
            good = {"PS_TOKEN": GOOD}

            # The sandbox offers both bearer mechanisms once it has tokens.
            r = run_cli(["probe"] + tls + ["--json"])
            after = ((r.json or {}).get("authMechanisms") or {}).get("afterTls") or []
            checks.check("XOAUTH2" in after and "OAUTHBEARER" in after,
                         f"the sandbox offers XOAUTH2 and OAUTHBEARER after TLS (got {after})", r)

            for mech in ("XOAUTH2", "OAUTHBEARER", "auto"):
                transcript = os.path.join(work, f"good-{mech}.txt")
                r = run_cli(["probe"] + tls + ["--auth", mech, "--user", "carol@example.test",
                                               "--token-env", "PS_TOKEN", "--json", "--debug", "1",
                                               "--transcript", transcript], env=good)
                checks.equal(r.rc, 0, f"{mech} with the right token: exit 0", r)
                auth = (r.json or {}).get("auth") or {}
                checks.check(auth.get("code") == 235, f"{mech}: 235 (got {auth})", r)
                if mech == "auto":
                    checks.equal(auth.get("mechanism"), "OAUTHBEARER",
                                 "auto with a token: OAUTHBEARER first (postscope order)", r)
                with open(transcript) as f:
                    text = f.read()
                checks.check(GOOD not in text and GOOD not in r.stdout and GOOD not in r.stderr,
                             f"{mech}: the token is in no transcript, --debug output or JSON", r)
                checks.check("SASL client:" in text,
                             f"{mech}: the transcript shows the decoded AUTH steps", r)
                checks.check("********" in text, f"{mech}: the token is shown as ********", r)

            # --token-file
            token_file = os.path.join(work, "token")
            with open(token_file, "w") as f:
                f.write(GOOD + "\n")
            os.chmod(token_file, 0o600)
            r = run_cli(["probe"] + tls + ["--auth", "xoauth2", "--user", "carol@example.test",
                                           "--token-file", token_file, "--json"])
            checks.equal(r.rc, 0, "XOAUTH2 with --token-file: exit 0", r)

            # A wrong token: the provider's answer, decoded; exit 7.
            for mech in ("XOAUTH2", "OAUTHBEARER"):
                transcript = os.path.join(work, f"bad-{mech}.txt")
                r = run_cli(["probe"] + tls + ["--auth", mech, "--user", "carol@example.test",
                                               "--token-env", "PS_TOKEN", "--json",
                                               "--transcript", transcript], env={"PS_TOKEN": BAD})
                checks.equal(r.rc, 7, f"{mech} with a wrong token: exit 7", r)
                err = (r.json or {}).get("error") or {}
                checks.check(err.get("code") == 535, f"{mech}: the final reply is 535 (got {err})", r)
                checks.check("invalid_token" in (err.get("message") or "")
                             or "401" in (err.get("message") or ""),
                             f"{mech}: the error names the decoded error JSON ({err.get('message')})", r)
                with open(transcript) as f:
                    text = f.read()
                checks.check("S: 334 " in text, f"{mech}: the server's 334 with the error JSON", r)
                checks.check("SASL server:" in text and ("invalid_token" in text or "401" in text),
                             f"{mech}: the transcript shows the error JSON decoded", r)
                checks.check(BAD not in text and BAD not in r.stdout and BAD not in r.stderr,
                             f"{mech}: the wrong token is not shown either", r)

            # --show-secrets: the token in the decoded steps, on request only.
            transcript = os.path.join(work, "revealed.txt")
            r = run_cli(["probe"] + tls + ["--auth", "xoauth2", "--user", "carol@example.test",
                                           "--token-env", "PS_TOKEN", "--show-secrets",
                                           "--transcript", transcript], env=good)
            checks.equal(r.rc, 0, "--show-secrets: exit 0", r)
            with open(transcript) as f:
                checks.check(GOOD in f.read(), "--show-secrets: the decoded step shows the token", r)

            # Without TLS a token is refused before anything is sent.
            transcript = os.path.join(work, "plaintext.txt")
            r = run_cli(["probe", "--server", f"127.0.0.1:{sandbox.port}", "--security", "none",
                         "--auth", "xoauth2", "--user", "carol@example.test", "--token-env",
                         "PS_TOKEN", "--json", "--transcript", transcript], env=good)
            checks.equal(r.rc, 11, "XOAUTH2 without TLS: refused before anything is sent", r)
            with open(transcript) as f:
                text = f.read()
            checks.check("C: AUTH" not in text and "C: EHLO" in text,
                         "no AUTH line without TLS (the EHLO was sent)", r)
            checks.check("access token" in ((r.json or {}).get("error") or {}).get("message", ""),
                         "the refusal names the access token", r)

            # A token with a password mechanism, or a bearer mechanism without
            # a token: usage errors, nothing sent.
            r = run_cli(["probe"] + tls + ["--auth", "plain", "--user", "carol@example.test",
                                           "--token-env", "PS_TOKEN"], env=good)
            checks.equal(r.rc, 2, "--auth plain with --token-env: exit 2", r)
            r = run_cli(["probe"] + tls + ["--auth", "oauthbearer", "--user", "carol@example.test",
                                           "--password-env", "PS_TOKEN"], env=good)
            checks.equal(r.rc, 2, "--auth oauthbearer with a password: exit 2", r)
        finally:
            sandbox.stop()

        # --auth auto after a 535: the next mechanism, as smtplib's login().
        server = ScriptedAuthServer()
        server.start()
        r = run_cli(["probe", "--server", f"127.0.0.1:{server.port}", "--security", "none",
                     "--allow-plaintext-auth", "--user", "dave", "--password-env", "PS_PW",
                     "--json"], env={"PS_PW": "dave-pw"})
        server.join(30)
        auth = (r.json or {}).get("auth") or {}
        checks.equal(r.rc, 0, "auto: CRAM-MD5 refused with 535, then PLAIN: exit 0", r)
        checks.equal(auth.get("attempts"), ["CRAM-MD5", "PLAIN"], "auto: the attempts in order", r)
        sent = [line.split(" ")[:2] for line in server.lines if line.upper().startswith("AUTH")]
        checks.equal(sent, [["AUTH", "CRAM-MD5"], ["AUTH", "PLAIN"]],
                     "the server saw AUTH CRAM-MD5, then AUTH PLAIN", r)

        # --auth-order smtplib with --auth list in JSON: every mechanism named.
        r = run_cli(["probe", "--auth", "list", "--json"])
        checks.equal(r.rc, 0, "--auth list: exit 0", r)
        mechs = {m.get("name"): m for m in (r.json or {}).get("mechanisms") or []}
        for name in ("SCRAM-SHA-256", "CRAM-MD5", "PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"):
            checks.check(name in mechs, f"--auth list names {name}", r)
        checks.equal((mechs.get("XOAUTH2") or {}).get("credential"), "bearer-token",
                     "--auth list: XOAUTH2 takes a bearer token", r)
        # The Cyrus modules this machine has (libsasl2-modules: DIGEST-MD5, NTLM).
        cyrus = [n for n, m in mechs.items() if m.get("provider") == "cyrus-sasl"]
        checks.check(len(cyrus) > 0, f"--auth list shows the Cyrus SASL modules present ({cyrus})", r)
        r = run_cli(["probe", "--auth", "list"])
        checks.check(r.rc == 0 and "XOAUTH2" in r.stdout and "smtplib" in r.stdout,
                     "--auth list in words", r)
        r = run_cli(["probe", "--auth-order", "strongest", "--user", "x", "--password-env", "PS_PW"],
                    env={"PS_PW": "x"})
        checks.equal(r.rc, 2, "--auth-order with an unknown order: exit 2", r)


if __name__ == "__main__":
    run_test("test_sandbox_oauth", body)
