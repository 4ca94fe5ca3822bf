"""A real `postscope-cli serve` for test scripts, and what it stored.

Sandbox(*args, tls=True) starts the sandbox in its own temporary folder
(maildir, certificate, transcript), reads the listener lines it prints and is
stopped with SIGTERM on exit (a non-zero exit is an error). messages() reads
the Maildir back: one dict per stored copy with the envelope JSON and the
exact octets. RawClient is a line-based socket client that keeps every octet
it received, for exact-bytes checks.
"""

import atexit
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

import clitest


class Sandbox:
    # One generated certificate for every sandbox of a test process: making
    # a key pair each time would cost more than the tests themselves.
    _shared_cert_dir = None

    def __init__(self, *args, tls=True, transcript=False):
        self.dir = tempfile.mkdtemp(prefix="postscope-sandbox-")
        self.maildir = os.path.join(self.dir, "maildir")
        self.transcript = os.path.join(self.dir, "server-transcript.txt") if transcript else None
        argv = [clitest.cli_path(), "serve", "--maildir", self.maildir]
        if tls and Sandbox._shared_cert_dir is None:
            Sandbox._shared_cert_dir = tempfile.mkdtemp(prefix="postscope-sandbox-cert-")
            atexit.register(shutil.rmtree, Sandbox._shared_cert_dir, True)
        argv += ["--cert-dir", Sandbox._shared_cert_dir] if tls else ["--no-tls"]
        if self.transcript:
            argv += ["--transcript", self.transcript]
        argv += list(args)
        self.argv = argv
        self.stderr = open(os.path.join(self.dir, "stderr.txt"), "w+")
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
                                     stdin=subprocess.DEVNULL)
        self.urls = []
        self.certificate = None
        self.fingerprint = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith("listening on "):
                self.urls.append(line.split()[-1])
            if line.startswith("certificate "):
                parts = line.split()
                self.certificate, self.fingerprint = parts[1], parts[3]
                break
            if line.startswith("maildir ") and not tls:
                break
        if not self.urls:
            why = self.stderr_text()
            self.stop(check=False)
            raise RuntimeError(f"serve {args!r} did not start: {why}")
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    @property
    def port(self):
        for url in self.urls:
            if url.startswith(("smtp://", "lmtp://")):
                return int(url.rsplit(":", 1)[1])
        raise RuntimeError(f"no TCP listener in {self.urls}")

    @property
    def server(self):
        return f"127.0.0.1:{self.port}"

    def client_args(self, security="starttls"):
        """Connection options for postscope-cli against this sandbox."""
        args = ["--server", self.server, "--security", security, "--timeout", "10"]
        if self.certificate:
            args += ["--ca-file", self.certificate]
        return args

    def stderr_text(self):
        self.stderr.flush()
        self.stderr.seek(0)
        return self.stderr.read()

    def messages(self):
        """Every stored copy, oldest first: {"envelope": dict, "data": bytes}."""
        out = []
        for env_path in glob.glob(os.path.join(self.maildir, "*", "envelopes", "*.json")):
            with open(env_path, encoding="utf-8") as f:
                envelope = json.load(f)
            name = os.path.basename(env_path)[:-len(".json")]
            box = os.path.dirname(os.path.dirname(env_path))
            with open(os.path.join(box, "new", name), "rb") as f:
                data = f.read()
            out.append({"envelope": envelope, "data": data, "name": name})
        out.sort(key=lambda m: (m["envelope"].get("time", ""), m["name"]))
        return out

    def wait_for_messages(self, count, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.messages()
            if len(found) >= count:
                return found
            time.sleep(0.05)
        return self.messages()

    def alive(self):
        return self.proc.poll() is None

    def stop(self, check=True):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        rc = self.proc.returncode
        self.stderr.close()
        shutil.rmtree(self.dir, ignore_errors=True)
        if check and rc != 0:
            raise RuntimeError(f"serve exited {rc}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop(check=exc[0] is None)
        return False


class RawClient:
    """Reads whole replies and keeps every octet received in `wire`."""

    def __init__(self, port, timeout=10):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""
        self.wire = b""

    def _more(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise EOFError("the server closed the connection")
        self.buf += chunk
        self.wire += chunk

    def reply(self):
        """One reply's raw bytes (up to a line whose 4th octet is not '-')."""
        start = 0
        while True:
            while b"\r\n" not in self.buf[start:]:
                self._more()
            end = self.buf.index(b"\r\n", start) + 2
            line = self.buf[start:end]
            start = end
            if len(line) < 6 or line[3:4] != b"-":
                raw, self.buf = self.buf[:start], self.buf[start:]
                return raw

    def read_for(self, seconds):
        """Everything that arrives within `seconds` (then the buffer is taken)."""
        deadline = time.monotonic() + seconds
        self.sock.settimeout(0.1)
        try:
            while time.monotonic() < deadline:
                try:
                    self._more()
                except socket.timeout:
                    continue
                except EOFError:
                    break
        finally:
            self.sock.settimeout(10)
        out, self.buf = self.buf, b""
        return out

    def send(self, data):
        self.sock.sendall(data)

    def close(self):
        self.sock.close()
