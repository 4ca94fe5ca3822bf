#!/usr/bin/env bash
# swaks (a client nobody here wrote) against `postscope-cli serve`: STARTTLS,
# AUTH PLAIN/LOGIN/CRAM-MD5, a wrong password, PIPELINING, an attachment,
# implicit TLS, and the Maildir file holding exactly what swaks sent.
set -u

fail() { echo "FAIL: $*" >&2; exit 1; }

CLI=${POSTSCOPE_CLI:?POSTSCOPE_CLI must name postscope-cli}
command -v swaks >/dev/null || fail "swaks is not installed (installer/bootstrap.sh installs it)"
perl -MNet::SSLeay -e1 2>/dev/null || fail "swaks needs Net::SSLeay for TLS (Debian package libnet-ssleay-perl)"
PY=/usr/bin/python3

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

printf 'alice:Wonder land\nbob:b0b\n' >"$WORK/users"
"$CLI" serve --maildir "$WORK/maildir" --cert-dir "$WORK/cert" --users "$WORK/users" \
    --tls-listen 127.0.0.1:0 --transcript "$WORK/transcript.txt" >"$WORK/out" 2>"$WORK/err" &
SERVER_PID=$!
for _ in $(seq 1 200); do
    grep -q '^listening on smtps://' "$WORK/out" && break
    sleep 0.05
done
PORT=$(sed -n 's#^listening on smtp://127\.0\.0\.1:\([0-9]*\)$#\1#p' "$WORK/out")
TLSPORT=$(sed -n 's#^listening on smtps://127\.0\.0\.1:\([0-9]*\)$#\1#p' "$WORK/out")
[ -n "$PORT" ] && [ -n "$TLSPORT" ] || fail "serve did not print its ports: $(cat "$WORK/out" "$WORK/err")"
[ "$(stat -c %a "$WORK/cert/sandbox-key.pem")" = 600 ] || fail "the generated key is not mode 0600"

count_new() { find "$WORK/maildir/$1/new" -type f 2>/dev/null | wc -l; }

# 1. STARTTLS + AUTH each mechanism; swaks exits 0 only when all went well.
n=0
for mech in PLAIN LOGIN CRAM-MD5; do
    n=$((n + 1))
    box="auth-$(echo "$mech" | tr 'A-Z' 'a-z')@sandbox.test"   # folder names are lower case
    swaks --server 127.0.0.1 --port "$PORT" --tls --auth "$mech" --auth-user alice --auth-password 'Wonder land' \
        --from sender@swaks.test --to "$box" --header "Subject: auth $mech" \
        >"$WORK/swaks-$mech.log" 2>&1 || fail "swaks with STARTTLS and AUTH $mech failed: $(tail -5 "$WORK/swaks-$mech.log")"
    grep -q '235 2.7.0' "$WORK/swaks-$mech.log" || fail "no 235 for AUTH $mech"
    grep -q '220 2.0.0 Ready to start TLS' "$WORK/swaks-$mech.log" || fail "no STARTTLS for $mech"
    [ "$(count_new "$box")" -eq 1 ] || fail "message for AUTH $mech not stored"
    ENV=$(find "$WORK/maildir/$box/envelopes" -name '*.json')
    grep -q '"authUser": "alice"' "$ENV" || fail "envelope lacks the auth user: $(cat "$ENV")"
    grep -q '"tls": true' "$ENV" || fail "envelope does not say TLS: $(cat "$ENV")"
done

# 2. A wrong password: 535 5.7.8, nothing stored, swaks fails.
if swaks --server 127.0.0.1 --port "$PORT" --tls --auth PLAIN --auth-user alice --auth-password wrong \
    --from sender@swaks.test --to wrongpw@sandbox.test >"$WORK/swaks-wrong.log" 2>&1; then
    fail "swaks succeeded with a wrong password"
fi
grep -q '535 5.7.8' "$WORK/swaks-wrong.log" || fail "no 535 5.7.8 for a wrong password: $(tail -5 "$WORK/swaks-wrong.log")"
[ "$(count_new wrongpw@sandbox.test)" -eq 0 ] || fail "a message was stored after a failed AUTH"

