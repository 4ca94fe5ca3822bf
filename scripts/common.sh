# Shared by scripts/run-app and scripts/run-tests: install what is missing,
# then configure and build with the CMake presets (build dirs persist).
# shellcheck shell=bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf '\n==> %s\n' "$*" >&2; }

# One compiler cache per user, outside the checkout, so that a fresh clone
# in another folder still hits it. BASEDIR and NOHASHDIR make the cache
# independent of where the checkout lives.
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/postscope-ccache}"
export CCACHE_BASEDIR="$ROOT"
export CCACHE_NOHASHDIR=true
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
mkdir -p "$CCACHE_DIR"

JOBS="${JOBS:-2}"

bootstrap() {
  say "Checking dependencies (installer/bootstrap.sh)"
  bash "$ROOT/installer/bootstrap.sh"
}

# configure_build PRESET [cmake --build args...]
configure_build() {
  local preset=$1; shift
  say "Configuring (preset $preset)"
  cmake --preset "$preset" >/dev/null || return 1
  say "Building (preset $preset, -j$JOBS)"
  cmake --build --preset "$preset" -j "$JOBS" "$@" || return 1
}
