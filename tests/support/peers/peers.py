#!/usr/bin/python3
"""Private, throw-away SMTP peers for Postscope's interop tests and benchmark.

Every peer here is a real program nobody on this project wrote: Postfix (with
Dovecot as its SASL server), smtp-sink, aiosmtpd's LMTP server. Each one runs
from its own temporary directory, listens on 127.0.0.1 (or a Unix socket in
that directory) only, and is stopped and removed again on exit, also when the
test fails. Nothing under /etc is read or changed.

Use from Python (Debian's /usr/bin/python3, for aiosmtpd):

    sys.path.insert(0, ".../tests/support/peers")
    import peers
    with peers.PostfixPeer() as pf:     # starts Dovecot too
        pf.port, pf.cert_file, pf.maildir("alice"), pf.users ...

or from a shell, which runs a command while the peer is up and passes the
details in environment variables (see main() at the end):

    /usr/bin/python3 tests/support/peers/peers.py postfix -- swaks ...

A missing peer binary raises PeerMissing: a test must turn that into a
FAILURE with the message (house rule: no skips, with CI=true or without).

What it takes to run a private Postfix as root here (found by trying, Postfix
3.7 on Debian 12):
  - `postfix -c DIR start` accepts any config directory when run by root; only
    the set-gid helpers (postdrop/postqueue) insist on
    alternate_config_directories, and nothing here uses them.
  - queue_directory and every parent must be owned by root and not writable
    by others (`postfix check` warns, master refuses some); mkdtemp gives
    0700 root-owned folders, which we widen to 0755 so that the unprivileged
    daemons (mail_owner = postfix) and the virtual agent (uid nobody) can
    traverse them.
  - `postfix -c DIR start` runs post-install `create-missing`, which creates
    the queue subdirectories with the right owners (postfix / postdrop);
    data_directory must exist and be owned by postfix beforehand.
  - No syslog on these machines: maillog_file = DIR/maillog with
    maillog_file_prefixes = DIR (the default prefixes only allow /var and
    /dev/stdout) and the postlog unix-dgram service in master.cf; otherwise
    failures are silent.
  - chroot must be "n" for every service (a chroot would need copies of
    /etc files inside the queue directory).
  - alias_maps/alias_database empty and mydestination without example.test,
    so no local delivery and no aliases database is needed; texthash: maps
    need no postmap run.
  - local_header_rewrite_clients empty: Postfix then leaves the headers of
    mail from 127.0.0.1 alone, so the Maildir holds the message as sent.
  - Maildir delivery: virtual_mailbox_maps values end in "/", the base
    directory is owned by the virtual_uid_maps user (nobody:nogroup).
What it takes to run a private Dovecot as Postfix's SASL server:
  - `dovecot -c FILE` with base_dir, state_dir and log_path in the temp dir,
    `protocols =` (empty: auth only), `listen = 127.0.0.1` (an empty listen is
    refused), ssl = no, a passwd-file passdb with {PLAIN} passwords and a
    static userdb, and `service auth { unix_listener auth-postfix { mode =
    0666 } }` which Postfix reaches through smtpd_sasl_path.
  - It daemonises; SIGTERM to the pid in base_dir/master.pid ends it (as
    `dovecot -c FILE stop` does, a second faster); SIGKILL if it lingers.
  - auth_failure_delay = 0 and the anvil-auth-penalty listener disabled
    (mode 0): otherwise each wrong password costs 2, 4, 8 ... seconds.
"""

import contextlib
import hashlib
import os
import pwd
import grp
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# Debian's paths: the daemons are not on root's PATH in every shell.
_SBIN = ["/usr/sbin", "/usr/bin", "/usr/lib/postfix/sbin"]

# The users of the private mail system: name -> password (fixture-only
# secrets; they live in the temp dir's passwd-file and nowhere else).
DEFAULT_USERS = {
    "alice@example.test": "alice-Secret-1",
    "bob@example.test": "bob-Secret-2",
}
DOMAIN = "example.test"
# Dovecot's mechanisms as configured below (and as Postfix then announces them).
DOVECOT_MECHANISMS = ["PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5",
                      "SCRAM-SHA-1", "SCRAM-SHA-256"]


