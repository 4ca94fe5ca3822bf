#!/usr/bin/python3
"""Interop: AUTH through Postfix's Dovecot SASL (issue 2, section 5).

PLAIN and LOGIN (RFC 4616, the LOGIN draft) with the right secret succeed; a
wrong password or an unknown user gets Dovecot's 535 5.7.8 and exit 7
(smtplib's SMTPAuthenticationError); asking for AUTH where Postfix does not
offer it (before TLS, smtpd_tls_auth_only) is exit 11. The secret is only
ever passed through --password-env or --password-file.
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402


def body(checks):
    with peers.PostfixPeer() as pf, tempfile.TemporaryDirectory(prefix="postscope-auth-") as tmp:
        server = f"127.0.0.1:{pf.port}"
        user = "bob@example.test"
        good = {"PS_TEST_PASSWORD": pf.users[user]}
        tls = ["--server", server, "--security", "starttls", "--ca-file", pf.cert_file,
               "--helo", "client.example.test"]
        msg = ["--from", user, "--to", "alice@example.test", "--subject", "auth", "--body", "hello"]

        for mech in ("plain", "login", "auto"):
            r = run_cli(["send"] + tls + ["--auth", mech, "--user", user,
                                          "--password-env", "PS_TEST_PASSWORD", "--json"] + msg, env=good)
            checks.equal(r.rc, 0, f"AUTH {mech} with the right password: send exits 0", r)
            auth = (r.json or {}).get("auth") or {}
            if auth:  # an additive field of this CLI: check it when present
                checks.check(auth.get("code") == 235, f"AUTH {mech}: 235 (got {auth})", r)
        pf.wait_delivered("alice", 3)

        # --password-file
        pw_file = os.path.join(tmp, "pw")
        with open(pw_file, "w") as f:
            f.write(pf.users[user] + "\n")
        os.chmod(pw_file, 0o600)
        r = run_cli(["probe"] + tls + ["--auth", "plain", "--user", user, "--password-file", pw_file,
                                       "--json"])
        checks.equal(r.rc, 0, "probe with AUTH PLAIN and --password-file exits 0", r)

        # Wrong secrets: exit 7 with Dovecot's 535 5.7.8.
        for mech in ("plain", "login"):
            r = run_cli(["send"] + tls + ["--auth", mech, "--user", user,
                                          "--password-env", "PS_TEST_PASSWORD", "--json"] + msg,
                        env={"PS_TEST_PASSWORD": "wrong-password"})
            checks.equal(r.rc, 7, f"AUTH {mech} with a wrong password exits 7", r)
            err = (r.json or {}).get("error") or {}
            checks.check(err.get("code") == 535 and err.get("enhancedCode") == "5.7.8",
                         f"AUTH {mech} wrong password: error 535 5.7.8 (got {err})", r)
            checks.check((r.json or {}).get("messagesSent", 0) == 0, "nothing sent after failed AUTH", r)
        r = run_cli(["send"] + tls + ["--auth", "plain", "--user", "nobody@example.test",
                                      "--password-env", "PS_TEST_PASSWORD", "--json"] + msg, env=good)
        checks.equal(r.rc, 7, "AUTH PLAIN for an unknown user exits 7", r)

        # Every mechanism Dovecot offers after STARTTLS (issue 8.3), each
        # named with --auth: the right secret logs in, a wrong one is exit 7
        # with the server's 535 text; the secret is in no transcript (text or
        # JSON), --debug output or JSON result, and the decoded steps say
        # what happened.
        secret = pf.users[user]
        r = run_cli(["probe"] + tls + ["--json"])
        offered = ((r.json or {}).get("authMechanisms") or {}).get("afterTls") or []
        checks.check(len(offered) >= 6, f"Dovecot offers its mechanisms after TLS ({offered})", r)
        for mech in offered:
            for right in (True, False):
                what = f"AUTH {mech} with the {'right' if right else 'wrong'} password"
                files = [os.path.join(tmp, f"{mech}-{right}.txt"), os.path.join(tmp, f"{mech}-{right}.json")]
                outputs = []
                for path, fmt in zip(files, ("text", "json")):
                    r = run_cli(["probe"] + tls + ["--auth", mech, "--user", user, "--password-env",
                                                   "PS_TEST_PASSWORD", "--json", "--debug", "1",
                                                   "--transcript", path, "--transcript-format", fmt],
                                env={"PS_TEST_PASSWORD": secret if right else "wrong-" + secret})
                    outputs += [r.stdout, r.stderr]
                    if right:
                        checks.equal(r.rc, 0, f"{what}: exit 0 ({fmt} transcript)", r)
                    else:
                        checks.equal(r.rc, 7, f"{what}: exit 7 ({fmt} transcript)", r)
                        err = (r.json or {}).get("error") or {}
                        checks.check(err.get("code") == 535 and "5.7.8" in (err.get("message") or ""),
                                     f"{what}: the server's 535 5.7.8 in the error ({err})", r)
                for path in files:
                    with open(path, encoding="utf-8", errors="replace") as f:
                        outputs.append(f.read())
                checks.check(all(secret not in text for text in outputs),
                             f"{what}: the password is in no transcript, --debug output or JSON")
                checks.check("SASL " in outputs[-2],
                             f"{what}: the transcript shows the decoded AUTH steps")
        # No settings file or anything else in the test's folder holds it.
        for root, _dirs, names in os.walk(tmp):
            for name in names:
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    checks.check(secret not in f.read() or name == "pw",
                                 f"{name}: no copy of the password")

        # AUTH required but not offered (plaintext; Postfix offers AUTH only after TLS).
        r = run_cli(["send", "--server", server, "--security", "none", "--auth", "plain", "--user", user,
                     "--password-env", "PS_TEST_PASSWORD", "--json"] + msg, env=good)
        checks.equal(r.rc, 11, "AUTH over plaintext where Postfix offers none exits 11", r)


if __name__ == "__main__":
    run_test("test_dovecot_auth", body)
