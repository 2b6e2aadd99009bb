#!/usr/bin/env bash
# nginx for the production web server (infra/web/run.sh) on a development or CI machine: installs
# Debian's `nginx` (and `gettext-base` for envsubst, and util-linux's setpriv) when missing. The
# web image has its own nginx (infra/docker/web.Dockerfile); apt does not start nginx here.
set -euo pipefail

need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v envsubst >/dev/null 2>&1 || need+=(gettext-base)
command -v setpriv >/dev/null 2>&1 || need+=(util-linux)
if [ "${#need[@]}" -gt 0 ]; then
  echo "[nginx] installing Debian's ${need[*]} (once)" >&2
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "[nginx] ERROR: need root or sudo to install ${need[*]}" >&2; exit 1; }
    SUDO=(sudo)
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
nginx_bin="$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)"
echo "[nginx] $("$nginx_bin" -v 2>&1)"
