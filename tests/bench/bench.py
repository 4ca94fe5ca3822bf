#!/usr/bin/python3
"""Postscope's SMTP benchmark (issue 2, section 6): postscope-cli against
Python smtplib and Postfix's smtp-source, side by side in one run, all
sending to smtp-sink on 127.0.0.1.

  bench.py --cli PATH [--count 3000] [--repeats 3] [--quick]

1. 1 KiB messages over one connection: messages per second (median of the
   repeats, runs interleaved so that machine load hits everyone alike).
   smtp-source runs as `-s 1 -d -m N -l 1024` (one session, one connection;
   without -d it reconnects per message, shown for reference).
2. One 50 MiB message: MB/s, and postscope-cli's peak RSS (the figure
   /usr/bin/time -v prints as "Maximum resident set size"; see run_measured).
3. Round trips: a delay proxy adds 5 ms each way (10 ms RTT) in front of
   smtp-sink; round trips per message in steady state =
   (T(N2) - T(N1)) / ((N2 - N1) x 10 ms), which cancels connection set-up,
   EHLO and QUIT; the best of 3 repeats (delays only add noise). Also shown
   per the RTT actually measured through the proxy (median NOOP), since the
   proxy itself adds a little under load.
4. Address checks (issue 7): 1,000 addresses by the RCPT method
   (`verify --method rcpt`: MAIL FROM, RCPT TO per address, RSET, pipelined
   in batches) against the sandbox (`postscope-cli serve`) behind the same
   10 ms RTT proxy: round trips per address, whole run and steady state
   ((T(1000) - T(100)) / 900); target under 0.05.

This is a benchmark, not a test: it prints a table and says which targets
were met; exit status is 0 unless a tool failed to run (a missing tool is an
error, not a skip).
"""

import argparse
import os
import re
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


# Peak RSS must come from a small parent: a child forked straight from this
# Python process starts with this process's resident pages (50 MiB message
# buffers included) and Linux keeps that pre-exec high-water mark in
# ru_maxrss. /usr/bin/time (Debian package "time") forks from a tiny
# process; without it, a minimal Python wrapper does the same job.
_RSS_WRAPPER = (
    "import os,sys\n"
    "pid=os.fork()\n"
    "if pid==0:\n"
    "    os.execvp(sys.argv[2],sys.argv[2:])\n"
    "_,st,ru=os.wait4(pid,0)\n"
    "open(sys.argv[1],'w').write(str(ru.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(st))\n")


