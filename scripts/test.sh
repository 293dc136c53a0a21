#!/usr/bin/env bash
# Sets up and runs every test: the Swift test suites, the command-line tests, then schemathesis
# against the portal's API.
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
scripts/schemathesis.sh .build/debug/juesuan
