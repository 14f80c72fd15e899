#!/usr/bin/env bash
# Runs one CLI test case: tests/cli/<case>.d/cmd is a shell line run in the case folder with
# $DIPLINE set to the binary and $SHARED to ../shared; its stdout, stderr and exit code are
# compared with stdout-expected.txt, stderr-expected.txt and exit-expected.txt (each optional).
# With DIPLINE_UPDATE_GOLDEN=1 the expected files are rewritten instead.
set -u
bin=$(realpath "$1")
case_dir=$2
root=$(cd "$(dirname "$0")/.." && pwd)
export DIPLINE="$bin" SHARED="$root/../shared" ROOT="$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$case_dir"/. "$work"/
cd "$work"
if grep -q '\$SHARED' cmd && [[ ! -d "$SHARED" ]]; then
  echo "skipped: $SHARED is absent"
  exit 77
fi
bash ./cmd >actual-stdout 2>actual-stderr </dev/null
echo $? >actual-exit
status=0
for kind in stdout stderr exit; do
  expected="$case_dir/$kind-expected.txt"
  if [[ "${DIPLINE_UPDATE_GOLDEN:-}" == 1 ]]; then
    cp "actual-$kind" "$expected"
    continue
  fi
  [[ -f "$expected" ]] || continue
  if ! diff -u "$expected" "actual-$kind"; then
    echo "FAIL: $kind differs from $expected"
    status=1
  fi
done
exit $status
