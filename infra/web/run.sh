#!/bin/sh
# The production web server for the SPA: renders nginx's configuration from the templates beside
# this script and runs nginx in the foreground as a non-root user. The web image's entrypoint is
# this script (infra/docker/web.Dockerfile); on a development machine Debian's nginx runs it the
# same way (`bash scripts/ensure-nginx.sh` installs it), e.g.
#   WEB_ROOT=apps/web/dist API_UPSTREAM=http://127.0.0.1:3000 LISTEN_PORT=8080 infra/web/run.sh
#
# Environment:
#   API_UPSTREAM       the API, http://host:port (required)
#   WEB_ROOT           the built SPA (apps/web/dist); default /usr/share/act-web (the image)
#   LISTEN_HOST        default 0.0.0.0          LISTEN_PORT   default 8080
#   WEB_TMP            writable directory for the rendered configuration, pid and temp files
#                      (default /tmp/act-web-$LISTEN_PORT; the root filesystem may be read-only)
#   REAL_IP_FROM       comma-separated addresses/CIDRs of proxies in front (the ingress) whose
#                      X-Forwarded-For is believed; empty: none
#   CSP_FORM_ACTION    sources a form may go to besides 'self' (default https:, because single
#                      sign-on's login form is redirected to the municipality's identity provider)
#   HSTS_MAX_AGE       default 31536000 (one year)
#   NGINX_WORKER_PROCESSES  default auto
#   RUN_AS_UID         started as root (a development machine), nginx runs as this user
#                      (default 65534, nobody); in the image the user is already unprivileged.
#   NGINX              the nginx binary (default: nginx on PATH, else /usr/sbin/nginx)
#   WEB_CHECK_ONLY=1   render and test the configuration (nginx -t), then exit
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"

if [ "$(id -u)" -eq 0 ]; then
  # Never serve as root: start again as an unprivileged user (no groups, no new privileges).
  uid="${RUN_AS_UID:-65534}"
  self="$HERE/$(basename "$0")"
  root="${WEB_ROOT:-/usr/share/act-web}"
  as_user() { setpriv --reuid="$uid" --regid="$uid" --clear-groups -- "$@"; }
  if [ -r "$root/index.html" ] && ! as_user test -x "$self" -a -r "$HERE/nginx.conf.template" -a -r "$root/index.html" 2>/dev/null; then
    # A checkout that user cannot reach (e.g. under /root): serve a copy it owns.
    copy="$(mktemp -d /tmp/act-web-copy.XXXXXX)"
    cp -R "$HERE" "$copy/web"
    cp -R "$root" "$copy/root"
    chown -R "$uid:$uid" "$copy"
    chmod 755 "$copy"
    self="$copy/web/$(basename "$0")"
    WEB_ROOT="$copy/root"
    export WEB_ROOT
  fi
  # nginx opens /dev/stdout and /dev/stderr itself: give that user our pipes or log files
  # (never a device such as /dev/null or a terminal).
  for fd in 1 2; do
    out="/proc/$$/fd/$fd"
    if [ -p "$out" ] || [ -f "$out" ]; then chown "$uid" "$out" || true; fi
  done
  exec setpriv --reuid="$uid" --regid="$uid" --clear-groups --no-new-privs -- "$self" "$@"
fi

fail() { echo "[web] $*" >&2; exit 1; }

: "${API_UPSTREAM:?[web] API_UPSTREAM is required (the API as http://host:port)}"
WEB_ROOT="${WEB_ROOT:-/usr/share/act-web}"
LISTEN_HOST="${LISTEN_HOST:-0.0.0.0}"
LISTEN_PORT="${LISTEN_PORT:-8080}"
WEB_TMP="${WEB_TMP:-/tmp/act-web-$LISTEN_PORT}"
HSTS_MAX_AGE="${HSTS_MAX_AGE:-31536000}"
CSP_FORM_ACTION="${CSP_FORM_ACTION-https:}"
NGINX_WORKER_PROCESSES="${NGINX_WORKER_PROCESSES:-auto}"