def _exit_on_sigterm(signum, frame):
    # ctest kills a test that runs over its timeout with SIGTERM: turn it into
    # SystemExit so that every `with Peer()` block still stops its peer and
    # removes its temp dir.
    sys.exit(128 + signum)


if hasattr(signal, "SIGTERM"):
    with contextlib.suppress(ValueError):  # only possible in the main thread
        signal.signal(signal.SIGTERM, _exit_on_sigterm)


class PeerMissing(RuntimeError):
    """A peer program is not installed: the caller must FAIL, never skip."""


class PeerFailed(RuntimeError):
    """A peer was installed but did not come up."""


def which(name):
    path = shutil.which(name, path=os.pathsep.join(_SBIN + os.environ.get("PATH", "").split(os.pathsep)))
    if not path:
        raise PeerMissing(
            f"required peer program '{name}' is not installed "
            f"(run installer/bootstrap.sh); this test fails rather than skips")
    return path


def require_python_module(module):
    try:
        __import__(module)
    except ImportError as e:
        raise PeerMissing(
            f"Python module '{module}' is missing for {sys.executable} "
            f"(Debian package python3-{module}; run installer/bootstrap.sh): {e}")


def free_port():
    """An ephemeral TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, timeout=15.0, proc=None, what="peer", log=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise PeerFailed(f"{what} exited with {proc.returncode} before listening"
                             + _tail(log))
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return
        except OSError:
            time.sleep(0.05)
    raise PeerFailed(f"{what} did not listen on 127.0.0.1:{port} within {timeout}s" + _tail(log))


def wait_for_greeting(port, timeout=15.0, what="peer", log=None):
    """Connect and wait for the 220 banner (Postfix's master listens before
    smtpd is ready to answer); then QUIT politely."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5.0) as s:
                data = s.recv(512)
                if data.startswith(b"220"):
                    s.sendall(b"QUIT\r\n")
                    with contextlib.suppress(OSError):
                        s.recv(512)
                    return data.decode("ascii", "replace").strip()
                last = data
        except OSError as e:
            last = e
        time.sleep(0.1)
    raise PeerFailed(f"{what} gave no 220 greeting on 127.0.0.1:{port} within {timeout}s "
                     f"(last: {last!r})" + _tail(log))


def _tail(path, lines=30):
    if not path or not os.path.exists(path):
        return ""
    with open(path, "r", errors="replace") as f:
        text = f.readlines()[-lines:]
    return f"\n--- last lines of {path} ---\n" + "".join(text)


def make_cert(directory, cn="localhost"):
    """A self-signed RSA certificate for localhost and 127.0.0.1 (openssl req).
    Returns (cert_file, key_file, sha256_hex_lowercase_without_colons)."""
    openssl = which("openssl")
    cert = os.path.join(directory, "cert.pem")
    key = os.path.join(directory, "key.pem")
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                    "-keyout", key, "-out", cert, "-days", "2", "-subj", f"/CN={cn}",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.chmod(key, 0o640)
    return cert, key, cert_sha256(cert)


def cert_sha256(cert_file):
    """The SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints
    it, normalised to lowercase hex without colons."""
    out = subprocess.run([which("openssl"), "x509", "-in", cert_file, "-noout",
                          "-fingerprint", "-sha256"],
                         check=True, capture_output=True, text=True).stdout
    # "sha256 Fingerprint=AB:CD:..." (the prefix's case varies by version)
    return out.strip().split("=", 1)[1].replace(":", "").lower()


def _run_daemon_starter(argv, log, env=None):
    """Run a command that forks a daemon (dovecot, postfix start). Its output
    goes to a file, not a pipe: the daemon inherits the descriptors, and
    reading a pipe to its end would wait for the daemon to exit."""
    with open(log, "ab") as f:
        r = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT,
                           env=env)
    return r.returncode


def _mkdtemp(prefix):
    d = tempfile.mkdtemp(prefix=prefix)
    os.chmod(d, 0o755)
    return d


class _Peer:
    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()
        return False


