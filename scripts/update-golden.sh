#!/usr/bin/env bash
# Rewrites the expected files of the golden and CLI tests from the current build; review the
# result with `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset dev
DIPLINE_UPDATE_GOLDEN=1 ctest --preset dev -R 'Golden|cli' >/dev/null || true
git status --short tests/
