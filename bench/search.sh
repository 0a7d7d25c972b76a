#!/usr/bin/env bash
# npm run bench:search: /search under load, as `next start` serves it, with wrk (64 connections, 20 s per case):
#   one client       the same search from one address: the rate limit answers most of it with 429
#   1000 clients     the same search from 1000 addresses behind a trusted proxy: the shared cache serves it
#   unique searches  1000 addresses, every search new: no cache can help, each is computed and stored
# BENCH_APP_DIR / NEXT_DIST_DIR choose the build to serve (another checkout measures the code before a change).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
ROOT=$PWD
APP_DIR=${BENCH_APP_DIR:-$ROOT}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
DURATION=${BENCH_DURATION:-20s}
PORT=${BENCH_SEARCH_PORT:-3212}
URL="http://127.0.0.1:$PORT/search?q=${BENCH_QUERY:-aws}"
OUT=bench/out
mkdir -p "$OUT"
command -v wrk >/dev/null 2>&1 || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

if [ "$APP_DIR" = "$ROOT" ] && [ ! -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ]; then
  npm run --silent db:migrate && npm run --silent import:content && npx next build >/dev/null
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is already in use" >&2; exit 1; fi

pid=
cleanup() { [ -n "$pid" ] && kill -- "-$pid" 2>/dev/null || true; }
trap cleanup EXIT
(cd "$APP_DIR" && TRUST_PROXY=1 exec setsid npx next start -p "$PORT" -H 127.0.0.1) >"$OUT/search-next.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/platforms" && break; sleep 0.5; done
curl -sf -o /dev/null -H 'x-forwarded-for: 10.255.255.1' "$URL"

# CPU time of the server's process group, in ms: on a shared machine req/s follows the neighbours' load, while
# the CPU the portal spends per request does not.
cpu_ms() {
  local ticks=0 p
  for p in $(pgrep -g "$pid"); do
    [ -r "/proc/$p/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

run() {
  local name=$1 before
  shift
  before=$(cpu_ms)
  "$@" >"$OUT/search-$name.txt"
  awk -v name="$name" -v cpu=$(($(cpu_ms) - before)) '
    /^Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
    /requests in/ { total = $1 }
    /Non-2xx or 3xx/ { non2xx = $5 }
    /timeout/ { for (i = 1; i <= NF; i++) if ($i == "timeout") timeouts = $(i + 1) }
    END {
      printf "%-18s %10s %10s %10s %10s %10s %10s %12.1f\n", name, rps, total, non2xx + 0, timeouts + 0, p50, p99, cpu / total
    }
  ' "$OUT/search-$name.txt"
}

echo "GET $URL, $CONNECTIONS connections, $DURATION per case, $(nproc) cores (load $(cut -d' ' -f1 /proc/loadavg)), served from $APP_DIR"
printf '%-18s %10s %10s %10s %10s %10s %10s %12s\n' case req/s requests non-2xx timeouts p50 p99 'CPU ms/req'
run one-client wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$URL"
run 1000-clients wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/search-clients.lua "$URL"
BENCH_SEARCHES=unique run unique-searches wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/search-clients.lua "$URL"
