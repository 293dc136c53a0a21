# Sourced by scripts/load.sh and scripts/soak.sh: builds the release `juesuan`, makes a temporary
# folder ($work), and `start_portal` serves a SQLite store there on a free 127.0.0.1 port seeded
# with data/documents, setting $server (its pid), $base, $page (the first 2024 disclosure page)
# and $department. Every process added to $pids is stopped, and $work removed, on exit.
scratch=${SCRATCH:-.build}
configuration=${CONFIGURATION:-release}
swift build -c "$configuration" --product juesuan --scratch-path "$scratch" >&2
bin=$(realpath "$scratch/$configuration/juesuan")
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_portal() { # store location
  local port
  port=$(free_port)
  "$bin" serve --db "$1" --host 127.0.0.1 --port "$port" --documents data/documents >"$work/serve.log" 2>&1 &
  server=$!
  pids+=("$server")
  for _ in $(seq 1 600); do grep -q "门户已启动" "$work/serve.log" && break; sleep 0.1; done
  grep -q "门户已启动" "$work/serve.log" || { echo "juesuan serve did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
  base="http://127.0.0.1:$port"
  page=$(curl -fsS "$base/" | grep -o '/d/[^"]*/2024' | head -1)
  [ -n "$page" ] || { echo "no 2024 disclosure link on the home page" >&2; exit 1; }
  department=${page#/d/}
  department=${department%/2024}
}
