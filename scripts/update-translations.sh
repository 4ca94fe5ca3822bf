#!/usr/bin/env bash
# Refreshes translations/postscope_<lang>.ts from every source a person's
# words come from: the window (ui/, app/gui/), core/ and the command line
# (app/cli/). New sentences arrive as type="unfinished"; translate them in
# Qt Linguist (or the .ts itself) until tst_translations passes again.
#
#   scripts/update-translations.sh            update the .ts files in place
#   scripts/update-translations.sh --into DIR update copies in DIR (the test's check)
#
# Also run by `cmake --build build --target update_translations`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LUPDATE=${LUPDATE:-}
if [[ -z $LUPDATE ]]; then
  for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
    if [[ -n $candidate && -x $candidate ]]; then LUPDATE=$candidate; break; fi
  done
fi
if [[ -z $LUPDATE ]]; then
  echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2
  exit 1
fi

TS_DIR="$ROOT/translations"
if [[ ${1:-} == --into ]]; then
  [[ -n ${2:-} ]] || { echo "usage: $0 [--into DIR]" >&2; exit 2; }
  mkdir -p "$2"
  cp "$TS_DIR"/postscope_*.ts "$2"/
  TS_DIR=$(cd "$2" && pwd)
elif [[ -f $ROOT/scripts/lesson-strings.py ]]; then
  # The lessons' sentences reach lupdate through a generated file.
  python3 "$ROOT/scripts/lesson-strings.py"
fi

# Sorted, so that the .ts files do not change with the order of the disk.
# The include paths let lupdate see each class's namespace and whether it
# has Q_OBJECT or Q_DECLARE_TR_FUNCTIONS: that is the context it files a
# sentence under, and the one the code asks QTranslator for at run time.
mapfile -t sources < <(cd "$ROOT" && find ui app/gui core app/cli -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
list=$(mktemp)
trap 'rm -f "$list"' EXIT
printf '%s\n' "${sources[@]/#/$ROOT/}" >"$list"
printf -- '-I%s\n' "$ROOT/core" "$ROOT/ui" "$ROOT/app/cli" "$ROOT/app/gui" >>"$list"

# A free function's tr() is filed under its namespace, which lupdate reports
# as a "class" without Q_OBJECT: that is intended, so those lines are left
# out. A real class named there (CamelCase) lacks Q_DECLARE_TR_FUNCTIONS.
"$LUPDATE" -silent -no-obsolete -locations none "@$list" -ts "$TS_DIR"/postscope_*.ts \
  2> >(grep -vE "Class 'postscope(::[a-z_]+)+' lacks Q_OBJECT macro" >&2)
