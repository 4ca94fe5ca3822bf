#!/usr/bin/python3
"""Interop: `postscope-cli account authorize NAME --no-browser` end to end
(issue 8, section 1; issue 10, section 2), then `send --account NAME` with
the keychain's token.

Runs itself again inside a private D-Bus session with gnome-keyring-daemon
(tests/support/peers/keyring.py) and a temporary HOME:
  - an account with the custom OAuth provider of the local authorization
    server (tests/support/peers/oauth_server.py: PKCE checked, codes single
    use), set up with account add/export/import;
  - authorize --no-browser prints the authorization URL on stderr; the test
    plays the browser (follows it and the server's redirect to the loopback
    address); exit 0, the access and refresh tokens are in the keychain
    (secret-tool), in no file of the HOME, not in stdout/stderr;
  - send --account against `postscope-cli serve` whose users file has
    "bearer USER TOKEN": AUTH XOAUTH2 succeeds (235), the message is
    stored, the token is in no transcript or output;
  - the person says no at the provider: exit 7 with the provider's error,
    nothing new stored.
"""

import http.client
import json
import os
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.join(os.environ.get("POSTSCOPE_SOURCE_DIR",
                                               os.path.join(os.path.dirname(__file__), "..", "..")),
                                "tests", "support", "peers"))
import keyring  # noqa: E402
from clitest import cli_path, english_environment, run_cli, run_test  # noqa: E402
from sandbox import Sandbox  # noqa: E402

SOURCE = os.environ.get("POSTSCOPE_SOURCE_DIR",
                        os.path.join(os.path.dirname(__file__), "..", ".."))
CLIENT_ID = "postscope-test-client"
USER = "carol@example.test"


class AuthorizationServer:
    """oauth_server.py on 127.0.0.1 (the same server tst_oauthflow and the
    account dialog's test use)."""

    def __init__(self, mode="ok"):
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", os.path.join(SOURCE, "tests", "support", "peers",
                                              "oauth_server.py"),
             "--client-id", CLIENT_ID, "--mode", mode],
            stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"oauth_server.py did not start: {line!r}")
        self.port = int(line.split()[1])

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def log(self):
        with urllib.request.urlopen(self.url("/log"), timeout=10) as reply:
            return json.loads(reply.read())

    def stop(self):
        self.proc.kill()
        self.proc.wait(10)


def follow(url):
    """The browser: GET the authorization URL and follow the redirect to the
    loopback address; the page the CLI's handler answered with."""
    try:
        with urllib.request.urlopen(url, timeout=20) as reply:
            return reply.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as e:  # URLError is an OSError
        # The loopback handler may close without a page after a refusal.
        return f"browser error: {e}"


