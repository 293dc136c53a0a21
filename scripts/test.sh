#!/usr/bin/env bash
# Sets up and runs every test: the Swift test suites, the command-line tests, then a short
# fuzzing smoke pass (JUESUAN_FUZZ_SECONDS per harness, default 20; 0 skips it).
# The store's tests need PostgreSQL: JUESUAN_TEST_POSTGRES names a server, or scripts/postgres.sh
# starts a local one.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
JUESUAN_TEST_POSTGRES="${JUESUAN_TEST_POSTGRES:-$(scripts/postgres.sh)}"
export JUESUAN_TEST_POSTGRES
swift build --product juesuan
swift test
Tests/cli/cli_test.sh .build/debug/juesuan
seconds=${JUESUAN_FUZZ_SECONDS:-20}
[ "$seconds" -eq 0 ] || scripts/fuzz.sh "$seconds"
