#!/usr/bin/env bash
# The full local gate (longer than CI's scripts/test): format and hygiene, the dev workflow
# (build + all tests), then the AddressSanitizer + UBSan workflow.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps --test
scripts/lint.sh
cmake --workflow --preset dev
cmake --workflow --preset asan
