#!/usr/bin/env bash
# Property-based tests of the portal's API against its own OpenAPI document: starts
# `juesuan serve` on 127.0.0.1 (a free port) over a temporary SQLite store seeded with the
# bundled documents and an admin account whose API token schemathesis sends (so the write
# routes are exercised too, not only refused), runs schemathesis against /api/v1/openapi.json with the check
# "not a server error" for a bounded number of examples per operation and a time budget, and
# stops the server. Usage: scripts/schemathesis.sh [path to juesuan] (default .build/debug/juesuan).
# SCHEMATHESIS_MAX_EXAMPLES (default 25) and SCHEMATHESIS_MAX_TIME (seconds, default 75) bound the run.
set -euo pipefail
cd "$(dirname "$0")/.."
juesuan="${1:-.build/debug/juesuan}"
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }; rm -rf "$work"' EXIT
db="sqlite:$work/portal.sqlite"
echo "schemathesis-$RANDOM-$RANDOM-password" | "$juesuan" admin create-user schemathesis --role admin --db "$db" >/dev/null
token=$("$juesuan" admin create-token schemathesis --db "$db")
"$juesuan" serve --db "$db" --host 127.0.0.1 --port 0 --documents data/documents >"$work/serve.log" 2>&1 &
server=$!

url=""
for _ in $(seq 1 600); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.log" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "schemathesis: juesuan serve exited" >&2; exit 1; }
  sleep 0.2
done
[ -n "$url" ] || { echo "schemathesis: juesuan serve did not start in 120 s" >&2; exit 1; }

echo "schemathesis: ${url}api/v1/openapi.json"
schemathesis run "${url}api/v1/openapi.json" --url "$url" --checks not_a_server_error \
  --header "Authorization: Bearer $token" \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-25}" --max-time "${SCHEMATHESIS_MAX_TIME:-75}" \
  --seed 20241 --request-timeout 30 --no-color
