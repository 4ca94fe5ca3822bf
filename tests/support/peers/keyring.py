"""A private Secret Service, or none at all, for interop scripts that store
passwords through postscope-cli (issue 7, sections 4 and 6).

The Python twin of tests/support/privatekeyring.cpp: the script runs itself
again inside `dbus-run-session` with `gnome-keyring-daemon --unlock` (a
throw-away keyring password) and a temporary HOME, so the machine's keyring
and session bus are never touched:

    if keyring.reexec_inside_private_keyring():   # the outer run
        ...                                       # never reached: it exits
    # inside: HOME, XDG_* are private; the keychain answers

A missing dbus-run-session or gnome-keyring-daemon is a failure with a
message (house rule: never a skip). `without_session_bus(home)` gives the
environment of a process for which no keychain can answer.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile

INSIDE = "POSTSCOPE_PRIVATE_KEYRING"
SERVICE = "Postscope"   # SecretStore's service name

# No desktop hints: QtKeychain then picks the Secret Service (libsecret), no
# KWallet of the person's, and no display for an unlock prompt.
_DESKTOP = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
            "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID",
            "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK")


def private_home_env(home):
    """HOME and the XDG folders under home (created), as an environment dict."""
    env = {"HOME": home}
    for key, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "runtime")):
        path = os.path.join(home, sub)
        os.makedirs(path, exist_ok=True)
        env[key] = path
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
    return env


def without_session_bus(home):
    """The environment of a process no keychain answers: a private HOME and a
    session bus address that names nothing (so nothing autolaunches)."""
    env = dict(os.environ)
    for name in _DESKTOP:
        env.pop(name, None)
    env.update(private_home_env(home))
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + os.path.join(home, "no-session-bus-here")
    return env


def settings_file(env=None):
    """Where postscope and postscope-cli keep their settings (QSettings for
    organization Postscope, application postscope)."""
    config = (env or os.environ).get("XDG_CONFIG_HOME") or os.path.join(
        (env or os.environ)["HOME"], ".config")
    return os.path.join(config, "Postscope", "postscope.conf")


def reexec_inside_private_keyring(timeout=400):
    """Outer run: run this script again inside a private D-Bus session with an
    unlocked gnome-keyring-daemon and exit with its exit code. Inner run:
    return False at once."""
    if os.environ.get(INSIDE):
        return False
    missing = [p for p in ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")
               if not shutil.which(p)]
    if missing:
        print(f"FAIL: {', '.join(missing)} not installed: this test needs a real Secret Service "
              f"in a private D-Bus session (Debian packages dbus-daemon, gnome-keyring, "
              f"libsecret-tools; run installer/bootstrap.sh). It fails rather than skips.",
              flush=True)
        sys.exit(1)
    home = tempfile.mkdtemp(prefix="postscope-keyring-")
    try:
        env = dict(os.environ)
        for name in _DESKTOP:
            env.pop(name, None)
        env.update(private_home_env(home))
        env[INSIDE] = "1"
        # --unlock reads the keyring's password from stdin and makes the
        # login keyring the default collection; --components=secrets starts
        # only the Secret Service. The daemon goes with the private bus.
        script = ("printf %s postscope-test-keyring | \"$1\" --unlock --components=secrets "
                  ">/dev/null || { echo 'FAIL: gnome-keyring-daemon --unlock failed' >&2; "
                  "exit 97; }\nshift\nexec \"$@\"\n")
        argv = ["dbus-run-session", "--", "sh", "-c", script, "sh",
                shutil.which("gnome-keyring-daemon"), sys.executable, os.path.abspath(sys.argv[0])]
        argv += sys.argv[1:]
        proc = subprocess.Popen(argv, env=env, start_new_session=True)
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL: the test inside the private keyring session did not end within "
                  f"{timeout} s", flush=True)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            rc = 1
    finally:
        shutil.rmtree(home, ignore_errors=True)
    sys.exit(rc if rc >= 0 else 1)


def secret_tool_lookup(key, service=SERVICE, env=None):
    """libsecret's own client, an independent look at the keyring: (exit
    code, secret). QtKeychain keeps an entry under user=KEY, server=SERVICE."""
    proc = subprocess.run(["secret-tool", "lookup", "user", key, "server", service],
                          capture_output=True, timeout=30, env=env)
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


def files_containing(directory, needle):
    """Every regular file under directory whose bytes contain needle."""
    found = []
    for root, _dirs, files in os.walk(directory):
        for name in files:
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                with open(path, "rb") as f:
                    if needle in f.read():
                        found.append(path)
            except OSError:
                continue
    return found
