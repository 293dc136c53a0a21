#!/usr/bin/env bash
# Soak test: the release `juesuan serve` on 127.0.0.1 over a temporary SQLite store seeded with
# data/documents, under mixed load for SECONDS (default 600): wrk reading the disclosure page and
# the API (8 connections each), and an admin's API token uploading a copy of the seed document
# and publishing it every 5 seconds. The server's RSS is sampled every 10 seconds. Prints a table
# of RSS over time and the error counts (goal: 0 errors, flat memory). Loopback only; everything
# started here is stopped here. Not part of CI.
# Usage: scripts/soak.sh [SECONDS]    (SCRATCH=path: swift build's --scratch-path; CONFIGURATION=debug: a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
command -v wrk >/dev/null 2>&1 || { echo "soak: wrk is missing (scripts/load.sh installs it)" >&2; exit 1; }
source scripts/loopback-portal.sh
db="sqlite:$work/portal.sqlite"
echo "soak-test-password" | "$bin" admin create-user soak --role admin --db "$db" >/dev/null
token=$("$bin" admin create-token soak --db "$db")
start_portal "$db"
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }

wrk -t1 -c8 -d"${seconds}s" --timeout 10s "$base$page" >"$work/wrk-page.txt" 2>&1 &
pids+=($!)
wrk -t1 -c8 -d"${seconds}s" --timeout 10s "$base/api/v1/disclosures/$department/2024" >"$work/wrk-api.txt" 2>&1 &
pids+=($!)

echo "soak: ${seconds}s against $base (page $page)"
printf '  %8s %10s %9s %10s %12s\n' "seconds" "RSS MB" "uploads" "publishes" "write errors"
start=$(date +%s)
uploads=0; publishes=0; write_errors=0; next_sample=0
while true; do
  elapsed=$(( $(date +%s) - start ))
  [ "$elapsed" -ge "$seconds" ] && break
  if [ "$elapsed" -ge "$next_sample" ]; then
    printf '  %8d %10s %9d %10d %12d\n' "$elapsed" "$(rss)" "$uploads" "$publishes" "$write_errors"
    next_sample=$((next_sample + 10))
  fi
  { cat data/documents/datong-market-regulation-2024.txt; echo; echo "soak $elapsed $RANDOM"; } >"$work/upload.txt"
  status=$(curl -sS -o "$work/version.json" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $token" \
    --data-binary @"$work/upload.txt" "$base/api/v1/disclosures/$department/2024/versions?name=soak.txt" || echo 000)
  if [ "$status" = 201 ]; then
    uploads=$((uploads + 1))
    id=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$work/version.json")
    status=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $token" \
      --data '{"reason":"soak"}' "$base/api/v1/versions/$id/publish" || echo 000)
    if [ "$status" = 200 ]; then publishes=$((publishes + 1)); else write_errors=$((write_errors + 1)); fi
  else
    write_errors=$((write_errors + 1))
  fi
  sleep 5
done
printf '  %8d %10s %9d %10d %12d\n' "$(( $(date +%s) - start ))" "$(rss)" "$uploads" "$publishes" "$write_errors"
wait "${pids[1]}" "${pids[2]}" 2>/dev/null || true
read_errors() { awk '/Non-2xx or 3xx/ { e += $NF } /Socket errors/ { for (i = 4; i <= NF; i += 2) e += $i + 0 } END { print e + 0 }' "$1"; }
for name in page api; do
  printf '  reads (%s): %s requests, %s req/s, %s errors\n' "$name" \
    "$(awk '/requests in/ { print $1 }' "$work/wrk-$name.txt")" "$(awk '/Requests\/sec/ { print $2 }' "$work/wrk-$name.txt")" \
    "$(read_errors "$work/wrk-$name.txt")"
done
echo "  write errors: $write_errors"
