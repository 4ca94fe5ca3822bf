#!/usr/bin/env bash
# Screenshots of the app on a virtual X display, for review.
#
#   scripts/screenshot.sh [OUT.png] [BINARY] [KEYS...]
#       starts the app, presses KEYS (xdotool key names, e.g. ctrl+Return)
#       one after another and saves one screenshot of the whole screen.
#   scripts/screenshot.sh --views [DIR] [BINARY]
#       saves a PNG of each main view into DIR (default /tmp/postscope-views),
#       reached by the View menu's shortcuts (Ctrl+1 Transcript, Ctrl+2
#       Capabilities, Ctrl+3 Certificate, Ctrl+4 Probe, Ctrl+5 Addresses,
#       Ctrl+6 Console, Ctrl+7 Lessons, Ctrl+8 Inbox, Ctrl+9 Sandbox
#       settings, Ctrl+0 Messages):
#       main-window.png (after a test message to the sandbox, a reply line
#       selected), capabilities.png (before and after STARTTLS),
#       account-dialog.png (a new account filled in, a problem shown inline),
#       account-login.png (its Login tab), account-oauth.png (an OAuth
#       provider chosen), account-security.png (the Security tab), console.png (the console on the
#       sandbox after an EHLO), lessons.png (a lesson under way),
#       german.png (the main window in German), composer.png (a draft
#       restored at start with two attachments and a lint finding),
#       composer-sent.png (its result per recipient after Ctrl+Return),
#       after-send.png (the main window's transcript after that send),
#       server-probe.png (findings, timings, capabilities before and after
#       TLS), certificate.png (the chain), address-probe.png (the table),
#       inbox-message.png and inbox-parts.png (a received message),
#       sandbox-settings.png and account-dialog-probe.png (Test Connection).
# Each run uses a throwaway HOME, so it shows a first start and touches no
# real settings or keychain. Needs xvfb-run, ImageMagick's import, xdotool.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ "${1:-}" = "--views" ]; then
  dir=${2:-/tmp/postscope-views}
  bin=${3:-$ROOT/build/app/postscope}
  [ -x "$bin" ] || { echo "no app at $bin: build it first (scripts/run-app)" >&2; exit 1; }
  command -v xdotool >/dev/null || { echo "--views needs xdotool" >&2; exit 1; }
  mkdir -p "$dir"
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
  export POSTSCOPE_SHOT_DIR="$dir" POSTSCOPE_SHOT_BIN="$bin"
  # No session bus: the account dialog says so instead of asking a keyring.
  unset DBUS_SESSION_BUS_ADDRESS
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    set -u
    shot() { sleep 1; import -window root "$POSTSCOPE_SHOT_DIR/$1"; echo "$POSTSCOPE_SHOT_DIR/$1"; }
    # No window manager on the virtual display: focus windows by hand.
    focus() { local w; w=$(xdotool search --sync --onlyvisible --name "$1" | tail -1);
              xdotool windowfocus --sync "$w" 2>/dev/null || true; }
    key() { xdotool key --clearmodifiers "$@"; sleep 0.7; }
    start() { LANGUAGE=${1:-} LANG=${2:-C.UTF-8} "$POSTSCOPE_SHOT_BIN" & app=$!; sleep 3;
              focus Postscope; xdotool mousemove 700 400; }
    stop() { kill "$app"; wait "$app" 2>/dev/null || true; }

    start
    key ctrl+Return; sleep 2
    # Click a reply line in the transcript, so the panel below explains it.
    xdotool mousemove 640 623 click 1; sleep 0.5
    shot main-window.png
    key ctrl+2
    shot capabilities.png
    # The console on the sandbox (Alt+O opens it), one EHLO explained.
    key ctrl+6
    key alt+o; sleep 1.5
    xdotool type --delay 20 "EHLO views.example"; key Return; sleep 1
    shot console.png
    # The first lesson started, its first command typed.
    key ctrl+7
    key alt+s; sleep 2
    xdotool type --delay 20 "EHLO bar.com"; key Return; sleep 1
    shot lessons.png
    key ctrl+1
    key ctrl+shift+n
    sleep 1.5; focus "New Account"; sleep 1
    # Into the fields by their accelerators, Alt+N and Alt+H (no click
    # positions: the dialog is as tall as its largest tab).
    key alt+n
    xdotool type --delay 20 "Postfix test"
    key alt+h
    xdotool type --delay 20 "mail example.test"
    shot account-dialog.png
    key BackSpace BackSpace BackSpace BackSpace BackSpace BackSpace BackSpace BackSpace \
        BackSpace BackSpace BackSpace BackSpace BackSpace BackSpace BackSpace BackSpace BackSpace
    xdotool type --delay 20 "mail.example.test"
    key alt+l
    shot account-login.png
    # An OAuth provider chosen: the sign-in section instead of the password.
    key alt+o; key Down
    shot account-oauth.png
    key alt+u
    shot account-security.png
    key Escape
    stop

    # The diagnostic views (issue 10, sections 2, 5, 6, 7), on the sandbox.
    start
    key ctrl+Return; sleep 2
    key ctrl+4; key alt+p; sleep 3
    shot server-probe.png
    key ctrl+3
    shot certificate.png
    key ctrl+5
    xdotool mousemove 500 300 click 1; sleep 0.5
    xdotool type --delay 10 "inbox@sandbox.test"; key Return
    xdotool type --delay 10 "nobody@sandbox.test"; key Return
    xdotool type --delay 10 "you@sandbox.test"
    key ctrl+r; sleep 3
    shot address-probe.png
    key ctrl+8; sleep 0.5
    # The newest message (top row of the list), then its Parts tab.
    xdotool mousemove 700 206 click 1; sleep 1
    shot inbox-message.png
    key alt+p
    shot inbox-parts.png
    key ctrl+9
    shot sandbox-settings.png
    # Duplicate the sandbox account and test it from the dialog.
    key ctrl+1
    key ctrl+shift+d
    sleep 1.5; focus "Duplicate Account"; sleep 1
    key alt+t; sleep 4
    shot account-dialog-probe.png
    key Escape
    stop

    start de de_DE.UTF-8
    key ctrl+Return; sleep 2
    shot german.png
    stop

    # A draft left by an earlier run (as after a crash): the window opens it
    # at start. Two attachments; an HTML body without a text one, which the
    # lint flags (html-without-text).
    drafts="$XDG_DATA_HOME/Postscope/postscope/drafts"
    mkdir -p "$drafts"
    printf "quarter,total\nQ1,100\nQ2,250\n" > "$HOME/figures.csv"
    head -c 180000 /dev/urandom > "$HOME/photo.jpg"
    cat > "$drafts/20261201T120000-screenshot.json" <<JSON
{"account": "sandbox", "message": {"from": "Postscope <you@sandbox.test>",
 "to": ["inbox@sandbox.test", "Bob <bob@sandbox.test>"], "cc": [], "bcc": ["audit@sandbox.test"],
 "subject": "Quarterly figures", "body": "",
 "html": "<h2>Quarterly figures</h2><p>See the <b>attached</b> table.</p><img src=\"https://tracker.example/pixel.gif\">",
 "attachments": [{"path": "$HOME/figures.csv", "fileName": "figures.csv", "contentType": "text/csv"},
                 {"path": "$HOME/photo.jpg", "fileName": "photo.jpg", "contentType": "image/jpeg"}],
 "headers": [["X-Campaign", "spring"]], "messageIdDomain": "sandbox.test"}}
