#!/usr/bin/env bash
# Sets up and runs every test: the Swift test suites, then the command-line tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product juesuan
swift test
Tests/cli/cli_test.sh .build/debug/juesuan
