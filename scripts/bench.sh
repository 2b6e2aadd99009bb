#!/usr/bin/env bash
# `npm run bench`: performance figures on the reference dataset (docs/performance.md).
# Prints figures; never fails because something is slow (it is not a test). Exits non-zero only
# when it cannot run (services, build, dataset, API start).
#
#   npm run bench                       reuse the act_bench dataset when it is already there
#   npm run bench -- --fresh            drop act_bench and generate the dataset again
#   BENCH_RATE=50 BENCH_SECONDS=20 npm run bench
#   BENCH_TEAMS=160 npm run bench       another size (10/40/160; the dataset is rebuilt to match)
#   npm run bench -- --scale            per-team operations and steering aggregates on 10, 40 and
#                                       160 teams (databases act_bench_t10, act_bench, act_bench_t160;
#                                       BENCH_SCALE="10 40" for fewer), then the CPU-per-request table
#
# Steps: dependencies, services, build, database act_bench + dataset (skipped when present),
# SQL capture/replay (bench/sql.ts, in-process API), the built API on :3400 in production mode,
# fixed-rate load (bench/run.ts), API stopped, reminder lateness with one worker kill
# (bench/reminders.ts), summary table.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export TURBO_TELEMETRY_DISABLED=1

BENCH_DATABASE="${ACT_BENCH_DATABASE:-act_bench}"
API_PORT="${BENCH_API_PORT:-3400}"
LOGS=.data/logs
mkdir -p "$LOGS" .data/bench
FRESH=0
SCALE=0
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH=1 ;;
    --scale) SCALE=1 ;;
    *) echo "bench.sh: unknown argument $arg (--fresh, --scale)" >&2; exit 2 ;;
  esac
done

if [ -t 1 ]; then step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }; else step() { printf '\n==> %s\n' "$*"; }; fi
die() { echo "bench.sh: $*" >&2; exit 1; }

API_PID=""
stop_api() {
  [ -z "$API_PID" ] && return 0
  kill -TERM -- "-$API_PID" 2>/dev/null || kill -TERM "$API_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 -- "-$API_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$API_PID" 2>/dev/null || true
  wait "$API_PID" 2>/dev/null || true
  API_PID=""
}
trap stop_api EXIT
trap 'stop_api; echo interrupted; exit 130' INT TERM

step "dependencies"
bash scripts/ensure-deps.sh || die "npm ci failed"

step "services (PostgreSQL, Redis)"
bash infra/services.sh up || die "services did not start (bash infra/services.sh up)"
# shellcheck disable=SC1091
. .data/services.env

step "build"
npx turbo run build --output-logs=errors-only || die "build failed (npx turbo run build)"