JSON
    start
    sleep 1
    # The lint tab of the side panel.
    key alt+l
    shot composer.png
    # Into the composer (its To field), then send it.
    xdotool mousemove 560 218 click 1; sleep 0.5
    key ctrl+Return; sleep 3
    shot composer-sent.png
    key ctrl+1
    shot after-send.png
    stop
  '
  exit 0
fi

out=${1:-/tmp/postscope-shot.png}
bin=${2:-$ROOT/build/app/postscope}
shift $(( $# > 2 ? 2 : $# ))
keys=("$@")
[ -x "$bin" ] || { echo "no app at $bin: build it first (scripts/run-app)" >&2; exit 1; }

# A throwaway home, so that the shot shows a first start and touches no real settings.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export POSTSCOPE_SHOT_OUT="$out" POSTSCOPE_SHOT_BIN="$bin" POSTSCOPE_SHOT_KEYS="${keys[*]:-}"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$POSTSCOPE_SHOT_BIN" & app=$!
  sleep 3
  if [ -n "$POSTSCOPE_SHOT_KEYS" ] && command -v xdotool >/dev/null; then
    # No window manager on the virtual display: give the window the focus by hand.
    wid=$(xdotool search --onlyvisible --name Postscope | head -1)
    xdotool mousemove 640 400 windowfocus "$wid" || true
    for k in $POSTSCOPE_SHOT_KEYS; do xdotool key --clearmodifiers "$k"; sleep 1.5; done
  fi
  import -window root "$POSTSCOPE_SHOT_OUT"
  kill "$app"; wait "$app" 2>/dev/null || true
'
echo "$out"
