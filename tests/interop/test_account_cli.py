#!/usr/bin/python3
"""Interop: postscope-cli account and --account (issue 7, sections 4 and 6).

Runs itself again inside a private D-Bus session with gnome-keyring-daemon
(tests/support/peers/keyring.py) and a temporary HOME, then against a
private Postfix with SASL through Dovecot:
  - account add/list/edit/remove/export/import round trip through the CLI;
    the password reaches the keychain (checked with secret-tool) and never
    the settings file, `account list --json`, stdout/stderr or any file of
    the private HOME;
  - send --account with the password from the keychain: delivered, exit 0,
    From is the account's default identity; options override the account;
  - a wrong password in the keychain: exit 7 with Postfix's 535, for send and
    for account test;
  - an unknown account: exit 2;
  - with no session bus (no keychain can answer): account add with a password
    says so and stores nothing (exit 14); an account without a password
    works with --password-env, and without one says that no keychain answers.
"""

import json
import os
import select
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import keyring  # noqa: E402
import peers  # noqa: E402
from clitest import cli_path, run_cli, run_test  # noqa: E402

USER = "alice@example.test"


def accounts_by_name(result):
    return {a.get("name"): a for a in ((result.json or {}).get("accounts") or [])}


def no_secret_keys(value):
    """True when no key anywhere in a JSON value would name a secret."""
    if isinstance(value, dict):
        return all(not any(w in k.lower() for w in ("password", "secret", "token", "passphrase"))
                   and no_secret_keys(v) for k, v in value.items())
    if isinstance(value, list):
        return all(no_secret_keys(v) for v in value)
    return True


class TtyResult:
    def __init__(self, argv, rc, stdout, stderr, echoed, prompted):
        self.argv, self.rc, self.stdout, self.stderr = argv, rc, stdout, stderr
        self.echoed, self.prompted = echoed, prompted
        self.json = None

    def describe(self):
        return (f"  command: {' '.join(self.argv)}\n  exit: {self.rc}\n  stdout: {self.stdout[-2000:]}\n"
                f"  stderr: {self.stderr[-2000:]}\n  echoed on the terminal: {self.echoed!r}")


def run_on_tty(args, answer, env=None, timeout=60):
    """Runs postscope-cli with a pseudo-terminal as standard input, waits until
    it has switched echo off (the prompt), types answer and Return, and
    collects what the terminal echoed: nothing, when echo is off."""
    master, slave = os.openpty()
    argv = [cli_path()] + list(args)
    proc = subprocess.Popen(argv, stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(env or os.environ), start_new_session=True)
    os.close(slave)
    prompted = False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        # The slave's settings, read through the master (Linux).
        if not termios.tcgetattr(master)[3] & termios.ECHO:
            prompted = True
            break
        time.sleep(0.02)
    echoed = b""
    if prompted:
        os.write(master, answer.encode() + b"\n")
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    echoed += os.read(master, 4096)
                except OSError:
                    break
    try:
        out, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    os.close(master)
    print(f"run  postscope-cli {' '.join(args[:3])} ... on a terminal -> exit {proc.returncode}",
          flush=True)
    return TtyResult(argv, proc.returncode, out.decode("utf-8", "replace"),
                     err.decode("utf-8", "replace"), echoed, prompted)


def on_terminal(checks, pf, password):
    """The prompt: echo off, the answer to the keychain (account add) or to
    the login only (no keychain)."""
    server = f"127.0.0.1:{pf.port}"
    r = run_on_tty(["account", "add", "tty", "--server", server, "--ca-file", pf.cert_file,
                    "--user", USER, "--identity", USER], password)
    checks.check(r.prompted and r.rc == 0 and "Password for alice@example.test" in r.stderr,
                 "account add on a terminal prompts for the password and exits 0", r)
    checks.check(password.encode() not in r.echoed, "the prompt does not echo the password", r)
    rc, secret = keyring.secret_tool_lookup("tty/password")
    checks.check(rc == 0 and secret == password, "the typed password is in the keychain")
    r = run_cli(["send", "--account", "tty", "--to", "bob@example.test", "--subject", "tty",
                 "--body", "x"])
    checks.equal(r.rc, 0, "send --account with the typed password exits 0", r)
    r = run_on_tty(["account", "edit", "tty", "--helo", "tty.example.test"], password, timeout=20)
    checks.check(not r.prompted and r.rc == 0, "account edit on a terminal does not ask again", r)
    r = run_cli(["account", "edit", "tty", "--user", "bob@example.test"])
    checks.check(r.rc == 0 and "was for alice@example.test" in r.stderr,
                 "a new --user without a password: exit 0 and a note that the old one stays", r)
    checks.equal(run_cli(["account", "remove", "tty"]).rc, 0, "account remove tty exits 0")


