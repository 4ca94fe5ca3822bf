#!/usr/bin/env bash
# Postfix's smtp-source against `postscope-cli serve` under load: 10,000
# messages of 1 KiB over 8 parallel sessions, and nothing may be lost: the
# Maildir holds exactly 10,000 messages, each of the size sent.
set -u

fail() { echo "FAIL: $*" >&2; exit 1; }

CLI=${POSTSCOPE_CLI:?POSTSCOPE_CLI must name postscope-cli}
SOURCE=$(command -v smtp-source || echo /usr/sbin/smtp-source)
[ -x "$SOURCE" ] || fail "smtp-source is not installed (package postfix; installer/bootstrap.sh installs it)"

MESSAGES=10000
SESSIONS=8
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

"$CLI" serve --no-tls --maildir "$WORK/maildir" >"$WORK/out" 2>"$WORK/err" &
SERVER_PID=$!
for _ in $(seq 1 100); do
    grep -q '^listening on smtp://' "$WORK/out" && break
    sleep 0.05
done
PORT=$(sed -n 's#^listening on smtp://127\.0\.0\.1:\([0-9]*\)$#\1#p' "$WORK/out")
[ -n "$PORT" ] || fail "serve did not print its port: $(cat "$WORK/out" "$WORK/err")"

START=$(date +%s.%N)
# -s sessions, -m messages in total, -l message length, -f/-t envelope.
timeout 300 "$SOURCE" -s "$SESSIONS" -m "$MESSAGES" -l 1024 -f sender@load.test -t sink@load.test "127.0.0.1:$PORT" \
    >"$WORK/source.out" 2>&1
RC=$?
END=$(date +%s.%N)
[ $RC -eq 0 ] || fail "smtp-source exited $RC: $(tail -5 "$WORK/source.out")"

BOX="$WORK/maildir/sink@load.test"
COUNT=$(find "$BOX/new" -type f | wc -l)
ENVELOPES=$(find "$BOX/envelopes" -type f -name '*.json' | wc -l)
TMP=$(find "$BOX/tmp" -type f | wc -l)
echo "stored $COUNT messages, $ENVELOPES envelopes, $TMP left in tmp, in $(echo "$END - $START" | bc) s"
[ "$COUNT" -eq "$MESSAGES" ] || fail "the Maildir holds $COUNT messages, expected $MESSAGES"
[ "$ENVELOPES" -eq "$MESSAGES" ] || fail "$ENVELOPES envelopes, expected $MESSAGES"
[ "$TMP" -eq 0 ] || fail "$TMP files left in tmp/"

# Every message is whole: smtp-source's 1024 octets of body plus its headers.
SHORT=$(find "$BOX/new" -type f -size -1024c | wc -l)
[ "$SHORT" -eq 0 ] || fail "$SHORT messages shorter than the 1024-octet body"
SAMPLE=$(find "$BOX/envelopes" -type f | head -1)
grep -q '"mailFrom": "sender@load.test"' "$SAMPLE" || fail "envelope lacks the sender: $(cat "$SAMPLE")"

# SIGTERM ends the server cleanly with exit code 0.
kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
RC=$?
SERVER_PID=
[ $RC -eq 0 ] || fail "serve exited $RC after SIGTERM"
echo "PASS"
