#!/usr/bin/python3
"""Interop: postscope-cli probe, verify, expn and raw against a private
Postfix (issue 2, section 5).

probe: Postfix's EHLO keywords before TLS (STARTTLS offered, AUTH not: the
fixture sets smtpd_tls_auth_only) and after TLS (STARTTLS gone, AUTH with
exactly Dovecot's mechanisms: RFC 3207 4.2, the client must forget what it
learnt before TLS), TLS 1.3, and the certificate chain's SHA-256 equal to
`openssl x509 -fingerprint -sha256` of the fixture's certificate. A
self-signed certificate without --ca-file or --trust-fingerprint fails closed
(exit 6). verify: 252 for a known address, 550 5.1.1 for an unknown one.

Issue 7: the probe's findings (the greeting names mx.example.test, which the
fixture's localhost certificate does not; the certificate lives two days;
no AUTH before TLS here) and the time of each step; the RCPT method (MAIL
FROM, RCPT TO per address, RSET, never DATA, pipelined) finds alice and bob,
classifies ghost as unknown, and Postfix delivers nothing: the Maildirs and
the queue stay empty.
"""

import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import peers  # noqa: E402
from clitest import keyword, run_cli, run_test  # noqa: E402

# What Postfix 3.7 offers with this fixture's main.cf (PEERS.md), before TLS.
EXPECTED_BEFORE = ["PIPELINING", "SIZE", "VRFY", "ETRN", "STARTTLS", "ENHANCEDSTATUSCODES",
                   "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"]


