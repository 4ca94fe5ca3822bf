#!/usr/bin/python3
"""Postscope's SMTP benchmark (issue 2, section 6): postscope-cli against
Python smtplib and Postfix's smtp-source, side by side in one run, all
sending to smtp-sink on 127.0.0.1.

  bench.py --cli PATH [--count 3000] [--repeats 3] [--quick]

1. 1 KiB messages over one connection: messages per second (median of the
   repeats, runs interleaved so that machine load hits everyone alike).
   smtp-source runs as `-s 1 -d -m N -l 1024` (one session, one connection;
   without -d it reconnects per message, shown for reference).
2. One 50 MiB message: MB/s, and postscope-cli's peak RSS (ru_maxrss of the
   child from wait4(), the figure /usr/bin/time -v prints as "Maximum
   resident set size").
3. Round trips: a delay proxy adds 5 ms each way (10 ms RTT) in front of
   smtp-sink; round trips per message in steady state =
   (T(N2) - T(N1)) / ((N2 - N1) x 10 ms), which cancels connection set-up,
   EHLO and QUIT.

This is a benchmark, not a test: it prints a table and says which targets
were met; exit status is 0 unless a tool failed to run (a missing tool is an
error, not a skip).
"""

import argparse
import os
import smtplib
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))
import peers  # noqa: E402

SENDER = "bench@example.test"
RCPT = "sink@example.test"
RTT = 0.010


