#!/usr/bin/env bash
# PostgreSQL + Redis for development, tests and the demo.
#
#   bash infra/services.sh [up]     start (idempotent) and write .data/services.env
#   bash infra/services.sh env      print .data/services.env
#   bash infra/services.sh status   exit 0 when services this script manages are running
#   bash infra/services.sh down     stop what `up` started (never external services)
#   bash infra/services.sh purge    down + delete the throwaway local data
#
# Where the services come from, in order:
#   a) DATABASE_URL and REDIS_URL from the environment, when both answer;
#   b) Docker Compose (infra/docker-compose.yml), when `docker info` succeeds;
#   c) a throwaway local PostgreSQL and Redis from Debian packages (installed when missing),
#      on loopback ports 54329/63799, data under .data/ (or /tmp/act-data-<hash> when the
#      project folder is not reachable for the `postgres` user, e.g. under /root).
# Force one with ACT_SERVICES=external|docker|local. Ports: ACT_PG_PORT, ACT_REDIS_PORT.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
ENV_FILE="$DATA/services.env"
STATE_FILE="$DATA/services.state"
COMPOSE_FILE="$ROOT/infra/docker-compose.yml"
PG_PORT="${ACT_PG_PORT:-54329}"
REDIS_PORT="${ACT_REDIS_PORT:-63799}"
LOCAL_DB_URL="postgres://postgres:postgres@127.0.0.1:${PG_PORT}/postgres"
LOCAL_REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"

log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

as_admin() { # run a command as root (apt)
  if is_root; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) to run: $*"; fi
}

# ---------------------------------------------------------------- probes
# Both work without the client tools too (plain TCP), so mode (a) works on bare CI images.
url_part() { # url_part URL host|port|password  (tiny parser; good for our URLs)
  local url="$1" what="$2" rest auth hostport host port password=""
  rest="${url#*://}"; rest="${rest%%/*}"; rest="${rest%%\?*}"
  if [[ "$rest" == *@* ]]; then auth="${rest%@*}"; hostport="${rest##*@}"; else auth=""; hostport="$rest"; fi
  [[ "$auth" == *:* ]] && password="${auth#*:}"
  if [[ "$hostport" == \[* ]]; then host="${hostport%%]*}"; host="${host#[}"; port="${hostport##*]}"; port="${port#:}"
  elif [[ "$hostport" == *:* ]]; then host="${hostport%%:*}"; port="${hostport##*:}"
  else host="$hostport"; port=""; fi
  case "$what" in
    host) echo "${host:-127.0.0.1}" ;;
    port) echo "$port" ;;
    password) echo "$password" ;;
  esac
}

tcp_open() { timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

pg_ready_url() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -t 3 -d "$1" >/dev/null 2>&1
  else
    tcp_open "$(url_part "$1" host)" "$(url_part "$1" port || true)"
  fi
}

redis_ping_url() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(timeout 5 redis-cli --no-auth-warning -u "$1" ping 2>/dev/null)" = "PONG" ]
  else
    local host port answer
    host="$(url_part "$1" host)"; port="$(url_part "$1" port)"; port="${port:-6379}"
    answer="$(timeout 3 bash -c '
      exec 3<>"/dev/tcp/$1/$2" || exit 1
      [ -n "$3" ] && { printf "AUTH %s\r\n" "$3" >&3; read -r _ <&3; }
      printf "PING\r\n" >&3; read -r line <&3; printf "%s" "$line"' _ "$host" "$port" "$(url_part "$1" password)" 2>/dev/null || true)"
    [[ "$answer" == +PONG* ]]
  fi
}

local_pg_ready() { pg_ready_url "postgres://127.0.0.1:${PG_PORT}/postgres"; }
local_redis_ready() { redis_ping_url "$LOCAL_REDIS_URL"; }

state_get() { [ -f "$STATE_FILE" ] && sed -n "s/^$1=//p" "$STATE_FILE" | tail -n1 || true; }

write_env() { # write_env MODE DB_URL REDIS_URL [extra state lines...]
  local mode="$1" db="$2" redis="$3"; shift 3
  mkdir -p "$DATA"
  {
    echo "# written by infra/services.sh ($mode) - source it: . .data/services.env"
    printf 'export DATABASE_URL=%q\n' "$db"
    printf 'export REDIS_URL=%q\n' "$redis"
  } >"$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
  { echo "MODE=$mode"; for line in "$@"; do echo "$line"; done; } >"$STATE_FILE"
  cat "$ENV_FILE" | grep '^export'
}

