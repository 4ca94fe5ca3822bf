#!/usr/bin/env bash
# Interop: the private Postfix fixture's shell entry point
# (tests/support/peers/peers.py postfix -- COMMAND) runs a command while
# Postfix and Dovecot are up, passes PEER_* variables, returns the command's
# exit status, and leaves nothing behind: no temp dir, no master process, also
# when the command fails. A missing peer or CLI fails this test (no skips).
set -uo pipefail
src="${POSTSCOPE_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
peers="$src/tests/support/peers/peers.py"
cli="${POSTSCOPE_CLI:-}"
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }

if [[ -z "$cli" || ! -x "$cli" ]]; then
  echo "FAIL POSTSCOPE_CLI='$cli' is not an executable postscope-cli (run through ctest)"
  exit 1
fi
export POSTSCOPE_CLI="$cli"

out="$(mktemp)"
trap 'rm -f "$out"' EXIT

# 1. A probe inside the fixture; the inner script records what it saw.
/usr/bin/python3 "$peers" postfix -- bash -c '
  set -u
  echo "dir=$PEER_DIR"
  echo "pid=$(cat "$PEER_DIR/queue/pid/master.pid" | tr -d " ")"
  "$POSTSCOPE_CLI" probe --server "127.0.0.1:$PEER_PORT" --security starttls \
      --ca-file "$PEER_CERT" --json > "$PEER_DIR/probe.json"
  echo "probe_rc=$?"
  /usr/bin/python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print(\"sha=\" + j[\"tls\"][\"chain\"][0][\"sha256\"].replace(\":\",\"\").lower())" "$PEER_DIR/probe.json"
  echo "want=$PEER_CERT_SHA256"
  exit 3' > "$out" 2>&1
rc=$?
cat "$out"
[[ $rc -eq 3 ]] && ok "peers.py returns the command's exit status (3)" || fail "peers.py returned $rc, want 3"
grep -q '^probe_rc=0$' "$out" && ok "probe inside the fixture exits 0" || fail "probe inside the fixture did not exit 0"
sha="$(sed -n 's/^sha=//p' "$out")"; want="$(sed -n 's/^want=//p' "$out")"
[[ -n "$sha" && "$sha" == "$want" ]] && ok "certificate sha256 matches PEER_CERT_SHA256" \
  || fail "certificate sha256 '$sha' != '$want'"
dir="$(sed -n 's/^dir=//p' "$out")"; pid="$(sed -n 's/^pid=//p' "$out")"
[[ -n "$dir" && ! -e "$dir" ]] && ok "temp dir $dir removed" || fail "temp dir '$dir' left behind"
if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null; then
  fail "Postfix master $pid still running after the fixture ended"
else
  [[ -n "$pid" ]] && ok "Postfix master $pid stopped" || fail "no master pid seen"
fi

# 2. A failing command: the fixture still cleans up and passes the status on.
/usr/bin/python3 "$peers" postfix -- bash -c 'echo "dir=$PEER_DIR"; exit 42' > "$out" 2>&1
rc=$?
dir="$(sed -n 's/^dir=//p' "$out")"
[[ $rc -eq 42 ]] && ok "failing command's status 42 passed on" || fail "got $rc, want 42"
[[ -n "$dir" && ! -e "$dir" ]] && ok "temp dir removed after a failing command" || fail "temp dir '$dir' left after failure"

if [[ $failures -gt 0 ]]; then
  echo "test_postfix_fixture: $failures check(s) FAILED"
  exit 1
fi
echo "test_postfix_fixture: all checks passed"
