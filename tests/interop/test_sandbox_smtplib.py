#!/usr/bin/python3
"""Python's smtplib (a client nobody here wrote) against `postscope-cli serve`:
sendmail, send_message, verify, login, starttls with an unverified context,
and smtplib.LMTP over a Unix socket with one refused recipient and one
mailbox that fails after the data. Exit 0 = pass."""

import email.message
import email.policy
import glob
import json
import os
import shutil
import signal
import smtplib
import ssl
import subprocess
import sys
import tempfile
import time

CLI = os.environ.get('POSTSCOPE_CLI')


def fail(message):
    print('FAIL: ' + message, file=sys.stderr)
    sys.exit(1)


class Server:
    def __init__(self, work, *args):
        self.out = open(os.path.join(work, 'serve-%d.out' % id(self)), 'w+')
        self.proc = subprocess.Popen([CLI, 'serve'] + list(args), stdout=subprocess.PIPE,
                                     stderr=self.out, text=True)
        self.urls = []
        deadline = time.time() + 20
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith('listening on '):
                self.urls.append(line.split()[-1])
            if line.startswith('maildir '):
                break
        if not self.urls:
            self.out.seek(0)
            fail('serve did not start: ' + self.out.read())

    def port(self, scheme='smtp'):
        for url in self.urls:
            if url.startswith(scheme + '://'):
                return int(url.rsplit(':', 1)[1])
        fail('no %s listener in %r' % (scheme, self.urls))

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout=20)
        if rc != 0:
            fail('serve exited %d after SIGTERM' % rc)


def stored(maildir, address):
    return sorted(glob.glob(os.path.join(maildir, address.lower(), 'new', '*')))


def envelope_of(message_path):
    box = os.path.dirname(os.path.dirname(message_path))
    with open(os.path.join(box, 'envelopes', os.path.basename(message_path) + '.json')) as f:
        return json.load(f)