def round_trip(checks, pf, password):
    server = f"127.0.0.1:{pf.port}"
    home = os.environ["HOME"]
    settings = keyring.settings_file()
    env = {"PS_PW": password, "PS_BAD": "not-the-password-7"}

    # add: connection and auth options as for send, two identities, the
    # password from the environment into the keychain.
    r = run_cli(["account", "add", "work", "--server", server, "--security", "starttls",
                 "--ca-file", pf.cert_file, "--helo", "client.example.test",
                 "--auth", "plain", "--user", USER, "--password-env", "PS_PW",
                 "--identity", "Alice Example <alice@example.test>",
                 "--identity", "bob@example.test"], env=env)
    checks.equal(r.rc, 0, "account add work exits 0", r)
    rc, secret = keyring.secret_tool_lookup("work/password")
    checks.check(rc == 0 and secret == password,
                 "secret-tool finds the password under work/password in the keychain")

    # add again: refused, nothing changed.
    r = run_cli(["account", "add", "work", "--server", server], env=env)
    checks.equal(r.rc, 2, "adding an existing name exits 2", r)
    r = run_cli(["account", "add", "other", "--server", server, "--identity", "not an address"])
    checks.equal(r.rc, 2, "a bad --identity exits 2", r)

    r = run_cli(["account", "list", "--json"])
    checks.equal(r.rc, 0, "account list --json exits 0", r)
    accounts = accounts_by_name(r)
    checks.equal(sorted(accounts), ["sandbox", "work"], "the sandbox and work are listed", r)
    w = accounts.get("work", {})
    checks.equal((w.get("host"), w.get("port"), w.get("security"), w.get("user"),
                  w.get("authMechanism"), w.get("heloName")),
                 ("127.0.0.1", pf.port, "starttls", USER, "PLAIN", "client.example.test"),
                 "work's settings as given", r)
    ids = w.get("identities") or []
    checks.check(len(ids) == 2 and ids[0].get("address") == USER and ids[0].get("default") is True
                 and ids[0].get("displayName") == "Alice Example" and ids[1].get("default") is False,
                 f"identities in order, the first the default From (got {ids})", r)
    checks.equal(w.get("caFile"), os.path.abspath(pf.cert_file), "caFile is the absolute path", r)
    checks.check(password not in r.stdout and no_secret_keys(r.json),
                 "account list --json shows no password and no secret field", r)
    checks.equal((r.json or {}).get("settingsFile"), settings, "settingsFile is XDG_CONFIG_HOME's", r)

    r = run_cli(["account", "list"])
    checks.check(r.rc == 0 and "work" in r.stdout and f"127.0.0.1:{pf.port}" in r.stdout
                 and "Alice Example <alice@example.test>" in r.stdout and password not in r.stdout,
                 "account list prints a table with server and From, no password", r)

    data = open(settings, "rb").read() if os.path.exists(settings) else b""
    checks.check(b"127.0.0.1" in data and USER.encode() in data,
                 f"the settings file {settings} holds the account")
    checks.check(password.encode() not in data, "the settings file holds no password")

    # send --account: everything from the account, the password from the keychain.
    transcript = os.path.join(home, "send.txt")
    r = run_cli(["send", "--account", "work", "--to", "bob@example.test",
                 "--subject", "via account", "--body", "sent with --account",
                 "--transcript", transcript, "--json"], env={})
    checks.equal(r.rc, 0, "send --account work exits 0 (password from the keychain)", r)
    j = r.json or {}
    checks.equal(j.get("account"), "work", "the JSON names the account", r)
    checks.equal((j.get("auth") or {}).get("mechanism"), "PLAIN", "logged in with the account's PLAIN", r)
    checks.equal(j.get("sender"), USER, "the envelope sender is the default identity", r)
    files = pf.wait_delivered("bob", 1)
    mine = [f for f in files if b"Subject: via account" in open(f, "rb").read()]
    checks.equal(len(mine), 1, "Postfix delivered the --account message to bob")
    if mine:
        msg = open(mine[0], "rb").read()
        checks.check(b"ESMTPSA" in msg, "Received says ESMTPSA: TLS and AUTH were used")
        checks.check(b"\nFrom: Alice Example <alice@example.test>" in msg,
                     "the From field is the account's default identity")
    text = open(transcript, "rb").read() if os.path.exists(transcript) else b""
    checks.check(b"EHLO client.example.test" in text and b"STARTTLS" in text,
                 "the transcript shows the account's EHLO name and STARTTLS")
    checks.check(password.encode() not in text and password not in r.stdout + r.stderr,
                 "no password in the transcript or the output")

    # Options override the account: --helo, and --from over the identity.
    transcript2 = os.path.join(home, "send2.txt")
    r = run_cli(["send", "--account", "work", "--helo", "override.example.test",
                 "--from", "bob@example.test", "--to", "alice@example.test",
                 "--subject", "override", "--body", "x", "--transcript", transcript2, "--json"])
    checks.equal(r.rc, 0, "send --account with --helo and --from exits 0", r)
    checks.equal((r.json or {}).get("sender"), "bob@example.test", "--from overrides the identity", r)
    text = open(transcript2, "rb").read() if os.path.exists(transcript2) else b""
    checks.check(b"EHLO override.example.test" in text, "--helo overrides the account's EHLO name")

    # verify and raw take --account too: verify logs in as the account, raw
    # sends only what is typed (no login, no keychain read).
    r = run_cli(["verify", "--account", "work", "--method", "rcpt", "--json",
                 "alice@example.test", "ghost@example.test"])
    verdicts = {x.get("query"): x.get("verdict") for x in (r.json or {}).get("results") or []}
    checks.check(r.rc == 1 and verdicts == {"alice@example.test": "exists",
                                            "ghost@example.test": "unknown"}
                 and ((r.json or {}).get("auth") or {}).get("ok") is True,
                 f"verify --account: logged in, alice exists, ghost unknown, exit 1 (got {verdicts})", r)
    r = run_cli(["raw", "--account", "work", "--json", "EHLO raw.example.test", "QUIT"])
    checks.check(r.rc == 0 and [e.get("code") for e in (r.json or {}).get("exchanges") or []] == [250, 221],
                 "raw --account sends what is typed and exits 0", r)
    checks.check(((r.json or {}).get("server") or {}).get("port") == pf.port,
                 "raw --account connects to the account's server", r)

    script = os.path.join(home, "console.txt")
    with open(script, "w") as f:
        f.write("EHLO console.example.test\nQUIT\n")
    r = run_cli(["console", "--account", "work", "--script", script])
    checks.check(r.rc == 0 and "250" in r.stdout + r.stderr,
                 "console --account runs the typed lines against the account's server", r)

    # account test: the probe with the account's login.
    r = run_cli(["account", "test", "work", "--json"])
    checks.equal(r.rc, 0, "account test work exits 0", r)
    checks.check(((r.json or {}).get("auth") or {}).get("ok") is True
                 and isinstance((r.json or {}).get("findings"), list),
                 "account test logged in and reports findings", r)

    # A wrong password in the keychain: Postfix's 535, exit 7.
    r = run_cli(["account", "edit", "work", "--password-env", "PS_BAD"], env=env)
    checks.equal(r.rc, 0, "account edit work --password-env exits 0", r)
    rc, secret = keyring.secret_tool_lookup("work/password")
    checks.equal(secret, env["PS_BAD"], "the keychain holds the new (wrong) password")
    r = run_cli(["send", "--account", "work", "--to", "bob@example.test", "--body", "x",
                 "--subject", "wrong", "--json"])
    checks.equal(r.rc, 7, "send --account with a wrong keychain password exits 7", r)
    checks.equal(((r.json or {}).get("error") or {}).get("code"), 535, "the error is Postfix's 535", r)
    checks.check(env["PS_BAD"] not in r.stdout + r.stderr, "the wrong password is not printed", r)
    r = run_cli(["account", "test", "work", "--json"])
    checks.equal(r.rc, 7, "account test with the wrong password exits 7", r)
    ids = [f.get("id") for f in (r.json or {}).get("findings") or []]
    checks.check("login-failed" in ids, f"account test finds login-failed (got {ids})", r)
    # --password-env on the command line overrides the keychain.
    r = run_cli(["send", "--account", "work", "--password-env", "PS_PW", "--to", "bob@example.test",
                 "--subject", "override password", "--body", "x"], env=env)
    checks.equal(r.rc, 0, "--password-env overrides the keychain's password", r)

    # edit keeps what is not given; --identity replaces the list.
    r = run_cli(["account", "edit", "work", "--identity", "Bob <bob@example.test>", "--timeout", "9"])
    checks.equal(r.rc, 0, "account edit --identity --timeout exits 0", r)
    w = accounts_by_name(run_cli(["account", "list", "--json"])).get("work", {})
    checks.check([i.get("address") for i in w.get("identities") or []] == ["bob@example.test"]
                 and w.get("replyTimeoutMs") == 9000 and w.get("user") == USER
                 and w.get("host") == "127.0.0.1" and w.get("caFile"),
                 f"edit replaced the identities and timeout, kept the rest (got {w})")
    r = run_cli(["account", "edit", "nosuch", "--helo", "x"])
    checks.equal(r.rc, 2, "account edit of an unknown account exits 2", r)

    r = run_cli(["send", "--account", "nosuch", "--to", "bob@example.test", "--body", "x"])
    checks.check(r.rc == 2 and "nosuch" in r.stderr, "send --account nosuch exits 2 and names it", r)

    # export, remove (secrets go too), import (no secrets come back).
    export = os.path.join(home, "accounts.json")
    r = run_cli(["account", "export", export])
    checks.equal(r.rc, 0, "account export exits 0", r)
    exported = open(export, "rb").read() if os.path.exists(export) else b""
    checks.check(b'"work"' in exported and password.encode() not in exported
                 and env["PS_BAD"].encode() not in exported and no_secret_keys(json.loads(exported or b"{}")),
                 "the export holds the account and no secret")
    r = run_cli(["account", "remove", "work"])
    checks.equal(r.rc, 0, "account remove work exits 0", r)
    checks.equal(sorted(accounts_by_name(run_cli(["account", "list", "--json"]))), ["sandbox"],
                 "work is gone from the list")
    rc, secret = keyring.secret_tool_lookup("work/password")
    checks.check(rc != 0 and secret == "", "the keychain entry went with the account")
    r = run_cli(["account", "remove", "work"])
    checks.equal(r.rc, 2, "removing it again exits 2", r)
    r = run_cli(["account", "import", export])
    checks.equal(r.rc, 0, "account import exits 0", r)
    checks.check("work" in accounts_by_name(run_cli(["account", "list", "--json"])),
                 "the imported account is listed")
    r = run_cli(["send", "--account", "work", "--to", "bob@example.test", "--body", "x",
                 "--subject", "no secret"])
    checks.check(r.rc == 2 and "holds no password" in r.stderr,
                 "without a stored password and no terminal: exit 2, says the keychain has none", r)

    for label, secret_text in (("the password", password), ("the wrong password", env["PS_BAD"])):
        found = keyring.files_containing(home, secret_text.encode())
        checks.equal(found, [], f"no file of the private HOME holds {label}")


