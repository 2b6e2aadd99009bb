#!/usr/bin/env bash
# `npm run bench`: performance figures on the reference dataset (docs/performance.md).
# Prints figures; never fails because something is slow (it is not a test). Exits non-zero only
# when it cannot run (services, build, dataset, API start).
#
#   npm run bench                       reuse the act_bench dataset when it is already there
#   npm run bench -- --fresh            drop act_bench and generate the dataset again
#   BENCH_RATE=50 BENCH_SECONDS=20 npm run bench
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
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH=1 ;;
    *) echo "bench.sh: unknown argument $arg (only --fresh)" >&2; exit 2 ;;
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

step "database $BENCH_DATABASE"
export ACT_BENCH_DATABASE="$BENCH_DATABASE"
if [ "$FRESH" -eq 0 ]; then
  node packages/db/dist/cli/setup.js --database "$BENCH_DATABASE" || die "database setup failed"
  status="$(npx tsx bench/dataset.ts --status)" || die "could not read the dataset status"
  if [ "$status" = "stale" ]; then
    echo "$BENCH_DATABASE holds another dataset version or a partial one: rebuilding"
    FRESH=1
  fi
fi
if [ "$FRESH" -eq 1 ]; then
  node packages/db/dist/cli/setup.js --database "$BENCH_DATABASE" --reset || die "database setup failed"
fi

step "reference dataset"
npx tsx bench/dataset.ts || die "dataset generation failed"

step "SQL replay (overhead ratio, statements per operation)"
rm -f .data/bench/sql.json
npx tsx bench/sql.ts || echo "warning: SQL replay failed; the ratio will be missing" >&2

step "API on :$API_PORT (production mode)"
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$API_PORT/"; then
  die "port $API_PORT is in use (a server left over from an earlier run?)"
fi
# Production mode needs its must-haves named (docs/operations.md); these are the local ones.
( exec setsid env PORT="$API_PORT" HOST=127.0.0.1 NODE_ENV=production ACT_DATABASE="$BENCH_DATABASE" \
    PUBLIC_URL="https://localhost:$API_PORT" REDIS_URL="${REDIS_URL:-redis://127.0.0.1:63799}" \
    DATABASE_APP_URL="$(node -e "console.log(require('./packages/db/dist').databaseUrls({ ...process.env, ACT_DATABASE: '$BENCH_DATABASE' }).app)")" \
    METRICS_PORT=off node apps/api/dist/main.js ) </dev/null >"$LOGS/api-bench.log" 2>&1 &
API_PID=$!
for i in $(seq 1 120); do
  kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$LOGS/api-bench.log" >&2; die "the API exited before answering"; }
  curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$API_PORT/graphql" && break
  [ "$i" -eq 120 ] && { tail -n 30 "$LOGS/api-bench.log" >&2; die "the API did not answer within 60 s"; }
  sleep 0.5
done
echo "API answers (log: $LOGS/api-bench.log)"

step "load (bench/run.ts)"
# The figures mean little on a busy machine: say so up front (they are printed anyway).
read -r load1 _ < /proc/loadavg 2>/dev/null || load1=0
cores="$(nproc 2>/dev/null || echo 1)"
if awk -v l="$load1" -v c="$cores" 'BEGIN { exit !(l > c) }'; then
  echo "warning: load average $load1 on $cores cores before the load starts: other work shares the CPUs; latencies will be inflated" >&2
fi
BENCH_API_URL="http://127.0.0.1:$API_PORT/graphql" BENCH_API_PID="$API_PID" npx tsx bench/run.ts
status=$?
stop_api

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
