#!/usr/bin/env bash
# The main job on the embedded defaults: set up, build, and read the bundled seed document,
# printing its summary. Pass other arguments to run another juesuan command instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product juesuan
if [ $# -eq 0 ]; then
  set -- read data/documents/datong-market-regulation-2024.txt --format summary
fi
exec .build/debug/juesuan "$@"
