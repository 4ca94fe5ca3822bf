#!/usr/bin/python3
"""Interop: a Postfix that answers VRFY with "502 5.5.1 VRFY command is
disabled" (disable_vrfy_command = yes) and offers AUTH PLAIN and LOGIN
before TLS (smtpd_tls_auth_only = no), issue 7 sections 3 and 6.

verify --method vrfy classifies every answer as not-supported; the RCPT
method (what administrators use where VRFY is off) still finds alice and
classifies ghost as unknown, and delivers nothing. The probe reports the
plaintext AUTH before TLS as a warning, in JSON and in its text form.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402


def body(checks):
    with peers.PostfixPeer(tls_auth_only=False, main_cf_extra="disable_vrfy_command = yes") as pf:
        server = f"127.0.0.1:{pf.port}"
        conn = ["--server", server, "--security", "none"]

        r = run_cli(["verify"] + conn + ["--json", "alice@example.test", "ghost@example.test"])
        checks.equal(r.rc, 1, "VRFY disabled: a negative answer, exit 1", r)
        res = (r.json or {}).get("results") or []
        checks.equal([(x.get("query"), x.get("verdict"), x.get("code")) for x in res],
                     [("alice@example.test", "not-supported", 502), ("ghost@example.test", "not-supported", 502)],
                     "VRFY disabled: every answer is not-supported (502)", r)
        checks.check(all(x.get("enhancedCode") == "5.5.1" for x in res), "VRFY disabled: 5.5.1", r)

        r = run_cli(["verify", "--method", "rcpt"] + conn + ["--json", "alice@example.test",
                                                             "ghost@example.test"])
        checks.equal(r.rc, 1, "RCPT method with VRFY disabled: exit 1 for the unknown address", r)
        res = (r.json or {}).get("results") or []
        checks.equal([(x.get("query"), x.get("verdict")) for x in res],
                     [("alice@example.test", "exists"), ("ghost@example.test", "unknown")],
                     "RCPT method still answers where VRFY is disabled", r)
        r = run_cli(["verify", "--method", "rcpt"] + conn + ["alice@example.test"])
        checks.equal(r.rc, 0, "RCPT method, one known address: exit 0", r)
        checks.check("alice@example.test" in r.stdout and "exists" in r.stdout, "table names the verdict", r)

        r = run_cli(["probe"] + conn + ["--json"])
        checks.equal(r.rc, 0, "probe --security none exits 0", r)
        findings = {f.get("id"): f for f in (r.json or {}).get("findings") or []}
        plain = findings.get("auth-plaintext-before-tls") or {}
        checks.check(plain.get("severity") == "warning" and "PLAIN" in (plain.get("message") or "")
                     and "LOGIN" in (plain.get("message") or ""),
                     f"probe: AUTH PLAIN/LOGIN before TLS is a warning (got {plain})", r)
        checks.check("starttls-not-offered" not in findings, "probe: STARTTLS is offered", r)
        r = run_cli(["probe"] + conn)
        checks.check("auth-plaintext-before-tls" in r.stdout and "WARNING" in r.stdout,
                     "probe text names the finding with its severity", r)

        files = [f for d, _, fs in os.walk(pf.maildir_base) for f in fs]
        checks.equal(files, [], "nothing delivered")


if __name__ == "__main__":
    run_test("test_postfix_vrfy_disabled", body)