def authorize(name, timeout=60):
    """Runs account authorize --no-browser, follows the URL it prints; returns
    (rc, stdout, stderr, url, page)."""
    proc = subprocess.Popen([cli_path(), "account", "authorize", name, "--no-browser",
                             "--timeout", "30"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=english_environment())
    err_lines = []
    url = None
    page = None
    # stderr: "Open this address in a browser ...:\nURL\n"
    while True:
        line = proc.stderr.readline()
        if not line:
            break
        err_lines.append(line)
        if line.startswith("http://") or line.startswith("https://"):
            url = line.strip()
            break
    if url:
        page = follow(url)
    try:
        out, rest = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, rest = proc.communicate()
    return proc.returncode, out, "".join(err_lines) + rest, url, page


def body(checks):
    home = os.environ["HOME"]
    settings = keyring.settings_file()
    server = AuthorizationServer()
    try:
        # An XOAUTH2 account (add takes no token: authorize gets them), then
        # its OAuth provider through export/import (the JSON form's fields).
        r = run_cli(["account", "add", "mail", "--server", "127.0.0.1:9", "--security",
                     "starttls", "--auth", "xoauth2", "--user", USER,
                     "--identity", USER])
        checks.equal(r.rc, 0, "account add mail (XOAUTH2) exits 0", r)
        exported = os.path.join(home, "mail.json")
        r = run_cli(["account", "export", exported, "mail"])
        checks.equal(r.rc, 0, "account export exits 0", r)
        with open(exported) as f:
            data = json.load(f)
        for account in data.get("accounts", []):
            account.update({"oauthProvider": "custom",
                            "oauthAuthorizationEndpoint": server.url("/authorize"),
                            "oauthGrantEndpoint": server.url("/token"),
                            "oauthClientId": CLIENT_ID,
                            "oauthScope": "https://mail.example.test/ offline"})
        with open(exported, "w") as f:
            json.dump(data, f)
        r = run_cli(["account", "import", exported, "--replace"])
        checks.equal(r.rc, 0, "account import --replace with the OAuth provider exits 0", r)

        rc, out, err, url, page = authorize("mail")
        checks.check(url is not None and url.startswith(server.url("/authorize")),
                     f"authorize --no-browser prints the authorization URL (got {url!r}; "
                     f"stderr {err[-500:]!r})")
        checks.check("code_challenge_method=S256" in (url or ""),
                      "the URL carries the PKCE challenge (RFC 7636 4.3)")
        checks.check(page is not None and "Postscope received the authorization" in page,
                     f"the loopback redirect reached the CLI (page {str(page)[:200]!r})")
        checks.equal(rc, 0, f"authorize exits 0 (stdout {out!r}, stderr {err[-500:]!r})")
        checks.check("authorized" in out and "keychain" in out,
                     f"authorize says where the tokens went (got {out!r})")

        log = server.log()
        issued = [e for e in log if e.get("decision") == "tokens issued"]
        checks.equal(len(issued), 1, f"the server issued tokens once (log {log})")
        access = issued[0].get("access_token", "") if issued else ""
        refresh = issued[0].get("refresh_token", "") if issued else ""
        checks.equal(issued[0].get("pkce") if issued else None, "S256 verified",
                     "the server verified PKCE")

        rc_a, stored = keyring.secret_tool_lookup("mail/oauth-access-token")
        try:
            stored_json = json.loads(stored)
        except ValueError:
            stored_json = {}
        checks.check(rc_a == 0 and access and stored_json.get("accessToken") == access
                     and "expiresAt" in stored_json,
                     "the keychain holds the access token with its expiry under "
                     "mail/oauth-access-token")
        rc_r, stored_refresh = keyring.secret_tool_lookup("mail/oauth-refresh-token")
        checks.check(rc_r == 0 and refresh and stored_refresh == refresh,
                     "the keychain holds the refresh token under mail/oauth-refresh-token")
        for label, secret in (("the access token", access), ("the refresh token", refresh)):
            if not secret:
                continue
            checks.check(secret not in out and secret not in err,
                         f"{label} is not in authorize's output")
            checks.equal(keyring.files_containing(home, secret.encode()), [],
                         f"no file of the private HOME holds {label}")
        text = open(settings, "rb").read() if os.path.exists(settings) else b""
        checks.check(CLIENT_ID.encode() in text and access.encode() not in text,
                     f"the settings file {settings} holds the provider, not the token")

        # send --account: the token from the keychain logs in to the sandbox.
        users = os.path.join(home, "users")
        with open(users, "w") as f:
            f.write(f"bearer {USER} {access}\n")
        sandbox = Sandbox("--users", users)
        try:
            r = run_cli(["account", "edit", "mail", "--server", sandbox.server,
                         "--ca-file", sandbox.certificate])
            checks.equal(r.rc, 0, "account edit mail --server SANDBOX exits 0", r)
            transcript = os.path.join(home, "send.txt")
            r = run_cli(["send", "--account", "mail", "--to", "inbox@sandbox.test",
                         "--subject", "authorized", "--body", "with the keychain's token",
                         "--transcript", transcript, "--json"])
            checks.equal(r.rc, 0, "send --account mail exits 0 (token from the keychain)", r)
            auth = (r.json or {}).get("auth") or {}
            checks.equal((auth.get("mechanism"), auth.get("code")), ("XOAUTH2", 235),
                         "logged in with XOAUTH2: 235", r)
            messages = sandbox.wait_for_messages(1)
            checks.check(any(b"Subject: authorized" in m["data"] for m in messages),
                         "the sandbox stored the message")
            text = open(transcript, "rb").read() if os.path.exists(transcript) else b""
            checks.check(b"AUTH XOAUTH2 ********" in text,
                         "the transcript shows AUTH XOAUTH2 redacted")
            checks.check(access.encode() not in text and access not in r.stdout + r.stderr,
                         "the token is in no transcript or output", r)
        finally:
            sandbox.stop()
    finally:
        server.stop()

    # The person says no: the provider's error, exit 7, the tokens unchanged.
    denying = AuthorizationServer("deny")
    try:
        r = run_cli(["account", "export", exported, "mail"])
        with open(exported) as f:
            data = json.load(f)
        for account in data.get("accounts", []):
            account["oauthAuthorizationEndpoint"] = denying.url("/authorize")
            account["oauthGrantEndpoint"] = denying.url("/token")
        with open(exported, "w") as f:
            json.dump(data, f)
        r = run_cli(["account", "import", exported, "--replace"])
        checks.equal(r.rc, 0, "account import --replace (a denying provider) exits 0", r)
        rc, out, err, url, page = authorize("mail")
        checks.equal(rc, 7, f"a refusal exits 7 (stderr {err[-500:]!r})")
        checks.check("access_denied" in err, "the provider's error is named")
        rc_a, stored_after = keyring.secret_tool_lookup("mail/oauth-access-token")
        checks.equal(stored_after, stored, "the stored access token is unchanged")
    finally:
        denying.stop()


if __name__ == "__main__":
    keyring.reexec_inside_private_keyring()
    run_test("test_account_authorize", body)
