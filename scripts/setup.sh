#!/usr/bin/env bash
# From a fresh clone to the portal on http://localhost:${PORT:-3000}, with the SQLite default and the shipped content.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# npm ci wipes node_modules; skip it when the installed tree already matches the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
npm run db:migrate
npm run import:content
npm run build
exec npx next start -p "${PORT:-3000}"
