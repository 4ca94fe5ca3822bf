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
"""

import os
import sys

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


if __name__ == "__main__":
    run_test("test_postfix_probe_verify", body)