def without_keychain(checks, pf, password):
    server = f"127.0.0.1:{pf.port}"
    with tempfile.TemporaryDirectory(prefix="postscope-nobus-") as home:
        env = keyring.without_session_bus(home)
        env["PS_PW"] = password
        settings = keyring.settings_file(env)

        def cli(args):
            return run_cli(args, env=env)

        r = cli(["account", "add", "nobus", "--server", server, "--ca-file", pf.cert_file,
                 "--user", USER, "--password-env", "PS_PW"])
        checks.equal(r.rc, 14, "no keychain: account add with a password exits 14", r)
        checks.check("keychain" in r.stderr and "Nothing was stored" in r.stderr,
                     "it says that no keychain answers and nothing was stored", r)
        data = open(settings, "rb").read() if os.path.exists(settings) else b""
        checks.check(b"nobus" not in data, "no account was written to the settings")
        checks.equal(keyring.files_containing(home, password.encode()), [],
                     "no file of the HOME holds the password")

        r = cli(["account", "add", "nobus", "--server", server, "--ca-file", pf.cert_file,
                 "--user", USER, "--auth", "plain", "--no-password",
                 "--identity", "alice@example.test"])
        checks.equal(r.rc, 0, "no keychain: account add --no-password exits 0", r)
        r = cli(["send", "--account", "nobus", "--to", "bob@example.test", "--body", "x",
                 "--subject", "nobus"])
        checks.check(r.rc == 14 and "keychain" in r.stderr and "--password-env" in r.stderr,
                     "no keychain, no terminal: send --account exits 14 and names the options", r)
        r = cli(["send", "--account", "nobus", "--password-env", "PS_PW", "--to", "bob@example.test",
                 "--body", "x", "--subject", "nobus with password", "--json"])
        checks.equal(r.rc, 0, "no keychain: send --account --password-env exits 0", r)
        r = run_on_tty(["send", "--account", "nobus", "--to", "bob@example.test", "--body", "x",
                        "--subject", "nobus on a terminal"], password, env=env)
        checks.check(r.prompted and r.rc == 0 and "asking instead" in r.stderr
                     and "keychain" in r.stderr,
                     "no keychain, on a terminal: says so, asks, and the send exits 0", r)
        checks.check(password.encode() not in r.echoed, "the prompt does not echo the password", r)
        checks.equal(keyring.files_containing(home, password.encode()), [],
                     "still no file of the HOME holds the password")


def body(checks):
    with peers.PostfixPeer() as pf:
        password = pf.users[USER]
        round_trip(checks, pf, password)
        on_terminal(checks, pf, password)
        without_keychain(checks, pf, password)


if __name__ == "__main__":
    keyring.reexec_inside_private_keyring()
    run_test("test_account_cli", body)
