#!/usr/bin/python3
"""Interop: every kind of message `postscope-cli compose` builds parses back
with an independent parser, Python's email package with policy.default
(issue 9, section 5): the same header fields, part tree, file names and
decoded content as asked for; transfer encodings follow what the server
offers; header injection in every field is refused and nothing is written
or sent.
"""

import email
import email.policy
import os
import socket
import sys
import tempfile
import threading

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import peers  # noqa: E402
from clitest import run_cli, run_test  # noqa: E402


def parse(path):
    with open(path, "rb") as f:
        raw = f.read()
    # RFC 6532 messages carry UTF-8 header fields: Python reads those from str.
    if any(b > 127 for b in raw.split(b"\r\n\r\n", 1)[0]):
        return email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
    return email.message_from_bytes(raw, policy=email.policy.default)


def text(part):
    """Decoded text; on the wire lines end in CRLF (RFC 2046 4.1.1)."""
    return part.get_content().replace("\r\n", "\n")


def tree(msg):
    out = []

    def walk(part, depth):
        out.append("  " * depth + part.get_content_type())
        if part.is_multipart():
            for p in part.iter_parts():
                walk(p, depth + 1)
        elif part.get_content_type() == "message/rfc822":
            walk(part.get_payload(0), depth + 1)
    walk(msg, 0)
    return out


def cte(part):
    return (part.get("Content-Transfer-Encoding") or "7bit").lower()


