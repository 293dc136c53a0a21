#!/usr/bin/env bash
# Load test of the portal against nginx: starts the release `juesuan serve` on 127.0.0.1 over a
# temporary SQLite store seeded with data/documents, and nginx on another loopback port serving
# the same disclosure page (saved with curl) as a static file; drives each for SECONDS (default 10)
# per route with wrk at 64 connections, and prints requests/s and p99 latency per route with the
# ratios to nginx's static page. Targets: ≥ 0.5 × nginx's requests/s on the disclosure page,
# p99 ≤ 20 ms. Loopback only; everything started here is stopped here. Not part of CI.
# Usage: scripts/load.sh [SECONDS]    (SCRATCH=path: swift build's --scratch-path; CONFIGURATION=debug: a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=64
nginx=$(command -v nginx || echo /usr/sbin/nginx)
if ! command -v wrk >/dev/null 2>&1 || [ ! -x "$nginx" ]; then
  echo "load: installing wrk and nginx-light" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk nginx-light >/dev/null
fi
source scripts/loopback-portal.sh
start_portal "sqlite:$work/portal.sqlite"

# nginx with the same page as a static file, on a loopback port of its own.
static_port=$(free_port)
mkdir -p "$work/static"
curl -fsS "$base$page" -o "$work/static/page.html"
chmod a+rx "$work" "$work/static"; chmod a+r "$work/static/page.html"   # nginx's workers run as another user
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$static_port;
    root $work/static;
    location / { default_type text/html; }
  }
}
CONF
"$nginx" -c "$work/nginx.conf" -p "$work" &
pids+=($!)
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$static_port/page.html" -o /dev/null 2>/dev/null && break; sleep 0.1; done

# "REQUESTS_PER_SECOND P99_MS ERRORS" of one wrk run.
drive() { # url
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$1" >"$work/wrk.txt" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { for (i = 4; i <= NF; i += 2) errors += $i + 0 }
    END { printf "%.0f %.2f %d\n", rps, p99, errors }' "$work/wrk.txt"
}

curl -fsS "$base$page" -o /dev/null   # warm up
read -r nginx_rps nginx_p99 nginx_errors < <(drive "http://127.0.0.1:$static_port/page.html")
echo "wrk, $connections connections, ${seconds}s per route, $(nproc) cores; page $(wc -c <"$work/static/page.html") bytes"
printf '  %-40s %10s %9s %7s %12s %12s\n' "route" "req/s" "p99 ms" "errors" "req/s÷nginx" "p99÷nginx"
printf '  %-40s %10s %9s %7s %12s %12s\n' "nginx static copy of the page" "$nginx_rps" "$nginx_p99" "$nginx_errors" "1.00" "1.00"
for route in "$page" "$page.json" "/api/v1/disclosures/$department/2024"; do
  read -r rps p99 errors < <(drive "$base$route")
  printf '  %-40s %10s %9s %7s %12.2f %12.2f\n' "$route" "$rps" "$p99" "$errors" \
    "$(echo "$rps / $nginx_rps" | bc -l)" "$(echo "$p99 / $nginx_p99" | bc -l)"
done
