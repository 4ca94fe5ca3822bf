"""Shared pieces of the hostile-client suite: a real `postscope-cli serve`
process, a raw socket client that can misbehave, and the checks every test
makes (no crash, peak memory under a stated bound, replies and closures
within a bounded time).

Each test_*.py here is one CTest test run with Debian's /usr/bin/python3; it
uses Checks from tests/support/peers/clitest.py and exits 0 only when every
check held. A missing program (the CLI, openssl) is a failure, never a skip.
"""

import contextlib
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))

import clitest  # noqa: E402
from clitest import run_test  # noqa: E402,F401

# The server's peak memory (VmHWM) may not pass this in any hostile test:
# an idle `serve` holds about 20 MiB; the bound leaves room for Qt, TLS and
# the bounded buffers, and none for anything that grows with the input.
MAX_PEAK_MIB = 100


def mib(kib):
    return kib / 1024.0


class Serve:
    """`postscope-cli serve ARGS` in its own temporary folder (maildir,
    certificate, transcript), stopped with SIGTERM on exit."""

    def __init__(self, *args, tls=False, transcript=False, socket_path=False, listen=True):
        self.dir = tempfile.mkdtemp(prefix="postscope-hostile-")
        self.maildir = os.path.join(self.dir, "maildir")
        self.transcript = os.path.join(self.dir, "transcript.txt") if transcript else None
        self.socket = os.path.join(self.dir, "smtp.sock") if socket_path else None
        argv = [clitest.cli_path(), "serve", "--maildir", self.maildir]
        if tls:
            argv += ["--cert-dir", os.path.join(self.dir, "cert")]
        else:
            argv += ["--no-tls"]
        if self.transcript:
            argv += ["--transcript", self.transcript]
        if self.socket:
            argv += ["--socket", self.socket]
            if listen:
                argv += ["--listen", "127.0.0.1:0"]
        argv += list(args)
        self.argv = argv
        self.stderr = open(os.path.join(self.dir, "stderr.txt"), "w+")
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
                                     stdin=subprocess.DEVNULL)
        self.urls = []
        self.certificate = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith("listening on "):
                self.urls.append(line.split()[-1])
            if line.startswith("certificate "):
                self.certificate = line.split()[1]
                break
            if line.startswith("maildir ") and not tls:
                break
        if not self.urls:
            why = self.stderr_text()
            self.stop(check=False)
            raise RuntimeError(f"serve did not start: {why}")
        # Nothing more is expected on stdout; keep the pipe drained anyway.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()
        self.baseline_kib = self.status("VmRSS")
        self.stopped = False

    @property
    def port(self):
        for url in self.urls:
            if url.startswith(("smtp://", "lmtp://")):
                return int(url.rsplit(":", 1)[1])
        raise RuntimeError(f"no TCP listener in {self.urls}")

    def stderr_text(self):
        self.stderr.flush()
        self.stderr.seek(0)
        return self.stderr.read()

    def status(self, key):
        """A field of /proc/PID/status in KiB (VmHWM: peak resident set)."""
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
        raise RuntimeError(f"no {key} in /proc/{self.proc.pid}/status")

    def alive(self):
        return self.proc.poll() is None

    def check_health(self, checks, what, max_peak_mib=MAX_PEAK_MIB):
        """Still running (no crash), and the peak memory under the bound."""
        alive = self.alive()
        checks.check(alive, f"{what}: the server is still running (exit {self.proc.returncode})")
        if alive:
            peak = mib(self.status("VmHWM"))
            checks.check(peak < max_peak_mib,
                         f"{what}: peak memory {peak:.1f} MiB < {max_peak_mib} MiB")

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
            raise RuntimeError(f"serve exited {rc} (a negative code is a signal: a crash)")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop(check=exc[0] is None)
        return False

    # --- what was stored
    def stored(self, recipient):
        """The message files in recipient's new/."""
        return sorted(glob.glob(os.path.join(self.maildir, recipient.lower(), "new", "*")))

    def envelopes(self, recipient):
        out = []
        for path in sorted(glob.glob(os.path.join(self.maildir, recipient.lower(), "envelopes", "*.json"))):
            with open(path) as f:
                out.append(json.load(f))
        return out

    def all_stored(self):
        return sorted(glob.glob(os.path.join(self.maildir, "*", "new", "*")))

    def leftovers(self):
        """Files in any tmp/: a message written only in part."""
        return sorted(glob.glob(os.path.join(self.maildir, "*", "tmp", "*")))

    def transcript_text(self):
        with open(self.transcript, "rb") as f:
            return f.read()


class Client:
    """A raw SMTP client: sends whatever it is told, reads replies with a
    deadline, and tells when the server closed."""

    def __init__(self, serve=None, port=None, unix=None, timeout=10.0):
        if unix:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sock.settimeout(timeout)
            self.sock.connect(unix)
        else:
            self.sock = socket.create_connection(("127.0.0.1", port or serve.port), timeout=timeout)
        self.buf = b""
        self.eof = False

    def send(self, data):
        self.sock.sendall(data)

    def reply(self, timeout=10.0):
        """The next complete reply as a list of lines, or None when the
        server closed (or nothing came within timeout)."""
        lines = []
        deadline = time.monotonic() + timeout
        while True:
            while b"\r\n" not in self.buf:
                left = deadline - time.monotonic()
                if left <= 0 or self.eof:
                    return None
                self.sock.settimeout(left)
                try:
                    chunk = self.sock.recv(65536)
                except socket.timeout:
                    return None
                except (ConnectionResetError, BrokenPipeError):
                    chunk = b""
                if not chunk:
                    self.eof = True
                    return None
                self.buf += chunk
            line, self.buf = self.buf.split(b"\r\n", 1)
            lines.append(line)
            if len(line) < 4 or line[3:4] != b"-":
                return lines

    def code(self, timeout=10.0):
        r = self.reply(timeout)
        return None if r is None else r[-1][:3].decode("ascii", "replace")

    def status(self, timeout=10.0):
        """'250 2.0.0' style: code and enhanced code of the next reply."""
        r = self.reply(timeout)
        if r is None:
            return None
        words = r[-1].decode("ascii", "replace").split(" ")
        if len(words) > 1 and words[1][:1].isdigit() and "." in words[1]:
            return words[0] + " " + words[1]
        return words[0][:3]

    def greet(self, ehlo=b"EHLO hostile.test"):
        greeting = self.code()
        self.send(ehlo + b"\r\n")
        return greeting, self.reply()

    def closed_within(self, seconds):
        """True when the server closes the connection within seconds (any
        replies before that are read and dropped)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.eof:
                return True
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return False
            except (ConnectionResetError, BrokenPipeError):
                return True
            if not chunk:
                self.eof = True
                return True
            self.buf += chunk
        return self.eof

    def close(self):
        with contextlib.suppress(OSError):
            self.sock.close()


def timed(fn):
    t0 = time.monotonic()
    result = fn()
    return result, time.monotonic() - t0


def mail(client, sender=b"s@hostile.test", recipients=(b"box@hostile.test",)):
    """MAIL and RCPTs in lockstep; returns the codes."""
    client.send(b"MAIL FROM:<" + sender + b">\r\n")
    codes = [client.code()]
    for r in recipients:
        client.send(b"RCPT TO:<" + r + b">\r\n")
        codes.append(client.code())
    return codes