class DovecotPeer(_Peer):
    """A private Dovecot that only does authentication (for Postfix SASL)."""

    def __init__(self, directory, users=None, mechanisms=None):
        self.dir = directory
        self.users = dict(users or DEFAULT_USERS)
        self.mechanisms = list(mechanisms or DOVECOT_MECHANISMS)
        self.base_dir = os.path.join(directory, "dovecot-run")
        self.conf = os.path.join(directory, "dovecot.conf")
        self.log = os.path.join(directory, "dovecot.log")
        self.auth_socket = os.path.join(self.base_dir, "auth-postfix")
        self._started = False

    def start(self):
        dovecot = which("dovecot")
        os.makedirs(self.base_dir, mode=0o755, exist_ok=True)
        state_dir = os.path.join(self.dir, "dovecot-state")
        os.makedirs(state_dir, mode=0o750, exist_ok=True)
        passwd = os.path.join(self.dir, "dovecot.passwd")
        with open(passwd, "w") as f:
            for user, password in self.users.items():
                f.write(f"{user}:{{PLAIN}}{password}::::::\n")
        os.chmod(passwd, 0o640)
        shutil.chown(passwd, group="dovecot")
        with open(self.conf, "w") as f:
            f.write(f"""\
# Private Dovecot for Postscope's interop tests: SASL for Postfix only.
base_dir = {self.base_dir}
state_dir = {state_dir}
instance_name = postscope-test-{os.getpid()}-{os.path.basename(self.dir)}
log_path = {self.log}
info_log_path = {self.log}
protocols =
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
# Tests fail fast: no delay after a failed login (default 2 secs).
auth_failure_delay = 0
auth_mechanisms = {' '.join(m.lower() for m in self.mechanisms)}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={self.dir}
}}
service auth {{
  unix_listener auth-postfix {{
    mode = 0666
  }}
}}
# No brute-force penalty (2, 4, 8 ... s per failed login from one IP): the
# tests log in wrongly on purpose (Dovecot wiki, Authentication.Penalty).
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
""")
        starter_log = os.path.join(self.dir, "dovecot-start.log")
        rc = _run_daemon_starter([dovecot, "-c", self.conf], starter_log)
        if rc != 0:
            raise PeerFailed(f"dovecot -c {self.conf} failed ({rc})"
                             + _tail(starter_log) + _tail(self.log))
        self._started = True
        deadline = time.monotonic() + 10
        pidfile = os.path.join(self.base_dir, "master.pid")
        while not (os.path.exists(self.auth_socket) and os.path.exists(pidfile)):
            if time.monotonic() > deadline:
                raise PeerFailed(f"dovecot's {self.auth_socket} did not appear" + _tail(self.log))
            time.sleep(0.02)

    def stop(self):
        if not self._started:
            return
        self._started = False
        pidfile = os.path.join(self.base_dir, "master.pid")
        pid = None
        with contextlib.suppress(OSError, ValueError):
            pid = int(open(pidfile).read().strip())
        # SIGTERM to the master is what `dovecot stop` sends, without
        # doveadm's extra second of waiting; the children follow the master.
        if pid and _alive(pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        else:
            _run_daemon_starter([which("dovecot"), "-c", self.conf, "stop"],
                                os.path.join(self.dir, "dovecot-start.log"))
        if pid:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and _alive(pid):
                time.sleep(0.05)
            if _alive(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours counts as gone.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


class PostfixPeer(_Peer):
    """A private Postfix on 127.0.0.1:<free port> with STARTTLS, SASL via a
    private Dovecot, and Maildir delivery for alice@ and bob@example.test.

    Attributes once started: port, dir, cert_file, key_file, cert_sha256,
    users (address -> password), maildir_base, log."""

    def __init__(self, users=None, tls_auth_only=True, keep=False, main_cf_extra=""):
        self.users = dict(users or DEFAULT_USERS)
        self.tls_auth_only = tls_auth_only
        # More main.cf lines, e.g. "disable_vrfy_command = yes" (later lines win).
        self.main_cf_extra = main_cf_extra
        self.keep = keep or os.environ.get("POSTSCOPE_KEEP_PEERS") == "1"
        self.dir = None
        self.port = None
        self.dovecot = None
        self._started = False

    def maildir(self, local_part):
        return os.path.join(self.maildir_base, local_part)

    def delivered(self, local_part):
        """Paths of the messages delivered to local_part's Maildir (new/)."""
        new = os.path.join(self.maildir(local_part), "new")
        if not os.path.isdir(new):
            return []
        return sorted(os.path.join(new, n) for n in os.listdir(new))

    def wait_delivered(self, local_part, count=1, timeout=20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            files = self.delivered(local_part)
            if len(files) >= count:
                return files
            time.sleep(0.1)
        raise AssertionError(f"{count} message(s) for {local_part} not delivered within "
                             f"{timeout}s" + _tail(self.log, 40))

    def start(self):
        postfix = which("postfix")
        for prog in ("smtpd", "master", "virtual", "qmgr", "cleanup", "postlogd"):
            if not os.path.exists(os.path.join("/usr/lib/postfix/sbin", prog)):
                raise PeerMissing(f"Postfix daemon {prog} is missing under /usr/lib/postfix/sbin")
        self.dir = _mkdtemp("postscope-postfix-")
        d = self.dir
        self.port = free_port()
        self.log = os.path.join(d, "maillog")
        self.cert_file, self.key_file, self.cert_sha256 = make_cert(d)

        self.dovecot = DovecotPeer(d, self.users)
        self.dovecot.start()

        pf_uid = pwd.getpwnam("postfix").pw_uid
        pf_gid = grp.getgrnam("postfix").gr_gid
        v_uid = pwd.getpwnam("nobody").pw_uid
        v_gid = grp.getgrnam("nogroup").gr_gid

        conf = os.path.join(d, "conf")
        queue = os.path.join(d, "queue")
        data = os.path.join(d, "data")
        self.maildir_base = os.path.join(d, "mail")
        for p in (conf, queue):
            os.makedirs(p, mode=0o755)
        os.makedirs(data, mode=0o700)
        os.chown(data, pf_uid, pf_gid)
        os.makedirs(self.maildir_base, mode=0o755)
        os.chown(self.maildir_base, v_uid, v_gid)
        # The TLS key is read by smtpd running as postfix.
        os.chown(self.key_file, 0, pf_gid)

        vmailbox = os.path.join(conf, "vmailbox")
        with open(vmailbox, "w") as f:
            for user in self.users:
                f.write(f"{user} {user.split('@')[0]}/\n")  # trailing "/" = Maildir

        with open(os.path.join(conf, "main.cf"), "w") as f:
            f.write(f"""\
# Private Postfix for Postscope's interop tests (generated; see peers.py).
compatibility_level = 3.6
queue_directory = {queue}
data_directory = {data}
mail_owner = postfix
myhostname = mx.{DOMAIN}
mydomain = {DOMAIN}
myorigin = {DOMAIN}
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
local_recipient_maps =
local_header_rewrite_clients =
maillog_file = {self.log}
maillog_file_prefixes = {d}
smtputf8_enable = yes
biff = no

virtual_mailbox_domains = {DOMAIN}
virtual_mailbox_base = {self.maildir_base}
virtual_mailbox_maps = texthash:{vmailbox}
virtual_uid_maps = static:{v_uid}
virtual_gid_maps = static:{v_gid}
virtual_minimum_uid = 1

smtpd_banner = $myhostname ESMTP Postfix (postscope interop)
smtpd_tls_cert_file = {self.cert_file}
smtpd_tls_key_file = {self.key_file}
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_auth_only = {'yes' if self.tls_auth_only else 'no'}
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = {self.dovecot.auth_socket}
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
# Fail fast in tests: no tarpit after errors.
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 200
""" + (self.main_cf_extra.rstrip("\n") + "\n" if self.main_cf_extra else ""))
        # Every service unchrooted; the smtp inet line on our port only.
        with open(os.path.join(conf, "master.cf"), "w") as f:
            f.write(f"""\
# service type  private unpriv chroot wakeup maxproc command
127.0.0.1:{self.port} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
""")
        # `postfix start` would create the queue subdirectories itself
        # (post-install create-missing), but that costs seconds of shell and
        # postconf calls on a busy 2-core machine; making them here, with the
        # owners and modes of /etc/postfix/postfix-files, leaves it nothing to do.
        postdrop_gid = grp.getgrnam("postdrop").gr_gid
        for sub, uid, gid, mode in (
                ("active", pf_uid, 0, 0o700), ("bounce", pf_uid, 0, 0o700),
                ("corrupt", pf_uid, 0, 0o700), ("defer", pf_uid, 0, 0o700),
                ("deferred", pf_uid, 0, 0o700), ("flush", pf_uid, 0, 0o700),
                ("hold", pf_uid, 0, 0o700), ("incoming", pf_uid, 0, 0o700),
                ("private", pf_uid, 0, 0o700), ("saved", pf_uid, 0, 0o700),
                ("trace", pf_uid, 0, 0o700), ("pid", 0, 0, 0o755),
                ("maildrop", pf_uid, postdrop_gid, 0o1730),
                ("public", pf_uid, postdrop_gid, 0o2710)):
            path = os.path.join(queue, sub)
            os.mkdir(path)
            os.chown(path, uid, gid)
            os.chmod(path, mode)
        # postfix-script start skips its slow integrity checks (check-fatal,
        # check-warn: post-install, postsuper, find over the queue) when
        # queue_directory/quick-start exists; it removes the file itself.
        # `postfix -c DIR check` still works by hand on a kept instance.
        open(os.path.join(queue, "quick-start"), "w").close()
        env = dict(os.environ, MAIL_CONFIG=conf)
        starter_log = os.path.join(d, "postfix-start.log")
        rc = _run_daemon_starter([postfix, "-c", conf, "start"], starter_log, env=env)
        if rc != 0:
            raise PeerFailed(f"postfix -c {conf} start failed ({rc})"
                             + _tail(starter_log) + _tail(self.log))
        self._started = True
        self.banner = wait_for_greeting(self.port, what="postfix", log=self.log)

    def stop(self):
        if self._started:
            self._started = False
            conf = os.path.join(self.dir, "conf")
            pidfile = os.path.join(self.dir, "queue", "pid", "master.pid")
            pid = None
            with contextlib.suppress(OSError, ValueError):
                pid = int(open(pidfile).read().strip())
            _run_daemon_starter([which("postfix"), "-c", conf, "stop"],
                                os.path.join(self.dir, "postfix-start.log"),
                                env=dict(os.environ, MAIL_CONFIG=conf))
            if pid:
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline and _alive(pid):
                    time.sleep(0.05)
                if _alive(pid):
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
        if self.dovecot:
            self.dovecot.stop()
            self.dovecot = None
        if self.dir and not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)
        elif self.dir:
            print(f"peers: kept {self.dir}", file=sys.stderr)


class ProcessPeer(_Peer):
    """A foreground peer process in its own process group."""

    def __init__(self):
        self.proc = None
        self.dir = None
        self.log = None
        self._logf = None

    def _spawn(self, argv, **kw):
        self._logf = open(self.log, "wb")
        self.proc = subprocess.Popen(argv, stdout=self._logf, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True, **kw)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None
        if self._logf:
            self._logf.close()
            self._logf = None
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None


class SmtpSink(ProcessPeer):
    """Postfix's smtp-sink on 127.0.0.1:<free port>: accepts and discards
    everything (extra smtp-sink options, e.g. ["-c"], may be given)."""

    def __init__(self, options=None, port=None):
        super().__init__()
        self.options = list(options or [])
        self.port = port

    def start(self):
        sink = which("smtp-sink")
        self.dir = _mkdtemp("postscope-sink-")
        self.log = os.path.join(self.dir, "smtp-sink.log")
        self.port = self.port or free_port()
        argv = [sink] + self.options
        if os.geteuid() == 0:
            argv += ["-u", "nobody"]  # smtp-sink refuses to run as root without -u
        argv += [f"127.0.0.1:{self.port}", "256"]  # backlog argument is required
        self._spawn(argv, cwd=self.dir)
        wait_for_greeting(self.port, what="smtp-sink", log=self.log)


class LmtpPeer(ProcessPeer):
    """aiosmtpd's LMTP server on a Unix socket (lmtp_server.py): stores each
    message per recipient under store/<address>/<n>.eml, refuses `refuse_rcpt`
    at RCPT time (550 5.1.1) and `refuse_after_data` after DATA (552 5.2.2,
    the LMTP per-recipient reply)."""

    def __init__(self, refuse_rcpt=("ghost@example.test",),
                 refuse_after_data=("dave@example.test",)):
        super().__init__()
        self.refuse_rcpt = list(refuse_rcpt)
        self.refuse_after_data = list(refuse_after_data)

    def start(self):
        python = "/usr/bin/python3"  # Debian's interpreter has python3-aiosmtpd
        if not os.path.exists(python):
            raise PeerMissing("/usr/bin/python3 (Debian's Python, for aiosmtpd) is missing")
        probe = subprocess.run([python, "-c", "import aiosmtpd.lmtp"], capture_output=True, text=True)
        if probe.returncode != 0:
            raise PeerMissing("aiosmtpd is not importable by /usr/bin/python3 (Debian package "
                              "python3-aiosmtpd; run installer/bootstrap.sh): " + probe.stderr.strip())
        self.dir = _mkdtemp("postscope-lmtp-")
        self.socket = os.path.join(self.dir, "lmtp.sock")
        self.store = os.path.join(self.dir, "store")
        self.log = os.path.join(self.dir, "lmtp.log")
        argv = [python, os.path.join(HERE, "lmtp_server.py"), "--socket", self.socket,
                "--store", self.store]
        for r in self.refuse_rcpt:
            argv += ["--refuse-rcpt", r]
        for r in self.refuse_after_data:
            argv += ["--refuse-after-data", r]
        self._spawn(argv)
        deadline = time.monotonic() + 15
        while not os.path.exists(os.path.join(self.dir, "ready")):
            if self.proc.poll() is not None:
                raise PeerFailed(f"lmtp_server.py exited with {self.proc.returncode}" + _tail(self.log))
            if time.monotonic() > deadline:
                raise PeerFailed("lmtp_server.py did not become ready" + _tail(self.log))
            time.sleep(0.05)

    def messages(self, address):
        d = os.path.join(self.store, address)
        if not os.path.isdir(d):
            return []
        return [open(os.path.join(d, n), "rb").read() for n in sorted(os.listdir(d))]


class DelayProxy(ProcessPeer):
    """delay_proxy.py: a TCP proxy on 127.0.0.1:<free port> that delays every
    chunk by `delay_ms` in each direction (2 x delay_ms round trip)."""

    def __init__(self, target_port, delay_ms=5.0):
        super().__init__()
        self.target_port = target_port
        self.delay_ms = delay_ms

    def start(self):
        self.dir = _mkdtemp("postscope-proxy-")
        self.log = os.path.join(self.dir, "proxy.log")
        self.port = free_port()
        self._spawn([sys.executable, os.path.join(HERE, "delay_proxy.py"),
                     "--listen", str(self.port), "--target", str(self.target_port),
                     "--delay-ms", str(self.delay_ms)])
        wait_for_greeting(self.port, what="delay proxy", log=self.log)


def main(argv):
    """peers.py postfix|sink|lmtp [-- COMMAND...]: start the peer, run COMMAND
    with PEER_* variables in its environment (or print them and wait for
    Ctrl-C), then stop the peer and remove its files. Exit status is
    COMMAND's (or 1 if the peer failed to start)."""
    if len(argv) < 2 or argv[1] not in ("postfix", "sink", "lmtp"):
        print(main.__doc__, file=sys.stderr)
        return 2
    kind = argv[1]
    cmd = argv[argv.index("--") + 1:] if "--" in argv else []
    peer = {"postfix": PostfixPeer, "sink": SmtpSink, "lmtp": LmtpPeer}[kind]()
    try:
        with peer:
            env = {}
            if kind == "postfix":
                env = {"PEER_PORT": str(peer.port), "PEER_DIR": peer.dir,
                       "PEER_CERT": peer.cert_file, "PEER_CERT_SHA256": peer.cert_sha256,
                       "PEER_MAILDIR": peer.maildir_base, "PEER_LOG": peer.log}
                for i, (u, p) in enumerate(peer.users.items()):
                    env[f"PEER_USER{i + 1}"] = u
                    env[f"PEER_PASSWORD{i + 1}"] = p
            elif kind == "sink":
                env = {"PEER_PORT": str(peer.port)}
            else:
                env = {"PEER_SOCKET": peer.socket, "PEER_STORE": peer.store}
            if not cmd:
                for k, v in env.items():
                    if "PASSWORD" not in k:
                        print(f"{k}={v}")
                print("peer running; Ctrl-C stops it", flush=True)
                with contextlib.suppress(KeyboardInterrupt):
                    signal.pause()
                return 0
            return subprocess.run(cmd, env=dict(os.environ, **env)).returncode
    except (PeerMissing, PeerFailed) as e:
        print(f"peers.py: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
