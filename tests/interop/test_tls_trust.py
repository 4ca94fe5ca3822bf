#!/usr/bin/python3
"""TLS detail and trust (issue 8.2) against real TLS peers: aiosmtpd over
Python's ssl module (tests/support/peers/tls_smtp_server.py) and openssl
s_server, with certificates the test makes with the openssl tool.

- The chain report: a good chain, a wrong host, a self-signed certificate,
  an unknown CA, an expired and a not-yet-valid certificate, a missing
  intermediate. Each refused one exits 6 and names its QSslError in probe's
  JSON ("tlsFailure") and text; --trust-fingerprint with exactly that leaf
  gets through, another certificate's fingerprint does not.
- Client certificates: a server that requires one refuses a client without
  it (exit 6, saying so) and accepts PEM, encrypted PEM and PKCS#12 ones;
  a wrong passphrase is a usage error before anything is sent.
- --tls-min 1.3 against servers that stop at TLS 1.2 fails with exit 6 and
  says why; SNI is the host name typed (none for an address, RFC 6066 3).
- probe --tls-versions: each of TLS 1.0 to 1.3 on its own connection,
  against a modern server and one that only speaks 1.0/1.1.
Exit 0 = pass."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "..", "support", "peers")
sys.path.insert(0, PEERS)
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402

SERVER = os.path.join(PEERS, "tls_smtp_server.py")


class Certs:
    """A CA, an intermediate, and the leaf certificates the rows need."""

    def __init__(self, folder):
        self.dir = folder
        self.openssl = peers.which("openssl")
        self.ca = self.make_ca("ca", "Trust Test Root")
        self.other_ca = self.make_ca("otherca", "Trust Test Other Root")
        self.inter = self.make_intermediate("inter", "Trust Test Intermediate", self.ca)
        self.good = self.leaf("good", "localhost", self.ca)
        self.wrong_host = self.leaf("wronghost", "wrong.example.test", self.ca)
        self.unknown_ca = self.leaf("unknownca", "localhost", self.other_ca)
        self.expired = self.leaf("expired", "localhost", self.ca,
                                 dates=("20200101000000Z", "20200201000000Z"))
        self.not_yet = self.leaf("notyet", "localhost", self.ca,
                                 dates=("20991201000000Z", "21000101000000Z"))
        self.via_inter = self.leaf("viainter", "localhost", self.inter)
        self.self_signed = self.make_self_signed("selfsigned", "localhost")
        self.client = self.leaf("client", "client one", self.ca, client=True)
        self.stranger = self.leaf("stranger", "stranger", self.other_ca, client=True)
        # The client's key encrypted, and the pair as PKCS#12.
        self.client_enc_key = self.path("client-enc.key")
        self.run("pkey", "-in", self.client["key"], "-aes256", "-passout", "pass:pem secret",
                 "-out", self.client_enc_key)
        self.client_p12 = self.path("client.p12")
        self.run("pkcs12", "-export", "-in", self.client["cert"], "-inkey", self.client["key"],
                 "-passout", "pass:p12 secret", "-out", self.client_p12)

    def path(self, name):
        return os.path.join(self.dir, name)

    def run(self, *args):
        p = subprocess.run([self.openssl] + list(args), capture_output=True, text=True,
                           timeout=60, cwd=self.dir)
        if p.returncode != 0:
            raise RuntimeError(f"openssl {' '.join(args)} failed: {p.stderr}")
        return p.stdout

    def fingerprint(self, cert):
        text = self.run("x509", "-in", cert, "-noout", "-fingerprint", "-sha256")
        return text.strip().split("=", 1)[1].replace(":", "").lower()

    def make_ca(self, name, cn):
        key, cert = self.path(name + ".key"), self.path(name + ".pem")
        self.run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                 "-days", "30", "-subj", f"/CN={cn}",
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        return {"key": key, "cert": cert, "name": name}

    def make_self_signed(self, name, cn):
        key, cert = self.path(name + ".key"), self.path(name + ".pem")
        self.run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                 "-days", "30", "-subj", f"/CN={cn}", "-addext", f"subjectAltName=DNS:{cn}")
        return {"key": key, "cert": cert, "chain": cert}

    def sign(self, csr, issuer, out, ext, dates=None):
        # `openssl ca` is what sets arbitrary validity dates (x509 -req cannot).
        folder = self.path("ca-" + os.path.basename(out))
        os.makedirs(os.path.join(folder, "new"), exist_ok=True)
        open(os.path.join(folder, "index.txt"), "w").close()
        with open(os.path.join(folder, "serial"), "w") as f:
            f.write(f"{int(time.time() * 1000) % 10**12:012X}\n")
        extfile = os.path.join(folder, "ext.cnf")
        with open(extfile, "w") as f:
            f.write("[ext]\n" + ext + "\n")
        config = os.path.join(folder, "ca.cnf")
        with open(config, "w") as f:
            f.write(f"""[ca]
