#!/usr/bin/python3
"""A server's control characters never reach the terminal raw (issue 6,
item 4). The server below puts escape sequences (clear screen, window title,
colours), BEL, NUL, backspace, DEL, a bare CR, the C1 CSI (U+009B) and a
stray 8-bit byte into its greeting, EHLO lines and replies. Through the
real postscope-cli:

- standard output, --debug on standard error and --transcript - hold none
  of them raw: the text forms show \\x1b, \\x07, \\x00, \\r, \\u009b (CLI.md,
  "Control characters in output"), --debug shows Python's repr();
- --json is JSON-escaped, and a JSON reader gets the server's exact text;
- --transcript FILE (text) is escaped like the terminal; --transcript FILE
  --transcript-format json keeps the exact characters, JSON-escaped.
"""

import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile_server import ConnectionClosed, Server, raw_controls_in, run_measured  # noqa: E402
from clitest import run_test  # noqa: E402

CLEAR = b"\x1b[2J\x1b[H"
TITLE = b"\x1b]0;owned\x07"
GREETING = b"220 mx.hostile.test " + CLEAR + TITLE + b" ESMTP \x00\x08\x7f ready\rFAKE"
EHLO_LINES = [b"250-mx.hostile.test \x1b[31mred\x1b[0m", b"250-8BITMIME", b"250-\xc2\x9b6n PIPELINING",
              b"250-X-FORGE \xe2\x80\xa8C: AUTH PLAIN forged \xe2\x80\xaedesrever",
              b"250 HELP \x9b2J"]
RCPT_OK = b"250 2.1.5 " + TITLE + b" recipient ok"
RCPT_REFUSED = b"550 5.1.1 \x1b[5mno such user\x1b[0m\x07"
DATA_OK = b"250 2.0.0 queued \x1b[8mhidden\x1b[0m \x00"
VRFY = b"252 2.5.2 \x1b]2;title\x07 cannot verify"


def controls_server(conn):
    conn.send(GREETING + b"\r\n")
    while True:
        try:
            line = conn.readline(timeout=15)
        except (TimeoutError, ConnectionClosed):
            return
        verb = line.split(b" ", 1)[0].upper()
        if verb in (b"EHLO", b"LHLO"):
            conn.send(b"".join(l + b"\r\n" for l in EHLO_LINES))
        elif verb == b"MAIL":
            conn.send(b"250 2.1.0 ok\r\n")
        elif verb == b"RCPT":
            conn.send((RCPT_REFUSED if b"<nobody" in line else RCPT_OK) + b"\r\n")
        elif verb == b"DATA":
            conn.send(b"354 go \x1b[1mahead\r\n")
            conn.read_data()
            conn.send(DATA_OK + b"\r\n")
        elif verb == b"VRFY":
            conn.send(VRFY + b"\r\n")
        elif verb == b"NOOP":
            conn.send(b"250 2.0.0 \x1b[2Jok\r\n")
        elif verb == b"QUIT":
            conn.send(b"221 2.0.0 bye \x07\r\n")
            return
        else:
            conn.send(b"502 5.5.2 \x1b[31mno\r\n")


def no_raw(checks, what, data, r=None):
    found = raw_controls_in(data)
    checks.check(not found, f"{what}: no raw control characters (found {found})", r)
    try:
        data.decode("utf-8")
        checks.check(True, f"{what}: valid UTF-8 (a stray 8-bit byte is escaped)")
    except UnicodeDecodeError as e:
        checks.check(False, f"{what}: valid UTF-8: {e}", r)


