"""Small helpers for interop test scripts that drive postscope-cli.

A test script collects failed checks with Checks and ends with
`sys.exit(checks.finish())`: exit 0 only when every check held. Anything
missing (the CLI, a peer program) is a failure with a clear message, never a
skip (house rule; the same with CI=true or without).
"""

import json
import os
import shlex
import subprocess
import sys
import time
import traceback


def cli_path():
    path = os.environ.get("POSTSCOPE_CLI")
    if not path:
        raise RuntimeError("POSTSCOPE_CLI is not set: run this test through ctest, or export "
                           "POSTSCOPE_CLI=/path/to/build/app/cli/postscope-cli")
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise RuntimeError(f"POSTSCOPE_CLI={path} is not an executable file (build the "
                           f"postscope-cli target first)")
    return path


class CliResult:
    def __init__(self, argv, proc):
        self.argv = argv
        self.rc = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.json = None
        self.json_error = None
        try:
            self.json = json.loads(proc.stdout) if proc.stdout.strip() else None
        except ValueError as e:
            self.json_error = str(e)

    def describe(self):
        cmd = " ".join(shlex.quote(a) for a in self.argv)
        return (f"  command: {cmd}\n  exit: {self.rc}\n  stdout: {self.stdout[-3000:]!s}\n"
                f"  stderr: {self.stderr[-3000:]!s}")


def english_environment(extra=None):
    """The environment with the C locale: postscope-cli follows the system
    language, and the tests read its English sentences."""
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES")}
    environment.update({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    environment.update(extra or {})
    return environment


def run_cli(args, env=None, timeout=120, stdin=None):
    argv = [cli_path()] + list(args)
    t0 = time.monotonic()
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                          env=english_environment(env),
                          stdin=stdin if stdin is not None else subprocess.DEVNULL)
    result = CliResult(argv, proc)
    result.seconds = time.monotonic() - t0
    print(f"run  postscope-cli {' '.join(shlex.quote(a) for a in args[:3])} ... -> exit {result.rc} "
          f"in {result.seconds:.2f} s", flush=True)
    return result


def keyword(capabilities, name):
    """Look up an EHLO keyword case-insensitively (smtplib's has_extn()) in a
    probe JSON "ehlo" object; returns its parameter list or None."""
    if not capabilities:
        return None
    for k, v in (capabilities.get("keywords") or {}).items():
        if k.upper() == name.upper():
            return v
    return None


class Checks:
    def __init__(self, name):
        self.name = name
        self.failures = []
        self.passed = 0

    def check(self, cond, what, result=None):
        if cond:
            self.passed += 1
            print(f"ok   {what}", flush=True)
        else:
            detail = ("\n" + result.describe()) if result is not None else ""
            self.failures.append(what)
            print(f"FAIL {what}{detail}", flush=True)
        return bool(cond)

    def equal(self, actual, expected, what, result=None):
        ok = actual == expected
        if not ok:
            what = f"{what}: expected {expected!r}, got {actual!r}"
        return self.check(ok, what, result)

    def fail(self, what):
        self.failures.append(what)
        print(f"FAIL {what}", flush=True)

    def finish(self):
        if self.failures:
            print(f"\n{self.name}: {len(self.failures)} check(s) FAILED, {self.passed} passed:",
                  flush=True)
            for f in self.failures:
                print(f"  - {f.splitlines()[0]}")
            return 1
        if self.passed == 0:
            print(f"{self.name}: no checks ran: FAIL")
            return 1
        print(f"\n{self.name}: all {self.passed} checks passed", flush=True)
        return 0


def run_test(name, body):
    """Run body(checks); any exception (a missing peer or CLI included) is a
    failure with its message."""
    checks = Checks(name)
    try:
        body(checks)
    except Exception as e:  # noqa: BLE001 - report everything as a failure
        traceback.print_exc()
        checks.fail(f"{type(e).__name__}: {e}")
    sys.exit(checks.finish())
