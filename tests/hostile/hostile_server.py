"""Hostile SMTP servers for the client-side hostile tests (test_client_*.py).

A Server listens on 127.0.0.1 (or a Unix socket) and runs a plain Python
function per connection in a thread, with a Conn that can do what a hostile
server does: trickle bytes, flood endless lines, stop reading, cut the
connection. Everything the client sent is recorded, so a test can assert
what never arrived (no AUTH line, no password).

run_measured() runs the real postscope-cli and measures its peak resident
memory from /proc/PID/status (VmHWM, polled while it runs) and from the
kernel's own account when it ends (wait4's ru_maxrss).
"""

import os
import shlex
import socket
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR", os.path.join(HERE, "..", "..")),
                                "tests", "support", "peers"))
from clitest import cli_path  # noqa: E402

# Control characters that must never reach a terminal raw (issue 6, item 4):
# ESC, BEL, NUL, backspace, a bare CR, DEL, the C1 CSI, the line separator
# and the right-to-left override (both in UTF-8).
RAW_CONTROLS = [b"\x1b", b"\x07", b"\x00", b"\x08", b"\x7f", b"\xc2\x9b", b"\xe2\x80\xa8",
                b"\xe2\x80\xae"]


def raw_controls_in(data):
    """The raw control characters found in data (bytes), CR not followed by LF included."""
    found = [c for c in RAW_CONTROLS if c in data]
    if b"\r" in data.replace(b"\r\n", b""):
        found.append(b"\r")
    return found


class ConnectionClosed(Exception):
    pass