def body(checks):
    with peers.PostfixPeer() as pf:
        server = f"127.0.0.1:{pf.port}"

        # probe, verified against the fixture's certificate
        r = run_cli(["probe", "--server", server, "--security", "starttls", "--ca-file", pf.cert_file,
                     "--helo", "client.example.test", "--json"])
        checks.equal(r.rc, 0, "probe --security starttls --ca-file exits 0", r)
        j = r.json or {}
        checks.check(j.get("ok") is True and j.get("error") is None, "probe: ok true, error null", r)
        banner = j.get("banner") or {}
        checks.check(banner.get("code") == 220 and "Postfix" in (banner.get("text") or ""),
                     f"probe: banner is Postfix's 220 (got {banner})", r)
        before = j.get("ehlo") or {}
        after = j.get("ehloAfterTls") or {}
        for kw in EXPECTED_BEFORE:
            checks.check(keyword(before, kw) is not None, f"probe: EHLO before TLS offers {kw}", r)
        checks.equal(keyword(before, "SIZE"), ["10240000"], "probe: SIZE parameter before TLS", r)
        checks.check(keyword(before, "AUTH") is None,
                     "probe: no AUTH before TLS (smtpd_tls_auth_only = yes)", r)
        checks.check(keyword(after, "STARTTLS") is None, "probe: no STARTTLS after TLS", r)
        checks.check(keyword(after, "PIPELINING") is not None and keyword(after, "CHUNKING") is not None,
                     "probe: PIPELINING and CHUNKING after TLS", r)
        auth_after = [m.upper() for m in (keyword(after, "AUTH") or [])]
        checks.equal(sorted(auth_after), sorted(peers.DOVECOT_MECHANISMS),
                     "probe: AUTH after TLS lists exactly Dovecot's mechanisms", r)
        lines_before = before.get("lines") or []
        checks.check(any("STARTTLS" in str(l) for l in lines_before), "probe: ehlo.lines kept", r)
        mechs = j.get("authMechanisms") or {}
        checks.equal(mechs.get("beforeTls"), [], "probe: authMechanisms.beforeTls", r)
        checks.equal(sorted(m.upper() for m in mechs.get("afterTls") or []),
                     sorted(peers.DOVECOT_MECHANISMS), "probe: authMechanisms.afterTls", r)
        tls = j.get("tls") or {}
        checks.equal(tls.get("protocol"), "TLSv1.3", "probe: tls.protocol", r)
        checks.check(bool(tls.get("cipher")), f"probe: tls.cipher named ({tls.get('cipher')})", r)
        checks.equal(tls.get("peerVerified"), True, "probe: peer verified with --ca-file", r)
        chain = tls.get("chain") or []
        leaf = chain[0] if chain else {}
        got_fp = (leaf.get("sha256") or "").replace(":", "").lower()
        checks.equal(got_fp, pf.cert_sha256,
                     "probe: chain[0].sha256 equals openssl x509 -fingerprint -sha256", r)
        checks.check("localhost" in (leaf.get("subject") or ""), f"probe: chain[0].subject ({leaf.get('subject')})", r)
        checks.check(bool(leaf.get("notBefore")) and bool(leaf.get("notAfter")), "probe: validity dates", r)
        check_findings(checks, r)

        # The self-signed certificate without a trust anchor fails closed.
        r = run_cli(["probe", "--server", server, "--security", "starttls", "--json"])
        checks.equal(r.rc, 6, "probe without --ca-file/--trust-fingerprint fails closed with exit 6", r)
        checks.check(((r.json or {}).get("error") or {}).get("kind") is not None,
                     "probe failure reports an error kind", r)
        # A wrong pin fails closed too; the right pin passes.
        r = run_cli(["probe", "--server", server, "--security", "starttls",
                     "--trust-fingerprint", "00" * 32, "--json"])
        checks.equal(r.rc, 6, "probe with a wrong --trust-fingerprint exits 6", r)
        r = run_cli(["probe", "--server", server, "--security", "starttls",
                     "--trust-fingerprint", pf.cert_sha256, "--json"])
        checks.equal(r.rc, 0, "probe with the right --trust-fingerprint exits 0", r)

        # Plain probe: no TLS at all.
        r = run_cli(["probe", "--server", server, "--security", "none", "--json"])
        checks.equal(r.rc, 0, "probe --security none exits 0", r)
        checks.check((r.json or {}).get("tls") is None, "probe --security none: tls is null", r)

        # VRFY: 252 for a mailbox Postfix knows, 550 5.1.1 for one it does not.
        r = run_cli(["verify", "--server", server, "--security", "none", "--json",
                     "alice@example.test", "ghost@example.test"])
        checks.equal(r.rc, 1, "verify known + unknown exits 1 (a negative answer)", r)
        res = {x.get("query"): x for x in (r.json or {}).get("results") or []}
        a = res.get("alice@example.test", {})
        g = res.get("ghost@example.test", {})
        checks.check(a.get("code") == 252, f"VRFY alice@example.test -> 252 (got {a})", r)
        checks.check(g.get("code") == 550 and g.get("enhancedCode") == "5.1.1",
                     f"VRFY ghost@example.test -> 550 5.1.1 (got {g})", r)
        r = run_cli(["verify", "--server", server, "--security", "starttls", "--ca-file", pf.cert_file,
                     "--json", "bob@example.test"])
        checks.equal(r.rc, 0, "verify of a known address over STARTTLS exits 0", r)

        rcpt_method(checks, pf, server)

        # EXPN: Postfix does not implement it (502): a negative answer, exit 1.
        r = run_cli(["expn", "--server", server, "--security", "none", "--json", "staff"])
        checks.equal(r.rc, 1, "expn against Postfix exits 1", r)
        res = (r.json or {}).get("results") or [{}]
        checks.check(res[0].get("code") in (502, 500), f"EXPN answered 502/500 (got {res[0]})", r)

        # raw: the greeting, then each command as typed.
        r = run_cli(["raw", "--server", server, "--security", "none", "--json",
                     "EHLO raw.example.test", "NOOP", "VRFY ghost@example.test"])
        checks.equal(r.rc, 0, "raw exits 0", r)
        ex = (r.json or {}).get("exchanges") or []
        codes = [(e.get("command"), e.get("code")) for e in ex]
        checks.check(("EHLO raw.example.test", 250) in codes and ("NOOP", 250) in codes
                     and ("VRFY ghost@example.test", 550) in codes,
                     f"raw exchanges carry Postfix's replies (got {codes})", r)


