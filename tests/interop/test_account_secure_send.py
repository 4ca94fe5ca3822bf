#!/usr/bin/python3
"""Interop: an account's signing, encryption and DKIM settings through the
CLI (issue 10, section 3): `account add --smime-cert --smime-key
--smime-recipient-cert DIR --dkim-*`, then `send --account NAME --sign`
to the sandbox, the stored message checked by tools nobody here wrote:
`openssl cms -verify` against a throwaway CA, `openssl cms -decrypt` with
the recipient's key, and Python's dkim package given the public key.
Also: each recipient's certificate is picked from a folder by its address;
a recipient without one stops the send before connecting (exit 2, named);
--no-dkim and --no-sign opt out; sign-by-default signs without --sign.
A missing tool is a failure, never a skip.
"""

import base64
import email
import email.policy
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR", os.path.join(HERE, "..", "..")),
                                "tests", "support", "peers"))
sys.path.insert(0, HERE)
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402
from sandbox import Sandbox  # noqa: E402
from test_secure_mail import make_ca, sh  # noqa: E402


def issue(tmp, ca, name, address):
    """A certificate for address, issued by the throwaway CA (SAN email)."""
    openssl = peers.which("openssl")
    key, csr, cert = (os.path.join(tmp, f"{name}{ext}") for ext in (".key", ".csr", ".pem"))
    ext = os.path.join(tmp, f"{name}.cnf")
    with open(ext, "w") as f:
        f.write(f"subjectAltName=email:{address}\nkeyUsage=digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=emailProtection\n")
    for argv in ([openssl, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
                  "-subj", f"/CN={name}"],
                 [openssl, "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", os.path.join(tmp, "ca.key"),
                  "-CAcreateserial", "-out", cert, "-days", "2", "-extfile", ext]):
        r = sh(argv)
        if r.returncode != 0:
            raise RuntimeError(f"{argv[:2]} failed: {r.stderr.decode(errors='replace')}")
    return cert, key


def dkim_key(tmp):
    openssl = peers.which("openssl")
    key = os.path.join(tmp, "dkim.pem")
    sh([openssl, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key], check=True)
    der = sh([openssl, "pkey", "-in", key, "-pubout", "-outform", "DER"], check=True).stdout
    return key, b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