def body(checks):
    with tempfile.TemporaryDirectory(prefix="postscope-compose-") as tmp:
        def path(name, data):
            p = os.path.join(tmp, name)
            with open(p, "wb") as f:
                f.write(data)
            return p

        out = os.path.join(tmp, "out.eml")

        def compose(args, what):
            if os.path.exists(out):
                os.unlink(out)
            r = run_cli(["compose", "--output", out, "--json"] + args)
            checks.equal(r.rc, 0, f"{what}: compose exits 0", r)
            return r, (parse(out) if os.path.exists(out) else None)

        # 1. Every header field of the model, text/plain, 7bit.
        r, m = compose(["--from", "Ann Example <ann@example.test>", "--sender", "sec@example.test",
                        "--reply-to", "replies@example.test", "--to", "Bob <bob@example.test>",
                        "--to", "carl@example.test", "--cc", "dee@example.test", "--bcc", "hidden@example.test",
                        "--subject", "Plain hello", "--body", "line one\n.dot line\n",
                        "--message-id", "abc.123@example.test", "--in-reply-to", "<parent@example.test>",
                        "--references", "<root@example.test>", "--references", "parent@example.test",
                        "--priority", "highest", "--read-receipt", "--delivery-receipt",
                        "--header", "X-Campaign: spring", "--header", "X-Campaign: again"], "headers")
        if m is not None:
            checks.equal(str(m["From"]), "Ann Example <ann@example.test>", "From", r)
            checks.equal(str(m["Sender"]), "sec@example.test", "Sender", r)
            checks.equal(str(m["Reply-To"]), "replies@example.test", "Reply-To", r)
            checks.equal([a.addr_spec for a in m["To"].addresses], ["bob@example.test", "carl@example.test"], "To", r)
            checks.equal(str(m["Cc"]), "dee@example.test", "Cc", r)
            checks.check(m["Bcc"] is None, "no Bcc header field", r)
            checks.equal(str(m["Subject"]), "Plain hello", "Subject", r)
            checks.equal(str(m["Message-ID"]), "<abc.123@example.test>", "Message-ID", r)
            checks.equal(str(m["In-Reply-To"]), "<parent@example.test>", "In-Reply-To", r)
            checks.equal(str(m["References"]), "<root@example.test> <parent@example.test>", "References", r)
            checks.equal(str(m["X-Priority"]), "1 (Highest)", "X-Priority", r)
            checks.equal(str(m["Importance"]), "high", "Importance", r)
            checks.equal(str(m["Disposition-Notification-To"]), "Ann Example <ann@example.test>", "read receipt", r)
            checks.equal(m.get_all("X-Campaign"), ["spring", "again"], "repeated custom header", r)
            checks.check(m["Date"] is not None and m["Date"].datetime is not None, "Date parses", r)
            checks.equal(tree(m), ["text/plain"], "part tree", r)
            checks.equal(text(m), "line one\n.dot line\n", "decoded body", r)
            checks.equal(cte(m), "7bit", "ASCII goes 7bit", r)
            j = r.json or {}
            checks.equal(j.get("sender"), "ann@example.test", "envelope sender is --from", r)
            checks.equal(j.get("recipients"), ["bob@example.test", "carl@example.test", "dee@example.test",
                                               "hidden@example.test"], "envelope recipients: To, Cc, Bcc", r)
            env = j.get("envelope") or []
            checks.check(env[:1] == ["MAIL FROM:<ann@example.test> RET=HDRS"],
                         f"MAIL FROM preview with RET=HDRS ({env[:1]})", r)
            checks.check(all(e.endswith(" NOTIFY=SUCCESS,FAILURE") for e in env[1:]) and len(env) == 5,
                         "RCPT previews with NOTIFY", r)
            ids = [f["id"] for f in j.get("findings") or []]
            checks.equal(ids, ["dsn-not-offered"], "lint: DSN asked for, not offered", r)

        # 2. UTF-8 text: quoted-printable for a 7-bit server, 8bit with 8BITMIME.
        body_text = "Grüße aus Köln – ☃\nzweite Zeile\n"
        for offers, expected, body_param in (("", "quoted-printable", None), ("8BITMIME", "8bit", "BODY=8BITMIME")):
            r, m = compose(["--from", "ann@example.test", "--to", "bob@example.test", "--subject", "Grüße ☃",
                            "--body", body_text, "--server-offers", offers], f"utf-8 body for '{offers}'")
            if m is not None:
                checks.equal(cte(m), expected, f"UTF-8 body with '{offers}' goes {expected}", r)
                checks.equal(text(m), body_text, "decoded UTF-8 body", r)
                checks.equal(str(m["Subject"]), "Grüße ☃", "RFC 2047 subject decodes", r)
                raw = open(out, "rb").read()
                head = raw.split(b"\r\n\r\n", 1)[0]
                checks.check(all(b < 128 for b in head), "header section is ASCII (encoded words)", r)
                env = (r.json or {}).get("envelope") or [""]
                checks.equal(body_param in env[0] if body_param else "BODY=" not in env[0], True,
                             f"MAIL FROM has {body_param}", r)

        # 3. HTML with text (alternative) and HTML only.
        html = path("page.html", "<p>Hallo <b>Welt</b> <img src=\"cid:logo.png\"></p>\n".encode())
        logo = path("logo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        doc = path("Résumé final.pdf", b"%PDF-1.4\n" + os.urandom(5000))
        inner = path("inner.eml", b"From: x@example.test\r\nTo: y@example.test\r\nSubject: the inner one\r\n"
                                  b"Date: Sun, 22 Nov 2026 07:00:00 +0000\r\n\r\ninner body\r\n")
        r, m = compose(["--from", "ann@example.test", "--to", "bob@example.test", "--subject", "rich",
                        "--body", "plain version\n", "--html-file", html, "--inline", logo, "--attach", doc,
                        "--attach-message", inner], "rich message")
        if m is not None:
            checks.equal(tree(m), ["multipart/mixed", "  multipart/alternative", "    text/plain",
                                   "    multipart/related", "      text/html", "      image/png",
                                   "  application/pdf", "  message/rfc822", "    text/plain"], "part tree", r)
            parts = list(m.walk())
            img = [p for p in parts if p.get_content_type() == "image/png"][0]
            checks.equal(img["Content-ID"], "<logo.png>", "inline image Content-ID", r)
            checks.equal(img.get_content_disposition(), "inline", "inline disposition", r)
            checks.equal(img.get_content(), open(logo, "rb").read(), "inline image bytes", r)
            pdf = [p for p in parts if p.get_content_type() == "application/pdf"][0]
            checks.equal(pdf.get_filename(), "Résumé final.pdf", "RFC 2231 file name decodes", r)
            checks.equal(pdf.get_content(), open(doc, "rb").read(), "attachment bytes", r)
            checks.equal(text(m.get_body(("html",))), open(html, encoding="utf-8").read(), "HTML", r)
            checks.equal(text(m.get_body(("plain",))), "plain version\n", "text alternative", r)
            att = [p for p in parts if p.get_content_type() == "message/rfc822"][0]
            checks.equal(str(att.get_payload(0)["Subject"]), "the inner one", "attached message's subject", r)
            checks.equal((r.json or {}).get("findings"), [], "no lint findings", r)
        r, m = compose(["--from", "ann@example.test", "--to", "bob@example.test", "--html-file", html],
                       "HTML only")
        if m is not None:
            checks.equal(tree(m), ["text/html"], "HTML only: one text/html part", r)
            checks.equal([f["id"] for f in (r.json or {}).get("findings") or []], ["html-without-text"],
                         "lint: html-without-text", r)

        # 4. Internationalised addresses: A-labels for IDN domains without
        # SMTPUTF8; a non-ASCII local part needs SMTPUTF8 (raw UTF-8 fields).
        r, m = compose(["--from", "Jürgen <j@bücher.example>", "--to", "bob@example.test"], "IDN domain")
        if m is not None:
            checks.equal(m["From"].addresses[0].addr_spec, "j@xn--bcher-kva.example", "IDN as A-labels", r)
            checks.equal(m["From"].addresses[0].display_name, "Jürgen", "display name decodes", r)
        r = run_cli(["compose", "--output", out, "--from", "jörg@example.test", "--to", "bob@example.test"])
        checks.equal(r.rc, 2, "non-ASCII local part without SMTPUTF8 is refused", r)
        r, m = compose(["--from", "Jörg <jörg@example.test>", "--to", "bob@example.test", "--subject", "Grüße",
                        "--server-offers", "SMTPUTF8,8BITMIME"], "SMTPUTF8")
        if m is not None:
            checks.equal(m["From"].addresses[0].addr_spec, "jörg@example.test", "UTF-8 address (RFC 6532)", r)
            checks.check(b"Subject: Gr\xc3\xbc\xc3\x9fe" in open(out, "rb").read(), "UTF-8 subject as it is", r)
            env = (r.json or {}).get("envelope") or [""]
            checks.check("SMTPUTF8" in env[0] and "BODY=8BITMIME" in env[0], f"MAIL FROM has SMTPUTF8 ({env[0]})", r)

        # 5. A 2,000-octet line: quoted-printable, or binary over BINARYMIME+CHUNKING.
        long_text = "x" * 2000 + "\n"
        for offers, expected in (("8BITMIME", "quoted-printable"), ("8BITMIME,BINARYMIME,CHUNKING", "binary")):
            r, m = compose(["--from", "ann@example.test", "--to", "bob@example.test", "--body", long_text,
                            "--server-offers", offers], f"long line for {offers}")
            if m is not None:
                checks.equal(cte(m), expected, f"long line with {offers}: {expected}", r)
                checks.equal(text(m), long_text, "long line decodes", r)
                if expected != "binary":
                    lines = open(out, "rb").read().split(b"\r\n")
                    checks.check(max(len(x) for x in lines) <= 998, "no line over 998 octets", r)

        # 6. An attachment over the streaming threshold (read while writing).
        big = path("big.bin", os.urandom(3 * 1024 * 1024 + 7))
        r, m = compose(["--from", "ann@example.test", "--to", "bob@example.test", "--attach", big], "big attachment")
        if m is not None:
            part = [p for p in m.walk() if p.get_filename() == "big.bin"][0]
            checks.equal(part.get_content(), open(big, "rb").read(), "streamed attachment decodes to the file", r)
            checks.equal((r.json or {}).get("size"), os.path.getsize(out), "announced size is the written size", r)

        # 7. Header injection in every field: refused, nothing written.
        evil = "x@example.test\r\nBcc: victim@example.test"
        fields = ["--from", "--sender", "--reply-to", "--to", "--cc", "--bcc", "--subject", "--message-id",
                  "--in-reply-to", "--references"]
        for field in fields:
            base = {"--from": "ann@example.test", "--to": "bob@example.test"}
            base[field] = evil
            args = []
            for k, v in base.items():
                args += [k, v]
            if os.path.exists(out):
                os.unlink(out)
            r = run_cli(["compose", "--output", out] + args)
            checks.equal(r.rc, 2, f"compose: injection in {field} exits 2", r)
            checks.check(not os.path.exists(out), f"compose: nothing written for {field}", r)
            checks.check("injection" in r.stderr or "line break" in r.stderr, f"{field}: a clear error", r)
        # (A NUL cannot reach a command line; the unit tests cover it.)
        for header in ("X-A: one\r\nBcc: victim@example.test", "X-A: one\nTwo: x", "X-A: one\rTwo: x"):
            r = run_cli(["compose", "--output", out, "--from", "a@example.test", "--to", "b@example.test",
                         "--header", header])
            checks.equal(r.rc, 2, f"--header {header!r} refused", r)
            checks.check(not os.path.exists(out), f"nothing written for --header {header!r}", r)

        # 8. `lint FILE.eml`: exit 0 without errors, 2 with; the findings as JSON.
        clean = path("clean.eml", b"Date: Sun, 22 Nov 2026 07:00:00 +0000\r\nFrom: ann@example.test\r\n"
                                  b"To: bob@example.test\r\nMessage-ID: <1@example.test>\r\n\r\nhi\r\n")
        r = run_cli(["lint", clean, "--json"])
        checks.equal(r.rc, 0, "lint of a clean message exits 0", r)
        checks.equal((r.json or {}).get("findings"), [], "lint: no findings", r)
        bad = path("bad.eml", b"From: ann@example.test\nTo: bob@example.test\nBcc: bob@example.test\n"
                              b"Content-Type: text/html\n\n<p>caf\xc3\xa9</p>\n" + b"y" * 1200 + b"\n")
        r = run_cli(["lint", bad, "--json", "--server-offers", "SIZE=100"])
        checks.equal(r.rc, 2, "lint with errors exits 2", r)
        found = [(f["severity"], f["id"]) for f in (r.json or {}).get("findings") or []]
        checks.equal(found, [("warning", "bare-lf"), ("error", "line-too-long"), ("error", "8bit-not-offered"),
                             ("warning", "missing-date"), ("warning", "missing-message-id"),
                             ("error", "bcc-visible"), ("warning", "html-without-text"),
                             ("error", "size-exceeded")], "lint findings of the bad message", r)
        r = run_cli(["lint", bad, "--server-offers", "8BITMIME"])
        checks.check("error line-too-long" in r.stderr and "8bit-not-offered" not in r.stderr,
                     "lint judges for the server named by --server-offers", r)

        # 9. send runs the lint with the server's real capabilities: errors
        # refuse (nothing sent), --force sends anyway.
        with peers.SmtpSink() as sink:
            long_msg = path("long.eml", b"Date: Sun, 22 Nov 2026 07:00:00 +0000\r\nFrom: ann@example.test\r\n"
                                        b"To: bob@example.test\r\nMessage-ID: <2@example.test>\r\n\r\n"
                                        + b"z" * 2000 + b"\r\n")
            common = ["send", "--server", f"127.0.0.1:{sink.port}", "--security", "none", "--json",
                      "--message", long_msg]
            r = run_cli(common)
            checks.equal(r.rc, 2, "send refuses a message the lint calls wrong", r)
            checks.equal((r.json or {}).get("messagesSent"), 0, "nothing sent", r)
            checks.check("error line-too-long" in r.stderr, "the finding is printed", r)
            r = run_cli(common + ["--force"])
            checks.equal(r.rc, 0, "send --force sends it anyway", r)
            checks.equal((r.json or {}).get("messagesSent"), 1, "--force: one message sent", r)
            # A built message for smtp-sink (8BITMIME offered): UTF-8 text goes 8bit.
            r = run_cli(["send", "--server", f"127.0.0.1:{sink.port}", "--security", "none", "--debug", "1",
                         "--from", "ann@example.test", "--to", "bob@example.test", "--body", "Grüße\n"])
            checks.equal(r.rc, 0, "send of a UTF-8 body exits 0", r)
            checks.check("BODY=8BITMIME" in r.stderr and "Content-Transfer-Encoding: 8bit" in r.stderr,
                         "built for the server: 8bit with BODY=8BITMIME", r)

        # ... and send sends nothing: a listener must see no connection.
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        listener.settimeout(0.2)
        port = listener.getsockname()[1]
        seen = []

        def accept():
            try:
                while True:
                    c, _ = listener.accept()
                    seen.append(c)
            except OSError:
                pass
        t = threading.Thread(target=accept, daemon=True)
        t.start()
        for field in fields:
            base = {"--from": "ann@example.test", "--to": "bob@example.test"}
            base[field] = evil
            args = ["send", "--server", f"127.0.0.1:{port}", "--security", "none"]
            for k, v in base.items():
                args += [k, v]
            r = run_cli(args)
            checks.equal(r.rc, 2, f"send: injection in {field} exits 2", r)
        t.join(0.5)
        listener.close()
        checks.equal(len(seen), 0, "send opened no connection for any injection attempt")


if __name__ == "__main__":
    sys.exit(run_test("compose_email", body))
