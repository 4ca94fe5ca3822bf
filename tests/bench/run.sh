#!/usr/bin/env bash
# Postscope's SMTP benchmark (issue 2, section 6): postscope-cli vs Python
# smtplib vs Postfix's smtp-source against smtp-sink on 127.0.0.1, in one run.
#
#   tests/bench/run.sh [BUILD_DIR] [bench.py options, e.g. --quick]
#   cmake --build BUILD_DIR --target bench
#
# A benchmark, not a CTest test: it prints a table (msgs/s, MB/s, peak RSS,
# round trips per message) and whether the issue's targets were met.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-${POSTSCOPE_BUILD_DIR:-}}"
[[ $# -gt 0 ]] && shift
if [[ -z "$build" ]]; then
  # newest postscope-cli among the source tree's build directories
  build="$(ls -td "$here"/../../build*/ 2>/dev/null | while read -r d; do
             [[ -x "$d/app/postscope-cli" ]] && { echo "$d"; break; }; done || true)"
fi
cli="${POSTSCOPE_CLI:-$build/app/postscope-cli}"
if [[ ! -x "$cli" ]]; then
  echo "bench: no postscope-cli at '$cli'; build it, then run: $0 BUILD_DIR" >&2
  exit 2
fi
# Debian's interpreter: the same one the interop tests use.
exec /usr/bin/python3 "$here/bench.py" --cli "$cli" "$@"
