#!/usr/bin/python3
"""Interop: S/MIME, OpenPGP/MIME and DKIM output checked by tools nobody
here wrote (issue 9, section 5): `openssl cms -verify` / `-decrypt` with a
throwaway CA, `gpg --verify` / `--decrypt` in a throwaway GNUPGHOME, and
Python's dkim package (python3-dkim) given the public key, also after the
message went through a private Postfix into a Maildir. A missing tool is a
failure, never a skip.
"""

import email
import email.policy
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402


def sh(argv, **kw):
    return subprocess.run(argv, capture_output=True, **kw)


def make_ca(tmp):
    """A throwaway CA and a signer certificate for ann@example.test."""
    openssl = peers.which("openssl")
    ca_key, ca = os.path.join(tmp, "ca.key"), os.path.join(tmp, "ca.pem")
    key, csr, cert = (os.path.join(tmp, n) for n in ("ann.key", "ann.csr", "ann.pem"))
    ext = os.path.join(tmp, "ext.cnf")
    with open(ext, "w") as f:
        f.write("subjectAltName=email:ann@example.test\nkeyUsage=digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=emailProtection\n")
    for argv in ([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca,
                  "-days", "2", "-subj", "/CN=Postscope Test CA"],
                 [openssl, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
                  "-subj", "/CN=Ann/emailAddress=ann@example.test"],
                 [openssl, "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
                  "-out", cert, "-days", "2", "-extfile", ext],
                 [openssl, "pkcs12", "-export", "-in", cert, "-inkey", key, "-out", os.path.join(tmp, "ann.p12"),
                  "-passout", "pass:p12-secret"]):
        r = sh(argv)
        if r.returncode != 0:
            raise RuntimeError(f"{argv[:2]} failed: {r.stderr.decode(errors='replace')}")
    return ca, cert, key, os.path.join(tmp, "ann.p12")


def smime(checks, tmp):
    openssl = peers.which("openssl")
    ca, cert, key, p12 = make_ca(tmp)
    out = os.path.join(tmp, "smime.eml")
    base = ["compose", "--from", "ann@example.test", "--to", "bob@example.test", "--subject", "signed",
            "--body", "Signed text\nwith trailing blanks   \nFrom the start\n", "--output", out]
    for label, extra in (("PEM", ["--smime-cert", cert, "--smime-key", key]),
                         ("PKCS#12", ["--smime-cert", p12, "--smime-passphrase-env", "P12PASS"])):
        r = run_cli(base + ["--sign"] + extra, env={"P12PASS": "p12-secret"})
        checks.equal(r.rc, 0, f"S/MIME sign ({label}) exits 0", r)
        if r.rc != 0:
            continue
        m = email.message_from_bytes(open(out, "rb").read(), policy=email.policy.default)
        checks.equal(m.get_content_type(), "multipart/signed", f"{label}: multipart/signed", r)
        checks.equal(m.get_param("protocol"), "application/pkcs7-signature", f"{label}: protocol", r)
        checks.equal(m.get_param("micalg"), "sha-256", f"{label}: micalg=sha-256 (RFC 8551)", r)
        v = sh([openssl, "cms", "-verify", "-in", out, "-CAfile", ca, "-purpose", "any"])
        checks.equal(v.returncode, 0, f"{label}: openssl cms -verify succeeds ({v.stderr[-300:]!r})")
        checks.check(b"Signed text" in v.stdout, f"{label}: verified content holds the text")
    # Encrypt (and sign then encrypt) to ann's certificate; decrypt with her key.
    for label, extra in (("encrypt", ["--encrypt"]), ("sign+encrypt", ["--sign", "--encrypt"])):
        r = run_cli(base + extra + ["--smime-cert", cert, "--smime-key", key, "--smime-recipient-cert", cert])
        checks.equal(r.rc, 0, f"S/MIME {label} exits 0", r)
        if r.rc != 0:
            continue
        m = email.message_from_bytes(open(out, "rb").read(), policy=email.policy.default)
        checks.equal(m.get_content_type(), "application/pkcs7-mime", f"{label}: application/pkcs7-mime", r)
        checks.equal(m.get_param("smime-type"), "enveloped-data", f"{label}: smime-type=enveloped-data", r)
        info = sh([openssl, "cms", "-cmsout", "-print", "-in", out]).stdout
        checks.check(b"aes-128-cbc" in info, f"{label}: AES-128 CBC, the cipher RFC 8551 2.7 requires")
        d = sh([openssl, "cms", "-decrypt", "-in", out, "-recip", cert, "-inkey", key])
        checks.equal(d.returncode, 0, f"{label}: openssl cms -decrypt succeeds ({d.stderr[-300:]!r})")
        if label == "encrypt":
            checks.check(b"Signed text" in d.stdout, "decrypted entity holds the text")
        else:
            inner = os.path.join(tmp, "inner.eml")
            open(inner, "wb").write(d.stdout)
            v = sh([openssl, "cms", "-verify", "-in", inner, "-CAfile", ca, "-purpose", "any"])
            checks.equal(v.returncode, 0, f"sign+encrypt: the decrypted entity verifies ({v.stderr[-300:]!r})")