default_ca = d
[d]
database = {folder}/index.txt
new_certs_dir = {folder}/new
serial = {folder}/serial
default_md = sha256
default_days = 30
policy = any
unique_subject = no
[any]
commonName = supplied
""")
        args = ["ca", "-batch", "-config", config, "-cert", issuer["cert"], "-keyfile",
                issuer["key"], "-in", csr, "-out", out, "-extfile", extfile, "-extensions", "ext",
                "-notext"]
        if dates:
            args += ["-startdate", dates[0], "-enddate", dates[1]]
        self.run(*args)

    def make_intermediate(self, name, cn, issuer):
        key, csr, cert = (self.path(name + s) for s in (".key", ".csr", ".pem"))
        self.run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
                 "-subj", f"/CN={cn}")
        self.sign(csr, issuer, cert, "basicConstraints=critical,CA:TRUE\n"
                                     "keyUsage=critical,keyCertSign,cRLSign")
        return {"key": key, "cert": cert, "name": name}

    def leaf(self, name, cn, issuer, dates=None, client=False):
        key, csr, cert = (self.path(name + s) for s in (".key", ".csr", ".pem"))
        self.run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
                 "-subj", f"/CN={cn}")
        ext = "extendedKeyUsage=clientAuth" if client else \
            f"subjectAltName=DNS:{cn},IP:127.0.0.1\nextendedKeyUsage=serverAuth"
        if cn != "localhost" and not client:
            ext = f"subjectAltName=DNS:{cn}\nextendedKeyUsage=serverAuth"
        self.sign(csr, issuer, cert, ext, dates)
        # What the server sends: the leaf, and its intermediate when it has one.
        chain = self.path(name + "-chain.pem")
        with open(chain, "w") as f:
            f.write(open(cert).read())
            if issuer.get("name") == "inter":
                f.write(open(issuer["cert"]).read())
        return {"key": key, "cert": cert, "chain": chain}


class TlsServer:
    """tls_smtp_server.py in the background; .port, .events()."""

    def __init__(self, folder, name, cert, key, *args):
        self.ready = os.path.join(folder, name + ".port")
        self.record = os.path.join(folder, name + ".jsonl")
        self.log = open(os.path.join(folder, name + ".log"), "w")
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", SERVER, "--cert", cert, "--key", key, "--ready", self.ready,
             "--record", self.record] + list(args), stdout=self.log, stderr=subprocess.STDOUT)
        self.port = None

    def wait(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if os.path.exists(self.ready):
                self.port = int(open(self.ready).read())
                return self
            if self.proc.poll() is not None:
                raise peers.PeerFailed(f"tls_smtp_server.py ended: {open(self.log.name).read()}")
            time.sleep(0.05)
        raise peers.PeerFailed("tls_smtp_server.py did not come up in 30 s")

    def events(self, kind):
        if not os.path.exists(self.record):
            return []
        with open(self.record) as f:
            return [e for e in (json.loads(line) for line in f) if e["event"] == kind]

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def error_names(report):
    return [e["name"] for e in (report or {}).get("errors", [])]


def chain_report(checks, certs, servers):
    rows = [
        # name, certificate, expected error name (None: verified)
        ("good", certs.good, None),
        ("wrong host", certs.wrong_host, "HostNameMismatch"),
        ("self-signed", certs.self_signed, "SelfSignedCertificate"),
        ("unknown CA", certs.unknown_ca, "UnableToGetLocalIssuerCertificate"),
        ("expired", certs.expired, "CertificateExpired"),
        ("not yet valid", certs.not_yet, "CertificateNotYetValid"),
        ("missing intermediate", {**certs.via_inter, "chain": certs.via_inter["cert"]},
         "UnableToGetLocalIssuerCertificate"),
        ("intermediate sent", certs.via_inter, None),
    ]
    for name, cert, expected in rows:
        s = servers[name]
        base = ["--server", f"localhost:{s.port}", "--ca-file", certs.ca["cert"], "--timeout", "10"]
        r = run_cli(["probe", "--json"] + base)
        sha = certs.fingerprint(cert["cert"])
        if expected is None:
            checks.equal(r.rc, 0, f"{name}: probe exits 0", r)
            tls = (r.json or {}).get("tls") or {}
            checks.equal(tls.get("verification"), "verified", f"{name}: verified", r)
            chain = tls.get("chain") or [{}]
            checks.equal(chain[0].get("sha256"), sha, f"{name}: leaf SHA-256 as openssl says", r)
            checks.equal((chain[0].get("keyType"), chain[0].get("keyBits")), ("RSA", 2048),
                         f"{name}: key type and size", r)
            checks.check("DNS:localhost" in chain[0].get("subjectAltNames", []),
                         f"{name}: subjectAltNames listed", r)
            checks.equal(tls.get("peerName"), "localhost", f"{name}: the name verified", r)
            if name == "intermediate sent":
                checks.equal(len(chain), 2, f"{name}: the chain holds leaf and intermediate", r)
                checks.check("Trust Test Intermediate" in chain[0].get("issuerDn", ""),
                             f"{name}: the leaf's issuer is the intermediate", r)
            continue
        checks.equal(r.rc, 6, f"{name}: probe exits 6", r)
        failure = (r.json or {}).get("tlsFailure") or {}
        checks.check(expected in error_names(failure),
                     f"{name}: {expected} named in tlsFailure.errors ({error_names(failure)})", r)
        checks.equal(failure.get("verification"), "failed", f"{name}: verification failed", r)
        chain = failure.get("chain") or [{}]
        checks.equal(chain[0].get("sha256"), sha, f"{name}: the refused leaf is reported", r)
        if name == "expired":
            checks.equal(chain[0].get("validity"), "expired", f"{name}: validity says expired", r)
            checks.equal(chain[0].get("notAfter"), "2020-02-01T00:00:00Z", f"{name}: notAfter", r)
        if name == "not yet valid":
            checks.equal(chain[0].get("validity"), "not-yet-valid", f"{name}: validity", r)
        if name == "self-signed":
            checks.equal(chain[0].get("selfSigned"), True, f"{name}: selfSigned", r)
        text = run_cli(["probe"] + base)
        checks.check(text.rc == 6 and f"error {expected}:" in text.stdout,
                     f"{name}: the text output names {expected}", text)
        checks.check(expected in text.stderr, f"{name}: the error line names {expected}", text)
        # Exactly that certificate, trusted by its fingerprint: through.
        trusted = run_cli(["probe", "--json", "--trust-fingerprint", sha] + base)
        checks.equal(trusted.rc, 0, f"{name}: --trust-fingerprint with that leaf exits 0", trusted)
        tls = (trusted.json or {}).get("tls") or {}
        checks.equal(tls.get("verification"), "trusted-by-fingerprint",
                     f"{name}: accepted by fingerprint only", trusted)
        checks.check(expected in error_names(tls),
                     f"{name}: the overlooked error stays visible", trusted)
        # Another certificate for the same host: refused again.
        other = certs.fingerprint(certs.good["cert"])
        again = run_cli(["probe", "--trust-fingerprint", other] + base)
        checks.check(again.rc == 6 and "not the trusted one" in again.stderr,
                     f"{name}: another certificate's fingerprint is refused", again)


def client_certificates(checks, certs, servers):
    s = servers["client ca"]
    base = ["--server", f"localhost:{s.port}", "--ca-file", certs.ca["cert"], "--timeout", "10"]
    r = run_cli(["probe"] + base)
    checks.check(r.rc == 6 and "client certificate" in r.stderr,
                 "no client certificate: exit 6, and the error says a client certificate is "
                 "probably required", r)
    r = run_cli(["probe", "--client-cert", certs.client["cert"], "--client-key",
                 certs.client["key"]] + base)
    checks.equal(r.rc, 0, "PEM certificate and key: accepted", r)
    env = {"PS_KEY_PASS": "pem secret", "PS_P12_PASS": "p12 secret", "PS_WRONG": "nope"}
    r = run_cli(["probe", "--client-cert", certs.client["cert"], "--client-key",
                 certs.client_enc_key, "--key-passphrase-env", "PS_KEY_PASS"] + base, env=env)
    checks.equal(r.rc, 0, "encrypted PEM key with --key-passphrase-env: accepted", r)
    r = run_cli(["probe", "--client-cert", certs.client_p12, "--key-passphrase-env",
                 "PS_P12_PASS"] + base, env=env)
    checks.equal(r.rc, 0, "PKCS#12 with its passphrase: accepted", r)
    seen = [e.get("clientCertificate") for e in s.events("ehlo")]
    checks.equal(seen, ["client one"] * 3, "the server saw the client certificate each time")
    r = run_cli(["probe", "--client-cert", certs.client_p12, "--key-passphrase-env",
                 "PS_WRONG"] + base, env=env)
    checks.check(r.rc == 2 and "passphrase" in r.stderr and "nope" not in r.stderr + r.stdout,
                 "PKCS#12 with a wrong passphrase: usage error, the passphrase not shown", r)
    r = run_cli(["probe", "--client-cert", certs.client["cert"], "--client-key",
                 certs.client_enc_key] + base)
    checks.check(r.rc == 2 and "passphrase" in r.stderr,
                 "an encrypted key without a passphrase: usage error saying so", r)
    r = run_cli(["probe", "--client-cert", certs.stranger["cert"], "--client-key",
                 certs.stranger["key"]] + base)
    checks.check(r.rc == 6 and "did not accept the client certificate" in r.stderr,
                 "a client certificate from a CA the server does not know: exit 6", r)
    checks.equal(len(s.events("ehlo")), 3, "no session went on without an accepted certificate")
    # Implicit TLS (RFC 8314) asks the same way.
    t = servers["client ca implicit"]
    base = ["--server", f"localhost:{t.port}", "--security", "tls", "--ca-file",
            certs.ca["cert"], "--timeout", "10"]
    r = run_cli(["probe"] + base)
    checks.check(r.rc == 6 and "client certificate" in r.stderr,
                 "implicit TLS without a client certificate: exit 6", r)
    r = run_cli(["probe", "--client-cert", certs.client_p12, "--key-passphrase-env",
                 "PS_P12_PASS"] + base, env=env)
    checks.equal(r.rc, 0, "implicit TLS with the PKCS#12 certificate: accepted", r)


def minimum_version_and_sni(checks, certs, servers):
    s = servers["tls 1.2 only"]
    base = ["--server", f"localhost:{s.port}", "--ca-file", certs.ca["cert"], "--timeout", "10"]
    r = run_cli(["probe", "--json", "--tls-min", "1.2"] + base)
    checks.equal(r.rc, 0, "--tls-min 1.2 against a TLS 1.2 server: through", r)
    checks.equal(((r.json or {}).get("tls") or {}).get("protocol"), "TLSv1.2", "TLS 1.2 used", r)
    r = run_cli(["probe", "--tls-min", "1.3"] + base)
    checks.check(r.rc == 6 and "TLS 1.3 or later" in r.stderr,
                 "--tls-min 1.3 against a TLS 1.2 server: exit 6 naming the minimum", r)
    r = run_cli(["probe", "--tls-min", "1.1"] + base)
    checks.check(r.rc == 2 and "1.2 or 1.3" in r.stderr, "--tls-min 1.1 is refused (RFC 8996)", r)
    # openssl s_server that stops at TLS 1.2 (implicit TLS): OpenSSL's alert.
    port = peers.free_port()
    proc = subprocess.Popen([peers.which("openssl"), "s_server", "-accept", f"127.0.0.1:{port}",
                             "-cert", certs.good["cert"], "-key", certs.good["key"], "-tls1_2",
                             "-quiet"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        peers.wait_for_port(port, proc=proc, what="openssl s_server")
        r = run_cli(["probe", "--server", f"localhost:{port}", "--security", "tls", "--tls-min",
                     "1.3", "--ca-file", certs.ca["cert"], "--timeout", "10"])
        checks.check(r.rc == 6 and "no TLS version in common" in r.stderr,
                     "--tls-min 1.3 against openssl s_server -tls1_2: exit 6, no version in "
                     "common", r)
    finally:
        proc.kill()
        proc.wait()
    # SNI: the name typed, never a resolved address; none for an address.
    g = servers["good"]
    before = len(g.events("sni"))
    run_cli(["probe", "--server", f"localhost:{g.port}", "--ca-file", certs.ca["cert"]])
    run_cli(["probe", "--server", f"127.0.0.1:{g.port}", "--ca-file", certs.ca["cert"]])
    names = [e["name"] for e in g.events("sni")[before:]]
    checks.equal(names, ["localhost", None],
                 "SNI is the host name typed, and none for an address literal (RFC 6066 3)")


def tls_versions(checks, certs, servers):
    expectations = [
        ("good", {"1.0": "refused", "1.1": "refused", "1.2": "accepted", "1.3": "accepted"}),
        ("legacy only", {"1.0": "accepted", "1.1": "accepted", "1.2": "refused",
                         "1.3": "refused"}),
        ("tls 1.2 only", {"1.0": "refused", "1.1": "refused", "1.2": "accepted",
                          "1.3": "refused"}),
    ]
    for name, expected in expectations:
        s = servers[name]
        r = run_cli(["probe", "--json", "--tls-versions", "--server", f"localhost:{s.port}",
                     "--ca-file", certs.ca["cert"], "--timeout", "10"])
        got = {v["version"]: v["result"] for v in (r.json or {}).get("tlsVersions") or []}
        checks.equal(got, expected, f"--tls-versions against {name}", r)
        findings = {f["id"] for f in (r.json or {}).get("findings", [])}
        if name == "legacy only":
            checks.check({"tls-old-version-accepted", "tls-no-modern-version"} <= findings,
                         "TLS 1.0/1.1 accepted and no 1.2/1.3: both findings", r)
        else:
            checks.check("tls-old-version-accepted" not in findings,
                         f"{name}: no old-version finding", r)
    s = servers["legacy only"]
    text = run_cli(["probe", "--tls-versions", "--server", f"localhost:{s.port}", "--ca-file",
                    certs.ca["cert"], "--timeout", "10"])
    checks.check("TLS 1.0  ACCEPTED" in text.stdout, "the text output lists each version", text)
    r = run_cli(["probe", "--tls-versions", "--security", "none", "--server",
                 f"localhost:{s.port}"])
    checks.equal(r.rc, 2, "--tls-versions without TLS is a usage error", r)


def body(checks):
    folder = tempfile.mkdtemp(prefix="postscope-tls-trust-")
    servers = {}
    try:
        certs = Certs(folder)
        ca = certs.ca["cert"]
        specs = {
            "good": (certs.good, []),
            "wrong host": (certs.wrong_host, []),
            "self-signed": (certs.self_signed, []),
            "unknown CA": (certs.unknown_ca, []),
            "expired": (certs.expired, []),
            "not yet valid": (certs.not_yet, []),
            "missing intermediate": ({**certs.via_inter, "chain": certs.via_inter["cert"]}, []),
            "intermediate sent": (certs.via_inter, []),
            "client ca": (certs.good, ["--client-ca", ca]),
            "client ca implicit": (certs.good, ["--client-ca", ca, "--implicit"]),
            "tls 1.2 only": (certs.good, ["--tls-max", "1.2"]),
            "legacy only": (certs.good, ["--tls-min", "1.0", "--tls-max", "1.1", "--legacy"]),
        }
        for i, (name, (cert, args)) in enumerate(specs.items()):
            servers[name] = TlsServer(folder, f"s{i}", cert["chain"], cert["key"], *args)
        for s in servers.values():
            s.wait()
        chain_report(checks, certs, servers)
        client_certificates(checks, certs, servers)
        minimum_version_and_sni(checks, certs, servers)
        tls_versions(checks, certs, servers)
    finally:
        for s in servers.values():
            s.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    run_test("tls trust", body)