case "$API_UPSTREAM" in
  http://*) API_UPSTREAM_HOST="${API_UPSTREAM#http://}"; API_UPSTREAM_HOST="${API_UPSTREAM_HOST%%/*}" ;;
  *) fail "API_UPSTREAM must be http://host:port, not '$API_UPSTREAM'" ;;
esac
case "$API_UPSTREAM_HOST" in *:*) ;; *) API_UPSTREAM_HOST="$API_UPSTREAM_HOST:80" ;; esac
case "$LISTEN_PORT" in '' | *[!0-9]*) fail "LISTEN_PORT must be a number, not '$LISTEN_PORT'" ;; esac
case "$HSTS_MAX_AGE" in '' | *[!0-9]*) fail "HSTS_MAX_AGE must be a number of seconds" ;; esac
case "$CSP_FORM_ACTION" in *[\;\"]*) fail "CSP_FORM_ACTION must not contain ; or \"" ;; esac
WEB_ROOT="$(cd "$WEB_ROOT" 2>/dev/null && pwd)" || fail "WEB_ROOT '$WEB_ROOT' is not a readable directory"
[ -r "$WEB_ROOT/index.html" ] || fail "no readable index.html in WEB_ROOT $WEB_ROOT (build the web app first)"

if [ -z "${NGINX:-}" ]; then
  NGINX="$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)"
fi
[ -x "$NGINX" ] || fail "nginx not found (bash scripts/ensure-nginx.sh installs Debian's nginx)"
NGINX_MIME_TYPES="${NGINX_MIME_TYPES:-/etc/nginx/mime.types}"

# No inline scripts or styles anywhere (the build has none, and a check keeps it so); images may be
# data: URLs (the two-step verification QR code).
CONTENT_SECURITY_POLICY="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'${CSP_FORM_ACTION:+ $CSP_FORM_ACTION}; frame-ancestors 'none'"

REAL_IP_CONFIG=""
if [ -n "${REAL_IP_FROM:-}" ]; then
  for cidr in $(echo "$REAL_IP_FROM" | tr ',' ' '); do
    case "$cidr" in *[!0-9a-fA-F.:/]*) fail "REAL_IP_FROM: '$cidr' is not an address or CIDR" ;; esac
    REAL_IP_CONFIG="$REAL_IP_CONFIG  set_real_ip_from $cidr;
"
  done
  REAL_IP_CONFIG="$REAL_IP_CONFIG  real_ip_header X-Forwarded-For;
  real_ip_recursive on;"
fi

umask 077
mkdir -p "$WEB_TMP"
export WEB_ROOT LISTEN_HOST LISTEN_PORT WEB_TMP HSTS_MAX_AGE NGINX_WORKER_PROCESSES NGINX_MIME_TYPES \
  API_UPSTREAM_HOST CONTENT_SECURITY_POLICY REAL_IP_CONFIG
VARS='${WEB_ROOT} ${LISTEN_HOST} ${LISTEN_PORT} ${WEB_TMP} ${HSTS_MAX_AGE} ${NGINX_WORKER_PROCESSES} ${NGINX_MIME_TYPES} ${API_UPSTREAM_HOST} ${CONTENT_SECURITY_POLICY} ${REAL_IP_CONFIG}'
for name in nginx.conf security-headers.conf proxy-api.conf; do
  envsubst "$VARS" <"$HERE/$name.template" >"$WEB_TMP/$name.tmp"
  mv "$WEB_TMP/$name.tmp" "$WEB_TMP/$name"
done

if [ "${WEB_CHECK_ONLY:-}" = 1 ]; then
  exec "$NGINX" -t -q -p "$WEB_TMP" -e stderr -c "$WEB_TMP/nginx.conf"
fi
echo "[web] serving $WEB_ROOT on http://$LISTEN_HOST:$LISTEN_PORT (API: $API_UPSTREAM_HOST)" >&2
exec "$NGINX" -p "$WEB_TMP" -e stderr -c "$WEB_TMP/nginx.conf" -g 'daemon off;'
