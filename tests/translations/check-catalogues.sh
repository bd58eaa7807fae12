#!/usr/bin/env bash
# Every message translated, none left over, and no user-visible literal in
# gui/ that escapes translation:
#  1. the committed catalogues hold no unfinished, obsolete or vanished entry;
#  2. updated from today's sources (as the update_translations target does),
#     they still hold none: a new message would come in unfinished;
#  3. no string literal with words is handed to a widget's text setter in gui/
#     outside tr() (host names and paths are not words);
#  4. a file that translates through its own tr() wrapper asks at run time for
#     the contexts lupdate files its messages under (a namespace's name, or a
#     class's), and lupdate finds a context for every tr() call in it.
set -euo pipefail
lupdate=$1
generator=$2 # Qt's GenerateLUpdateProject.cmake
project=$3   # the build's lupdate projects: the full catalogues',
plurals=$4   # and the English plural forms'
source=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The projects as the update_translations target makes them.
cmake -DIN_FILE="$project" -DOUT_FILE="$work/full.json" -P "$generator"
cmake -DIN_FILE="$plurals" -DOUT_FILE="$work/plurals.json" -P "$generator"
failed=0

for ts in "$source"/translations/*.ts; do
  if grep -qE 'type="(unfinished|obsolete|vanished)"' "$ts"; then
    echo "$(basename "$ts"): $(grep -cE 'type="(unfinished|obsolete|vanished)"' "$ts") unfinished or obsolete entries"
    failed=1
  fi
  cp "$ts" "$work/"
done

cd "$source"
"$lupdate" -silent -project "$work/full.json" -no-obsolete -locations none \
  -ts "$work/mirror-console_de.ts" "$work/mirror-console_ja.ts" 2>/dev/null
"$lupdate" -silent -project "$work/plurals.json" -pluralonly -no-obsolete -locations none \
  -ts "$work/mirror-console_en.ts" 2>/dev/null
for ts in "$work"/mirror-console_*.ts; do
  if grep -qE 'type="(unfinished|obsolete|vanished)"' "$ts"; then
    echo "$(basename "$ts") is not current: the sources have messages it does not translate:"
    grep -B2 'type="unfinished"' "$ts" | grep '<source>' | head -n 20
    failed=1
  fi
done

setters='(setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|setWhatsThis|setAccessibleName|setAccessibleDescription|setTitle|setTitleText|addAction|addTab|addItem|addRow|showMessage|setLabelText|setName|information|warning|critical|question)'
literal='(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\(\s*"[^"]*[A-Za-z]{2,}[^"]*"'
widgets='new Q(PushButton|Label|CheckBox|Action|GroupBox|RadioButton|ToolButton|Menu|DockWidget)\(\s*'
unwrapped=$(grep -rnP "($setters\(\s*|$widgets)$literal" gui --include='*.cpp' |
  grep -vP '"[a-z0-9.-]+\.[a-z]{2,}"' || true)
if [ -n "$unwrapped" ]; then
  echo "user-visible literals in gui/ not wrapped in tr():"
  echo "$unwrapped"
  failed=1
fi
for file in $(grep -rlE '^QString tr\(const char\* text' core cli gui --include='*.cpp'); do
  "$lupdate" -silent -locations none "$file" -ts "$work/one.ts" >/dev/null 2>"$work/one.err" || true
  if grep -q 'without context' "$work/one.err"; then
    echo "$file: lupdate finds no context for some tr() calls:"
    grep 'without context' "$work/one.err"
    failed=1
  fi
  if ! grep -q '<name>' "$work/one.ts" 2>/dev/null; then
    echo "$file: lupdate found no message in it"
    cat "$work/one.err"
    failed=1
  fi
  asked=" $(grep -oP 'translate\("\K[^"]+' "$file" | sort -u | tr '\n' ' ') "
  for context in $(grep -oP '<name>\K[^<]+' "$work/one.ts" 2>/dev/null | sort -u); do
    if [[ "$asked" != *" $context "* ]]; then
      echo "$file: lupdate files messages under $context, but the code asks for$asked"
      failed=1
    fi
  done
  rm -f "$work/one.ts"
done
exit $failed
