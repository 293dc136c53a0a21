#!/usr/bin/env bash
# Sets up and runs every test: the Swift test suites, the command-line tests, schemathesis
# against the portal's API, then a short fuzzing smoke pass (JUESUAN_FUZZ_SECONDS per harness,
# default 10; 0 skips it).
# The store's tests need PostgreSQL: JUESUAN_TEST_POSTGRES names a server, or scripts/postgres.sh
# starts a local one.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
JUESUAN_TEST_POSTGRES="${JUESUAN_TEST_POSTGRES:-$(scripts/postgres.sh)}"
export JUESUAN_TEST_POSTGRES
swift build --product juesuan
# The store's and the portal's suites wait on PostgreSQL under timeouts; they run on their own,
# so that the CPU-bound suites (the mutation test reads the seed 300 times) cannot starve them.
swift test --skip 'StoreTests|PortalTests'
swift test --filter 'StoreTests|PortalTests'
Tests/cli/cli_test.sh .build/debug/juesuan
scripts/schemathesis.sh .build/debug/juesuan
seconds=${JUESUAN_FUZZ_SECONDS:-10}
[ "$seconds" -eq 0 ] || scripts/fuzz.sh "$seconds"
