#!/usr/bin/env bash
# Starts the app on a virtual X display, optionally presses keys, and saves a
# screenshot of the whole screen: scripts/screenshot.sh [OUT.png] [BINARY] [KEYS...]
# KEYS are xdotool key names pressed one after another after startup
# (for example ctrl+Return); without xdotool they are ignored.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
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
