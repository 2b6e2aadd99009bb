#!/usr/bin/env bash
# Installs the locked dependencies when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] npm ci (node_modules missing or older than package-lock.json)" >&2
  npm ci --no-audit --no-fund
else
  echo "[deps] node_modules is up to date" >&2
fi
