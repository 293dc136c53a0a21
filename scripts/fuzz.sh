#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Tests/Fuzz with the Swift toolchain's
# -sanitize=fuzzer,address and runs each for SECONDS (default 60): the text, PDF-text (TSV),
# XLSX and JSON readers, and the authoring workbook. The instrumented module (Reading, or
# Authoring) is compiled again with its harness; its dependencies are linked from the ordinary
# debug build in JUESUAN_SCRATCH (default .build), which this script brings up to date.
# Seeds: Tests/Fuzz/corpus/<harness> and Tests/Fuzz/regressions/<harness>; new inputs and any
# crash go under $JUESUAN_SCRATCH/fuzz. Exits non-zero if any harness found a crash, a hang
# (over 10 s per input) or a run over 2 GB of memory.
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]   (harnesses: text tsv xlsx json workbook)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(text tsv xlsx json workbook)
scratch=${JUESUAN_SCRATCH:-.build}
debug=$(swift build --scratch-path "$scratch" --show-bin-path)
out=$scratch/fuzz
mkdir -p "$out"

swift build --scratch-path "$scratch" --target Authoring >"$out/build.log" 2>&1 || { grep error: "$out/build.log" >&2; exit 2; }
objects() { for module in "$@"; do find "$debug/$module.build" -name '*.o'; done; }
flags=(-sanitize=fuzzer,address -parse-as-library -Onone -g -I "$debug/Modules" -module-cache-path "$out/ModuleCache")
# The C modules the linked Swift modules were built against: generated ones, and zlib's (ours
# for Reading, ZIPFoundation's for the writer the authoring harness links).
for map in "$debug"/*.build/module.modulemap Sources/SystemZlib/module.modulemap "$scratch"/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap; do
  flags+=(-Xcc "-fmodule-map-file=$map")
done
crypto=(Crypto CCryptoBoringSSL CCryptoBoringSSLShims CryptoBoringWrapper CXKCP CXKCPShims)
reading_deps=(Disclosure Classification "${crypto[@]}")

build() { # binary, module, harness file, modules to link
  local binary=$1 module=$2 harness=$3; shift 3
  local sources; mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
  local linked; mapfile -t linked < <(objects "$@")
  echo "fuzz: building $binary"
  rm -f "$out/$binary"
  swiftc "${flags[@]}" -module-name "$module" "${sources[@]}" "$harness" "${linked[@]}" -o "$out/$binary" 2>"$out/$binary.build.log" \
    || { grep -v "Cannot export local symbol" "$out/$binary.build.log" >&2; exit 2; }
}
needs_reading=false; needs_workbook=false
for harness in "${harnesses[@]}"; do
  case $harness in text|tsv|xlsx|json) needs_reading=true ;; workbook) needs_workbook=true ;; *) echo "fuzz: unknown harness $harness" >&2; exit 2 ;; esac
done
$needs_reading && build reading-fuzz Reading Tests/Fuzz/ReadingFuzz.swift "${reading_deps[@]}"
# The authoring harness links the ordinary Reading: the XLSX container has its own harness.
$needs_workbook && build workbook-fuzz Authoring Tests/Fuzz/WorkbookFuzz.swift Reading Writing ZIPFoundation Yams CYaml "${reading_deps[@]}"

export ASAN_OPTIONS=detect_leaks=0
status=0
for harness in "${harnesses[@]}"; do
  binary=reading-fuzz; [ "$harness" = workbook ] && binary=workbook-fuzz
  found="$out/corpus-$harness"; mkdir -p "$found" "Tests/Fuzz/regressions/$harness"
  echo "fuzz: $harness for ${seconds}s"
  if ! JUESUAN_FUZZ=$harness "$out/$binary" "$found" "Tests/Fuzz/corpus/$harness" "Tests/Fuzz/regressions/$harness" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$out/$harness-" -print_final_stats=1 >"$out/$harness.log" 2>&1; then
    status=1
    echo "fuzz: $harness FAILED — see $out/$harness.log and $out/$harness-*" >&2
    grep -E "ERROR|SUMMARY|Test unit written" "$out/$harness.log" | head -5 >&2
  else
    grep -E "stat::number_of_executed_units|cov:" "$out/$harness.log" | tail -2
  fi
done
exit $status
