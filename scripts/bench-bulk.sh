#!/usr/bin/env bash
# Bulk checking benchmark: links COUNT (default 1000) copies of the bundled documents
# (data/documents: texts and PDFs, in turn) into a temporary folder and times the release build's
# `juesuan check DIR` on them: wall time, documents per second and peak RSS (/usr/bin/time -v).
# Memory should not grow with the folder: a tenth of the folder is timed in the same run and its
# peak RSS shown beside. The per-document cost is each bundled document checked alone (median of
# three runs, process start and catalogue load included), so the serial estimate over the folder
# divided by the measured wall time is the parallel speed-up. pdftotext alone over the folder's
# PDFs is timed too: that much of the wall time belongs to poppler, and the CPU seconds of both
# runs tell juesuan's own share of the work. The folder's texts are then checked alone: their CPU
# and poppler's on the PDFs, spread over every core, bound the folder's time from below. Not part
# of CI.
# Usage: scripts/bench-bulk.sh [COUNT]    (SCRATCH=path: swift build's --scratch-path; CONFIGURATION=debug: a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
scratch=${SCRATCH:-.build}
configuration=${CONFIGURATION:-release}
[ -x /usr/bin/time ] || { echo "bench-bulk: /usr/bin/time is missing (Debian package time)" >&2; exit 1; }
swift build -c "$configuration" --product juesuan --scratch-path "$scratch" >&2
bin=$(realpath "$scratch/$configuration/juesuan")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
documents=(data/documents/*)

# Hard links: a thousand copies cost no disk, and each is read as its own file.
make_folder() { # folder, count
  mkdir -p "$1"
  for ((i = 0; i < $2; i++)); do
    source=${documents[i % ${#documents[@]}]}
    ln "$(realpath "$source")" "$1/$(printf '%05d' "$i")-$(basename "$source")" 2>/dev/null || cp "$source" "$1/$(printf '%05d' "$i")-$(basename "$source")"
  done
}

# CPU seconds (user + system, of the command and the children it waited for) in a `time -v` report.
cpu_seconds() { # report
  awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$1"
}

# Wall seconds, peak RSS (MB) and CPU seconds of one run: "SECONDS MB CPU".
measure() { # folder
  /usr/bin/time -v "$bin" check "$1" >"$work/out.txt" 2>"$work/time.txt" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
  echo "$wall $rss $(cpu_seconds "$work/time.txt")"
}

make_folder "$work/all" "$count"
make_folder "$work/tenth" $((count / 10))
read -r tenth_wall tenth_rss _ < <(measure "$work/tenth")
read -r wall rss cpu < <(measure "$work/all")
lines=$(grep -c '^[✓✗] ' "$work/out.txt" || true)
[ "$lines" -eq "$count" ] || { echo "bench-bulk: expected $count summary lines, got $lines" >&2; tail -3 "$work/out.txt" >&2; exit 1; }

echo "juesuan check of $count documents on $(nproc) cores"
printf '  %-28s %8s %10s %10s\n' "folder" "wall s" "docs/s" "peak MB"
printf '  %-28s %8.2f %10.1f %10s\n' "$count documents" "$wall" "$(echo "$count / $wall" | bc -l)" "$rss"
printf '  %-28s %8.2f %10.1f %10s\n' "$((count / 10)) documents" "$tenth_wall" "$(echo "($count / 10) / $tenth_wall" | bc -l)" "$tenth_rss"
echo "  peak RSS ratio (all ÷ tenth): $(echo "scale=2; $rss / $tenth_rss" | bc -l)"

# The part no reader of PDFs can avoid: poppler alone on the folder's PDFs, on every core.
pdfs=$(find "$work/all" -name '*.pdf' | wc -l)
start=$(date +%s.%N)
/usr/bin/time -v -o "$work/poppler.txt" sh -c "find '$work/all' -name '*.pdf' -print0 | xargs -0 -P $(nproc) -I{} pdftotext -tsv -enc UTF-8 {} /dev/null 2>/dev/null"
poppler=$(echo "$(date +%s.%N) - $start" | bc -l)
poppler_cpu=$(cpu_seconds "$work/poppler.txt")
printf '  pdftotext -tsv alone on the %d PDFs of the folder: %.2f s wall (%.0f%% of juesuan'"'"'s)\n' "$pdfs" "$poppler" "$(echo "100 * $poppler / $wall" | bc -l)"
# The part of the CPU that is juesuan's own: what the check took, its pdftotext runs included,
# less what pdftotext took alone.
printf '  CPU: juesuan check %.2f s (its pdftotext runs included), pdftotext alone %.2f s, so juesuan'"'"'s own ≈ %.2f s (%.1f ms a document); pdftotext alone on %d cores cannot take under %.2f s\n' \
  "$cpu" "$poppler_cpu" "$(echo "$cpu - $poppler_cpu" | bc -l)" "$(echo "1000 * ($cpu - $poppler_cpu) / $count" | bc -l)" "$(nproc)" "$(echo "$poppler_cpu / $(nproc)" | bc -l)"

# The texts alone, beside poppler's floor: together the least the folder could take if juesuan
# did no work of its own on the PDFs' words.
mkdir -p "$work/texts"
find "$work/all" -name '*.txt' -exec ln {} "$work/texts/" \;
texts=$(find "$work/texts" -name '*.txt' | wc -l)
read -r texts_wall _ texts_cpu < <(measure "$work/texts")
printf '  juesuan check of the %d texts alone: %.2f s wall, %.2f s CPU; with pdftotext'"'"'s floor on the PDFs, the folder cannot take under %.2f s even were juesuan'"'"'s work on the PDFs'"'"' words free\n' \
  "$texts" "$texts_wall" "$texts_cpu" "$(echo "($texts_cpu + $poppler_cpu) / $(nproc)" | bc -l)"

echo "per document, checked alone (median of 3; includes process start):"
serial=0
for source in "${documents[@]}"; do
  times=()
  for _ in 1 2 3; do
    start=$(date +%s.%N); "$bin" check "$source" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  printf '  %-40s %8.3f s\n' "$(basename "$source")" "$median"
  serial=$(echo "$serial + $median * ($count / ${#documents[@]})" | bc -l)
done
printf '  serial estimate for %d documents: %.1f s; speed-up measured: %.2f×\n' "$count" "$serial" "$(echo "$serial / $wall" | bc -l)"