def body(checks):
    peers.require_python_module("dkim")
    import dkim
    openssl = peers.which("openssl")
    tmp = tempfile.mkdtemp(prefix="postscope-account-secure-")
    try:
        ca, ann_cert, ann_key, _ = make_ca(tmp)
        people = os.path.join(tmp, "people")
        os.mkdir(people)
        bob_cert, bob_key = issue(tmp, ca, "bob", "bob@example.test")
        shutil.copy(bob_cert, os.path.join(people, "bob.pem"))
        key, record = dkim_key(tmp)

        def dnsfunc(name, timeout=5):
            return record if name == b"sel._domainkey.example.test." else None

        home = os.path.join(tmp, "home")
        os.makedirs(home)
        env = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
               "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
        with Sandbox() as box:
            r = run_cli(["account", "add", "secure"] + box.client_args()
                        + ["--identity", "Ann <ann@example.test>", "--no-password",
                           "--smime-cert", ann_cert, "--smime-key", ann_key,
                           "--smime-recipient-cert", people,
                           "--dkim-domain", "example.test", "--dkim-selector", "sel", "--dkim-key", key,
                           "--json"], env=env)
            checks.equal(r.rc, 0, "account add with S/MIME and DKIM", r)
            signing = ((r.json or {}).get("account") or {}).get("signing") or {}
            checks.equal(signing.get("kind"), "smime", "the account's kind is smime", r)
            checks.equal(signing.get("smimeRecipientCerts"), [people], "the folder is kept", r)
            checks.equal(signing.get("dkimSelector"), "sel", "the DKIM selector is kept", r)
            r = run_cli(["account", "list", "--json"], env=env)
            listed = {a["name"]: a for a in (r.json or {}).get("accounts", [])}
            checks.equal((listed.get("secure") or {}).get("signing", {}).get("smimeCert"), ann_cert,
                         "account list --json shows the signing certificate", r)
            r = run_cli(["account", "list"], env=env)
            checks.check("S/MIME: certificate" in r.stdout and "DKIM: d=example.test s=sel" in r.stdout,
                         "account list shows the signing settings", r)
            r = run_cli(["account", "add", "broken", "--server", box.server, "--no-password",
                         "--smime-cert", os.path.join(tmp, "missing.pem")], env=env)
            checks.check(r.rc == 2 and "missing.pem" in r.stderr,
                         "account add with a certificate file that is not there: exit 2, named", r)

            # --sign: S/MIME with the account's certificate, DKIM because the account has it.
            r = run_cli(["send", "--account", "secure", "--to", "bob@example.test", "--subject", "signed",
                         "--body", "Signed by the account.\n", "--sign", "--json"], env=env)
            checks.equal(r.rc, 0, "send --account --sign exits 0", r)
            stored = box.wait_for_messages(1)
            checks.equal(len(stored), 1, "the sandbox stored the signed message")
            if stored:
                raw = stored[-1]["data"]
                m = email.message_from_bytes(raw, policy=email.policy.default)
                checks.equal(m.get_content_type(), "multipart/signed", "multipart/signed")
                checks.equal(str(m["From"]), "Ann <ann@example.test>", "From: the account's identity")
                path = os.path.join(tmp, "signed.eml")
                open(path, "wb").write(raw)
                v = sh([openssl, "cms", "-verify", "-in", path, "-CAfile", ca, "-purpose", "any"])
                checks.equal(v.returncode, 0, f"openssl cms -verify accepts it ({v.stderr[-300:]!r})")
                checks.check(b"Signed by the account." in v.stdout, "the verified content holds the text")
                checks.check(raw.startswith(b"DKIM-Signature:"), "the account's DKIM signature is first")
                checks.check(dkim.verify(raw, dnsfunc=dnsfunc), "dkim.verify accepts the account's signature")

            # --encrypt: bob's certificate picked from the folder by his address.
            r = run_cli(["send", "--account", "secure", "--to", "bob@example.test", "--subject", "secret",
                         "--body", "Only for Bob.\n", "--sign", "--encrypt", "--no-dkim"], env=env)
            checks.equal(r.rc, 0, "send --account --sign --encrypt exits 0", r)
            stored = box.wait_for_messages(2)
            if len(stored) >= 2:
                raw = stored[-1]["data"]
                checks.check(b"DKIM-Signature" not in raw, "--no-dkim: no DKIM signature")
                m = email.message_from_bytes(raw, policy=email.policy.default)
                checks.equal(m.get_content_type(), "application/pkcs7-mime", "encrypted: pkcs7-mime")
                path = os.path.join(tmp, "encrypted.eml")
                open(path, "wb").write(raw)
                d = sh([openssl, "cms", "-decrypt", "-in", path, "-recip", bob_cert, "-inkey", bob_key])
                checks.equal(d.returncode, 0, f"openssl cms -decrypt with Bob's key ({d.stderr[-300:]!r})")
                inner = os.path.join(tmp, "inner.eml")
                open(inner, "wb").write(d.stdout)
                v = sh([openssl, "cms", "-verify", "-in", inner, "-CAfile", ca, "-purpose", "any"])
                checks.equal(v.returncode, 0, "the decrypted entity's signature verifies")
                checks.check(b"Only for Bob." in v.stdout, "the decrypted text is there")
                d = sh([openssl, "cms", "-decrypt", "-in", path, "-recip", ann_cert, "-inkey", ann_key])
                checks.check(d.returncode != 0, "Ann's key cannot decrypt what went to Bob only")
            else:
                checks.fail("the encrypted message was not stored")

            # A recipient without a certificate: named, nothing sent.
            r = run_cli(["send", "--account", "secure", "--to", "bob@example.test", "--to",
                         "carol@example.test", "--subject", "x", "--body", "x\n", "--encrypt"], env=env)
            checks.check(r.rc == 2 and "carol@example.test" in r.stderr
                         and "bob@example.test" not in r.stderr.split("carol")[0].split(":")[-1],
                         "a recipient without a certificate: exit 2 naming her", r)
            checks.equal(len(box.messages()), 2, "nothing was sent for it")

            # Sign by default: no --sign needed; --no-sign opts out.
            r = run_cli(["account", "edit", "secure", "--sign-by-default"], env=env)
            checks.equal(r.rc, 0, "account edit --sign-by-default", r)
            r = run_cli(["send", "--account", "secure", "--to", "bob@example.test", "--subject", "default",
                         "--body", "Signed by default.\n"], env=env)
            checks.equal(r.rc, 0, "send --account (signs by default)", r)
            r = run_cli(["send", "--account", "secure", "--to", "bob@example.test", "--subject", "plain",
                         "--body", "Not signed.\n", "--no-sign", "--no-dkim"], env=env)
            checks.equal(r.rc, 0, "send --account --no-sign --no-dkim", r)
            stored = box.wait_for_messages(4)
            if len(stored) >= 4:
                by_subject = {email.message_from_bytes(s["data"])["Subject"]: s["data"] for s in stored}
                signed = by_subject.get("default", b"")
                checks.check(b"multipart/signed" in signed.split(b"\r\n\r\n")[0] if b"\r\n\r\n" in signed
                             else False, "sign-by-default: multipart/signed")
                plain = by_subject.get("plain", b"")
                checks.check(plain and b"multipart/signed" not in plain and b"DKIM-Signature" not in plain,
                             "--no-sign --no-dkim: neither")
            else:
                checks.fail("the two last messages were not stored")

            # No secret anywhere in the settings file.
            conf = os.path.join(home, ".config", "Postscope", "postscope.conf")
            text = open(conf, encoding="utf-8").read()
            checks.check("signing\\kind=smime" in text, "the settings file keeps the signing section")
            checks.check("passphrase" not in text.lower(), "no passphrase field in the settings")
            r = run_cli(["account", "edit", "secure", "--message-security", "none", "--no-dkim", "--json"],
                        env=env)
            after = ((r.json or {}).get("account") or {}).get("signing") or {}
            checks.check(r.rc == 0 and after.get("kind") == "none" and after.get("smimeCert") == ""
                         and after.get("dkimDomain") == "", "account edit --message-security none --no-dkim "
                         "forgets them", r)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(run_test("account_secure_send", body))
