#!/usr/bin/python3
"""Trust exceptions and TLS settings of accounts through postscope-cli
(issue 8.2), against real TLS peers (aiosmtpd over Python's ssl, see
test_tls_trust.py) with a temporary XDG_CONFIG_HOME:

- `account trust NAME --fingerprint SHA256` asks the server for the
  certificate, refuses a fingerprint the server does not present, and keeps
  subject, issuer and validity; `account list` shows it; `probe --account`
  then gets through (trusted by fingerprint, never verified).
- A changed certificate for the trusted host fails again (exit 6) and says
  what changed (the old and new fingerprint, the issuer).
- `account untrust` takes it back: the probe fails again.
- `account add --client-cert --client-key --tls-min 1.3` keeps them, and
  `probe --account` presents the certificate and keeps the minimum.
Exit 0 = pass."""

import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))
sys.path.insert(0, HERE)
from clitest import run_cli, run_test  # noqa: E402
from test_tls_trust import Certs, TlsServer  # noqa: E402


def body(checks):
    folder = tempfile.mkdtemp(prefix="postscope-account-trust-")
    servers = []
    try:
        certs = Certs(folder)
        home = os.path.join(folder, "home")
        os.makedirs(home)
        # No keychain is needed: these accounts have no password.
        env = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
               "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
        a = TlsServer(folder, "a", certs.wrong_host["chain"], certs.wrong_host["key"])
        b = TlsServer(folder, "b", certs.unknown_ca["chain"], certs.unknown_ca["key"])
        c = TlsServer(folder, "c", certs.good["chain"], certs.good["key"], "--client-ca",
                      certs.ca["cert"], "--tls-min", "1.3")
        servers += [a.wait(), b.wait(), c.wait()]
        wrong_sha = certs.fingerprint(certs.wrong_host["cert"])
        other_sha = certs.fingerprint(certs.unknown_ca["cert"])

        r = run_cli(["account", "add", "lab", "--server", f"localhost:{a.port}", "--timeout", "10"],
                    env=env)
        checks.equal(r.rc, 0, "account add lab", r)
        r = run_cli(["probe", "--account", "lab"], env=env)
        checks.equal(r.rc, 6, "before trusting: the wrong-host certificate is refused", r)

        r = run_cli(["account", "trust", "lab", "--fingerprint", other_sha], env=env)
        checks.check(r.rc == 6 and wrong_sha in r.stderr,
                     "trusting a fingerprint the server does not present is refused, naming the "
                     "one it does", r)
        colons = ":".join(wrong_sha[i:i + 2] for i in range(0, 64, 2)).upper()
        r = run_cli(["account", "trust", "lab", "--fingerprint", colons, "--note", "lab box",
                     "--json"], env=env)
        checks.equal(r.rc, 0, "account trust lab --fingerprint (the one presented)", r)
        trust = ((r.json or {}).get("trustExceptions") or [{}])[0]
        checks.equal(trust.get("sha256"), wrong_sha, "the exception holds the exact SHA-256", r)
        checks.check("wrong.example.test" in trust.get("subject", "")
                     and "Trust Test Root" in trust.get("issuer", ""),
                     "subject and issuer kept from the server's certificate", r)
        r = run_cli(["account", "list"], env=env)
        checks.check(f"trusts {wrong_sha} for localhost" in r.stdout and "lab box" in r.stdout,
                     "account list shows the trust exception", r)
        r = run_cli(["account", "list", "--json"], env=env)
        lab = [x for x in (r.json or {}).get("accounts", []) if x.get("name") == "lab"]
        checks.check(lab and lab[0]["trustExceptions"][0]["sha256"] == wrong_sha,
                     "account list --json lists it", r)

        r = run_cli(["probe", "--account", "lab", "--json"], env=env)
        checks.equal(r.rc, 0, "probe --account lab gets through the trusted certificate", r)
        tls = (r.json or {}).get("tls") or {}
        checks.equal(tls.get("verification"), "trusted-by-fingerprint",
                     "accepted by fingerprint, not verified", r)
        checks.check("HostNameMismatch" in [e["name"] for e in tls.get("errors", [])],
                     "the overlooked HostNameMismatch stays visible", r)

        # The same host now presents another certificate.
        r = run_cli(["probe", "--account", "lab", "--server", f"localhost:{b.port}"], env=env)
        checks.check(r.rc == 6 and "changed since it was trusted" in r.stderr
                     and wrong_sha in r.stderr and other_sha in r.stderr
                     and "issuer:" in r.stderr and "Trust Test Other Root" in r.stderr,
                     "a changed certificate fails again and says what changed", r)
        r = run_cli(["probe", "--account", "lab", "--server", f"localhost:{b.port}", "--json"],
                    env=env)
        changes = ((r.json or {}).get("tlsFailure") or {}).get("trustChanges", [])
        checks.check(any(line.startswith("issuer:") for line in changes),
                     "tlsFailure.trustChanges lists the issuer change", r)

        r = run_cli(["account", "untrust", "lab", wrong_sha], env=env)
        checks.equal(r.rc, 0, "account untrust lab SHA256", r)
        r = run_cli(["account", "untrust", "lab", wrong_sha], env=env)
        checks.equal(r.rc, 2, "untrusting it again: nothing to remove", r)
        r = run_cli(["probe", "--account", "lab"], env=env)
        checks.equal(r.rc, 6, "after untrust: refused again", r)

        # Client certificate and minimum version kept with the account.
        r = run_cli(["account", "add", "certs", "--server", f"localhost:{c.port}", "--ca-file",
                     certs.ca["cert"], "--client-cert", certs.client["cert"], "--client-key",
                     certs.client["key"], "--tls-min", "1.3", "--timeout", "10"], env=env)
        checks.equal(r.rc, 0, "account add with --client-cert, --client-key, --tls-min", r)
        r = run_cli(["account", "list", "--json"], env=env)
        acc = [x for x in (r.json or {}).get("accounts", []) if x.get("name") == "certs"]
        checks.check(acc and acc[0].get("tlsMinimum") == "1.3"
                     and acc[0].get("clientCertificate") == certs.client["cert"],
                     "the account keeps the minimum and the certificate's path", r)
        r = run_cli(["probe", "--account", "certs", "--json"], env=env)
        checks.equal(r.rc, 0, "probe --account presents the account's client certificate", r)
        checks.equal(((r.json or {}).get("tls") or {}).get("protocol"), "TLSv1.3",
                     "TLS 1.3, as the account's minimum asks", r)
        seen = [e.get("clientCertificate") for e in c.events("ehlo")]
        checks.equal(seen, ["client one"], "the server saw the account's certificate")
    finally:
        for s in servers:
            s.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    run_test("account trust", body)