def openpgp(checks, tmp):
    gpg = peers.which("gpg")
    home = os.path.join(tmp, "gnupg")
    os.mkdir(home, 0o700)
    env = dict(os.environ, GNUPGHOME=home)
    r = sh([gpg, "--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key",
            "Ann <ann@example.test>", "ed25519", "sign,cert", "1d"], env=env)
    checks.equal(r.returncode, 0, f"gpg made a key ({r.stderr[-200:]!r})")
    fpr = [line.split(":")[9] for line in sh([gpg, "--with-colons", "--list-keys", "ann@example.test"],
                                             env=env).stdout.decode().splitlines() if line.startswith("fpr:")][0]
    r = sh([gpg, "--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-add-key", fpr,
            "cv25519", "encr", "1d"], env=env)
    checks.equal(r.returncode, 0, "gpg added an encryption subkey")
    out = os.path.join(tmp, "pgp.eml")
    base = ["compose", "--from", "ann@example.test", "--to", "ann@example.test", "--subject", "pgp",
            "--body", "OpenPGP text\nwith a trailing blank \n", "--output", out]
    r = run_cli(base + ["--sign", "--pgp-key", fpr], env={"GNUPGHOME": home})
    checks.equal(r.rc, 0, "OpenPGP sign exits 0", r)
    if r.rc == 0:
        m = email.message_from_bytes(open(out, "rb").read(), policy=email.policy.default)
        checks.equal(m.get_content_type(), "multipart/signed", "multipart/signed", r)
        checks.equal(m.get_param("protocol"), "application/pgp-signature", "protocol (RFC 3156 5)", r)
        checks.check((m.get_param("micalg") or "").startswith("pgp-sha"), f"micalg {m.get_param('micalg')}", r)
        # RFC 3156 5: the signed data is the first part exactly as sent, CRLF.
        raw = open(out, "rb").read()
        boundary = m.get_param("boundary").encode()
        first = raw.split(b"--" + boundary + b"\r\n")[1]
        signed = first[:first.rfind(b"\r\n--" + boundary)] if False else first.rsplit(b"\r\n", 1)[0]
        sig = os.path.join(tmp, "sig.asc")
        data = os.path.join(tmp, "signed.bin")
        open(data, "wb").write(signed)
        open(sig, "wb").write(list(m.iter_parts())[1].get_content().encode()
                              if isinstance(list(m.iter_parts())[1].get_content(), str)
                              else list(m.iter_parts())[1].get_content())
        v = sh([gpg, "--batch", "--verify", sig, data], env=env)
        checks.equal(v.returncode, 0, f"gpg --verify succeeds ({v.stderr[-300:]!r})")
    r = run_cli(base + ["--sign", "--encrypt", "--pgp-key", fpr], env={"GNUPGHOME": home})
    checks.equal(r.rc, 0, "OpenPGP sign+encrypt exits 0", r)
    if r.rc == 0:
        m = email.message_from_bytes(open(out, "rb").read(), policy=email.policy.default)
        checks.equal(m.get_content_type(), "multipart/encrypted", "multipart/encrypted (RFC 3156 4)", r)
        parts = list(m.iter_parts())
        checks.equal([p.get_content_type() for p in parts], ["application/pgp-encrypted", "application/octet-stream"],
                     "the two parts of RFC 3156 4", r)
        blob = parts[1].get_content()
        blob = blob if isinstance(blob, bytes) else blob.encode()
        d = sh([gpg, "--batch", "--decrypt"], input=blob, env=env)
        checks.equal(d.returncode, 0, f"gpg --decrypt succeeds ({d.stderr[-300:]!r})")
        checks.check(b"multipart/signed" in d.stdout and b"OpenPGP text" in d.stdout,
                     "decrypted: the signed entity with the text")