def make_message(path, size, subject="bench"):
    """A complete message of exactly `size` bytes (LF endings, 72-char lines)."""
    head = (f"From: {SENDER}\nTo: {RCPT}\nSubject: {subject}\n"
            f"Date: Sun, 22 Nov 2026 07:00:00 +0000\nMessage-ID: <{subject}@bench.example.test>\n\n").encode()
    line = b"The quick brown fox jumps over the lazy dog 0123456789 abcdefghijklmnop\n"
    body_len = size - len(head)
    body = (line * (body_len // len(line) + 1))[:body_len - 1] + b"\n"
    with open(path, "wb") as f:
        f.write(head + body)
    return head + body


def make_body(path, size):
    """A plain-text body file of `size` bytes, written in chunks."""
    line = b"The quick brown fox jumps over the lazy dog 0123456789 abcdefghijklmnop\n"
    block = line * (1024 * 1024 // len(line))
    with open(path, "wb") as f:
        left = size
        while left > 0:
            chunk = block[:left] if left < len(block) else block
            f.write(chunk)
            left -= len(chunk)


def run_measured(argv, timeout=300):
    """Run argv; return (exit code, wall seconds, peak RSS in KiB, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.0005)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return p.returncode, wall, ru.ru_maxrss, out.read().decode(errors="replace"), \
            err.read().decode(errors="replace")


def postscope_send(cli, port, count, message=None, body_file=None):
    argv = [cli, "send", "--server", f"127.0.0.1:{port}", "--security", "none",
            "--helo", "bench.example.test", "--from", SENDER, "--to", RCPT, "--json",
            "--count", str(count)]
    if message:
        argv += ["--message", message]
    else:
        argv += ["--subject", "bench", "--body-file", body_file]
    rc, wall, rss, out, err = run_measured(argv)
    if rc != 0:
        raise RuntimeError(f"postscope-cli exited {rc}: {out[-500:]} {err[-500:]}")
    import json
    j = json.loads(out)
    if j.get("messagesSent") != count:
        raise RuntimeError(f"postscope-cli sent {j.get('messagesSent')} of {count}")
    return wall, rss, j


def smtplib_send(port, count, data):
    """smtplib: one connection, sendmail() in a loop (timed from connect to QUIT)."""
    data = data.replace(b"\n", b"\r\n")
    t0 = time.perf_counter()
    s = smtplib.SMTP("127.0.0.1", port, local_hostname="bench.example.test")
    for _ in range(count):
        s.sendmail(SENDER, [RCPT], data)
    s.quit()
    return time.perf_counter() - t0


def measure_rtt(port, n=40):
    """The real request/response time through the proxy: median NOOP."""
    s = smtplib.SMTP("127.0.0.1", port, local_hostname="bench.example.test")
    s.ehlo()
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        s.noop()
        times.append(time.perf_counter() - t0)
    s.quit()
    return statistics.median(times)


def smtp_source(port, count, length, one_connection=True):
    argv = [peers.which("smtp-source"), "-s", "1"] + (["-d"] if one_connection else []) + \
        ["-m", str(count), "-l", str(length), "-f", SENDER, "-t", RCPT, f"127.0.0.1:{port}"]
    rc, wall, rss, out, err = run_measured(argv)
    if rc != 0:
        raise RuntimeError(f"smtp-source exited {rc}: {err[-500:]}")
    return wall


def fmt_rate(x):
    return f"{x:,.0f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--big-mib", type=int, default=50)
    ap.add_argument("--quick", action="store_true", help="small figures, for a smoke run")
    args = ap.parse_args()
    if args.quick:
        args.count, args.repeats, args.big_mib = 300, 1, 5
    if not os.access(args.cli, os.X_OK):
        print(f"bench: {args.cli} is not executable (build postscope-cli first)", file=sys.stderr)
        return 2
    for tool in ("smtp-sink", "smtp-source"):
        peers.which(tool)

    n = args.count
    t_start = time.perf_counter()
    results = {}
    with tempfile.TemporaryDirectory(prefix="postscope-bench-") as tmp, peers.SmtpSink() as sink:
        msg1k = os.path.join(tmp, "1k.eml")
        data1k = make_message(msg1k, 1024)
        try:
            load = open("/proc/loadavg").read().split()[:3]
        except OSError:
            load = ["?"]
        print(f"postscope benchmark: smtp-sink on 127.0.0.1:{sink.port}, {os.cpu_count()} CPUs, "
              f"load average {' '.join(load)}")
        print(f"postscope-cli: {args.cli}\n")

        # 1. 1 KiB messages, interleaved repeats.
        print(f"[1/3] {n} x 1 KiB messages over one connection, {args.repeats} repeats each ...", flush=True)
        ps, sl, ss, ss_nd, ps_inner = [], [], [], [], []
        postscope_send(args.cli, sink.port, 50, message=msg1k)      # warm-up (page cache, ld.so)
        for _ in range(args.repeats):
            wall, _, j = postscope_send(args.cli, sink.port, n, message=msg1k)
            ps.append(n / wall)
            ps_inner.append(n / j["elapsedSeconds"] if j.get("elapsedSeconds") else 0)
            sl.append(n / smtplib_send(sink.port, n, data1k))
            ss.append(n / smtp_source(sink.port, n, 1024))
        ss_nd.append(min(n, 1000) / smtp_source(sink.port, min(n, 1000), 1024, one_connection=False))
        results["1k"] = (statistics.median(ps), statistics.median(sl), statistics.median(ss),
                         statistics.median(ss_nd), statistics.median(ps_inner))

        # 2. One big message.
        big = args.big_mib * 1024 * 1024
        print(f"[2/3] one {args.big_mib} MiB message ...", flush=True)
        body = os.path.join(tmp, "big.txt")
        make_body(body, big)
        bigmsg = open(body, "rb").read()
        big_data = (f"From: {SENDER}\nTo: {RCPT}\nSubject: big\n\n").encode() + bigmsg
        del bigmsg
        p_rate, p_rss, s_rate, l_rate = [], [], [], []
        for _ in range(min(args.repeats, 2)):
            wall, rss, _ = postscope_send(args.cli, sink.port, 1, body_file=body)
            p_rate.append(big / wall / 1e6)
            p_rss.append(rss)
            s_rate.append(big / smtp_source(sink.port, 1, big) / 1e6)
            l_rate.append(big / smtplib_send(sink.port, 1, big_data) / 1e6)
        del big_data
        results["big"] = (max(p_rate), max(p_rss), max(s_rate), max(l_rate))

        # 3. Round trips behind a 10 ms RTT proxy.
        n1, n2 = (20, 200) if not args.quick else (10, 40)
        l1, l2 = (10, 60) if not args.quick else (5, 15)
        print(f"[3/3] round trips behind a {RTT * 1000:.0f} ms RTT delay proxy ...", flush=True)
        with peers.DelayProxy(sink.port, delay_ms=RTT * 1000 / 2) as proxy:
            rtt_measured = measure_rtt(proxy.port)
            pa, _, _ = postscope_send(args.cli, proxy.port, n1, message=msg1k)
            pb, _, _ = postscope_send(args.cli, proxy.port, n2, message=msg1k)
            la = smtplib_send(proxy.port, l1, data1k)
            lb = smtplib_send(proxy.port, l2, data1k)
        results["rtt"] = ((pb - pa) / ((n2 - n1) * RTT), pb / (n2 * RTT),
                          (lb - la) / ((l2 - l1) * RTT), lb / (l2 * RTT), n1, n2, l1, l2,
                          rtt_measured, (pb - pa) / ((n2 - n1) * rtt_measured),
                          (lb - la) / ((l2 - l1) * rtt_measured))

    total = time.perf_counter() - t_start
    ps, sl, ss, ss_nd, ps_inner = results["1k"]
    p_mbs, p_rss, s_mbs, l_mbs = results["big"]
    p_rt, p_rt_total, l_rt, l_rt_total, n1, n2, l1, l2, rtt_m, p_rt_cal, l_rt_cal = results["rtt"]
    rows = [
        ("1 KiB msgs/s, postscope-cli send --count", fmt_rate(ps),
         f"(process wall time; {fmt_rate(ps_inner)}/s by its own elapsedSeconds)"),
        ("1 KiB msgs/s, smtplib sendmail() loop", fmt_rate(sl), ""),
        ("1 KiB msgs/s, smtp-source -s 1 -d", fmt_rate(ss), ""),
        ("1 KiB msgs/s, smtp-source -s 1 (reconnects)", fmt_rate(ss_nd), "(reference only)"),
        ("ratio postscope / smtplib", f"{ps / sl:.2f}x", _target(ps / sl >= 2, "target >= 2x")),
        ("ratio postscope / smtp-source", f"{ps / ss:.2f}x", _target(ps / ss >= 2, "target >= 2x")),
        (f"{args.big_mib} MiB MB/s, postscope-cli --body-file", f"{p_mbs:.0f}",
         _target(p_mbs >= s_mbs, "target >= smtp-source")),
        (f"{args.big_mib} MiB MB/s, smtp-source", f"{s_mbs:.0f}", ""),
        (f"{args.big_mib} MiB MB/s, smtplib", f"{l_mbs:.0f}", ""),
        (f"{args.big_mib} MiB postscope-cli peak RSS", f"{p_rss / 1024:.1f} MiB",
         _target(p_rss / 1024 < 100, "target < 100 MiB")),
        ("round trips/msg @10 ms, postscope steady", f"{p_rt:.2f}",
         _target(p_rt <= 1.2, f"target <= 1.2; N={n1}->{n2}")),
        ("round trips/msg @10 ms, postscope whole run", f"{p_rt_total:.2f}", f"(incl. connect/EHLO/QUIT; N={n2})"),
        ("round trips/msg @10 ms, smtplib steady", f"{l_rt:.2f}", f"(N={l1}->{l2})"),
        ("  measured RTT through the proxy (NOOP)", f"{rtt_m * 1000:.1f} ms",
         "(nominal 10 ms; the excess is proxy/scheduler overhead)"),
        ("  postscope steady, per measured RTT", f"{p_rt_cal:.2f}", ""),
        ("  smtplib steady, per measured RTT", f"{l_rt_cal:.2f}", ""),
        ("round trips/msg @10 ms, smtplib whole run", f"{l_rt_total:.2f}", f"(N={l2})"),
    ]
    w = max(len(r[0]) for r in rows)
    print()
    print(f"{'measure'.ljust(w)}  {'value':>10}  notes")
    print(f"{'-' * w}  {'-' * 10}  {'-' * 30}")
    for name, value, note in rows:
        print(f"{name.ljust(w)}  {value:>10}  {note}")
    print(f"\n(total benchmark time {total:.0f} s)")
    return 0


def _target(met, text):
    return f"{'MET' if met else 'MISSED'} ({text})"


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (peers.PeerMissing, peers.PeerFailed, RuntimeError) as e:
        print(f"bench: ERROR: {e}", file=sys.stderr)
        sys.exit(1)
