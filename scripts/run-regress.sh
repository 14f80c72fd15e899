#!/usr/bin/env bash
# Feeds one input from tests/regress/ to the reader and to the extractor; either may reject it,
# but both must end with a clean exit code (0, 1, 2 or 3), not a crash or a hang.
set -u
bin=$1
input=$2
for args in "check $input" "extract --published 2022-02-14 $input" "dates --published 2022-02-14 $input"; do
  timeout 20 "$bin" $args >/dev/null 2>&1
  rc=$?
  if ((rc > 3)); then
    echo "FAIL: dipline $args exited with $rc"
    exit 1
  fi
done