# ---------------------------------------------------------------- (b) docker
docker_ok() {
  command -v docker >/dev/null 2>&1 && timeout 15 docker info >/dev/null 2>&1 &&
    docker compose version >/dev/null 2>&1
}

docker_up() {
  log "starting postgres:15 and redis:7 with Docker Compose"
  ACT_PG_PORT="$PG_PORT" ACT_REDIS_PORT="$REDIS_PORT" \
    docker compose -f "$COMPOSE_FILE" up -d --wait >&2
  write_env docker "$LOCAL_DB_URL" "$LOCAL_REDIS_URL" "PG_PORT=$PG_PORT" "REDIS_PORT=$REDIS_PORT"
}

docker_down() {
  log "stopping Docker Compose services"
  docker compose -f "$COMPOSE_FILE" down >&2
}

# ---------------------------------------------------------------- (c) local
pg_bindir() {
  local d
  if [ -n "${ACT_PG_BIN:-}" ]; then echo "$ACT_PG_BIN"; return 0; fi
  for d in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

ensure_local_packages() {
  local need=()
  pg_bindir >/dev/null || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  command -v redis-cli >/dev/null 2>&1 || need+=(redis-tools)
  command -v pg_isready >/dev/null 2>&1 || need+=(postgresql-client)
  [ "${#need[@]}" -eq 0 ] && return 0
  log "installing ${need[*]} from the distribution's packages (once)"
  as_admin env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_admin env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
  pg_bindir >/dev/null || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin after install"
}

# Where the throwaway data lives. Root runs PostgreSQL as `postgres`, which must be able to
# reach the folder through every parent directory.
local_base() {
  local base="$DATA/local" prev
  prev="$(state_get BASE)"
  if [ -n "$prev" ] && [ -d "$prev" ]; then echo "$prev"; return; fi
  mkdir -p "$DATA"
  if is_root; then
    chmod a+x "$DATA"
    if ! runuser -u postgres -- test -x "$DATA" 2>/dev/null; then
      base="/tmp/act-data-$(printf '%s' "$ROOT" | sha1sum | cut -c1-12)"
      log "postgres cannot reach $DATA (parent not traversable); using $base"
    fi
  fi
  echo "$base"
}

pg_sockdir() { # Unix socket paths are limited to ~107 bytes
  local dir="$1/postgres/run"
  [ "${#dir}" -le 90 ] || dir="/tmp/act-pg-run-$(printf '%s' "$ROOT" | sha1sum | cut -c1-12)"
  echo "$dir"
}

pg_run() { # run a PostgreSQL server binary as the right user, from /
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pid_alive() { # running and not a zombie (a killed daemon may wait for its reaper)
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
  stat="${stat##*) }"
  [ "${stat%% *}" != Z ]
}
pid_is() { [ -r "/proc/$1/comm" ] && grep -q "$2" "/proc/$1/comm"; }

pg_clear_stale() { # postmaster.pid / socket lock left behind by a crash (kill -9, reboot)
  local pgdata="$1" sockdir="$2" pid f
  for f in "$pgdata/postmaster.pid" "$sockdir/.s.PGSQL.$PG_PORT.lock"; do
    [ -f "$f" ] || continue
    pid="$(head -n1 "$f" 2>/dev/null | tr -dc '0-9')"
    if pid_alive "$pid" && pid_is "$pid" postgres; then
      # A live postmaster that does not answer yet (crash recovery): give it time.
      local i
      for i in $(seq 1 30); do local_pg_ready && return 0; sleep 1; done
      die "PostgreSQL (pid $pid) runs on $pgdata but does not answer on port $PG_PORT; see $(dirname "$pgdata")/postgres.log"
    fi
    log "removing stale $(basename "$f") (pid ${pid:-?} is gone)"
    rm -f "$f"
    [[ "$f" == *.lock ]] && rm -f "${f%.lock}"
  done
}

local_pg_up() {
  local base="$1" bindir pgdir pgdata sockdir logfile tries
  bindir="$(pg_bindir)"
  pgdir="$base/postgres"; pgdata="$pgdir/data"; sockdir="$(pg_sockdir "$base")"; logfile="$pgdir/postgres.log"
  if local_pg_ready; then log "PostgreSQL already answers on 127.0.0.1:$PG_PORT"; return 0; fi

  mkdir -p "$pgdir" "$sockdir"
  if is_root; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chmod 755 "$base"; chown postgres: "$pgdir" "$sockdir"; chmod 755 "$pgdir" "$sockdir"
  fi
  if [ ! -s "$pgdata/PG_VERSION" ]; then
    log "creating a throwaway PostgreSQL cluster in $pgdata ($("$bindir/postgres" --version))"
    rm -rf "$pgdata"; mkdir -p "$pgdata"
    if is_root; then chown postgres: "$pgdata"; fi
    chmod 700 "$pgdata"
    local locale=C
    locale -a 2>/dev/null | grep -qix 'c.utf-\?8' && locale=C.UTF-8
    # local socket: trust (our own tools); TCP: password, like the Docker image.
    pg_run "$bindir/initdb" -D "$pgdata" -U postgres --encoding=UTF8 --locale="$locale" \
      --auth-local=trust --auth-host=scram-sha-256 >"$pgdir/initdb.log" 2>&1 ||
      { cat "$pgdir/initdb.log" >&2; die "initdb failed"; }
  fi
  local have_version
  have_version="$(cat "$pgdata/PG_VERSION")"
  "$bindir/postgres" --version | grep -q " $have_version\." ||
    die "cluster in $pgdata is PostgreSQL $have_version but binaries are $("$bindir/postgres" --version); run: bash infra/services.sh purge"

  pg_clear_stale "$pgdata" "$sockdir"
  if local_pg_ready; then return 0; fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  for tries in 1 2 3; do
    if pg_run "$bindir/pg_ctl" -D "$pgdata" -l "$logfile" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c max_connections=400 -c unix_socket_directories='$sockdir'" start >/dev/null; then
      break
    fi
    [ "$tries" -eq 3 ] && { tail -n 20 "$logfile" >&2 || true; die "PostgreSQL did not start; log: $logfile"; }
    log "start failed (attempt $tries), retrying"; sleep 2
    pg_clear_stale "$pgdata" "$sockdir"
  done
  # Same superuser as the Docker image, so URLs are identical everywhere.
  "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$sockdir" -p "$PG_PORT" -U postgres -d postgres >/dev/null <<'SQL' ||
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'postgres') THEN CREATE ROLE postgres; END IF;
END $$;
ALTER ROLE postgres WITH SUPERUSER LOGIN PASSWORD 'postgres';
SQL
    die "could not set the postgres role's password"
}

local_redis_up() {
  local base="$1" dir pidfile pid
  dir="$base/redis"; pidfile="$dir/redis.pid"
  if local_redis_ready; then log "Redis already answers on 127.0.0.1:$REDIS_PORT"; return 0; fi
  mkdir -p "$dir"
  if [ -f "$pidfile" ]; then
    pid="$(tr -dc '0-9' <"$pidfile")"
    if pid_alive "$pid" && pid_is "$pid" redis; then
      log "Redis (pid $pid) does not answer; stopping it"
      kill "$pid" 2>/dev/null || true; sleep 1; pid_alive "$pid" && kill -9 "$pid" 2>/dev/null || true
    fi
    log "removing stale redis.pid"
    rm -f "$pidfile"
  fi
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --dir "$dir" --pidfile "$pidfile" --logfile "$dir/redis.log" >/dev/null
  local i
  for i in $(seq 1 50); do local_redis_ready && return 0; sleep 0.2; done
  tail -n 20 "$dir/redis.log" >&2 || true
  die "Redis did not answer on port $REDIS_PORT; log: $dir/redis.log"
}

local_up() {
  ensure_local_packages
  local base
  base="$(local_base)"
  mkdir -p "$base"
  [ "$base" != "$DATA/local" ] && ln -sfn "$base" "$DATA/local-data" 2>/dev/null || true
  local_pg_up "$base"
  local_redis_up "$base"
  write_env local "$LOCAL_DB_URL" "$LOCAL_REDIS_URL" "BASE=$base" "PG_PORT=$PG_PORT" "REDIS_PORT=$REDIS_PORT"
}

local_down() {
  local base bindir pgdata pid pidfile
  base="$(state_get BASE)"; [ -n "$base" ] || base="$DATA/local"
  PG_PORT="$(state_get PG_PORT)"; PG_PORT="${PG_PORT:-${ACT_PG_PORT:-54329}}"
  REDIS_PORT="$(state_get REDIS_PORT)"; REDIS_PORT="${REDIS_PORT:-${ACT_REDIS_PORT:-63799}}"
  pgdata="$base/postgres/data"
  if [ -f "$pgdata/postmaster.pid" ] && bindir="$(pg_bindir)"; then
    log "stopping PostgreSQL"
    pg_run "$bindir/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 ||
      pg_clear_stale "$pgdata" "$(pg_sockdir "$base")"
  fi
  pidfile="$base/redis/redis.pid"
  if [ -f "$pidfile" ]; then
    pid="$(tr -dc '0-9' <"$pidfile")"
    if pid_alive "$pid" && pid_is "$pid" redis; then
      log "stopping Redis"
      redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
      local i; for i in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.1; done
    fi
    rm -f "$pidfile"
  fi
}

# ---------------------------------------------------------------- commands
cmd_up() {
  local forced="${ACT_SERVICES:-}" prev
  prev="$(state_get MODE)"
  # (a) external services - unless they are simply the URLs this script wrote earlier
  if [ "$forced" = external ] || { [ -z "$forced" ] && [ -n "${DATABASE_URL:-}" ] && [ -n "${REDIS_URL:-}" ] &&
    ! { [ "$DATABASE_URL" = "$LOCAL_DB_URL" ] && [ "$REDIS_URL" = "$LOCAL_REDIS_URL" ]; }; }; then
    [ -n "${DATABASE_URL:-}" ] && [ -n "${REDIS_URL:-}" ] || die "ACT_SERVICES=external needs DATABASE_URL and REDIS_URL"
    local i ok=""
    for i in $(seq 1 10); do
      if pg_ready_url "$DATABASE_URL" && redis_ping_url "$REDIS_URL"; then ok=1; break; fi
      [ "$forced" = external ] || break
      sleep 1
    done
    if [ -n "$ok" ]; then
      log "using DATABASE_URL and REDIS_URL from the environment"
      write_env external "$DATABASE_URL" "$REDIS_URL"
      return 0
    fi
    [ "$forced" = external ] && die "DATABASE_URL/REDIS_URL do not answer"
    log "DATABASE_URL/REDIS_URL are set but do not answer; starting our own services"
  fi
  # (b) docker - unless our local services already run on these ports
  if [ "$forced" = docker ] || { [ -z "$forced" ] && ! { [ "$prev" = local ] && local_pg_ready; } && docker_ok; }; then
    docker_up
    return 0
  fi
  # (c) local throwaway services
  local_up
}

cmd_down() {
  case "$(state_get MODE)" in
    local) local_down ;;
    docker) docker_down ;;
    external) log "services are external (DATABASE_URL/REDIS_URL); nothing to stop" ;;
    *) log "nothing was started by this script" ;;
  esac
  rm -f "$ENV_FILE"
}

cmd_status() {
  local mode
  mode="$(state_get MODE)"
  [ -f "$ENV_FILE" ] || { echo "down"; return 1; }
  # shellcheck disable=SC1090
  ( . "$ENV_FILE"; pg_ready_url "$DATABASE_URL" && redis_ping_url "$REDIS_URL" ) ||
    { echo "$mode: not answering"; return 1; }
  echo "$mode: up"
}

case "${1:-up}" in
  up) cmd_up ;;
  down) cmd_down ;;
  env) [ -f "$ENV_FILE" ] || die "no $ENV_FILE yet; run: bash infra/services.sh up"; cat "$ENV_FILE" ;;
  status) cmd_status ;;
  purge)
    base="$(state_get BASE)"
    cmd_down
    for d in "$DATA/local" "$base"; do
      [ -n "$d" ] && [ -d "$d" ] && { log "deleting $d"; rm -rf "$d"; }
    done
    rm -f "$STATE_FILE" "$DATA/local-data"
    ;;
  -h | --help | help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (use up, down, env, status, purge)" ;;
esac
