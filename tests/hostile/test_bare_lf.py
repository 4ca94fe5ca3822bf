#!/usr/bin/python3
"""Bare LFs in DATA and the end of data, in each `--bare-lf` mode. A "."
after a bare LF or after NULs used to be deleted, so the stored message
differed from what was sent. Now: reject (the default, as Postfix 3.9)
refuses the message with 554 5.5.2 and the session goes on; normalize
stores each bare LF as CRLF; keep stores the octets exactly; the envelope
says what was done; and in every mode the data ends only at CRLF.CRLF, so
no smuggled second message gets in. Exit 0 = pass."""

from hostile import Client, Serve, mail, run_test

# Bare LFs, a "." after them, a "." after NULs, and a smuggling attempt:
# a look-alike end of data followed by a second transaction.
SENT = (b"Subject: bare\r\n\r\n"
        b"one\ntwo\r\n"
        b"\x00.nul-dot\r\n"
        b"x\n.\nMAIL FROM:<smuggler@x.test>\nRCPT TO:<victim@x.test>\nDATA\n"
        b"smuggled\n.\r\n"
        b"tail\r\n")
STUFFED = SENT   # no line starts with "." after a CRLF: nothing to stuff

KEPT = SENT
NORMALIZED = (b"Subject: bare\r\n\r\n"
              b"one\r\ntwo\r\n"
              b"\x00.nul-dot\r\n"
              b"x\r\n.\r\nMAIL FROM:<smuggler@x.test>\r\nRCPT TO:<victim@x.test>\r\nDATA\r\n"
              b"smuggled\r\n.\r\n"
              b"tail\r\n")
BARE_LFS = 7


def send(s, checks, what):
    c = Client(s)
    c.greet()
    checks.equal(mail(c, recipients=[b"bare@x.test"]), ["250", "250"], f"{what}: MAIL, RCPT")
    c.send(b"DATA\r\n")
    checks.equal(c.code(), "354", f"{what}: DATA")
    c.send(STUFFED + b".\r\n")
    r = c.reply()
    # The session goes on in step after the message, whatever the verdict.
    c.send(b"NOOP\r\n")
    checks.equal(c.code(), "250", f"{what}: the session goes on in step")
    c.close()
    return b" ".join(r).decode("utf-8", "replace") if r else ""


def body(checks):
    for mode, expected in (("reject", None), ("normalize", NORMALIZED), ("keep", KEPT)):
        args = [] if mode == "reject" else ["--bare-lf", mode]
        with Serve(*args) as s:
            verdict = send(s, checks, mode)
            stored = s.stored("bare@x.test")
            checks.equal(s.stored("victim@x.test"), [], f"{mode}: no smuggled message")
            if expected is None:
                checks.check(verdict.startswith("554 5.5.2") and "bare <LF>" in verdict,
                             f"{mode}: refused with 554 5.5.2 ({verdict!r})")
                checks.equal(stored, [], f"{mode}: nothing stored")
            else:
                checks.check(verdict.startswith("250 2.0.0"), f"{mode}: accepted ({verdict!r})")
                checks.equal(len(stored), 1, f"{mode}: stored once")
                if stored:
                    with open(stored[0], "rb") as f:
                        checks.equal(f.read(), expected, f"{mode}: the stored octets")
                env = s.envelopes("bare@x.test")
                checks.equal([(e.get("bareLineFeeds"), e.get("bareLineFeedHandling")) for e in env],
                             [(BARE_LFS, "normalized" if mode == "normalize" else "kept")],
                             f"{mode}: the envelope says what was done")
            # A clean message in the same mode: stored exactly, envelope "none".
            c = Client(s)
            c.greet()
            mail(c, recipients=[b"clean@x.test"])
            c.send(b"DATA\r\nSubject: clean\r\n\r\n..dot\r\nline\r\n.\r\n")
            c.code()
            checks.equal(c.code(), "250", f"{mode}: a clean message is accepted")
            c.close()
            clean = s.stored("clean@x.test")
            if clean:
                with open(clean[0], "rb") as f:
                    checks.equal(f.read(), b"Subject: clean\r\n\r\n.dot\r\nline\r\n", f"{mode}: unstuffed exactly")
            checks.equal([(e.get("bareLineFeeds"), e.get("bareLineFeedHandling")) for e in s.envelopes("clean@x.test")],
                         [(0, "none")], f"{mode}: a clean envelope says none")
            s.check_health(checks, f"--bare-lf {mode}")


run_test("hostile bare LF", body)