# 3. PIPELINING with two recipients and an attachment; the stored file must be
#    byte for byte what swaks sent (swaks --dump-mail prints it).
head -c 30000 /dev/urandom >"$WORK/attachment.bin"
printf '.leading dot line\n' >>"$WORK/attachment.bin"
swaks --server 127.0.0.1 --port "$PORT" --pipeline --from sender@swaks.test \
    --to one@sandbox.test,two@sandbox.test --header "Subject: attached" \
    --body "See the attachment.
.a line that starts with a dot
.
end" --attach "@$WORK/attachment.bin" \
    >"$WORK/swaks-pipe.log" 2>&1 || fail "swaks --pipeline --attach failed: $(tail -5 "$WORK/swaks-pipe.log")"
grep -q 'PIPELINING' "$WORK/swaks-pipe.log" || fail "the server did not offer PIPELINING"
for r in one two; do
    [ "$(count_new "$r@sandbox.test")" -eq 1 ] || fail "message for $r not stored"
done
STORED=$(find "$WORK/maildir/one@sandbox.test/new" -type f)
# What swaks sent: the lines between "354" and the final "." in its log,
# with the " -> " prefix removed and dot-stuffing undone (RFC 5321 4.5.2).
"$PY" - "$WORK/swaks-pipe.log" "$STORED" "$WORK/attachment.bin" <<'EOF' || fail "stored message differs from what swaks sent"
import sys, email, email.policy
log, stored, attachment = sys.argv[1:4]
lines = open(log, 'rb').read().split(b'\n')
sent = []
inside = False
for line in lines:
    line = line.rstrip(b'\r')
    if not inside:
        if line.startswith(b'<~  354') or line.startswith(b'<-  354'):
            inside = True
        continue
    if not (line.startswith(b' -> ') or line.startswith(b' ~> ')):
        continue
    text = line[4:]
    if text == b'.':
        break
    if text.startswith(b'.'):
        text = text[1:]
    sent.append(text)
if len(sent) < 20:
    print('could not find the message in the swaks log')
    sys.exit(1)
expected = b'\r\n'.join(sent) + b'\r\n'
got = open(stored, 'rb').read()
if got != expected:
    print('stored %d octets, swaks sent %d' % (len(got), len(expected)))
    sys.exit(1)
msg = email.message_from_bytes(got, policy=email.policy.default)
parts = [p for p in msg.iter_attachments()]
if len(parts) != 1 or parts[0].get_content() != open(attachment, 'rb').read():
    print('attachment does not decode to the file sent')
    sys.exit(1)
body = msg.get_body(preferencelist=('plain',)).get_content().replace('\r\n', '\n')
if '.a line that starts with a dot' not in body or '\n.\n' not in body:
    print('dot lines lost: %r' % body)
    sys.exit(1)
EOF

# 4. Implicit TLS (swaks --tlsc) with AUTH LOGIN.
swaks --server 127.0.0.1 --port "$TLSPORT" --tlsc --auth LOGIN --auth-user bob --auth-password b0b \
    --from sender@swaks.test --to smtps@sandbox.test >"$WORK/swaks-tlsc.log" 2>&1 \
    || fail "swaks over implicit TLS failed: $(tail -5 "$WORK/swaks-tlsc.log")"
[ "$(count_new smtps@sandbox.test)" -eq 1 ] || fail "message over implicit TLS not stored"
grep -q '"listener": "smtps"' "$WORK/maildir/smtps@sandbox.test/envelopes/"*.json || fail "envelope does not name the smtps listener"

# 5. The transcript is the server's view with C:/S:, and holds no password.
grep -q ' S: 220 2.0.0 Ready to start TLS' "$WORK/transcript.txt" || fail "transcript lacks the server's STARTTLS reply"
grep -q ' C: STARTTLS' "$WORK/transcript.txt" || fail "transcript lacks the client's STARTTLS"
grep -q 'Wonder land' "$WORK/transcript.txt" && fail "the password is in the transcript"
for secret in "$(printf '\0alice\0Wonder land' | base64)" "$(printf 'Wonder land' | base64)" "$(printf 'b0b' | base64)"; do
    grep -qF "$secret" "$WORK/transcript.txt" && fail "a base64 password is in the transcript"
done

kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
RC=$?
SERVER_PID=
[ $RC -eq 0 ] || fail "serve exited $RC after SIGTERM"
echo PASS