# One dataset size: database, dataset, SQL replay, the API, the load. Sets $status.
bench_size() {
  local db="$1" teams="$2" only="${3:-}" web="${4:-}" fresh="$FRESH"
  step "database $db ($teams teams)"
  export ACT_BENCH_DATABASE="$db" BENCH_TEAMS="$teams"
  if [ "$fresh" -eq 0 ]; then
    node packages/db/dist/cli/setup.js --database "$db" || die "database setup failed"
    local dstatus
    dstatus="$(npx tsx bench/dataset.ts --status)" || die "could not read the dataset status"
    if [ "$dstatus" = "stale" ]; then
      echo "$db holds another dataset version or size, or a partial one: rebuilding"
      fresh=1
    fi
  fi
  if [ "$fresh" -eq 1 ]; then
    node packages/db/dist/cli/setup.js --database "$db" --reset || die "database setup failed"
  fi

  step "reference dataset ($teams teams)"
  npx tsx bench/dataset.ts || die "dataset generation failed"

  # The steering group's fidelity view reads the worker's weekly snapshots; store them as the
  # worker's Monday job does (and time that job), so the view is measured as it runs in production.
  step "fidelity snapshots (the worker's weekly job, bench/fidelity-snapshots.ts)"
  npx tsx bench/fidelity-snapshots.ts || echo "warning: the fidelity snapshots failed; steeringFidelity is measured live" >&2

  step "SQL replay (overhead ratio, statements per operation)"
  rm -f .data/bench/sql.json
  BENCH_ONLY="$only" npx tsx bench/sql.ts || echo "warning: SQL replay failed; the ratio will be missing" >&2

  step "API on :$API_PORT (production mode)"
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$API_PORT/"; then
    die "port $API_PORT is in use (a server left over from an earlier run?)"
  fi
  # Production mode needs its must-haves named (docs/operations.md); these are the local ones.
  ( exec setsid env PORT="$API_PORT" HOST=127.0.0.1 NODE_ENV=production ACT_DATABASE="$db" \
      PUBLIC_URL="https://localhost:$API_PORT" REDIS_URL="${REDIS_URL:-redis://127.0.0.1:63799}" \
      DATABASE_APP_URL="$(node -e "console.log(require('./packages/db/dist').databaseUrls({ ...process.env, ACT_DATABASE: '$db' }).app)")" \
      METRICS_PORT=off node --max-semi-space-size=64 apps/api/dist/main.js ) </dev/null >"$LOGS/api-bench.log" 2>&1 &
  API_PID=$!
  for i in $(seq 1 120); do
    kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$LOGS/api-bench.log" >&2; die "the API exited before answering"; }
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$API_PORT/graphql" && break
    [ "$i" -eq 120 ] && { tail -n 30 "$LOGS/api-bench.log" >&2; die "the API did not answer within 60 s"; }
    sleep 0.5
  done
  echo "API answers (log: $LOGS/api-bench.log)"

  step "load (bench/run.ts, $teams teams)"
  # The figures mean little on a busy machine: say so up front (they are printed anyway).
  # The replay just before this keeps a CPU busy; give the 1-minute load average up to
  # BENCH_SETTLE seconds (default 90) to fall below 1 so a quiet machine is measured as quiet.
  cores="$(nproc 2>/dev/null || echo 1)"
  settle="${BENCH_SETTLE:-90}"
  for _ in $(seq 1 "$settle"); do
    read -r load1 _ < /proc/loadavg 2>/dev/null || load1=0
    awk -v l="$load1" 'BEGIN { exit !(l < 1) }' && break
    sleep 1
  done
  read -r load1 _ < /proc/loadavg 2>/dev/null || load1=0
  echo "1-minute load average before the load: $load1"
  if awk -v l="$load1" -v c="$cores" 'BEGIN { exit !(l > c) }'; then
    echo "warning: load average $load1 on $cores cores before the load starts: other work shares the CPUs; latencies will be inflated" >&2
  fi
  BENCH_ONLY="$only" BENCH_API_URL="http://127.0.0.1:$API_PORT/graphql" BENCH_API_PID="$API_PID" npx tsx bench/run.ts
  status=$?
  if [ -n "$web" ] && [ "$status" -eq 0 ]; then
    step "web: LCP and INP of the production build on a throttled phone (bench/web.ts)"
    BENCH_API_URL="http://127.0.0.1:$API_PORT/graphql" BENCH_WEB_PORT="${BENCH_WEB_PORT:-5400}" npx tsx bench/web.ts ||
      echo "warning: the web measurement failed; LCP/INP are missing" >&2
  fi
  stop_api
}

if [ "$SCALE" -eq 1 ]; then
  # Per-team operations (their cost should stay flat) and the steering aggregates (should grow
  # no faster than the teams). 40 teams uses the reference database; the others their own.
  for teams in ${BENCH_SCALE:-10 40 160}; do
    db="$BENCH_DATABASE"
    [ "$teams" = "40" ] || db="${BENCH_DATABASE}_t$teams"
    bench_size "$db" "$teams" "${BENCH_ONLY:-}"
  done
  step "scaling (bench/scale.ts)"
  npx tsx bench/scale.ts ${BENCH_SCALE:-10 40 160}
  exit $?
fi

status=1
bench_size "$BENCH_DATABASE" "${BENCH_TEAMS:-40}" "${BENCH_ONLY:-}" web

step "reminders (bench/reminders.ts: 1,000 due within 20 s, the worker killed once)"
# The built worker as its own process, mailing into a local SMTP sink; appends to summary.md.
BENCH_REDIS_DB="${BENCH_REDIS_DB:-8}" npx tsx bench/reminders.ts ||
  echo "warning: the reminder scenario failed; its lateness figures are missing (log: $LOGS/worker-bench.log)" >&2

step "access-log seal (bench/access-log-seal.ts: write cost with and without it, seal and verify)"
npx tsx bench/access-log-seal.ts || echo "warning: the access-log seal scenario failed; its figures are missing" >&2

step "summary"
if [ "$status" -eq 0 ]; then
  cat .data/bench/summary.md
  echo "Details: .data/bench/results.json, .data/bench/sql.json. Details of the reminder scenario: .data/bench/reminders.json."
fi
exit "$status"
