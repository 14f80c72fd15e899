#!/usr/bin/env bash
# Runs dipline-lexgen (the build tool that compiles the built-in lexicons) on a file with a
# mistake: it must exit 1, say file:line:col, and leave no output file behind.
#   check.sh LEXGEN DIR
set -u
lexgen=$1 dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$lexgen" "$out/lexicon.bin" "$dir/bad.yaml" 2>"$out/stderr"
code=$?
fail=0
[ "$code" -eq 1 ] || { echo "exit code $code, expected 1"; fail=1; }
grep -q "bad.yaml:4:5: error: unknown key 'nmae' in a person" "$out/stderr" ||
  { echo "no file:line:col error in:"; cat "$out/stderr"; fail=1; }
[ ! -e "$out/lexicon.bin" ] || { echo "an output file was written"; fail=1; }
"$lexgen" 2>"$out/usage"
[ $? -eq 2 ] && grep -q "usage: dipline-lexgen OUTPUT INPUT.yaml" "$out/usage" ||
  { echo "no usage message"; fail=1; }
exit $fail
