#!/usr/bin/env bash
# Installs what juesuan and its tests need on a fresh Debian machine with Swift:
# poppler-utils (pdftotext), qpdf (tests make encrypted PDFs with it), SQLite's and zlib's headers
# (GRDB builds against the system SQLite; the XLSX reader and ZIPFoundation against zlib), Chromium with the Noto CJK fonts (juesuan render --to pdf
# prints HTML with it), and Python's jsonschema, openpyxl, frictionless and openapi-spec-validator (tests open
# juesuan's workbooks and validate its data packages and the portal's OpenAPI document with them). The PostgreSQL server for the store's
# tests is scripts/postgres.sh's job.
# Installs only what is missing, so it is cheap to run again.
set -euo pipefail

need_apt=()
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3 python3-pip)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
[ -f /usr/include/sqlite3.h ] || need_apt+=(libsqlite3-dev)
[ -f /usr/include/zlib.h ] || need_apt+=(zlib1g-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! python3 -c 'import jsonschema, openpyxl, frictionless, openapi_spec_validator' >/dev/null 2>&1 || ! command -v frictionless >/dev/null 2>&1; then
  echo "setup: installing Python packages jsonschema, openpyxl, frictionless and openapi-spec-validator"
  python3 -m pip install --quiet jsonschema openpyxl frictionless openapi-spec-validator || python3 -m pip install --quiet --break-system-packages jsonschema openpyxl frictionless openapi-spec-validator
fi

# schemathesis: property-based tests of the portal's API against its OpenAPI document (scripts/schemathesis.sh).
if ! command -v schemathesis >/dev/null 2>&1; then
  echo "setup: installing Python package schemathesis"
  python3 -m pip install --quiet schemathesis || python3 -m pip install --quiet --break-system-packages schemathesis
fi

command -v swift >/dev/null 2>&1 || { echo "setup: swift is not on PATH; install the Swift 6.x toolchain first" >&2; exit 1; }
