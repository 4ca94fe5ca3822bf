#!/usr/bin/python3
"""Floods and cut connections against the real postscope-cli (issue 6,
item 3): an endless multiline reply, an endless line, a huge greeting and
replies nobody asked for end with exit 13 in seconds, and the client's peak
resident memory (VmHWM from /proc/PID/status, and wait4's ru_maxrss) stays
within a stated bound of what the same command needs against an honest
server, however much the server sends. A connection cut in the middle of a
reply or of DATA is exit 4 and nothing is reported as sent.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile_server import ConnectionClosed, Server, ehlo_plain, run_measured, serve_quit  # noqa: E402
from clitest import run_test  # noqa: E402

# The client keeps at most one reply (1 MiB, 1000 lines of 4096 octets) and
# reads 64 KiB at a time: 16 MiB above an honest run is far more than it may
# use, and far less than what the floods below send.
GROWTH_BOUND_KIB = 16 * 1024
FLOOD_LIMIT = 512 * 1024 * 1024
MESSAGE = ["--from", "a@example.test", "--to", "b@example.test", "--subject", "t", "--body", "hello"]


def honest(conn):
    ehlo_plain(conn, extra=["PIPELINING", "8BITMIME"])
    conn.expect("MAIL")
    conn.reply("250 2.1.0 ok")
    conn.expect("RCPT")
    conn.reply("250 2.1.5 ok")
    conn.expect("DATA")
    conn.reply("354 go ahead")
    conn.read_data()
    conn.reply("250 2.0.0 queued")
    serve_quit(conn)


def flooding(greeting, unit, after_ehlo=True, prefix=b""):
    def handler(conn):
        if after_ehlo:
            conn.reply(greeting)
            conn.expect("EHLO")
        # The prefix and the first of the flood in one write: the client
        # reads them together, before it could ask for anything more (so
        # that "replies nobody asked for" are just that).
        conn.send(prefix + unit * max(1, 4096 // len(unit)))
        conn.sent_flood = conn.flood(unit, FLOOD_LIMIT)
    return handler


def body(checks):
    def conn(server, *extra):
        return ["--server", f"127.0.0.1:{server.port}", "--security", "none", "--timeout", "20", *extra]

    with Server(honest) as server:
        base = run_measured(["send"] + conn(server) + MESSAGE)
        checks.equal(base.rc, 0, "baseline: send to an honest server exits 0", base)
    baseline = base.peak_kib
    checks.check(baseline > 0, f"baseline peak RSS measured ({baseline} KiB)")
    print(f"baseline peak RSS {baseline} KiB; bound {baseline + GROWTH_BOUND_KIB} KiB", flush=True)

    floods = [
        ("endless multiline reply to EHLO", flooding("220 hostile.test ESMTP", b"250-flood flood flood\r\n"),
         "more than 1000 lines"),
        ("endless reply line", flooding("220 hostile.test ESMTP", b"x", prefix=b"250 "),
         "Reply line too long"),
        ("huge one-line greeting", flooding(None, b"G", after_ehlo=False, prefix=b"220 "),
         "Reply line too long"),
        ("huge multiline greeting", flooding(None, b"220-welcome to the flood\r\n", after_ehlo=False),
         "more than 1000 lines"),
        ("long continuation lines", flooding("220 hostile.test ESMTP", b"250-" + b"w" * 4000 + b"\r\n"),
         "more than 1048576 bytes"),
        ("replies nobody asked for",
         flooding("220 hostile.test ESMTP", b"250 ok\r\n", prefix=b"250 hostile.test\r\n"),
         "nobody asked for"),
    ]
    for what, handler, says in floods:
        with Server(handler) as server:
            r = run_measured(["send"] + conn(server) + MESSAGE)
            server.wait(10)
            sent = getattr(server.conn(), "sent", 0) if server.conn() else 0
            checks.equal(r.rc, 13, f"{what}: exit 13 (ProtocolViolation)", r)
            checks.check(says.encode() in r.stderr, f"{what}: says {says!r}", r)
            checks.check(r.seconds < 10, f"{what}: ended in {r.seconds:.2f} s", r)
            checks.check(r.peak_kib <= baseline + GROWTH_BOUND_KIB,
                         f"{what}: peak RSS {r.peak_kib} KiB within {baseline} + {GROWTH_BOUND_KIB} KiB "
                         f"(the server sent {sent} octets)", r)
            checks.check(not server.errors, f"{what}: the server script ran ({server.errors})")

    # Cut in the middle of a reply: exit 4.
    def cut_mid_reply(conn):
        conn.reply("220 hostile.test ESMTP")
        conn.expect("EHLO")
        conn.send(b"250-hostile.test\r\n250-PIPELINING\r\n250-8BI")
        conn.reset()
    with Server(cut_mid_reply) as server:
        r = run_measured(["send"] + conn(server, "--json") + MESSAGE)
        checks.equal(r.rc, 4, "connection reset in the middle of a reply: exit 4", r)
        checks.equal(((r.json or {}).get("error") or {}).get("kind"), "Disconnected", "kind Disconnected", r)
        checks.equal((r.json or {}).get("messagesSent"), 0, "nothing reported as sent", r)

    # Cut in the middle of DATA or of a BDAT chunk (RFC 3030): exit 4,
    # nothing reported as sent, no positive final reply invented.
    def cut_mid_data(chunking):
        def handler(conn):
            ehlo_plain(conn, extra=["CHUNKING"] if chunking else [])
            conn.expect("MAIL")
            conn.reply("250 2.1.0 ok")
            conn.expect("RCPT")
            conn.reply("250 2.1.5 ok")
            if chunking:
                conn.expect("BDAT")
            else:
                conn.expect("DATA")
                conn.reply("354 go ahead")
            conn.read_bytes(65536)
            conn.reset()
        return handler
    big = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"postscope-flood-{os.getpid()}.txt")
    try:
        with open(big, "wb") as f:
            f.write((b"y" * 78 + b"\n") * 50000)
        for chunking in (False, True):
            what = "BDAT" if chunking else "DATA"
            with Server(cut_mid_data(chunking)) as server:
                r = run_measured(["send"] + conn(server, "--json") +
                                 ["--from", "a@example.test", "--to", "b@example.test", "--body-file", big])
                j = r.json or {}
                checks.equal(r.rc, 4, f"connection reset in the middle of {what}: exit 4", r)
                checks.equal(j.get("messagesSent"), 0, f"mid-{what}: nothing reported as sent", r)
                checks.check((j.get("dataReply") or {}).get("code", 0) // 100 != 2,
                             f"mid-{what}: no positive final reply invented", r)
                sent = server.conn().received if server.conn() else b""
                checks.check((b"BDAT" in sent) == chunking, f"mid-{what}: the client used {what}", r)
    finally:
        if os.path.exists(big):
            os.unlink(big)

    # The server closes (orderly) while the client waits for the 250 after
    # the data: exit 4, not sent.
    def close_before_final_reply(conn):
        ehlo_plain(conn)
        conn.expect("MAIL")
        conn.reply("250 2.1.0 ok")
        conn.expect("RCPT")
        conn.reply("250 2.1.5 ok")
        conn.expect("DATA")
        conn.reply("354 go ahead")
        conn.read_data()
        conn.send(b"250 2.0.0 que")
        time.sleep(0.2)
        raise ConnectionClosed("closing on purpose")
    with Server(close_before_final_reply) as server:
        r = run_measured(["send"] + conn(server, "--json") + MESSAGE)
        checks.equal(r.rc, 4, "closed half-way through the final reply: exit 4", r)
        checks.equal((r.json or {}).get("messagesSent"), 0, "half a 250 is not a 250: not sent", r)


if __name__ == "__main__":
    run_test("test_client_floods", body)
