#!/usr/bin/env bash
# Fails when the committed GraphQL schema (apps/api/schema.graphql) or the web app's generated
# typed documents (apps/web/src/gql) are stale. Needs a build of the API (npx turbo run build).
# The files are regenerated in place, so after a failure: review and commit them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PATHS=(apps/api/schema.graphql apps/web/src/gql)

[ -f apps/api/dist/emit-schema.js ] ||
  { echo "[schema] apps/api/dist/emit-schema.js is missing: build first (npx turbo run build)" >&2; exit 1; }

echo "[schema] emitting apps/api/schema.graphql"
node apps/api/dist/emit-schema.js
echo "[schema] generating web types (npm run codegen -w @act/web)"
npm run --silent codegen -w @act/web

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "[schema] not a git checkout: regenerated, but cannot compare with the committed files" >&2
  exit 0
fi
stale=0
git --no-pager diff --exit-code --stat -- "${PATHS[@]}" || stale=1
untracked="$(git ls-files --others --exclude-standard -- "${PATHS[@]}")"
if [ -n "$untracked" ]; then
  echo "untracked generated files:"; echo "$untracked"
  stale=1
fi
if [ "$stale" -ne 0 ]; then
  cat >&2 <<'MSG'
[schema] FAILED: the committed GraphQL schema or the generated web types are stale.
         They have now been regenerated in place (changed files above):
           git diff -- apps/api/schema.graphql apps/web/src/gql
         Review and commit them together with the API/web change that caused it.
MSG
  exit 1
fi
echo "[schema] schema.graphql and apps/web/src/gql are current"
