#!/usr/bin/env bash
# Every test: types, unit tests, the browser tests against a real `next start` on SQLite and on PostgreSQL, then
# several instances behind nginx (scripts/cluster-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi

SIGMAHQ=../shared/fixtures/sigmahq
if [ ! -d "$SIGMAHQ" ]; then
  echo "The shared fixtures are absent ($SIGMAHQ): several tests read real Sigma rules and ATT&CK data from ../shared/fixtures beside this checkout." >&2
  exit 1
fi

PG_URL_BASE="${TEST_POSTGRES_URL:-postgresql://tripline:tripline@localhost:5432/tripline_test}"
bash scripts/ensure-postgres.sh >/dev/null
export TEST_POSTGRES_URL="$PG_URL_BASE"

echo "== lint and format (Biome)"
npx biome ci .

echo "== types"
npx tsc --noEmit

echo "== unit and integration tests (Vitest)"
npx vitest run

run_e2e() {
  local name="$1" url="$2" port="$3"
  echo "== browser tests on $name"
  DATABASE_URL="$url" npx tsx scripts/e2e-reset-db.ts
  DATABASE_URL="$url" npm run --silent db:migrate
  DATABASE_URL="$url" npm run --silent import:content
  # A real rule collection beside our own content: the browser tests download some of it byte for byte.
  DATABASE_URL="$url" npm run --silent import:sigma -- "$SIGMAHQ" | tail -n 4
  # One account per role (and a second editor) for the authoring tests: e2e/support/people.ts.
  for who in edna.editor:editor eli.editor:editor rico.reviewer:reviewer ada.admin:admin; do
    DATABASE_URL="$url" TRIPLINE_PASSWORD="violet ferry 31 lantern grammar" npm run --silent user:add -- \
      --email "${who%%:*}@example.com" --role "${who##*:}"
  done
  DATABASE_URL="$url" NEXT_DIST_DIR=".next-e2e-$name" npx next build >/tmp/tripline-build-$name.log 2>&1 || { cat /tmp/tripline-build-$name.log; exit 1; }
  DATABASE_URL="$url" NEXT_DIST_DIR=".next-e2e-$name" E2E_PORT="$port" E2E_DB="$name" npx playwright test
}

# Several checkouts on one machine can test at once: each sets its own E2E_PORT_BASE and E2E_PG_DATABASE.
PORT_BASE="${E2E_PORT_BASE:-3100}"
run_e2e sqlite "file:./data/e2e.db" $((PORT_BASE + 1))
run_e2e postgresql "${PG_URL_BASE%/*}/${E2E_PG_DATABASE:-tripline_e2e}" $((PORT_BASE + 2))

echo "== several instances: PostgreSQL, Redis, two next start, nginx (npm run cluster:test)"
# The PostgreSQL browser tests' build serves here too: the shared cache is chosen when the server starts.
# Its figures (req/s ratio, milliseconds) are a benchmark, printed here and held by `npm run cluster:test` alone.
CLUSTER_DIST_DIR=".next-e2e-postgresql" CLUSTER_REUSE_BUILD=1 CLUSTER_HOLD_FIGURES=0 CLUSTER_PORT_BASE="${CLUSTER_PORT_BASE:-$((PORT_BASE + 400))}" \
  npm run --silent cluster:test
echo "== all tests passed"
