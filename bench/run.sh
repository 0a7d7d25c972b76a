#!/usr/bin/env bash
# npm run bench: the seed page served by `next start` (from Next's cache) against the same HTML served by nginx
# as a static file, the physical limit of this machine. wrk, 32 connections, 20 s each, same run, same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

PAGE=/detections/traffic-duplication/qradar
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-20s}
NEXT_PORT=${BENCH_NEXT_PORT:-3210}
NGINX_PORT=${BENCH_NGINX_PORT:-3211}
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
if [ ! -f .next/BUILD_ID ]; then
  npm run --silent db:migrate && npm run --silent import:content && npx next build >/dev/null
fi

for port in "$NEXT_PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already in use: stop what runs there first" >&2; exit 1; fi
done

# Each server runs in its own process group, so cleanup stops it and every child it started.
pids=()
cleanup() { for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || true; done; }
trap cleanup EXIT

setsid npx next start -p "$NEXT_PORT" -H 127.0.0.1 >"$OUT/next.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$NEXT_PORT/" >/dev/null && break; sleep 0.5; done
# First request renders from the database and fills the cache; the bench measures the cached page.
curl -sf "http://127.0.0.1:$NEXT_PORT$PAGE" >/dev/null
mkdir -p "$OUT/static$PAGE"
curl -sf "http://127.0.0.1:$NEXT_PORT$PAGE" -o "$OUT/static$PAGE/index.html"
bytes=$(wc -c <"$OUT/static$PAGE/index.html")

sed -e "s|@ROOT@|$PWD/$OUT/static|" -e "s|@PORT@|$NGINX_PORT|" -e "s|@OUT@|$PWD/$OUT|" bench/nginx.conf >"$OUT/nginx.conf"
setsid "$NGINX" -c "$PWD/$OUT/nginx.conf" -p "$PWD/$OUT" &
pids+=($!)
for _ in $(seq 1 40); do curl -sf "http://127.0.0.1:$NGINX_PORT$PAGE" >/dev/null && break; sleep 0.25; done

run() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1" >"$OUT/$2.txt"
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' "$OUT/$2.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/$2.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/$2.txt")
  echo "$rps $p50 $p99"
}

echo "seed page $PAGE ($bytes bytes), $CONNECTIONS connections, $DURATION each, $(nproc) cores"
read -r next_rps next_p50 next_p99 < <(run "http://127.0.0.1:$NEXT_PORT$PAGE" next)
read -r ngx_rps ngx_p50 ngx_p99 < <(run "http://127.0.0.1:$NGINX_PORT$PAGE" nginx)
printf '%-24s %12s %10s %10s\n' server req/s p50 p99
printf '%-24s %12s %10s %10s\n' "next start (cached)" "$next_rps" "$next_p50" "$next_p99"
printf '%-24s %12s %10s %10s\n' "nginx (static file)" "$ngx_rps" "$ngx_p50" "$ngx_p99"
awk -v a="$next_rps" -v b="$ngx_rps" 'BEGIN { printf "Next.js serves %.1f%% of nginx'"'"'s requests per second (ratio 1:%.1f)\n", 100*a/b, b/a }'
