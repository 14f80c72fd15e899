#!/usr/bin/env bash
# The format gate and text hygiene: clang-format, final newlines, trailing whitespace, CRLF.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
clang-format --dry-run --Werror "${sources[@]}" || status=1
while IFS= read -r f; do
  [[ -s "$f" ]] || continue
  case "$f" in *.svg|*.png|*.pdf|*.model|tests/regress/*) continue ;; esac
  if [[ $(tail -c1 "$f" | xxd -p) != "0a" ]]; then echo "$f: no final newline"; status=1; fi
  if grep -qn $'\r' "$f"; then echo "$f: CRLF line endings"; status=1; fi
  if grep -qE '[[:blank:]]+$' "$f"; then
    echo "$f: trailing whitespace on line(s) $(grep -nE '[[:blank:]]+$' "$f" | cut -d: -f1 | head -5 | paste -sd,)"
    status=1
  fi
done < <(git ls-files)
exit $status