def run_measured(argv, timeout=300):
    """Run argv; return (exit code, wall seconds, peak RSS in KiB, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        if os.access("/usr/bin/time", os.X_OK):
            wrapped = ["/usr/bin/time", "-f", "%M", "-o", rss.name] + list(argv)
        else:
            wrapped = [sys.executable, "-c", _RSS_WRAPPER, rss.name] + list(argv)
        t0 = time.perf_counter()
        p = subprocess.Popen(wrapped, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        rss.seek(0)
        text = rss.read().strip().splitlines()
        try:
            maxrss = int(text[-1])
        except (IndexError, ValueError):
            maxrss = -1
        return p.returncode, wall, maxrss, out.read().decode(errors="replace"), \
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


def postscope_median_interval(cli, port, count, message):
    """Median seconds between consecutive "send: 'MAIL FROM:" lines of
    --debug 2 (smtplib's timestamped debug format), one per message; None if
    the output has no such lines."""
    argv = [cli, "send", "--server", f"127.0.0.1:{port}", "--security", "none",
            "--helo", "bench.example.test", "--from", SENDER, "--to", RCPT,
            "--count", str(count), "--message", message, "--debug", "2"]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    stamps = []
    for line in proc.stderr.splitlines():
        m = re.match(r"(\d+):(\d+):(\d+(?:\.\d+)?) send: 'MAIL FROM:", line)
        if m:
            stamps.append(int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3]))
    gaps = [b - a for a, b in zip(stamps, stamps[1:]) if b >= a]
    return statistics.median(gaps) if len(gaps) >= 10 else None


def smtplib_median_interval(port, count, data):
    data = data.replace(b"\n", b"\r\n")
    s = smtplib.SMTP("127.0.0.1", port, local_hostname="bench.example.test")
    times = []
    for _ in range(count):
        t0 = time.perf_counter()
        s.sendmail(SENDER, [RCPT], data)
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


class Sandbox:
    """postscope-cli serve on 127.0.0.1:<ephemeral port>, plaintext, with its
    Maildir in a temp dir (it accepts every recipient)."""

    def __init__(self, cli, tmp):
        self.cli, self.tmp, self.proc, self.port = cli, tmp, None, None

    def __enter__(self):
        self.proc = subprocess.Popen([self.cli, "serve", "--listen", "127.0.0.1:0", "--no-tls",
                                      "--maildir", os.path.join(self.tmp, "sandbox-mail")],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                     env=dict(os.environ, XDG_DATA_HOME=os.path.join(self.tmp, "data")))
        deadline = time.monotonic() + 20
        while self.port is None and time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            m = re.search(r"smtp://127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
        if self.port is None:
            self.__exit__()
            raise RuntimeError("postscope-cli serve did not say where it listens")
        return self

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def postscope_rcpt_check(cli, port, listing, count):
    """verify --method rcpt over `listing` (count addresses): its elapsedSeconds."""
    argv = [cli, "verify", "--method", "rcpt", "--from", SENDER, "--server", f"127.0.0.1:{port}",
            "--security", "none", "--helo", "bench.example.test", "--input", listing, "--json"]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    import json
    j = json.loads(proc.stdout) if proc.stdout.strip() else {}
    results = j.get("results") or []
    if proc.returncode != 0 or len(results) != count or any(r.get("verdict") != "exists" for r in results):
        raise RuntimeError(f"verify --method rcpt exited {proc.returncode} with {len(results)} of {count} "
                           f"results: {proc.stdout[-300:]} {proc.stderr[-300:]}")
    if not j.get("pipelined"):
        raise RuntimeError("verify --method rcpt did not pipeline against the sandbox")
    return j["elapsedSeconds"]


def fmt_rate(x):
    return f"{x:,.0f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=4000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--big-mib", type=int, default=50)
    ap.add_argument("--attach-mib", type=int, default=1024,
                    help="size of the streamed attachment row (issue 9); 0 skips it")
    ap.add_argument("--quick", action="store_true", help="small figures, for a smoke run")
    args = ap.parse_args()
    if args.quick:
        args.count, args.repeats, args.big_mib, args.attach_mib = 300, 1, 5, 16
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
        print(f"[1/4] {n} x 1 KiB messages over one connection, {args.repeats} repeats each ...", flush=True)
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
        print(f"[2/4] one {args.big_mib} MiB message ...", flush=True)
        body = os.path.join(tmp, "big.txt")
        make_body(body, big)
        p_rate, p_rss, s_rate, l_rate = [], [], [], []
        for _ in range(min(args.repeats, 2)):
            wall, rss, _ = postscope_send(args.cli, sink.port, 1, body_file=body)
            p_rate.append(big / wall / 1e6)
            p_rss.append(rss)
            s_rate.append(big / smtp_source(sink.port, 1, big) / 1e6)
            big_data = (f"From: {SENDER}\nTo: {RCPT}\nSubject: big\n\n").encode() + open(body, "rb").read()
            l_rate.append(big / smtplib_send(sink.port, 1, big_data) / 1e6)
            del big_data
        results["big"] = (max(p_rate), max(p_rss), max(s_rate), max(l_rate))
        os.unlink(body)

        # 2b. One big attachment, base64-encoded from disk while sending.
        if args.attach_mib:
            print(f"[2b] one {args.attach_mib} MiB attachment (send --attach) ...", flush=True)
            attach = os.path.join(tmp, "attachment.bin")
            make_body(attach, args.attach_mib * 1024 * 1024)
            argv = [args.cli, "send", "--server", f"127.0.0.1:{sink.port}", "--security", "none",
                    "--helo", "bench.example.test", "--from", SENDER, "--to", RCPT, "--json",
                    "--subject", "attachment", "--body", "see attachment", "--attach", attach]
            rc, wall, rss, out, err = run_measured(argv, timeout=900)
            if rc != 0:
                raise RuntimeError(f"postscope-cli send --attach exited {rc}: {out[-500:]} {err[-500:]}")
            import json
            sent = json.loads(out).get("dataBytes", 0)
            results["attach"] = (sent / wall / 1e6, rss, sent)
            os.unlink(attach)

        # 3. Round trips behind a 10 ms RTT proxy.
        n1, n2 = (20, 150) if not args.quick else (10, 40)
        l1, l2 = (10, 40) if not args.quick else (5, 15)
        print(f"[3/4] round trips behind a {RTT * 1000:.0f} ms RTT delay proxy ...", flush=True)
        with peers.DelayProxy(sink.port, delay_ms=RTT * 1000 / 2) as proxy:
            rtt_measured = measure_rtt(proxy.port)
            # postscope: its own elapsedSeconds (connect to QUIT, as smtplib
            # is timed), so process start-up jitter stays out.
            pa = min(postscope_send(args.cli, proxy.port, n1, message=msg1k)[2]["elapsedSeconds"]
                     for _ in range(3))
            pb = min(postscope_send(args.cli, proxy.port, n2, message=msg1k)[2]["elapsedSeconds"]
                     for _ in range(3))
            la = min(smtplib_send(proxy.port, l1, data1k) for _ in range(3))
            lb = min(smtplib_send(proxy.port, l2, data1k) for _ in range(3))
            # Median time between one message's data and the next: immune to
            # the occasional scheduler stall of a loaded machine.
            p_med = postscope_median_interval(args.cli, proxy.port, n2, msg1k)
            l_med = smtplib_median_interval(proxy.port, l2, data1k)
        results["rtt"] = dict(
            p_steady=(pb - pa) / (n2 - n1), p_total=pb / n2,
            l_steady=(lb - la) / (l2 - l1), l_total=lb / l2,
            p_med=p_med, l_med=l_med, rtt=rtt_measured, n1=n1, n2=n2, l1=l1, l2=l2)

        # 4. Address checks by the RCPT method behind the proxy.
        a1, a2 = 100, 1000
        print(f"[4/4] {a2} addresses by the RCPT method against the sandbox, {RTT * 1000:.0f} ms RTT ...",
              flush=True)
        listings = {}
        for n_addr in (a1, a2):
            listings[n_addr] = os.path.join(tmp, f"addresses-{n_addr}.txt")
            with open(listings[n_addr], "w") as f:
                f.writelines(f"user{i}@bench.example.test\n" for i in range(n_addr))
        with Sandbox(args.cli, tmp) as sandbox, peers.DelayProxy(sandbox.port, delay_ms=RTT * 1000 / 2) as proxy:
            ra = min(postscope_rcpt_check(args.cli, proxy.port, listings[a1], a1) for _ in range(3))
            rb = min(postscope_rcpt_check(args.cli, proxy.port, listings[a2], a2) for _ in range(3))
        results["rcpt"] = dict(steady=(rb - ra) / (a2 - a1), total=rb / a2, a1=a1, a2=a2, seconds=rb)

    total = time.perf_counter() - t_start
    ps, sl, ss, ss_nd, ps_inner = results["1k"]
    p_mbs, p_rss, s_mbs, l_mbs = results["big"]
    rt = results["rtt"]
    rtt_m = rt["rtt"]
    rc = results["rcpt"]
    rows = [
        ("1 KiB msgs/s, postscope-cli send --count", fmt_rate(ps),
         f"(process wall time; {fmt_rate(ps_inner)}/s by its own elapsedSeconds)"),
        ("1 KiB msgs/s, smtplib sendmail() loop", fmt_rate(sl), ""),
        ("1 KiB msgs/s, smtp-source -s 1 -d", fmt_rate(ss), ""),
        ("1 KiB msgs/s, smtp-source -s 1 (reconnects)", fmt_rate(ss_nd), "(reference only)"),
        ("ratio postscope / smtplib", f"{ps / sl:.2f}x", _target(ps / sl >= 2, "target >= 2x")),
        ("ratio postscope / smtp-source", f"{ps / ss:.2f}x", _target(ps / ss >= 2, "target >= 2x")),
        ("  same, by postscope's elapsedSeconds / smtplib", f"{ps_inner / sl:.2f}x",
         "(connect to QUIT, like the smtplib timing)"),
        ("  same, by postscope's elapsedSeconds / smtp-source", f"{ps_inner / ss:.2f}x", ""),
        (f"{args.big_mib} MiB MB/s, postscope-cli --body-file", f"{p_mbs:.0f}",
         _target(p_mbs >= s_mbs, "target >= smtp-source")),
        (f"{args.big_mib} MiB MB/s, smtp-source", f"{s_mbs:.0f}", ""),
        (f"{args.big_mib} MiB MB/s, smtplib", f"{l_mbs:.0f}", ""),
        (f"{args.big_mib} MiB postscope-cli peak RSS", f"{p_rss / 1024:.1f} MiB",
         _target(p_rss / 1024 < 100, "target < 100 MiB")),
    ] + ([
        (f"{args.attach_mib} MiB attachment MB/s (base64 on the wire)", f"{results['attach'][0]:.0f}",
         _target(results['attach'][0] >= p_mbs, f"target >= the {args.big_mib} MiB body-file row")),
        (f"{args.attach_mib} MiB attachment peak RSS", f"{results['attach'][1] / 1024:.1f} MiB",
         _target(results['attach'][1] / 1024 < 100, "target < 100 MiB")),
    ] if "attach" in results else []) + [
        ("round trips/msg @10 ms, postscope steady", f"{rt['p_steady'] / RTT:.2f}",
         _target(rt['p_steady'] / RTT <= 1.2, f"target <= 1.2; (T({rt['n2']})-T({rt['n1']}))/{rt['n2'] - rt['n1']}")),
        ("round trips/msg @10 ms, postscope whole run", f"{rt['p_total'] / RTT:.2f}",
         f"(incl. connect/EHLO/QUIT; N={rt['n2']})"),
        ("round trips/msg @10 ms, postscope median msg", _opt(rt['p_med'], RTT),
         "(median interval between messages, from --debug 2 timestamps)"),
        ("round trips/msg @10 ms, smtplib steady", f"{rt['l_steady'] / RTT:.2f}",
         f"((T({rt['l2']})-T({rt['l1']}))/{rt['l2'] - rt['l1']})"),
        ("round trips/msg @10 ms, smtplib whole run", f"{rt['l_total'] / RTT:.2f}", f"(N={rt['l2']})"),
        ("round trips/msg @10 ms, smtplib median msg", _opt(rt['l_med'], RTT), "(median sendmail() time)"),
        ("  RTT measured through the proxy (NOOP)", f"{rtt_m * 1000:.1f} ms",
         "(nominal 10 ms; the excess is the proxy's and the scheduler's)"),
        ("  postscope steady / median, per measured RTT",
         f"{rt['p_steady'] / rtt_m:.2f} / {_opt(rt['p_med'], rtt_m)}", ""),
        ("  smtplib steady / median, per measured RTT",
         f"{rt['l_steady'] / rtt_m:.2f} / {_opt(rt['l_med'], rtt_m)}", ""),
        (f"round trips/address @10 ms, RCPT method, {rc['a2']:,} addresses", f"{rc['total'] / RTT:.3f}",
         _target(rc['total'] / RTT < 0.05,
                 f"target < 0.05; whole run incl. connect/EHLO/QUIT, {rc['seconds']:.2f} s")),
        ("round trips/address @10 ms, RCPT method steady", f"{rc['steady'] / RTT:.3f}",
         f"((T({rc['a2']})-T({rc['a1']}))/{rc['a2'] - rc['a1']})"),
    ]
    w = max(len(r[0]) for r in rows)
    print()
    print(f"{'measure'.ljust(w)}  {'value':>10}  notes")
    print(f"{'-' * w}  {'-' * 10}  {'-' * 30}")
    for name, value, note in rows:
        print(f"{name.ljust(w)}  {value:>10}  {note}")
    print(f"\n(total benchmark time {total:.0f} s)")
    return 0


def _opt(value, unit):
    return "n/a" if value is None else f"{value / unit:.2f}"


def _target(met, text):
    return f"{'MET' if met else 'MISSED'} ({text})"


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (peers.PeerMissing, peers.PeerFailed, RuntimeError) as e:
        print(f"bench: ERROR: {e}", file=sys.stderr)
        sys.exit(1)
