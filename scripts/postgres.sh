#!/usr/bin/env bash
# Starts a local PostgreSQL server for the store's tests and prints its URL on standard output:
# installs Debian's `postgresql` if missing, starts the first cluster on 127.0.0.1, and creates
# the role `juesuan` (password `juesuan`) and the database `juesuan_test`. Each step is skipped
# when already done, so running it again costs about a second.
set -euo pipefail

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
say() { echo "postgres: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  say "installing postgresql"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v' | grep -q .; then
  say "creating cluster $version/main"
  $SUDO pg_createcluster "$version" main >&2
fi
read -r cluster port status < <(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2, $3, $4; exit }')
if [ "$status" != "online" ]; then
  say "starting cluster $version/$cluster on port $port"
  # Its notes ("Removed stale pid file.") go to standard error: callers capture standard output as the URL.
  $SUDO pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 50); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.2
done
pg_isready -q -h 127.0.0.1 -p "$port" || { say "the server on 127.0.0.1:$port does not answer" >&2; exit 1; }

as_postgres() { $SUDO runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'juesuan'")" != "1" ]; then
  say "creating role juesuan"
  as_postgres "CREATE ROLE juesuan LOGIN PASSWORD 'juesuan'"
fi
if [ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname = 'juesuan_test'")" != "1" ]; then
  say "creating database juesuan_test"
  as_postgres "CREATE DATABASE juesuan_test OWNER juesuan"
fi

echo "postgres://juesuan:juesuan@127.0.0.1:$port/juesuan_test"