def check_findings(checks, r):
    j = r.json or {}
    findings = {f.get("id"): f for f in j.get("findings") or []}
    for f in j.get("findings") or []:
        checks.check(f.get("severity") in ("info", "warning", "error") and f.get("message"),
                     f"probe: finding {f.get('id')} has a severity and a message", r)
    mismatch = findings.get("greeting-name-mismatch") or {}
    checks.check(mismatch.get("severity") == "warning" and "mx.example.test" in (mismatch.get("message") or ""),
                 f"probe: greeting-name-mismatch for mx.example.test vs the localhost certificate (got {mismatch})", r)
    soon = findings.get("certificate-expires-soon") or {}
    checks.check(soon.get("severity") == "warning",
                 f"probe: certificate-expires-soon for the fixture's 2-day certificate (got {soon})", r)
    for absent in ("auth-plaintext-before-tls", "starttls-not-offered", "no-size", "no-pipelining",
                   "tls-not-verified", "tls-failed", "certificate-expired", "starttls-offered-after-tls"):
        checks.check(absent not in findings, f"probe: no {absent} finding against this Postfix", r)
    timings = j.get("timings") or {}
    for step in ("connect", "greeting", "ehlo", "starttls", "tlsHandshake", "ehloAfterTls"):
        value = timings.get(step)
        checks.check(isinstance(value, (int, float)) and 0 <= value < 30,
                     f"probe: timings.{step} is a number of seconds (got {value})", r)
    connection = j.get("connection") or {}
    checks.check((connection.get("remote") or "").startswith("127.0.0.1:")
                 and (connection.get("local") or "").startswith("127.0.0.1:"),
                 f"probe: connection names both ends (got {connection})", r)
    # The text form says the same.
    return findings


def files_under(path):
    return [os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs]


def rcpt_method(checks, pf, server):
    # MAIL FROM, one RCPT TO per address, RSET: never DATA.
    r = run_cli(["verify", "--method", "rcpt", "--from", "probe@example.test", "--server", server,
                 "--security", "none", "--json", "--transcript", os.path.join(pf.dir, "rcpt.txt"),
                 "alice@example.test", "bob@example.test", "ghost@example.test"])
    checks.equal(r.rc, 1, "verify --method rcpt with an unknown address exits 1", r)
    j = r.json or {}
    checks.equal(j.get("method"), "rcpt", "verify --method rcpt: method in JSON", r)
    checks.equal(j.get("pipelined"), True, "verify --method rcpt: pipelined (Postfix offers PIPELINING)", r)
    res = {x.get("query"): x for x in j.get("results") or []}
    for who in ("alice@example.test", "bob@example.test"):
        x = res.get(who, {})
        checks.check(x.get("verdict") == "exists" and x.get("code") == 250,
                     f"RCPT method: {who} exists (got {x})", r)
    g = res.get("ghost@example.test", {})
    checks.check(g.get("verdict") == "unknown" and g.get("code") == 550 and g.get("enhancedCode") == "5.1.1",
                 f"RCPT method: ghost@example.test unknown, 550 5.1.1 (got {g})", r)
    checks.check(isinstance(g.get("seconds"), (int, float)) and bool(g.get("meaning")),
                 f"RCPT method: each result has its time and meaning (got {g})", r)
    with open(os.path.join(pf.dir, "rcpt.txt"), encoding="utf-8", errors="replace") as f:
        transcript = f.read()
    checks.check("C: RSET" in transcript and "C: DATA" not in transcript and "C: BDAT" not in transcript,
                 "RCPT method: RSET, never DATA or BDAT (transcript)")

    # A list from a file, as CSV: the same answers.
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("alice@example.test\n\nghost@example.test\nbob@example.test\n")
        listing = f.name
    try:
        r = run_cli(["verify", "--method", "rcpt", "--server", server, "--security", "none", "--csv",
                     "--input", listing])
    finally:
        os.unlink(listing)
    rows = [line.split(",") for line in r.stdout.strip().splitlines()]
    checks.equal(rows[0][:3] if rows else None, ["query", "verdict", "code"], "CSV header", r)
    checks.equal([(row[0], row[1], row[2]) for row in rows[1:]],
                 [("alice@example.test", "exists", "250"), ("ghost@example.test", "unknown", "550"),
                  ("bob@example.test", "exists", "250")], "CSV rows from --input, in order", r)

    # Postfix delivered nothing: no file in any Maildir, nothing queued.
    time.sleep(1.0)
    checks.equal(files_under(pf.maildir_base), [], "RCPT method: the Maildirs stay empty")
    queued = [p for sub in ("incoming", "active", "deferred", "hold", "maildrop")
              for p in files_under(os.path.join(pf.dir, "queue", sub))]
    checks.equal(queued, [], "RCPT method: nothing in Postfix's queue")


if __name__ == "__main__":
    run_test("test_postfix_probe_verify", body)
