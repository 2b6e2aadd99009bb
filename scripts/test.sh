#!/usr/bin/env bash
# `npm test`: the whole suite against real PostgreSQL, Redis and headless Chromium.
#   npm test                      everything
#   npm test -- --selectProjects unit        extra arguments go to jest
# Steps: dependencies, services, chromium, build, fresh test database, the checks (types,
# lint, migrations match entities, committed GraphQL schema and web types are current), the built
# API + web preview for the e2e specs, jest. The last line is always `N passed, N failed`.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export TURBO_TELEMETRY_DISABLED=1

LOGS=.data/logs
RESULTS=.data/jest-results.json
# Overridable so that two runs can share one PostgreSQL/Redis (defaults: act_test, db 5, 3100, 5174).
TEST_DATABASE="${ACT_TEST_DATABASE:-act_test}"
TEST_REDIS_DB="${ACT_TEST_REDIS_DB:-5}"
API_PORT="${E2E_API_PORT:-3100}"
WEB_PORT="${E2E_WEB_PORT:-5174}"
mkdir -p "$LOGS"

CHECKS_PASSED=0
CHECKS_FAILED=0
FAILED_CHECKS=()
BG_PIDS=()

if [ -t 1 ]; then step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }; else step() { printf '\n==> %s\n' "$*"; }; fi

stop_background() {
  local pid i
  [ "${#BG_PIDS[@]}" -eq 0 ] && return 0
  for pid in "${BG_PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  for i in $(seq 1 50); do
    local alive=0
    for pid in "${BG_PIDS[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.1
  done
  for pid in "${BG_PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  BG_PIDS=()
}
trap stop_background EXIT
on_signal() {
  [ -n "${jest_pid:-}" ] && kill -TERM -- "-$jest_pid" 2>/dev/null
  stop_background
  echo "interrupted"
  exit 130
}
trap on_signal INT TERM

# A step the rest cannot run without failed: report it as one failure and stop.
fatal() {
  echo "test.sh: $*" >&2
  stop_background
  echo "$CHECKS_PASSED passed, $((CHECKS_FAILED + 1)) failed"
  exit 1
}

run_check() { # run_check "name" command...   (counts as one test in the summary)
  local name="$1"; shift
  step "check: $name"
  if "$@"; then
    CHECKS_PASSED=$((CHECKS_PASSED + 1)); echo "✓ $name"
  else
    CHECKS_FAILED=$((CHECKS_FAILED + 1)); FAILED_CHECKS+=("$name"); echo "✕ $name"
  fi
}

start_background() { # start_background LOGFILE DIR command...  -> own process group
  local logfile="$1" dir="$2"; shift 2
  ( cd "$dir" && exec setsid "$@" ) </dev/null >"$logfile" 2>&1 &
  BG_PIDS+=("$!")
}

wait_http() { # wait_http NAME URL PID SECONDS LOGFILE
  local name="$1" url="$2" pid="$3" seconds="$4" logfile="$5" i
  for i in $(seq 1 $((seconds * 2))); do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited before answering; last lines of $logfile:" >&2; break; fi
    # Any HTTP answer counts (the API answers a bare GET /graphql with 400).
    if curl -s -o /dev/null --max-time 2 "$url"; then echo "$name answers on $url"; return 0; fi
    sleep 0.5
  done
  [ "$i" -ge $((seconds * 2)) ] && echo "$name did not answer on $url within ${seconds}s; last lines of $logfile:" >&2
  tail -n 30 "$logfile" >&2
  return 1
}

step "dependencies"
bash scripts/ensure-deps.sh || fatal "npm ci failed"

step "services (PostgreSQL, Redis)"
bash infra/services.sh up || fatal "services did not start (bash infra/services.sh up)"
# shellcheck disable=SC1091
. .data/services.env

step "chromium"
bash scripts/ensure-chromium.sh || echo "warning: chromium is not available; e2e specs will fail" >&2

step "nginx (the production web server)"
bash scripts/ensure-nginx.sh || echo "warning: nginx is not available; the web server specs will fail" >&2

step "build"
npx turbo run build --output-logs=errors-only || fatal "build failed (npx turbo run build)"

step "test database"
node packages/db/dist/cli/setup.js --database "$TEST_DATABASE" --reset || fatal "test database setup failed"
export ACT_TEST_DATABASE="$TEST_DATABASE"
export REDIS_DB="$TEST_REDIS_DB"
# Tests have their own Redis database; start it empty (before any app or worker runs).
if command -v redis-cli >/dev/null 2>&1; then
  redis-cli --no-auth-warning -u "$REDIS_URL" -n "$REDIS_DB" flushdb >/dev/null || echo "warning: could not flush Redis db $REDIS_DB" >&2
fi

