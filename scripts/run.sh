#!/usr/bin/env bash
# The main job on the embedded defaults: set up, build, and serve the portal on a SQLite store
# in the working directory (juesuan.sqlite), loading the bundled documents on first start; the
# URL is printed once it listens. Pass arguments to run another juesuan command instead, e.g.
# `scripts/run.sh read FILE`. JUESUAN_PORT changes the port (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product juesuan
if [ $# -eq 0 ]; then
  set -- serve --db sqlite:juesuan.sqlite --port "${JUESUAN_PORT:-8080}" --documents data/documents
fi
exec .build/debug/juesuan "$@"