class Conn:
    """One client connection, seen from the hostile server."""

    def __init__(self, sock):
        self.sock = sock
        self.received = bytearray()
        self.lines = []          # command lines read by readline(), CRLF removed
        self.buffer = bytearray()
        self.closed_by_client = False
        self.sent = 0

    # --- writing
    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        try:
            self.sock.settimeout(30)   # a client that reads nothing for 30 s has gone
            self.sock.sendall(data)
            self.sent += len(data)
        except OSError as e:
            self.closed_by_client = True
            raise ConnectionClosed(str(e))

    def reply(self, *lines):
        """A reply, one line per argument: "250-a", "250 b" written as given + CRLF."""
        self.send(b"".join((l.encode() if isinstance(l, str) else l) + b"\r\n" for l in lines))

    def trickle(self, data, interval):
        """One octet every interval seconds; stops when the client goes."""
        if isinstance(data, str):
            data = data.encode()
        for i in range(len(data)):
            self.send(data[i:i + 1])
            time.sleep(interval)

    def flood(self, unit, limit=1 << 30):
        """unit over and over, as fast as the client reads, until limit octets
        or until the client closes. Returns the octets sent."""
        if isinstance(unit, str):
            unit = unit.encode()
        block = unit * max(1, 65536 // len(unit))
        sent = 0
        try:
            while sent < limit:
                self.send(block)
                sent += len(block)
        except ConnectionClosed:
            pass
        return sent

    # --- reading
    def readline(self, timeout=10.0):
        """One line from the client (CRLF removed), recorded in lines."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no line from the client in %.1f s" % timeout)
            self.sock.settimeout(left)
            chunk = self.sock.recv(65536)
            if not chunk:
                self.closed_by_client = True
                raise ConnectionClosed("the client closed")
            self.received += chunk
            self.buffer += chunk
        line, _, rest = bytes(self.buffer).partition(b"\n")
        self.buffer = bytearray(rest)
        line = line[:-1] if line.endswith(b"\r") else line
        self.lines.append(line)
        return line

    def expect(self, prefix):
        line = self.readline()
        if not line.upper().startswith(prefix.upper().encode() if isinstance(prefix, str) else prefix.upper()):
            raise AssertionError(f"expected {prefix!r} from the client, got {line!r}")
        return line

    def read_data(self, timeout=30.0):
        """Message data up to CRLF.CRLF; returns the octets before it."""
        deadline = time.monotonic() + timeout
        data = bytearray(self.buffer)
        self.buffer = bytearray()
        while True:
            end = (b"\r\n" + data).find(b"\r\n.\r\n")
            if end >= 0:
                self.buffer = bytearray(data[end + 3:])
                return bytes(data[:max(0, end)])
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no end of data")
            self.sock.settimeout(left)
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                self.closed_by_client = True
                raise ConnectionClosed("the client closed during DATA")
            self.received += chunk
            data += chunk

    def read_bytes(self, count, timeout=10.0):
        deadline = time.monotonic() + timeout
        data = bytearray(self.buffer)
        while len(data) < count:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            chunk = self.sock.recv(min(65536, count - len(data)))
            if not chunk:
                raise ConnectionClosed("the client closed")
            self.received += chunk
            data += chunk
        self.buffer = bytearray(data[count:])
        return bytes(data[:count])

    def drain(self, timeout=5.0):
        """Read (and record) until the client closes or timeout passes."""
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self.sock.settimeout(max(0.01, deadline - time.monotonic()))
                chunk = self.sock.recv(65536)
                if not chunk:
                    self.closed_by_client = True
                    return
                self.received += chunk
        except (socket.timeout, OSError):
            return

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()

    def reset(self):
        """Close with RST: no orderly end of the stream."""
        import struct
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.sock.close()


class Server:
    """Runs handler(conn) for every connection, each in its own thread."""

    def __init__(self, handler, unix_path=None, rcvbuf=None):
        self.handler = handler
        self.conns = []
        self.errors = []
        self.threads = []
        if unix_path:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sock.bind(unix_path)
            self.path = unix_path
            self.port = None
        else:
            self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if rcvbuf:
                # Inherited by accepted sockets: a small window, so that a
                # server that stops reading stops the client's writes soon.
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
            self.sock.bind(("127.0.0.1", 0))
            self.port = self.sock.getsockname()[1]
            self.path = None
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stopping = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self.stopping:
            try:
                sock, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            conn = Conn(sock)
            self.conns.append(conn)
            t = threading.Thread(target=self._run, args=(conn,), daemon=True)
            t.start()
            self.threads.append(t)

    def _run(self, conn):
        try:
            self.handler(conn)
        except (ConnectionClosed, BrokenPipeError, ConnectionResetError):
            pass
        except Exception as e:  # noqa: BLE001 - reported by the test
            self.errors.append(f"{type(e).__name__}: {e}")
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def conn(self, index=0):
        return self.conns[index] if index < len(self.conns) else None

    def wait(self, timeout=10.0):
        """Until every handler has returned."""
        deadline = time.monotonic() + timeout
        for t in list(self.threads):
            t.join(max(0.0, deadline - time.monotonic()))

    def stop(self):
        self.stopping = True
        self.sock.close()
        self.thread.join(2)
        if self.path and os.path.exists(self.path):
            os.unlink(self.path)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class Measured:
    def __init__(self, argv, rc, stdout, stderr, seconds, peak_kib, maxrss_kib):
        self.argv = argv
        self.rc = rc
        self.stdout = stdout          # bytes: exactly what reached the terminal
        self.stderr = stderr
        self.seconds = seconds
        self.peak_kib = peak_kib      # VmHWM, polled
        self.maxrss_kib = maxrss_kib  # wait4's ru_maxrss at exit
        self.json = None
        try:
            import json
            self.json = json.loads(stdout) if stdout.strip().startswith(b"{") else None
        except ValueError:
            pass

    def describe(self):
        cmd = " ".join(shlex.quote(a) for a in self.argv)
        return (f"  command: {cmd}\n  exit: {self.rc} after {self.seconds:.2f} s, peak {self.peak_kib} KiB\n"
                f"  stdout: {self.stdout[-2000:]!r}\n  stderr: {self.stderr[-2000:]!r}")


def _vmhwm(pid):
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def run_measured(args, env=None, timeout=60, stdin=None):
    """Runs postscope-cli with args; output as bytes, peak memory in KiB."""
    argv = [cli_path()] + list(args)
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=stdin if stdin is not None else subprocess.DEVNULL,
                            env=dict(os.environ, **(env or {})))
    out, err = [], []
    readers = [threading.Thread(target=lambda s, b: b.append(s.read()), args=(proc.stdout, out), daemon=True),
               threading.Thread(target=lambda s, b: b.append(s.read()), args=(proc.stderr, err), daemon=True)]
    for r in readers:
        r.start()
    peak = 0
    maxrss = 0
    status = None
    while True:
        pid, st, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            status = st
            maxrss = usage.ru_maxrss
            break
        peak = max(peak, _vmhwm(proc.pid))
        if time.monotonic() - t0 > timeout:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            maxrss = usage.ru_maxrss
            break
        time.sleep(0.01)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for r in readers:
        r.join(5)
    seconds = time.monotonic() - t0
    result = Measured(argv, proc.returncode, out[0] if out else b"", err[0] if err else b"", seconds,
                      max(peak, maxrss), maxrss)
    print(f"run  postscope-cli {' '.join(shlex.quote(a) for a in args[:3])} ... -> exit {result.rc} "
          f"in {seconds:.2f} s, peak RSS {result.peak_kib} KiB", flush=True)
    return result


def ehlo_plain(conn, name="hostile.test", extra=()):
    """Greeting and EHLO with no STARTTLS offered."""
    conn.reply("220 hostile.test ESMTP")
    conn.expect("EHLO")
    lines = [name] + list(extra)
    conn.reply(*[f"250-{l}" for l in lines[:-1]], f"250 {lines[-1]}")


def serve_quit(conn):
    """Answers QUIT if it comes, then ends."""
    try:
        line = conn.readline(timeout=5)
        if line.upper().startswith(b"QUIT"):
            conn.reply("221 bye")
    except (TimeoutError, ConnectionClosed, OSError):
        pass
