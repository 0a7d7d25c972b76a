#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the tests and prints its URL (the default of TEST_POSTGRES_URL).
# Idempotent: starts the Debian cluster only if it is down, creates the role and database only if missing.
# Installs PostgreSQL only when CI is set; on a developer machine that choice is theirs.
set -euo pipefail

ROLE=tripline
PASSWORD=tripline
DATABASE=tripline_test

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ -n "${CI:-}" ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is not installed (no pg_lsclusters). Install it (apt-get install postgresql) or set TEST_POSTGRES_URL." >&2
    exit 1
  fi
fi

# The first cluster Debian knows about: "15 main 5432 down postgres ..."
read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${VERSION:-}" ]; then
  echo "No PostgreSQL cluster found (pg_lsclusters is empty); create one with pg_createcluster." >&2
  exit 1
fi
if [ "$STATUS" != online ]; then
  if [ "$(id -u)" = 0 ]; then pg_ctlcluster "$VERSION" "$CLUSTER" start; else sudo pg_ctlcluster "$VERSION" "$CLUSTER" start; fi
fi

psql_admin() { as_postgres psql --port "$PORT" --quiet --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 "$@"; }

# The server may still be starting; pg_ctlcluster waits, but a cluster started by someone else may not have.
for _ in $(seq 1 30); do
  psql_admin -c 'select 1' >/dev/null 2>&1 && break
  sleep 0.5
done

if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]; then
  psql_admin -c "create role $ROLE login createdb password '$PASSWORD'" >/dev/null
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$DATABASE'")" != 1 ]; then
  psql_admin -c "create database $DATABASE owner $ROLE" >/dev/null
fi

echo "postgresql://$ROLE:$PASSWORD@localhost:$PORT/$DATABASE"
