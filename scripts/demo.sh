#!/usr/bin/env bash
# `npm run demo`: the whole platform with demo data, on this machine.
#   services (PostgreSQL, Redis) -> build -> database `act` + migrations -> demo data (idempotent)
#   -> mail catcher (maildev: web :1080, SMTP 127.0.0.1:1025), api (:3000), worker (health :3001),
#   web (:5173), with prefixed logs; Ctrl-C stops everything. The worker's mail goes to the catcher
#   only: SMTP_URL is always set to it here, so the demo never sends mail off this machine.
# Ports: API_PORT (3000), WEB_PORT (5173), WORKER_HEALTH_PORT (3001), MAIL_WEB_PORT (1080),
# MAIL_SMTP_PORT (1025). A default that is taken moves
# to the next free port (and says so); a port you set yourself must be free, or the demo stops and
# names it. Keep services running after Ctrl-C: ACT_KEEP_SERVICES=1.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export TURBO_TELEMETRY_DISABLED=1
export ACT_DATABASE=act

LOGS=.data/logs
mkdir -p "$LOGS"

NAMES=()
PIDS=()
STARTED_SERVICES=0
STOPPING=0

if [ -t 1 ]; then BOLD=$'\033[1m'; RESET=$'\033[0m'; else BOLD=""; RESET=""; fi
step() { printf '\n%s==> %s%s\n' "$BOLD" "$*" "$RESET"; }
die() { printf '[demo] ERROR: %s\n' "$*" >&2; exit 1; }

