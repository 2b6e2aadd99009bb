#!/usr/bin/env bash
# Headless Chromium for the e2e tests (playwright-core uses /usr/bin/chromium).
# Installs Debian's `chromium` package when it is missing.
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
  echo "[chromium] installing Debian's chromium package (once, ~30 s)" >&2
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "[chromium] ERROR: need root or sudo to install chromium" >&2; exit 1; }
    SUDO=(sudo)
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
echo "[chromium] $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
