#!/usr/bin/python3
"""Slow and idle clients, and too many of them: the idle timer used to
restart on every byte, so one byte now and then held a connection forever.
Now a command line must end within --command-timeout of its first octet, a
message's data within --data-timeout, the next command must begin within
--idle-timeout, whatever trickles in; each ends in 421 4.4.2 and a close.
Over --max-connections (or --max-connections-per-peer) a client gets
421 4.7.0 at once. Exit 0 = pass."""

import threading
import time

from hostile import Client, Serve, mail, run_test


def trickle(client, data, interval, stop):
    """Sends data one octet per interval until stop is set or the server closes."""
    for i in range(len(data)):
        if stop.is_set():
            return
        try:
            client.sock.sendall(data[i:i + 1])
        except OSError:
            return
        time.sleep(interval)


def closed_with_421(checks, client, within, what):
    t0 = time.monotonic()
    r = client.reply(within + 5)
    elapsed = time.monotonic() - t0
    text = b" ".join(r).decode("ascii", "replace") if r else ""
    checks.check(r is not None and text.startswith("421 4.4.2"), f"{what}: 421 4.4.2 ({text!r})")
    checks.check(client.closed_within(5), f"{what}: the connection is closed")
    return elapsed


def trickled_command(checks):
    with Serve("--command-timeout", "1", "--idle-timeout", "30") as s:
        c = Client(s)
        c.code()
        stop = threading.Event()
        # One octet per 100 ms of a line that never ends.
        t = threading.Thread(target=trickle, args=(c, b"NOOP " + b"x" * 200, 0.1, stop), daemon=True)
        t0 = time.monotonic()
        t.start()
        closed_with_421(checks, c, 1, "a trickled command line")
        elapsed = time.monotonic() - t0
        stop.set()
        # The trickle would go on for 20 s: anything near 1 s means it did
        # not extend the deadline (QTimer may fire up to 5 % early).
        checks.check(0.9 <= elapsed < 5, f"the command deadline was not stretched ({elapsed:.2f} s for 1 s)")
        c.close()
        # Trickled but complete commands are work done, not a stall: each
        # ends within the deadline and the next one gets its own.
        c = Client(s)
        c.code()
        t0 = time.monotonic()
        codes = []
        while time.monotonic() - t0 < 2.5:
            for b in b"NOOP\r\n":
                c.send(bytes([b]))
                time.sleep(0.05)
            codes.append(c.code(2))
        checks.check(len(codes) >= 3 and set(codes) == {"250"},
                     f"slow but complete commands are served past the deadline ({codes})")
        c.close()
        s.check_health(checks, "trickled command")


def idle(checks):
    with Serve("--idle-timeout", "1", "--command-timeout", "30") as s:
        c = Client(s)
        c.greet()
        t0 = time.monotonic()
        closed_with_421(checks, c, 1, "an idle connection")
        elapsed = time.monotonic() - t0
        checks.check(0.9 <= elapsed < 5, f"the idle timeout fired after {elapsed:.2f} s (1 s)")
        c.close()
        # Silence right after the greeting is idle too.
        c = Client(s)
        t0 = time.monotonic()
        c.code()
        closed_with_421(checks, c, 1, "a client that never speaks")
        checks.check(time.monotonic() - t0 < 5, "closed within the idle timeout")
        c.close()
        s.check_health(checks, "idle")


def slow_data(checks):
    with Serve("--data-timeout", "1.5", "--command-timeout", "30", "--idle-timeout", "30") as s:
        c = Client(s)
        c.greet()
        checks.equal(mail(c, recipients=[b"slow@x.test"]), ["250", "250"], "MAIL and RCPT")
        c.send(b"DATA\r\n")
        checks.equal(c.code(), "354", "DATA")
        stop = threading.Event()
        # Whole lines, one every 100 ms: the data keeps moving, but the
        # message must be complete within its deadline.
        lines = b"".join(b"line %d\r\n" % i for i in range(1000))
        t = threading.Thread(target=trickle, args=(c, lines, 0.01, stop), daemon=True)
        t0 = time.monotonic()
        t.start()
        closed_with_421(checks, c, 1.5, "a message trickled in")
        elapsed = time.monotonic() - t0
        stop.set()
        # The lines would trickle for 90 s.
        checks.check(1.4 <= elapsed < 6, f"the data deadline was not stretched ({elapsed:.2f} s for 1.5 s)")
        c.close()
        time.sleep(0.2)
        checks.equal(s.all_stored(), [], "nothing of the cut message is stored")
        # BDAT: the deadline runs from the first chunk to LAST.
        c = Client(s)
        c.greet()
        mail(c, recipients=[b"slow@x.test"])
        c.send(b"BDAT 3\r\nabc")
        checks.equal(c.code(), "250", "a first chunk")
        t0 = time.monotonic()
        closed_with_421(checks, c, 1.5, "no LAST chunk")
        checks.check(time.monotonic() - t0 < 6, "the BDAT message deadline fired")
        c.close()
        # A BDAT size far past any limit: the chunk is read and dropped
        # (RFC 3030 2), and the data deadline bounds the reading.
        c = Client(s)
        c.greet()
        mail(c, recipients=[b"slow@x.test"])
        c.send(b"BDAT 999999999999999999 LAST\r\n" + b"x" * 100000)
        t0 = time.monotonic()
        closed_with_421(checks, c, 1.5, "an endless BDAT chunk")
        checks.check(time.monotonic() - t0 < 6, "the endless chunk was cut off by the data deadline")
        c.close()
        checks.equal(s.all_stored(), [], "nothing stored from the slow messages")
        s.check_health(checks, "slow data")


def connection_limits(checks):
    with Serve("--max-connections", "3") as s:
        held = [Client(s) for _ in range(3)]
        checks.equal([h.code() for h in held], ["220"] * 3, "three connections are served")
        extra = Client(s)
        t0 = time.monotonic()
        r = extra.reply(5)
        text = b" ".join(r).decode("ascii", "replace") if r else ""
        checks.check(text.startswith("421 4.7.0"), f"the fourth gets 421 4.7.0 ({text!r})")
        checks.check(extra.closed_within(5) and time.monotonic() - t0 < 5, "and is closed at once")
        extra.close()
        # One leaves: there is room again.
        held[0].send(b"QUIT\r\n")
        held[0].code()
        held[0].closed_within(5)
        held[0].close()
        time.sleep(0.3)
        again = Client(s)
        checks.equal(again.code(), "220", "a new connection is served once one has closed")
        again.close()
        for h in held[1:]:
            h.close()
        # A burst of refused connections does not wear the server down.
        burst = []
        for _ in range(50):
            try:
                burst.append(Client(s, timeout=5))
            except OSError:
                pass
        for b in burst:
            b.close()
        s.check_health(checks, "connection limit")
    with Serve("--max-connections", "10", "--max-connections-per-peer", "2") as s:
        held = [Client(s) for _ in range(2)]
        checks.equal([h.code() for h in held], ["220"] * 2, "two connections from 127.0.0.1")
        extra = Client(s)
        r = extra.reply(5)
        text = b" ".join(r).decode("ascii", "replace") if r else ""
        checks.check(text.startswith("421 4.7.0") and "your address" in text,
                     f"the third from the same address gets 421 4.7.0 ({text!r})")
        for h in held + [extra]:
            h.close()
        s.check_health(checks, "per-peer limit")


def body(checks):
    trickled_command(checks)
    idle(checks)
    slow_data(checks)
    connection_limits(checks)


run_test("hostile deadlines and limits", body)
