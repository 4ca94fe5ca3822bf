#!/usr/bin/python3
"""Duplicate recipients and the bytes one transaction may store: a thousand
identical RCPT TO lines with a 100 KB message became a thousand files (one
transaction could fill a disk). Now a repeated mailbox (the domain in any
case) gets 250 but is stored once, the envelope says how many RCPTs were
merged, LMTP still answers every RCPT after DATA, and a transaction over
--max-transaction-bytes is refused whole (452 at RCPT with SIZE=, else
552 after the data) with nothing stored. Exit 0 = pass."""

import os

from hostile import Client, Serve, run_test

MESSAGE = b"Subject: dup\r\n\r\n" + (b"x" * 98 + b"\r\n") * 1000   # about 100 KB


def duplicates_smtp(checks):
    with Serve() as s:
        c = Client(s)
        c.greet()
        rcpts = b"".join(b"RCPT TO:<dup@%s>\r\n" % (b"X.Test" if i % 2 else b"x.test") for i in range(1000))
        c.send(b"MAIL FROM:<a@x.test>\r\n" + rcpts + b"DATA\r\n")
        codes = [c.code() for _ in range(1002)]
        checks.equal(codes.count("250"), 1001, "MAIL and all 1000 RCPTs get 250")
        checks.equal(codes[-1], "354", "DATA")
        c.send(MESSAGE + b".\r\n")
        checks.equal(c.status(), "250 2.0.0", "the message is accepted")
        c.close()
        stored = s.stored("dup@x.test")
        checks.equal(len(stored), 1, "stored once, not a thousand times")
        if stored:
            checks.equal(os.path.getsize(stored[0]), len(MESSAGE), "the whole message")
        env = s.envelopes("dup@x.test")
        checks.equal([e.get("duplicateRecipients") for e in env], [999], "the envelope counts the merged RCPTs")
        checks.equal([len(e.get("rcptTo", [])) for e in env], [1], "and lists the mailbox once")
        s.check_health(checks, "1000 duplicate recipients")


def duplicates_lmtp(checks):
    with Serve("--lmtp", socket_path=True, listen=False) as s:
        c = Client(unix=s.socket)
        c.greet(b"LHLO hostile.test")
        c.send(b"MAIL FROM:<a@x.test>\r\nRCPT TO:<one@x.test>\r\nRCPT TO:<two@x.test>\r\nRCPT TO:<one@X.TEST>\r\n"
               b"RCPT TO:<two@x.test>\r\nDATA\r\n")
        checks.equal([c.code() for _ in range(6)], ["250"] * 5 + ["354"], "LMTP: MAIL, 4 RCPTs (two repeated), DATA")
        c.send(b"Subject: lmtp\r\n\r\nhi\r\n.\r\n")
        # RFC 2033 4.2: one reply per accepted RCPT, duplicates included.
        checks.equal([c.code() for _ in range(4)], ["250"] * 4, "one reply per RCPT after DATA")
        c.send(b"QUIT\r\n")
        checks.equal(c.code(), "221", "QUIT")
        c.close()
        checks.equal(len(s.stored("one@x.test")), 1, "one@ stored once")
        checks.equal(len(s.stored("two@x.test")), 1, "two@ stored once")
        checks.equal([e.get("duplicateRecipients") for e in s.envelopes("one@x.test")], [2],
                     "the envelope counts the merged RCPTs")
        s.check_health(checks, "LMTP duplicates")


def transaction_bytes(checks):
    with Serve("--max-transaction-bytes", "250000") as s:
        c = Client(s)
        c.greet()
        c.send(b"MAIL FROM:<a@x.test>\r\nRCPT TO:<t1@x.test>\r\nRCPT TO:<t2@x.test>\r\nRCPT TO:<t3@x.test>\r\nDATA\r\n")
        checks.equal([c.code() for _ in range(5)], ["250"] * 4 + ["354"], "three recipients, DATA")
        c.send(MESSAGE + b".\r\n")
        r = c.reply()
        text = b" ".join(r).decode() if r else ""
        checks.check(text.startswith("552 5.3.4"), f"3 x 100 KB over 250000: 552 5.3.4 ({text!r})")
        for box in (b"t1", b"t2", b"t3"):
            checks.equal(s.stored(box.decode() + "@x.test"), [], f"nothing stored for {box.decode()}@")
        # Declared with SIZE=: the recipient that would go over gets 452.
        c.send(b"MAIL FROM:<a@x.test> SIZE=%d\r\nRCPT TO:<t1@x.test>\r\nRCPT TO:<t2@x.test>\r\nRCPT TO:<t3@x.test>\r\n"
               % len(MESSAGE))
        checks.equal([c.status() for _ in range(4)], ["250 2.1.0", "250 2.1.5", "250 2.1.5", "452 4.5.3"],
                     "with SIZE=, the third recipient gets 452 4.5.3")
        c.send(b"DATA\r\n")
        checks.equal(c.code(), "354", "DATA for the two that fit")
        c.send(MESSAGE + b".\r\n")
        checks.equal(c.status(), "250 2.0.0", "two copies fit")
        c.close()
        checks.equal([len(s.stored(b + "@x.test")) for b in ("t1", "t2", "t3")], [1, 1, 0],
                     "stored for the two accepted recipients only")
        checks.equal(s.leftovers(), [], "no half-written file in any tmp/")
        s.check_health(checks, "bytes per transaction")


def body(checks):
    duplicates_smtp(checks)
    duplicates_lmtp(checks)
    transaction_bytes(checks)


run_test("hostile recipients", body)