run_check "types, tests included (npm run typecheck)" npm run --silent typecheck
run_check "type-aware lint (npm run lint)" npm run --silent lint
run_check "migrations match entities (npm run db:check)" npm run --silent db:check
run_check "npm run db:migrate is idempotent on a migrated database" env ACT_DATABASE="$TEST_DATABASE" npm run --silent db:migrate
run_check "GraphQL schema and web types are current (scripts/schema-check.sh)" bash scripts/schema-check.sh

if [ -n "$(find e2e -name '*.e2e-spec.ts' -print -quit 2>/dev/null)" ]; then
  step "e2e servers (API :$API_PORT, web preview :$WEB_PORT)"
  # A server left over from an earlier run would be tested instead of this build: refuse.
  for port in "$API_PORT" "$WEB_PORT"; do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
      echo "port $port is already in use (a server left over from an earlier run?):" >&2
      ss -ltnp 2>/dev/null | grep ":$port " >&2 || true
      CHECKS_FAILED=$((CHECKS_FAILED + 1)); FAILED_CHECKS+=("port $port is free for the e2e servers")
    fi
  done
  start_background "$LOGS/api-e2e.log" . \
    env PORT="$API_PORT" NODE_ENV=test ACT_DATABASE="$TEST_DATABASE" node apps/api/dist/main.js
  api_pid="${BG_PIDS[-1]}"
  start_background "$LOGS/web-e2e.log" apps/web \
    env ACT_API_URL="http://127.0.0.1:$API_PORT" npx vite preview --host 127.0.0.1 --port "$WEB_PORT" --strictPort
  web_pid="${BG_PIDS[-1]}"
  wait_http "API" "http://127.0.0.1:$API_PORT/graphql" "$api_pid" 60 "$LOGS/api-e2e.log" ||
    echo "warning: the API is not running; e2e specs will fail" >&2
  wait_http "web" "http://127.0.0.1:$WEB_PORT/" "$web_pid" 60 "$LOGS/web-e2e.log" ||
    echo "warning: the web preview is not running; e2e specs will fail" >&2
  export E2E_BASE_URL="http://127.0.0.1:$WEB_PORT"
  export E2E_API_URL="http://127.0.0.1:$API_PORT"
fi

step "jest"
rm -f "$RESULTS"
# In the background + wait, so that INT/TERM reach our trap at once (bash defers traps while a
# foreground child runs).
setsid npx jest --ci --forceExit --json --outputFile="$RESULTS" "$@" &
jest_pid=$!
wait "$jest_pid"
jest_status=$?
stop_background

# Whatever the e2e specs did through the API, its log must not hold a CPR number or a citizen's name.
if [ -n "${api_pid:-}" ] && [ -f "$LOGS/api-e2e.log" ]; then
  run_check "the e2e API log holds no CPR number or citizen name (scripts/check-logs.mjs)" node scripts/check-logs.mjs "$LOGS/api-e2e.log"
fi

step "summary"
FAILED_CHECKS_TEXT="$(printf '%s\n' "${FAILED_CHECKS[@]+"${FAILED_CHECKS[@]}"}")"
node - "$RESULTS" "$CHECKS_PASSED" "$CHECKS_FAILED" "$jest_status" "$FAILED_CHECKS_TEXT" <<'NODE'
const fs = require('fs');
const path = require('path');
const [file, checksPassed, checksFailed, jestStatus, failedChecks] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);
let jestTests = 0;
const lines = failedChecks.split('\n').filter(Boolean).map((name) => `check: ${name}`);
let results;
try {
  results = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch {
  console.log(`jest wrote no results (exit code ${jestStatus}); counted as 1 failure`);
  failed += 1;
}
if (results) {
  jestTests = results.numTotalTests;
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  for (const suite of results.testResults) {
    const name = path.relative(process.cwd(), suite.name);
    const failedTests = suite.assertionResults.filter((t) => t.status === 'failed');
    for (const t of failedTests) lines.push(`${name} › ${[...t.ancestorTitles, t.title].join(' › ')}`);
    // A suite that failed without a failing test (syntax/type error, throwing import or hook)
    // counts as one failure.
    if (suite.status === 'failed' && failedTests.length === 0) {
      failed += 1;
      const why = (suite.message || suite.failureMessage || '')
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l && !l.startsWith('●'));
      lines.push(`${name} (suite failed: ${why || 'see jest output'})`);
    }
  }
}
if (lines.length) {
  console.log('Failed:');
  for (const l of lines.slice(0, 60)) console.log(`  ✕ ${l}`);
  if (lines.length > 60) console.log(`  … and ${lines.length - 60} more`);
}
if (results && jestTests === 0) console.log('jest ran 0 tests');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || jestTests === 0 ? 1 : 0);
NODE