def body(checks):
    with Server(controls_server) as server, tempfile.TemporaryDirectory(prefix="postscope-esc-") as tmp:
        conn = ["--server", f"127.0.0.1:{server.port}", "--security", "none", "--timeout", "10"]
        message = ["--from", "a@example.test", "--to", "b@example.test", "--subject", "esc", "--body", "hi"]

        # Human output, --debug 1 and --transcript - together.
        r = run_measured(["send"] + conn + message + ["--debug", "1", "--transcript", "-"])
        checks.equal(r.rc, 0, "send exits 0", r)
        no_raw(checks, "send: standard output (--transcript - and the result)", r.stdout, r)
        no_raw(checks, "send: standard error (--debug 1)", r.stderr, r)
        out = r.stdout.decode("utf-8", "replace")
        checks.check("S: 220 mx.hostile.test \\x1b[2J\\x1b[H\\x1b]0;owned\\x07 ESMTP \\x00\\x08\\x7f ready\\rFAKE"
                     in out, "the transcript shows the greeting in the documented notation", r)
        checks.check("S: 250-\\u009b6n PIPELINING" in out, "a C1 CSI is shown as \\u009b", r)
        checks.check("S: 250 HELP \\x9b2J" in out, "a stray 8-bit byte is shown as \\x9b", r)
        checks.check("S: 250-X-FORGE \\u2028C: AUTH PLAIN forged \\u202edesrever" in out,
                     "a line separator and a bidi override are shown as \\u2028, \\u202e", r)
        checks.check("\\x1b]0;owned\\x07 recipient ok" in out, "the recipient's reply on stdout is escaped", r)
        checks.check("reply: b'220 mx.hostile.test \\x1b[2J" in r.stderr.decode("utf-8", "replace"),
                     "--debug shows Python's repr() of the reply", r)

        # --json: escaped for the terminal, exact for a JSON reader.
        r = run_measured(["send"] + conn + message + ["--json"])
        checks.equal(r.rc, 0, "send --json exits 0", r)
        no_raw(checks, "send --json: standard output", r.stdout, r)
        j = r.json or {}
        checks.equal(((j.get("recipients") or [{}])[0]).get("text"), (RCPT_OK[10:]).decode(),
                     "the JSON carries the recipient's reply text exactly", r)
        checks.equal((j.get("dataReply") or {}).get("text"), DATA_OK[10:].decode(),
                     "the JSON carries the data reply (NUL included) exactly", r)

        # --transcript FILE, text: escaped as on the terminal.
        text_file = os.path.join(tmp, "transcript.txt")
        r = run_measured(["send"] + conn + message + ["--transcript", text_file])
        checks.equal(r.rc, 0, "send --transcript FILE exits 0", r)
        with open(text_file, "rb") as f:
            text = f.read()
        no_raw(checks, "--transcript FILE (text)", text)
        checks.check(b"\\x1b[2J" in text and b"\\x00" in text, "the text transcript file uses the notation", r)

        # --transcript FILE --transcript-format json: exact characters.
        json_file = os.path.join(tmp, "transcript.jsonl")
        r = run_measured(["send"] + conn + message + ["--transcript", json_file, "--transcript-format", "json"])
        checks.equal(r.rc, 0, "send --transcript-format json exits 0", r)
        with open(json_file, "rb") as f:
            raw = f.read()
        no_raw(checks, "--transcript-format json file", raw)
        entries = [json.loads(line) for line in raw.splitlines() if line.strip()]
        server_lines = [e for e in entries if e.get("direction") == "server"]
        checks.check(bool(server_lines) and server_lines[0].get("text") == GREETING.decode("utf-8"),
                     "the JSON transcript holds the greeting exactly", r)
        stray = [e for e in server_lines if "base64" in e]
        checks.check(len(stray) == 1 and stray[0].get("base64") == __import__("base64").b64encode(
            EHLO_LINES[-1] + b"\r\n").decode(), "a line that is not UTF-8 carries its exact bytes in base64", r)

        # The other commands' human output.
        r = run_measured(["probe"] + conn)
        checks.equal(r.rc, 0, "probe exits 0", r)
        no_raw(checks, "probe: standard output", r.stdout, r)
        checks.check(b"\\x1b[2J" in r.stdout, "probe shows the banner escaped", r)
        r = run_measured(["raw"] + conn + ["EHLO me.test", "NOOP", "XHOSTILE", "QUIT"])
        checks.equal(r.rc, 0, "raw exits 0", r)
        no_raw(checks, "raw: standard output", r.stdout, r)
        checks.check(b"250 2.0.0 \\x1b[2Jok" in r.stdout, "raw prints each reply escaped", r)
        r = run_measured(["verify"] + conn + ["postmaster"])
        no_raw(checks, "verify: standard output", r.stdout, r)
        checks.check(b"\\x1b]2;title\\x07" in r.stdout, "verify shows the reply escaped", r)

        # An error message that quotes the server: every recipient refused.
        r = run_measured(["send"] + conn + ["--from", "a@example.test", "--to", "nobody@example.test",
                                             "--body", "x"])
        checks.equal(r.rc, 9, "every recipient refused: exit 9", r)
        no_raw(checks, "refused: standard output", r.stdout, r)
        no_raw(checks, "refused: standard error", r.stderr, r)
        checks.check(b"\\x1b[5mno such user" in r.stdout + r.stderr, "the refusal is shown escaped", r)
        checks.check(not server.errors, f"the server script ran ({server.errors})")


if __name__ == "__main__":
    run_test("test_client_escapes", body)
