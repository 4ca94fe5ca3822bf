#!/usr/bin/python3
"""Step mode (issue 11): `send --step` and `probe --step` against the sandbox
walk one command at a time. Before each step the command and why it is
sent; after it what came back and what it means; Enter sends it, `c` goes
on at full speed, `q` stops with nothing sent. A pause longer than
--timeout is no timeout (nothing is on the wire while a step is held), the
message data is a step of its own after DATA's 354, and what arrives is
what was sent. Exit 0 = pass."""

import os
import select
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support", "peers"))

import clitest  # noqa: E402
from sandbox import Sandbox  # noqa: E402

PROMPT = b"[Enter: send it, c: go on at full speed, q: stop]"


def stepped(args, answers, pause=0.0, timeout=30):
    """Runs postscope-cli with --step, answering each prompt from `answers`
    (the last one repeats). Returns (exit code, stdout, stderr, steps)."""
    proc = subprocess.Popen([clitest.cli_path()] + args + ["--step"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = b""
    out = b""
    steps = []
    prompts = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr, proc.stdout], [], [], 0.2)
        for stream in ready:
            chunk = os.read(stream.fileno(), 65536)
            if stream is proc.stderr:
                err += chunk
            else:
                out += chunk
        if err.count(PROMPT) > prompts:
            prompts += 1
            block = err[err.rfind(b"next: "):]
            steps.append(block.split(b"\n")[0][len(b"next: "):].decode())
            time.sleep(pause)
            answer = answers[min(prompts - 1, len(answers) - 1)]
            try:
                proc.stdin.write(answer + b"\n")
                proc.stdin.flush()
            except BrokenPipeError:
                pass
        if proc.poll() is not None and not ready:
            break
    rc = proc.wait(timeout=10)
    return rc, out.decode(), err.decode(), steps


def body(checks):
    with Sandbox(tls=False) as box:
        base = ["--server", box.server, "--security", "none", "--from", "a@client.test",
                "--to", "b@example.test", "--subject", "step", "--body", "one step at a time"]
        rc, out, err, steps = stepped(["send"] + base + ["--chunking", "off", "--timeout", "1"],
                                      [b""], pause=1.5)
        checks.equal(rc, 0, f"send --step: exit 0 ({err[-600:]})")
        checks.equal([s.split(" ")[0] + (" " + s.split(" ")[1] if s.startswith("C:") else "")
                      for s in steps],
                     ["C: EHLO", "C: MAIL", "C: RCPT", "C: DATA", "(the", "C: QUIT"],
                     "one step per command, the message data a step of its own")
        checks.check("why: start a mail transaction" in err and "(RFC 5321 4.1.1.2)" in err,
                     "each step says why, with its RFC section")
        checks.check("got: 354 " in err and "3xx: Positive intermediate reply" in err,
                     "after each step, the reply and what it means")
        checks.check("Timed out" not in err,
                     "a pause of 1.5 s with --timeout 1 is no timeout: nothing was on the wire")
        stored = box.wait_for_messages(1)
        checks.check(len(stored) == 1 and b"one step at a time" in stored[0]["data"],
                     "the message arrived")

        rc, out, err, steps = stepped(["send"] + base, [b"", b"c"])
        checks.equal(rc, 0, "send --step, then c: exit 0")
        checks.equal(len(steps), 2, "c goes on at full speed: no more prompts")
        checks.equal(len(box.wait_for_messages(2)), 2, "and the message arrived")

        rc, out, err, steps = stepped(["send"] + base, [b"", b"q"])
        checks.check(rc != 0, f"q stops the session (exit {rc})")
        time.sleep(0.3)
        checks.equal(len(box.messages()), 2, "after q nothing more was delivered")

        rc, out, err, steps = stepped(["probe", "--server", box.server, "--security", "none"],
                                      [b""])
        checks.equal(rc, 0, "probe --step: exit 0")
        checks.check(len(steps) >= 2 and steps[0].startswith("C: EHLO"),
                     f"probe --step walks its commands ({steps})")


clitest.run_test("test_step_mode", body)
