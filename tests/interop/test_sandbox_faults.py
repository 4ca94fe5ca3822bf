#!/usr/bin/python3
"""Every kind of fault in `postscope-cli serve --fault` happens exactly as
asked, seen from a raw socket and from smtplib: a reply code with text, the
Nth occurrence, a delay, a disconnect, the greeting, mid-DATA, tarpit,
probability with a seed, and per-address rules. Exit 0 = pass."""

import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time

CLI = os.environ.get('POSTSCOPE_CLI')
WORK = None


def fail(message):
    print('FAIL: ' + message, file=sys.stderr)
    sys.exit(1)


class Server:
    def __init__(self, *faults, extra=()):
        args = [CLI, 'serve', '--no-tls', '--maildir', os.path.join(WORK, 'maildir')]
        for f in faults:
            args += ['--fault', f]
        args += list(extra)
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.port = None
        deadline = time.time() + 10
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith('listening on smtp://'):
                self.port = int(line.rsplit(':', 1)[1])
                break
        if not self.port:
            fail('serve %r did not start: %s' % (faults, self.proc.stderr.read()))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGTERM)
        if self.proc.wait(timeout=10) != 0:
            fail('serve exited %d' % self.proc.returncode)


class Raw:
    """A line-based client that records when each reply arrived."""

    def __init__(self, port):
        self.sock = socket.create_connection(('127.0.0.1', port), timeout=10)
        self.buf = b''

    def reply(self):
        lines = []
        while True:
            while b'\r\n' not in self.buf:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return None if not lines else lines
                self.buf += chunk
            line, self.buf = self.buf.split(b'\r\n', 1)
            lines.append(line)
            if len(line) < 4 or line[3:4] != b'-':
                return lines

    def send(self, data):
        self.sock.sendall(data)

    def closed(self):
        try:
            return self.sock.recv(1) == b''
        except ConnectionResetError:
            return True


def code(lines):
    return None if lines is None else int(lines[-1][:3])


def transaction(raw, rcpts=('a@x.test',)):
    raw.send(b'MAIL FROM:<s@x.test>\r\n')
    replies = [raw.reply()]
    for r in rcpts:
        raw.send(b'RCPT TO:<%s>\r\n' % r.encode())
        replies.append(raw.reply())
    return replies


def test_reply_with_text():
    with Server('RCPT:550:5.1.1 No such user here') as s:
        with smtplib.SMTP('127.0.0.1', s.port, timeout=10) as c:
            c.ehlo()
            c.mail('s@x.test')
            code_, text = c.rcpt('a@x.test')
            if (code_, text) != (550, b'5.1.1 No such user here'):
                fail('RCPT:550 gave %r' % ((code_, text),))
            # Every RCPT, not just the first.
            if c.rcpt('b@x.test')[0] != 550:
                fail('RCPT:550 did not apply to the second RCPT')


def test_nth_occurrence():
    with Server('RCPT:550@2') as s:
        raw = Raw(s.port)
        raw.reply()
        raw.send(b'EHLO c\r\n')
        raw.reply()
        codes = [code(r) for r in transaction(raw, ['a@x.test', 'b@x.test', 'c@x.test', 'd@x.test'])]
        if codes != [250, 250, 550, 250, 250]:
            fail('RCPT:550@2 gave %r' % codes)
        # Counted across sessions: a new session does not fire it again.
        raw2 = Raw(s.port)
        raw2.reply()
        raw2.send(b'EHLO c\r\n')
        raw2.reply()
        codes = [code(r) for r in transaction(raw2, ['e@x.test', 'f@x.test'])]
        if codes != [250, 250, 250]:
            fail('RCPT:550@2 fired again in a later session: %r' % codes)


def test_delay():
    with Server('DATA:delay=700') as s:
        with smtplib.SMTP('127.0.0.1', s.port, timeout=10) as c:
            c.ehlo()
            t0 = time.monotonic()
            c.noop()
            if time.monotonic() - t0 > 0.5:
                fail('NOOP was delayed too')
            c.mail('s@x.test')
            c.rcpt('a@x.test')
            t0 = time.monotonic()
            code_, _ = c.docmd('DATA')
            elapsed = time.monotonic() - t0
            if code_ != 354 or not (0.65 <= elapsed < 3.0):
                fail('DATA:delay=700 gave %d after %.3f s' % (code_, elapsed))
            c.send(b'Subject: delayed\r\n\r\nbody\r\n.\r\n')
            if c.getreply()[0] != 250:
                fail('the delayed DATA did not end in 250')


def test_disconnect():
    with Server('MAIL:disconnect') as s:
        with smtplib.SMTP('127.0.0.1', s.port, timeout=10) as c:
            c.ehlo()
            try:
                c.mail('s@x.test')
                fail('MAIL:disconnect did not disconnect')
            except smtplib.SMTPServerDisconnected:
                pass


def test_greeting():
    with Server('greeting:421') as s:
        raw = Raw(s.port)
        r = raw.reply()
        if code(r) != 421 or not raw.closed():
            fail('greeting:421 gave %r and did not close' % r)
    with Server('GREETING:554:5.3.2 No SMTP service here') as s:
        raw = Raw(s.port)
        r = raw.reply()
        if r != [b'554 5.3.2 No SMTP service here']:
            fail('greeting:554 gave %r' % r)
        raw.send(b'EHLO c\r\n')
        if code(raw.reply()) != 503:
            fail('after a 554 greeting EHLO must get 503')
        raw.send(b'QUIT\r\n')
        if code(raw.reply()) != 221:
            fail('after a 554 greeting QUIT must get 221')
    with Server('greeting:delay=600') as s:
        t0 = time.monotonic()
        raw = Raw(s.port)
        r = raw.reply()
        elapsed = time.monotonic() - t0
        if code(r) != 220 or elapsed < 0.55:
            fail('greeting:delay=600 gave %r after %.3f s' % (r, elapsed))


