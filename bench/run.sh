#!/usr/bin/env bash
# npm run bench: what one `next start` serves, with wrk (32 connections, 20 s per case), in one run on one machine:
#   the seed page from next start as it runs (the response cache in front of Next, lib/http/response-cache.ts),
#   the same page with that cache off (TRIPLINE_RESPONSE_CACHE=off: Next's own ISR cache alone), and the same
#   HTML as a static file from nginx, the physical limit of this machine; then a rule download and /api/v1 answers.
# The list (/api/v1/detections) has a per-client rate limit, so it is asked by 1000 clients behind a trusted proxy
# (bench/search-clients.lua). On a shared machine req/s follows the neighbours' load: compare ratios within one
# run, and the CPU the portal spends per request, which does not.
# BENCH_DURATION, BENCH_CONNECTIONS and the BENCH_*_PORT variables override the defaults; NEXT_DIST_DIR the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

PAGE=/detections/traffic-duplication/qradar
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-20s}
NEXT_PORT=${BENCH_NEXT_PORT:-3210}
NGINX_PORT=${BENCH_NGINX_PORT:-3211}
PLAIN_PORT=${BENCH_PLAIN_PORT:-3213}
OUT=bench/out
mkdir -p "$OUT"

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt-get)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# The portal exactly as `npm run setup` leaves it: migrated, imported, built.
if [ ! -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ]; then
  npm run --silent db:migrate && npm run --silent import:content && npx next build >/dev/null
fi

for port in "$NEXT_PORT" "$NGINX_PORT" "$PLAIN_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already in use: stop what runs there first" >&2; exit 1; fi
done

# Each server runs in its own process group, so cleanup stops it and every child it started.
pids=()
cleanup() { for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_next() { # port, then environment assignments
  local port=$1
  shift
  env "$@" TRUST_PROXY=1 setsid npx next start -p "$port" -H 127.0.0.1 >"$OUT/next-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/platforms" && break; sleep 0.5; done
  # The first request renders from the database and fills the caches; the bench measures what comes after.
  curl -sf -o /dev/null "http://127.0.0.1:$port$PAGE"
}
start_next "$NEXT_PORT" TRIPLINE_RESPONSE_CACHE=on
next_pid=${pids[-1]}
start_next "$PLAIN_PORT" TRIPLINE_RESPONSE_CACHE=off
plain_pid=${pids[-1]}

mkdir -p "$OUT/static$PAGE"
curl -sf "http://127.0.0.1:$NEXT_PORT$PAGE" -o "$OUT/static$PAGE/index.html"
bytes=$(wc -c <"$OUT/static$PAGE/index.html")
sed -e "s|@ROOT@|$PWD/$OUT/static|" -e "s|@PORT@|$NGINX_PORT|" -e "s|@OUT@|$PWD/$OUT|" bench/nginx.conf >"$OUT/nginx.conf"
setsid "$NGINX" -c "$PWD/$OUT/nginx.conf" -p "$PWD/$OUT" &
pids+=($!)
nginx_pid=${pids[-1]}
for _ in $(seq 1 40); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE" && break; sleep 0.25; done

cpu_ms() { # CPU time of a process group so far, in ms
  local ticks=0 p
  for p in $(pgrep -g "$1"); do
    [ -r "/proc/$p/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# case name, server's process group, URL, extra wrk arguments; prints one summary line, keeps wrk's output.
run() {
  local name=$1 group=$2 url=$3 before
  shift 3
  wrk -t2 -c"$CONNECTIONS" -d2s "$@" "$url" >/dev/null # warm up
  before=$(cpu_ms "$group")
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$OUT/$name.txt"
  awk -v name="$name" -v cpu=$(($(cpu_ms "$group") - before)) '
    /^Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
    /requests in/ { total = $1 }
    /Non-2xx or 3xx/ { non2xx = $5 }
    /timeout/ { for (i = 1; i <= NF; i++) if ($i == "timeout") timeouts = $(i + 1) }
    END { printf "%-28s %10s %10s %10s %8d %8d %10.3f\n", name, rps, p50, p99, non2xx, timeouts, cpu / total }
  ' "$OUT/$name.txt" | tee -a "$OUT/summary.txt"
}

N=http://127.0.0.1:$NEXT_PORT
: >"$OUT/summary.txt"
{
  echo "$(date -u +%FT%TZ): $CONNECTIONS connections, $DURATION per case, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
  echo "seed page $PAGE: $bytes bytes"
  printf '%-28s %10s %10s %10s %8s %8s %10s\n' case req/s p50 p99 non-2xx timeouts 'CPU ms/req'
} | tee -a "$OUT/summary.txt"
run seed-next "$next_pid" "$N$PAGE"
run seed-nginx "$nginx_pid" "http://127.0.0.1:$NGINX_PORT$PAGE"
run seed-next-own-cache-only "$plain_pid" "http://127.0.0.1:$PLAIN_PORT$PAGE"
run rule-download "$next_pid" "$N/rules/traffic-duplication.yml"
run api-detail "$next_pid" "$N/api/v1/detections/traffic-duplication"
run api-techniques "$next_pid" "$N/api/v1/techniques"
run api-platforms "$next_pid" "$N/api/v1/platforms"
run api-list-1000-clients "$next_pid" "$N/api/v1/detections" -s bench/search-clients.lua

# The targets of issue 10 (point 8): at least 0.03 of nginx's req/s, p99 under 150 ms.
awk '
  $1 == "seed-next" { rps = $2; p99 = $4 }
  $1 == "seed-nginx" { ngx = $2 }
  END {
    printf "seed page: next start serves %.3f of nginx'"'"'s req/s (target >= 0.03), p99 %s (target < 150 ms)\n", rps / ngx, p99
  }
' "$OUT/summary.txt" | tee -a "$OUT/summary.txt"