def dkim_checks(checks, tmp):
    peers.require_python_module("dkim")
    import dkim
    openssl = peers.which("openssl")
    keys = {}
    for kind, argv in (("rsa", ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"]),
                       ("ed25519", ["genpkey", "-algorithm", "ed25519"])):
        key = os.path.join(tmp, f"dkim-{kind}.pem")
        sh([openssl] + argv + ["-out", key], check=True)
        der = sh([openssl, "pkey", "-in", key, "-pubout", "-outform", "DER"], check=True).stdout
        # RFC 8463 3: an Ed25519 p= is the bare 32-octet key, not SPKI.
        pub = der[-32:] if kind == "ed25519" else der
        import base64
        keys[kind] = (key, b"v=DKIM1; k=" + (b"ed25519" if kind == "ed25519" else b"rsa") + b"; p="
                      + base64.b64encode(pub))

    def dnsfunc_for(record):
        def dnsfunc(name, timeout=5):
            return record if name == b"sel._domainkey.example.test." else None
        return dnsfunc

    out = os.path.join(tmp, "dkim.eml")
    for kind in ("rsa", "ed25519"):
        for canon in ("relaxed", "simple"):
            r = run_cli(["compose", "--from", "ann@example.test", "--to", "bob@example.test",
                         "--subject", "DKIM über alles", "--body", "Body  with  spaces\n\n\n",
                         "--attach", keys[kind][0], "--dkim-domain", "example.test", "--dkim-selector", "sel",
                         "--dkim-key", keys[kind][0], "--dkim-canonicalization", canon, "--output", out])
            checks.equal(r.rc, 0, f"DKIM {kind} {canon}: compose exits 0", r)
            if r.rc != 0:
                continue
            raw = open(out, "rb").read()
            want = b"a=ed25519-sha256" if kind == "ed25519" else b"a=rsa-sha256"
            checks.check(raw.startswith(b"DKIM-Signature:") and want in raw.split(b"\r\n\r\n")[0],
                         f"DKIM {kind} {canon}: signature field first, {want.decode()}")
            checks.check(f"c={canon}/{canon}".encode() in raw.split(b"\r\n\r\n")[0],
                         f"DKIM {kind}: c={canon}/{canon}")
            checks.check(dkim.verify(raw, dnsfunc=dnsfunc_for(keys[kind][1])),
                         f"DKIM {kind} {canon}: dkim.verify accepts it")
            tampered = raw.replace(b"Body  with", b"Body  With")
            checks.check(not dkim.verify(tampered, dnsfunc=dnsfunc_for(keys[kind][1])),
                         f"DKIM {kind} {canon}: a changed body fails verification")

    # Through Postfix into a Maildir: the signature still verifies.
    with peers.PostfixPeer() as pf:
        for kind in ("rsa", "ed25519"):
            before = len(pf.delivered("bob"))
            r = run_cli(["send", "--server", f"127.0.0.1:{pf.port}", "--security", "starttls",
                         "--ca-file", pf.cert_file, "--helo", "client.example.test",
                         "--from", "ann@example.test", "--to", "bob@example.test",
                         "--subject", f"DKIM via Postfix {kind}", "--body", "Through a real MTA.\n.dot\n",
                         "--dkim-domain", "example.test", "--dkim-selector", "sel", "--dkim-key", keys[kind][0],
                         "--json"])
            checks.equal(r.rc, 0, f"send with DKIM {kind} through Postfix exits 0", r)
            files = pf.wait_delivered("bob", before + 1)
            delivered = [open(f, "rb").read() for f in files]
            mine = [d for d in delivered if f"DKIM via Postfix {kind}".encode() in d]
            checks.equal(len(mine), 1, f"the {kind} message is in bob's Maildir")
            if mine:
                # Maildir files use LF; DKIM verifies the CRLF wire form.
                data = mine[0].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                checks.check(dkim.verify(data, dnsfunc=dnsfunc_for(keys[kind][1])),
                             f"DKIM {kind}: verifies after Postfix delivered it")


def body(checks):
    with tempfile.TemporaryDirectory(prefix="postscope-secure-") as tmp:
        smime(checks, tmp)
        openpgp(checks, tmp)
        dkim_checks(checks, tmp)


if __name__ == "__main__":
    sys.exit(run_test("secure_mail", body))
