#!/usr/bin/python3
"""Lines a client should never send: an endless line without LF, huge lines,
control characters in commands (HELO <NUL> was accepted), and connections
cut in the middle of a command, of DATA and of BDAT. Each gets its specific
reply (or none), the session stays usable, nothing is stored in part, the
server neither crashes nor grows. Exit 0 = pass."""

import time

from hostile import Client, Serve, mail, run_test


def endless_and_huge(checks, s):
    c = Client(s)
    c.greet()
    # 20 MB without an LF: dropped as it comes, answered once at its end.
    chunk = b"A" * 65536
    for _ in range(320):
        c.send(chunk)
    c.send(b"\r\nNOOP\r\n")
    checks.equal([c.status(10), c.status(10)], ["500 5.5.6", "250 2.0.0"],
                 "an endless line gets one 500 5.5.6, and the session goes on")
    # Lines over each limit, with their LF.
    for line, what in ((b"NOOP " + b"x" * 600, "a 605-octet NOOP"),
                       (b"MAIL FROM:<a@x.test> ENVID=" + b"x" * 2000, "a 2 KB MAIL"),
                       (b"AUTH PLAIN " + b"A" * 20000, "a 20 KB AUTH")):
        c.send(line + b"\r\n")
        checks.equal(c.status(), "500 5.5.6", f"{what} gets 500 5.5.6")
    c.send(b"NOOP\r\nQUIT\r\n")
    checks.equal([c.code(), c.code()], ["250", "221"], "the session is still in step after huge lines")
    c.close()
    s.check_health(checks, "endless and huge lines")


def control_characters(checks, s):
    c = Client(s)
    c.code()
    cases = [
        (b"HELO \x00", "501 5.5.2", "HELO <NUL>"),
        (b"EHLO a\x00b", "501 5.5.2", "EHLO with a NUL inside"),
        (b"EHLO x\rMAIL FROM:<a@x.test>", "501 5.5.2", "a lone CR inside a line"),
        (b"NO\x00OP", "500 5.5.2", "NUL in the verb"),
        (b"VRFY \x1b]0;owned\x07", "501 5.5.2", "an escape sequence"),
        (b"HELO x\x7f", "501 5.5.2", "DEL"),
        (b"HELO a\tb", "501 5.5.4", "TAB inside a HELO name"),
    ]
    for line, expected, what in cases:
        c.send(line + b"\r\n")
        checks.equal(c.status(), expected, f"{what} is refused")
    # None of them identified the client: MAIL still needs a HELO.
    c.send(b"MAIL FROM:<a@x.test>\r\n")
    checks.equal(c.status(), "503 5.5.1", "no refused HELO was taken")
    c.send(b"EHLO ok.test\r\n")
    checks.equal(c.code(), "250", "a clean EHLO after them works")
    c.close()
    s.check_health(checks, "control characters")


def cut_mid_command(checks, s):
    # Disconnects at every awkward point; nothing may be stored.
    cuts = [
        (b"EHLO x\r\nMAIL FROM:<cut1@x.test", "in the middle of MAIL"),
        (b"EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<cut2@x.test>\r\nDATA\r\nSubject: half\r\n\r\nbody",
         "in the middle of DATA"),
        (b"EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<cut3@x.test>\r\nDATA\r\nSubject: x\r\n\r\nbody\r\n.",
         "just before the final CRLF"),
        (b"EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<cut4@x.test>\r\nBDAT 100 LAST\r\nonly part",
         "in the middle of a BDAT chunk"),
        (b"EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<cut5@x.test>\r\nBDAT 4\r\nabcd",
         "between BDAT chunks"),
        (b"EHLO x\r\nAUTH PLAIN\r\n", "in the middle of AUTH"),
    ]
    for data, what in cuts:
        c = Client(s)
        c.code()
        c.send(data)
        time.sleep(0.1)
        c.close()
    time.sleep(0.5)
    checks.equal(s.all_stored(), [], "nothing stored from cut connections")
    checks.equal(s.leftovers(), [], "no half-written file in any tmp/")
    c = Client(s)
    c.greet()
    checks.equal(mail(c, recipients=[b"whole@x.test"]), ["250", "250"], "a new client after the cuts")
    c.send(b"DATA\r\n")
    checks.equal(c.code(), "354", "DATA")
    c.send(b"Subject: whole\r\n\r\nbody\r\n.\r\n")
    checks.equal(c.code(), "250", "the whole message is accepted")
    c.close()
    checks.equal(len(s.stored("whole@x.test")), 1, "and stored once")
    s.check_health(checks, "mid-command disconnects")


def body(checks):
    with Serve() as s:
        endless_and_huge(checks, s)
        control_characters(checks, s)
        cut_mid_command(checks, s)


run_test("hostile lines", body)