cleanup() {
  [ "$STOPPING" -eq 1 ] && return 0
  STOPPING=1
  local pid i alive
  if [ "${#PIDS[@]}" -gt 0 ]; then
    echo
    echo "[demo] stopper / stopping ${NAMES[*]}"
    for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
    for i in $(seq 1 50); do
      alive=0
      for pid in "${PIDS[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
      [ "$alive" -eq 0 ] && break
      sleep 0.1
    done
    for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  fi
  if [ "$STARTED_SERVICES" -eq 1 ] && [ -z "${ACT_KEEP_SERVICES:-}" ]; then
    bash infra/services.sh down || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM # runs the EXIT trap

# start NAME COLOR DIR command...: own process group, output prefixed and copied to .data/logs
start() {
  local name="$1" color="$2" dir="$3" prefix; shift 3
  prefix="$(printf '%-7s' "[$name]")"
  [ -t 1 ] && prefix=$'\033['"${color}m${prefix}"$'\033[0m'
  : >"$LOGS/demo-$name.log"
  ( cd "$dir" && exec setsid bash -c 'set -o pipefail; log="$1" prefix="$2"; shift 2
      "$@" 2>&1 | tee -a "$log" | sed -u "s/^/$prefix /"' _ "$ROOT/$LOGS/demo-$name.log" "$prefix" "$@" ) </dev/null &
  NAMES+=("$name")
  PIDS+=("$!")
}

answers() { curl -s -o /dev/null --max-time 2 "$1"; } # any HTTP status counts

# Something accepts connections on 127.0.0.1:PORT (any protocol, not only HTTP).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

CHOSEN_PORTS=()
# choose_port VAR DEFAULT: sets VAR to a free port. One given in the environment must be free;
# a taken default moves up to the next free one.
choose_port() {
  local var="$1" default="$2" port
  if [ -n "${!var:-}" ]; then
    port="${!var}"
    if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
      die "$var=$port is not a port number (1-65535)"
    fi
    if port_in_use "$port" || [[ " ${CHOSEN_PORTS[*]} " == *" $port "* ]]; then
      ss -ltnp 2>/dev/null | grep ":$port " >&2 || true
      die "port $port ($var) is already in use (an earlier demo still running?). Stop what uses it, or choose another port: $var=<port> npm run demo"
    fi
  else
    port="$default"
    while port_in_use "$port" || [[ " ${CHOSEN_PORTS[*]} " == *" $port "* ]]; do
      port=$((port + 1))
      [ "$port" -gt $((default + 100)) ] && die "no free port in $default-$((default + 100)) for $var; set $var=<port>"
    done
    [ "$port" != "$default" ] && echo "[demo] port $default is in use; using $var=$port (set $var to choose)" >&2
  fi
  CHOSEN_PORTS+=("$port")
  printf -v "$var" '%s' "$port"
}

# Ports first, so a clash is reported before the long build.
choose_port API_PORT 3000
choose_port WEB_PORT 5173
choose_port WORKER_HEALTH_PORT 3001
choose_port MAIL_WEB_PORT 1080
choose_port MAIL_SMTP_PORT 1025

wait_until_answers() { # NAME URL PID SECONDS
  local name="$1" url="$2" pid="$3" i
  for i in $(seq 1 $(($4 * 2))); do
    kill -0 "$pid" 2>/dev/null || die "$name stopped while starting; see $LOGS/demo-$name.log"
    answers "$url" && return 0
    sleep 0.5
  done
  die "$name did not answer on $url within ${4}s; see $LOGS/demo-$name.log"
}

step "dependencies"
bash scripts/ensure-deps.sh || die "npm ci failed"

step "services (PostgreSQL, Redis)"
bash infra/services.sh status >/dev/null 2>&1 || STARTED_SERVICES=1
bash infra/services.sh up || die "services did not start (bash infra/services.sh up)"
# shellcheck disable=SC1091
. .data/services.env

step "build"
npx turbo run build --output-logs=errors-only || die "build failed (npx turbo run build)"

step "database '$ACT_DATABASE' (migrations) and demo data"
node packages/db/dist/cli/setup.js --database "$ACT_DATABASE" || die "database setup failed"
node packages/db/dist/cli/seed-demo.js || die "demo seed failed"

# The build took a while: check once more that nothing took the ports meanwhile.
for var in API_PORT WEB_PORT WORKER_HEALTH_PORT MAIL_WEB_PORT MAIL_SMTP_PORT; do
  port_in_use "${!var}" && die "port ${!var} ($var) was taken while building. Run again, or choose another port: $var=<port> npm run demo"
done

step "starting the mail catcher, api, worker and web"
# maildev: SMTP and web on the loopback interface only, no relay (it never forwards mail).
mkdir -p .data/mail
start mail 33 . node_modules/.bin/maildev --smtp "$MAIL_SMTP_PORT" --ip 127.0.0.1 \
  --web "$MAIL_WEB_PORT" --web-ip 127.0.0.1 --mail-directory .data/mail
mail_pid="${PIDS[-1]}"
start api 36 . env PORT="$API_PORT" ACT_DATABASE="$ACT_DATABASE" node apps/api/dist/main.js
api_pid="${PIDS[-1]}"
start worker 35 . env ACT_DATABASE="$ACT_DATABASE" WORKER_HEALTH_PORT="$WORKER_HEALTH_PORT" \
  SMTP_URL="smtp://127.0.0.1:$MAIL_SMTP_PORT" MAIL_FROM="ACT-platformen <no-reply@act.invalid>" \
  PUBLIC_URL="http://localhost:$WEB_PORT" node apps/worker/dist/main.js
worker_pid="${PIDS[-1]}"
start web 32 apps/web env ACT_API_URL="http://127.0.0.1:$API_PORT" \
  npx vite --port "$WEB_PORT" --strictPort --host 127.0.0.1
web_pid="${PIDS[-1]}"

wait_until_answers mail "http://127.0.0.1:$MAIL_WEB_PORT/api/healthz" "$mail_pid" 30
wait_until_answers api "http://127.0.0.1:$API_PORT/graphql" "$api_pid" 90
wait_until_answers web "http://127.0.0.1:$WEB_PORT/" "$web_pid" 90
wait_until_answers worker "http://127.0.0.1:$WORKER_HEALTH_PORT/health" "$worker_pid" 60

cat <<BANNER

${BOLD}================================================================================
  ACT-platformen kører  /  The ACT platform is running
================================================================================${RESET}
  Åbn i browseren / Open in your browser:   ${BOLD}http://localhost:${WEB_PORT}${RESET}
  GraphQL:                                  http://localhost:${API_PORT}/graphql
  Worker health:                            http://localhost:${WORKER_HEALTH_PORT}/health
  Mail fra platformen / Mail it sends:      ${BOLD}http://localhost:${MAIL_WEB_PORT}${RESET}
    (lokal mail-fanger; intet sendes ud af maskinen / local catcher; nothing leaves this machine)

  Demo-logins (adgangskode / password: ${BOLD}demo-demo-demo${RESET})
    admin@demo.dk          administrator / administrator
    leder@demo.dk          teamleder / team lead
    medarbejder@demo.dk    medarbejder / team member
    styregruppe@demo.dk    styregruppe / steering group

  Alle borgere og CPR-numre er opdigtede. / All citizens and CPR numbers are fictional.
  Log: .data/logs/demo-*.log        Stop: Ctrl-C
================================================================================

BANNER

# Stay in the foreground until Ctrl-C, or until one of the processes stops by itself.
wait -n "${PIDS[@]}"
status=$?
for i in "${!PIDS[@]}"; do
  if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
    echo "[demo] ${NAMES[$i]} stoppede uventet / stopped unexpectedly (exit $status); see $LOGS/demo-${NAMES[$i]}.log" >&2
  fi
done
exit 1