def main():
    if not CLI or not os.path.exists(CLI):
        fail('POSTSCOPE_CLI must name postscope-cli')
    work = tempfile.mkdtemp(prefix='sandbox-smtplib-')
    servers = []
    try:
        with open(os.path.join(work, 'users'), 'w') as f:
            f.write('carol:c4rol pass\n')
        with open(os.path.join(work, 'directory'), 'w') as f:
            f.write('# mailboxes and lists\nalice@example.test\nbob@example.test\nbob@other.test\n'
                    'team: alice@example.test, bob@example.test\n')
        maildir = os.path.join(work, 'maildir')
        smtp_server = Server(work, '--maildir', maildir, '--cert-dir', os.path.join(work, 'cert'),
                             '--users', os.path.join(work, 'users'), '--directory',
                             os.path.join(work, 'directory'), '--require-tls-auth')
        servers.append(smtp_server)
        port = smtp_server.port()

        # sendmail() with a refused and an accepted recipient is a partial
        # success (a dict of refusals), like any server; the data arrives intact.
        body = (b'From: a@example.test\r\nTo: alice@example.test\r\nSubject: plain\r\n\r\n'
                b'line one\r\n.starts with a dot\r\n..two dots\r\n.\r\nlast\r\n')
        with smtplib.SMTP('127.0.0.1', port, timeout=10) as s:
            code, _ = s.ehlo('client.test')
            if code != 250 or not s.has_extn('starttls') or not s.has_extn('pipelining'):
                fail('EHLO: %d %r' % (code, s.esmtp_features))
            if s.has_extn('auth'):
                fail('AUTH offered before TLS with --require-tls-auth')
            refused = s.sendmail('a@example.test', ['alice@example.test', 'not an address'], body)
            if list(refused) != ['not an address'] or refused['not an address'][0] != 501:
                fail('sendmail refusals: %r' % refused)
            # verify(): known, unknown, ambiguous.
            if s.verify('alice@example.test')[0] != 250:
                fail('VRFY alice')
            code, text = s.verify('nobody@example.test')
            if code != 550 or not text.startswith(b'5.1.1'):
                fail('VRFY nobody: %d %r' % (code, text))
            if s.verify('bob')[0] != 553:
                fail('VRFY bob should be ambiguous')
            code, text = s.expn('team')
            if code != 250 or text.split(b'\n') != [b'2.1.5 <alice@example.test>', b'2.1.5 <bob@example.test>']:
                fail('EXPN team: %d %r' % (code, text))
            # AUTH before TLS: 538 5.7.11
            code, text = s.docmd('AUTH', 'PLAIN AGNhcm9sAGM0cm9sIHBhc3M=')
            if code != 538:
                fail('AUTH before TLS: %d %r' % (code, text))
        files = stored(maildir, 'alice@example.test')
        if len(files) != 1:
            fail('alice has %d messages' % len(files))
        with open(files[0], 'rb') as f:
            got = f.read()
        if got != body:
            fail('stored %r, sent %r' % (got, body))
        env = envelope_of(files[0])
        if env['mailFrom'] != 'a@example.test' or [r['address'] for r in env['rcptTo']] != ['alice@example.test'] \
                or env['helo'] != 'client.test' or env['tls'] is not False:
            fail('envelope: %r' % env)

        # starttls() with an unverified context, login(), send_message().
        context = ssl._create_unverified_context()
        with smtplib.SMTP('127.0.0.1', port, timeout=10) as s:
            s.starttls(context=context)
            s.ehlo()
            if 'auth' not in s.esmtp_features:
                fail('AUTH not offered after TLS')
            try:
                s.login('carol', 'wrong')
                fail('login with a wrong password succeeded')
            except smtplib.SMTPAuthenticationError as e:
                if e.smtp_code != 535 or not e.smtp_error.startswith(b'5.7.8'):
                    fail('wrong password: %r' % (e,))
            code, _ = s.login('carol', 'c4rol pass')
            if code != 235:
                fail('login: %d' % code)
            msg = email.message.EmailMessage(policy=email.policy.SMTP)
            msg['From'] = 'Carol <carol@example.test>'
            msg['To'] = 'bob@example.test'
            msg['Cc'] = 'alice@example.test'
            msg['Bcc'] = 'hidden@example.test'
            msg['Subject'] = 'send_message über TLS'
            msg.set_content('Grüße\n.\n')
            refused = s.send_message(msg)
            if refused:
                fail('send_message refused %r' % refused)
        for rcpt in ('bob@example.test', 'alice@example.test', 'hidden@example.test'):
            files = stored(maildir, rcpt)
            if not files:
                fail('send_message: nothing for %s' % rcpt)
            # Maildir names do not sort by time (the microseconds are not
            # zero-padded): pick carol's message by its envelope.
            envs = [envelope_of(f) for f in files]
            mine = [e for e in envs if e['mailFrom'] == 'carol@example.test']
            if len(mine) != 1:
                fail('send_message: expected one message from carol for %s, got %r' % (rcpt, envs))
            env = mine[0]
            if env['tls'] is not True or env['authUser'] != 'carol':
                fail('envelope after TLS: %r' % env)
        bobs = [f for f in stored(maildir, 'bob@example.test')
                if envelope_of(f)['mailFrom'] == 'carol@example.test']
        with open(bobs[0], 'rb') as f:
            data = f.read()
        if b'Bcc' in data or b'hidden@' in data:
            fail('Bcc was transmitted')
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        if parsed.get_content().replace('\r\n', '\n') != 'Grüße\n.\n':
            fail('send_message body: %r' % parsed.get_content())

        # LMTP over a Unix socket: one recipient refused at RCPT (not in the
        # directory), one that fails after the data (DELIVER fault), one delivered.
        sock = os.path.join(work, 'lmtp.sock')
        lmtp_maildir = os.path.join(work, 'lmtp-maildir')
        lmtp_server = Server(work, '--lmtp', '--socket', sock, '--maildir', lmtp_maildir, '--no-tls',
                             '--directory', os.path.join(work, 'directory'), '--reject-unknown',
                             '--fault', 'DELIVER=bob@other.test:452:4.2.2 Mailbox full')
        servers.append(lmtp_server)
        if lmtp_server.urls != ['lmtp+unix://' + sock]:
            fail('LMTP listeners: %r' % lmtp_server.urls)
        lm = smtplib.LMTP(sock)
        code, _ = lm.ehlo('client.test')   # smtplib sends LHLO for LMTP
        if code != 250:
            fail('LHLO: %d' % code)
        # sendmail() reads one reply after the data; with one accepted recipient
        # that is the whole answer.
        refused = lm.sendmail('a@example.test', ['alice@example.test', 'stranger@example.test'],
                              b'Subject: lmtp\r\n\r\nhello\r\n')
        if list(refused) != ['stranger@example.test'] or refused['stranger@example.test'][0] != 550:
            fail('LMTP refusals: %r' % refused)
        # Two accepted recipients: one reply each after the data (RFC 2033 4.2).
        lm.mail('a@example.test')
        lm.rcpt('alice@example.test')
        lm.rcpt('bob@other.test')
        code, text = lm.data(b'Subject: per recipient\r\n\r\nhi\r\n')
        second = lm.getreply()
        if code != 250 or second[0] != 452 or not second[1].startswith(b'4.2.2'):
            fail('LMTP per-recipient replies: %r %r' % ((code, text), second))
        lm.quit()
        alice = stored(lmtp_maildir, 'alice@example.test')
        if len(alice) != 2:
            fail('LMTP: alice has %d messages' % len(alice))
        if stored(lmtp_maildir, 'bob@other.test') or stored(lmtp_maildir, 'stranger@example.test'):
            fail('LMTP stored mail for a refused recipient')
        if envelope_of(alice[0])['heloVerb'] != 'LHLO':
            fail('LMTP envelope: %r' % envelope_of(alice[0]))

        for server in servers:
            server.stop()
        servers = []
        print('PASS')
    finally:
        for server in servers:
            server.proc.kill()
            server.proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
