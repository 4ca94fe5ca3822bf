#!/usr/bin/python3
"""Odd numbers in BDAT (RFC 3030) and SIZE= (RFC 1870): huge, negative,
not numbers, zero with LAST, more octets than announced. Each gets its
specific reply, the stream stays in step, nothing is stored twice or in
part. Exit 0 = pass."""

from hostile import Client, Serve, mail, run_test


def bdat(checks, s):
    c = Client(s)
    c.greet()
    rcpt = [b"bdat@x.test"]
    for arg, what in ((b"99999999999999999999999", "a size of 23 digits"),
                      (b"-1", "a negative size"),
                      (b"x", "a size that is no number"),
                      (b"1e9", "a size in exponent form"),
                      (b"10 NOTLAST", "an end marker that is not LAST"),
                      (b"", "no size")):
        mail(c, recipients=rcpt)
        c.send(b"BDAT " + arg + b"\r\n" if arg else b"BDAT\r\n")
        checks.equal(c.status(), "501 5.5.4", f"BDAT with {what} gets 501 5.5.4")
        c.send(b"RSET\r\n")
        checks.equal(c.code(), "250", f"RSET after BDAT with {what}")
    # BDAT 0 LAST: an empty message, stored once.
    checks.equal(mail(c, recipients=rcpt), ["250", "250"], "MAIL, RCPT")
    c.send(b"BDAT 0 LAST\r\n")
    checks.equal(c.status(), "250 2.0.0", "BDAT 0 LAST ends an empty message")
    # More octets than announced: the rest is read as commands.
    mail(c, recipients=[b"more@x.test"])
    c.send(b"BDAT 3 LAST\r\nabcNOOP\r\n")
    checks.equal([c.status(), c.status()], ["250 2.0.0", "250 2.0.0"],
                 "the octets after the announced chunk are the next command")
    # BDAT outside a transaction is refused, but its announced 5 octets are
    # still its own (RFC 3030 2): "xyz" and "QU" are the chunk, so "IT" is
    # the next (unknown) command.
    c.send(b"BDAT 5 LAST\r\nxyzQUIT\r\n")
    checks.equal([c.status(), c.status()], ["503 5.5.1", "500 5.5.2"],
                 "BDAT outside a transaction: refused once its chunk is read in full")
    c.send(b"QUIT\r\n")
    checks.equal(c.code(), "221", "QUIT")
    c.close()
    stored = s.stored("bdat@x.test")
    checks.equal(len(stored), 1, "BDAT 0 LAST stored one message")
    if stored:
        checks.equal(open(stored[0], "rb").read(), b"", "an empty one")
    more = s.stored("more@x.test")
    checks.equal([open(p, "rb").read() for p in more], [b"abc"], "the 3-octet chunk stored exactly, once")
    s.check_health(checks, "BDAT sizes")


def size(checks, s):
    c = Client(s)
    c.greet()
    for value, expected, what in ((b"99999999999999999999999999", "501 5.5.4", "a 26-digit SIZE"),
                                  (b"-1", "501 5.5.4", "a negative SIZE"),
                                  (b"1e3", "501 5.5.4", "a SIZE in exponent form"),
                                  (b"", "501 5.5.4", "an empty SIZE"),
                                  (b"2000000", "552 5.3.4", "a SIZE over the limit"),
                                  (b"1000", "250 2.1.0", "a SIZE within the limit")):
        c.send(b"MAIL FROM:<a@x.test> SIZE=" + value + b"\r\n")
        checks.equal(c.status(), expected, f"{what}")
        c.send(b"RSET\r\n")
        c.code()
    # A message longer than its SIZE=, and longer than the limit.
    c.send(b"MAIL FROM:<a@x.test> SIZE=10\r\nRCPT TO:<size@x.test>\r\nDATA\r\n")
    checks.equal([c.code(), c.code(), c.code()], ["250", "250", "354"], "MAIL SIZE=10, RCPT, DATA")
    c.send(b"x" * 1100000 + b"\r\n.\r\n")
    checks.equal(c.status(), "552 5.3.4", "a message over --max-size is refused after its end")
    c.send(b"NOOP\r\n")
    checks.equal(c.code(), "250", "and the session goes on in step")
    c.close()
    checks.equal(s.stored("size@x.test"), [], "nothing of the big message stored")
    s.check_health(checks, "SIZE values")


def body(checks):
    with Serve("--max-size", "1000000") as s:
        bdat(checks, s)
        size(checks, s)
        checks.equal(s.leftovers(), [], "no half-written file in any tmp/")


run_test("hostile numbers", body)
