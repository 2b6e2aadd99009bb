#!/usr/bin/env bash
# Installs the locked dependencies (npm ci) when node_modules is missing or older than
# package-lock.json. "Older" by time is confirmed by content first (npm may write the lockfile
# after node_modules/.package-lock.json, and a git checkout touches it), because npm ci deletes
# node_modules before it installs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lock_matches_installed() {
  node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages || {};
    const installed = JSON.parse(fs.readFileSync("node_modules/.package-lock.json", "utf8")).packages || {};
    for (const [path, entry] of Object.entries(lock)) {
      if (path === "") continue;
      const have = installed[path];
      if (!have) { if (entry.optional) continue; process.exit(1); } // optional: other platforms
      if (have.version !== entry.version || Boolean(have.link) !== Boolean(entry.link)) process.exit(1);
    }
    for (const path of Object.keys(installed)) if (!(path in lock)) process.exit(1);
  ' 2>/dev/null
}

reason=""
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ]; then
  reason="node_modules is missing"
elif [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if lock_matches_installed; then
    touch node_modules/.package-lock.json # same content; skip this comparison next time
  else
    reason="package-lock.json changed since the last install"
  fi
fi

if [ -n "$reason" ]; then
  echo "[deps] npm ci ($reason)" >&2
  if command -v flock >/dev/null 2>&1; then
    flock /tmp/npm.lock npm ci --no-audit --no-fund
  else
    npm ci --no-audit --no-fund
  fi
else
  echo "[deps] node_modules is up to date" >&2
fi