def test_mid_data():
    with Server('BODY:disconnect') as s:
        raw = Raw(s.port)
        raw.reply()
        raw.send(b'EHLO c\r\n')
        raw.reply()
        transaction(raw, ['cut@x.test'])
        raw.send(b'DATA\r\n')
        if code(raw.reply()) != 354:
            fail('BODY:disconnect refused DATA itself')
        raw.send(b'Subject: x\r\n\r\npart of the body\r\n')
        if not raw.closed():
            fail('BODY:disconnect did not close in the middle of the data')
    if os.path.exists(os.path.join(WORK, 'maildir', 'cut@x.test')):
        fail('a message cut off mid-DATA was stored')
    with Server('BODY:451:4.3.0 Try again later') as s:
        with smtplib.SMTP('127.0.0.1', s.port, timeout=10) as c:
            try:
                c.sendmail('s@x.test', ['a@x.test'], b'Subject: x\r\n\r\nbody\r\n')
                fail('BODY:451 did not refuse the data')
            except smtplib.SMTPDataError as e:
                if (e.smtp_code, e.smtp_error) != (451, b'4.3.0 Try again later'):
                    fail('BODY:451 gave %r' % (e,))
            # The session goes on.
            if c.noop()[0] != 250:
                fail('NOOP after BODY:451')


def test_tarpit():
    with Server('*:tarpit=150') as s:
        t0 = time.monotonic()
        raw = Raw(s.port)
        times = []
        raw.reply()
        times.append(time.monotonic() - t0)
        for cmd in (b'EHLO c\r\n', b'NOOP\r\n', b'NOOP\r\n', b'QUIT\r\n'):
            t1 = time.monotonic()
            raw.send(cmd)
            raw.reply()
            times.append(time.monotonic() - t1)
        if min(times) < 0.14:
            fail('tarpit=150 let a reply through early: %r' % times)


def test_probability():
    def run():
        with Server('NOOP:451:p=0.5', extra=('--fault-seed', '42')) as s:
            raw = Raw(s.port)
            raw.reply()
            out = []
            for _ in range(200):
                raw.send(b'NOOP\r\n')
                out.append(code(raw.reply()))
            return out
    first = run()
    second = run()
    if first != second:
        fail('the same seed gave different fault sequences')
    hits = first.count(451)
    if set(first) != {250, 451} or not (60 <= hits <= 140):
        fail('NOOP:451:p=0.5 fired %d of 200 times' % hits)


def test_per_address_and_deliver():
    with Server('RCPT=bad@x.test:550:5.1.1 Bad', 'MAIL=slow@x.test:delay=500') as s:
        raw = Raw(s.port)
        raw.reply()
        raw.send(b'EHLO c\r\n')
        raw.reply()
        codes = [code(r) for r in transaction(raw, ['good@x.test', 'bad@x.test', 'BAD@x.test'])]
        if codes != [250, 250, 550, 550]:
            fail('RCPT=bad@x.test gave %r' % codes)
        raw.send(b'RSET\r\n')
        raw.reply()
        t0 = time.monotonic()
        raw.send(b'MAIL FROM:<slow@x.test>\r\n')
        r = raw.reply()
        if code(r) != 250 or time.monotonic() - t0 < 0.45:
            fail('MAIL=slow@x.test:delay=500 did not delay')
    with Server('DELIVER:452:4.2.2 Mailbox full@2') as s:
        pass  # "@2" inside free text is text, not an occurrence: the rule parses
    with Server('DELIVER:452@2') as s:
        with smtplib.SMTP('127.0.0.1', s.port, timeout=10) as c:
            c.sendmail('s@x.test', ['d@x.test'], b'Subject: 1\r\n\r\n1\r\n')
            try:
                c.sendmail('s@x.test', ['d@x.test'], b'Subject: 2\r\n\r\n2\r\n')
                fail('DELIVER:452@2 did not refuse the second message')
            except smtplib.SMTPDataError as e:
                if e.smtp_code != 452:
                    fail('DELIVER:452@2 gave %r' % (e,))
            c.sendmail('s@x.test', ['d@x.test'], b'Subject: 3\r\n\r\n3\r\n')
        stored = os.listdir(os.path.join(WORK, 'maildir', 'd@x.test', 'new'))
        if len(stored) != 2:
            fail('DELIVER:452@2 stored %d messages, expected 2' % len(stored))


def test_bad_rules():
    for rule in ('RCPT', 'RCPT:', 'RCPT:frob', 'MAIL:delay=x', 'MAIL:451:p=2', 'RCPT:550@0'):
        r = subprocess.run([CLI, 'serve', '--no-tls', '--fault', rule], capture_output=True, text=True, timeout=10)
        if r.returncode != 2 or not r.stderr:
            fail('bad rule %r: exit %d, stderr %r' % (rule, r.returncode, r.stderr))


def main():
    global WORK
    if not CLI or not os.path.exists(CLI):
        fail('POSTSCOPE_CLI must name postscope-cli')
    WORK = tempfile.mkdtemp(prefix='sandbox-faults-')
    try:
        for test in (test_reply_with_text, test_nth_occurrence, test_delay, test_disconnect, test_greeting,
                     test_mid_data, test_tarpit, test_probability, test_per_address_and_deliver, test_bad_rules):
            test()
            print('ok ' + test.__name__)
        print('PASS')
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    main()
