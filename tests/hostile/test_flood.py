#!/usr/bin/python3
"""A pipelined flood: a million NOOPs (6 MB) from a client that does not read
its replies. The server must stop reading from it (backpressure) instead of
queueing a million replies: its peak memory stays under 100 MiB (it was over
1.2 GB), other clients are served meanwhile, every NOOP is answered once the
client reads, and memory is not kept after the connection closes. A client
that never reads is cut off after --command-timeout. Exit 0 = pass."""

import threading
import time

from hostile import Client, MAX_PEAK_MIB, Serve, mib, run_test

FLOOD = 1_000_000


def flood_then_read(checks):
    with Serve("--command-timeout", "30") as s:
        c = Client(s)
        checks.equal(c.code(), "220", "greeting")
        payload = b"NOOP\r\n" * FLOOD
        done = threading.Event()
        errors = []

        def sender():
            try:
                c.sock.settimeout(60)
                c.sock.sendall(payload)
            except OSError as e:
                errors.append(e)
            done.set()

        t = threading.Thread(target=sender, daemon=True)
        t.start()
        # The client reads nothing: the sender must block (TCP flow
        # control), because the server stopped reading.
        time.sleep(2.0)
        checks.check(not done.is_set(), "the sender is held back while it reads no replies")
        peak = mib(s.status("VmHWM"))
        checks.check(peak < MAX_PEAK_MIB,
                     f"peak memory while flooded: {peak:.1f} MiB < {MAX_PEAK_MIB} MiB")

        # Another client is served meanwhile.
        other = Client(s)
        checks.equal(other.code(5), "220", "a second client gets its greeting during the flood")
        other.send(b"NOOP\r\nQUIT\r\n")
        checks.equal([other.code(5), other.code(5)], ["250", "221"], "the second client is served")
        other.close()

        # Now read: every NOOP gets its reply, in a bounded time.
        t0 = time.monotonic()
        reply = b"250 2.0.0 Ok\r\n"
        received = 0
        lines = 0
        wrong = 0
        c.sock.settimeout(30)
        while received < FLOOD * len(reply):
            chunk = c.sock.recv(1 << 20)
            if not chunk:
                break
            # Every reply is the same line: any other octet is a wrong one.
            offset = received % len(reply)
            expected = (reply * (len(chunk) // len(reply) + 2))[offset:offset + len(chunk)]
            wrong += chunk != expected
            received += len(chunk)
            lines += chunk.count(b"\n")
        replies = lines
        checks.equal(wrong, 0, "every reply is 250 2.0.0 Ok, in order")
        elapsed = time.monotonic() - t0
        t.join(30)
        checks.equal(replies, FLOOD, "every pipelined NOOP got its 250")
        checks.check(elapsed < 60, f"all replies within 60 s ({elapsed:.1f} s)")
        checks.check(not errors, f"the flood was taken whole: {errors}")
        peak = mib(s.status("VmHWM"))
        checks.check(peak < MAX_PEAK_MIB, f"peak memory after the flood: {peak:.1f} MiB < {MAX_PEAK_MIB} MiB")
        c.send(b"QUIT\r\n")
        checks.check(c.closed_within(5), "QUIT closes the flooded connection")
        c.close()
        time.sleep(0.5)
        # Nothing of the flood is kept once the connection is gone.
        rss = mib(s.status("VmRSS"))
        base = mib(s.baseline_kib)
        checks.check(rss < base + 32, f"memory after close {rss:.1f} MiB < start {base:.1f} + 32 MiB")
        s.check_health(checks, "flood")


def never_reads(checks):
    # A client that floods and never reads: after --command-timeout the
    # server gives up on it (421, then the connection is aborted when even
    # that cannot be written), and serves others all along.
    with Serve("--command-timeout", "1") as s:
        c = Client(s)
        c.code()
        stop = threading.Event()

        def sender():
            try:
                c.sock.settimeout(30)
                while not stop.is_set():
                    c.sock.sendall(b"NOOP\r\n" * 10000)
            except OSError:
                pass
            stop.set()

        t = threading.Thread(target=sender, daemon=True)
        t0 = time.monotonic()
        t.start()
        # 1 s deadline, then at most 5 s to flush the 421 before an abort.
        closed = stop.wait(15)
        elapsed = time.monotonic() - t0
        checks.check(closed, f"the non-reading client was cut off ({elapsed:.1f} s)")
        checks.check(elapsed < 10, f"within the deadline and the linger ({elapsed:.1f} s < 10 s)")
        stop.set()
        c.close()
        other = Client(s)
        checks.equal(other.code(5), "220", "the server still serves after cutting a flood off")
        other.close()
        s.check_health(checks, "never-reading flood")


def body(checks):
    flood_then_read(checks)
    never_reads(checks)


run_test("hostile flood", body)
