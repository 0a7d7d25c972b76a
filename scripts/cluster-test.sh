#!/usr/bin/env bash
# npm run cluster:test: the recipe of "Running on several machines" (README), on loopback. One PostgreSQL database,
# Redis (Debian's redis-server) as Next's shared cache, two `next start` instances of one build, and nginx in front
# with deploy/nginx/tripline.conf. Asserts:
#   a. a publish through instance A's write API shows on instance B and through nginx within a second (the
#      detection's page; the seed page's time, which adds its first render, is reported);
#   b. through nginx, the seed page serves at least half the requests per second of nginx serving the same HTML as a
#      static file (wrk, same run, same machine);
#   c. one instance killed (SIGKILL) during a wrk load through nginx: the site keeps answering, without errors.
# Exit 0 only when all three hold; the last line holds the figures. Everything it starts is stopped, in its own
# process group, and its temporary folder and database are removed.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

BASE=${CLUSTER_PORT_BASE:-3500}
A_PORT=$((BASE + 1))
B_PORT=$((BASE + 2))
PROXY_PORT=$((BASE + 80))
STATIC_PORT=$((BASE + 81))
REDIS_PORT=$((BASE + 90))
SECONDS_EACH=${CLUSTER_WRK_SECONDS:-6}
CONNECTIONS=${CLUSTER_CONNECTIONS:-32}
DIST=${CLUSTER_DIST_DIR:-.next-cluster}
SLUG=traffic-duplication
SEED=/detections/$SLUG/qradar
MIN_RATIO=0.5
PUBLISH_MS=1000
# 1: the figures (ratio, the second) decide the exit code, as a benchmark. 0 (npm test): they are printed, and only
# what must hold on any machine decides: the publish shows (within 10 s, never reverting), nothing fails under a kill.
HOLD_FIGURES=${CLUSTER_HOLD_FIGURES:-1}

# --- the parts -----------------------------------------------------------------------------------------------------
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v pg_lsclusters >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "cluster:test needs ${missing[*]}: apt-get install -y ${missing[*]} (.ci/run installs them)" >&2
  exit 1
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PG_BASE=$(bash scripts/ensure-postgres.sh)
DATABASE_URL="${PG_BASE%/*}/${CLUSTER_PG_DATABASE:-tripline_cluster}"
export DATABASE_URL

for port in "$A_PORT" "$B_PORT" "$PROXY_PORT" "$STATIC_PORT" "$REDIS_PORT"; do
  if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use: stop what listens there or set CLUSTER_PORT_BASE" >&2
    exit 1
  fi
done

TMP=$(mktemp -d /tmp/tripline-cluster.XXXXXX)
groups=()
cleanup() {
  for g in "${groups[@]}"; do kill -- "-$g" 2>/dev/null || true; done
  sleep 0.5
  for g in "${groups[@]}"; do kill -9 -- "-$g" 2>/dev/null || true; done
  if [ -n "${CLUSTER_KEEP:-}" ]; then
    echo "kept $TMP and the database ${DATABASE_URL##*/}" >&2
  else
    psql -q "${DATABASE_URL%/*}/postgres" -c "drop database if exists ${DATABASE_URL##*/} with (force)" >/dev/null 2>&1 || true
    rm -rf "$TMP"
  fi
}
trap cleanup EXIT
# Starts a command in a process group of its own (setsid), logging to $TMP/<name>.log; sets $started to its id.
start() {
  local name="$1"
  shift
  setsid "$@" >"$TMP/$name.log" 2>&1 &
  started=$!
  groups+=("$started")
}
wait_for() {
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.25
  done
  echo "nothing answered at $1; its log:" >&2
  tail -n 30 "$TMP/$2.log" "$TMP/$2-error.log" >&2 2>/dev/null
  exit 1
}
fail() {
  echo "cluster:test FAILED: $*" >&2
  exit 1
}

# --- one database, one build ---------------------------------------------------------------------------------------
echo "== database ${DATABASE_URL##*/}: migrate, import content, an admin and a token"
npx tsx scripts/e2e-reset-db.ts >/dev/null
npm run --silent db:migrate >/dev/null
npm run --silent import:content >/dev/null
TRIPLINE_PASSWORD="violet ferry 31 lantern grammar" npm run --silent user:add -- \
  --email cluster.admin@example.com --role admin >/dev/null
TOKEN=$(npm run --silent token:create -- --email cluster.admin@example.com --name cluster-test | tail -n 1)

if [ -n "${CLUSTER_REUSE_BUILD:-}" ] && [ -f "$DIST/BUILD_ID" ]; then
  echo "== reusing the build in $DIST (CLUSTER_REUSE_BUILD)"
else
echo "== next build into $DIST"
cp tsconfig.json "$TMP/tsconfig.json"
NEXT_DIST_DIR="$DIST" npx next build >"$TMP/build.log" 2>&1 || {
  cp "$TMP/tsconfig.json" tsconfig.json
  tail -n 40 "$TMP/build.log"
  fail "next build"
}
cp "$TMP/tsconfig.json" tsconfig.json
fi

# --- redis, two instances, nginx -------------------------------------------------------------------------------------
echo "== redis-server :$REDIS_PORT, next start :$A_PORT and :$B_PORT, nginx :$PROXY_PORT"
start redis redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$TMP" --save "" --appendonly no
for _ in $(seq 1 40); do (echo >"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null && break; sleep 0.25; done

instance() {
  start "next-$1" env NEXT_DIST_DIR="$DIST" REDIS_URL="redis://127.0.0.1:$REDIS_PORT" TRUST_PROXY=1 \
    TRIPLINE_PROXY_URLS="http://127.0.0.1:$PROXY_PORT" PORT="$1" \
    node node_modules/next/dist/bin/next start -p "$1" -H 127.0.0.1
}
instance "$A_PORT"
A_GROUP=$started
instance "$B_PORT"

mkdir -p "$TMP/nginx-cache" "$TMP/nginx-tmp" "$TMP/static$SEED"
TRIPLINE_INSTANCES="127.0.0.1:$A_PORT 127.0.0.1:$B_PORT" NGINX_LISTEN="127.0.0.1:$PROXY_PORT" \
  NGINX_CACHE_DIR="$TMP/nginx-cache" NGINX_CACHE_MAX_SIZE=1g bash deploy/render-nginx.sh >"$TMP/tripline.conf"
# Run as root (CI), nginx's workers would be nobody, who cannot write this temporary folder.
as_user=""
[ "$(id -u)" = 0 ] && as_user="user root;"
cat >"$TMP/proxy.conf" <<EOF
$as_user
worker_processes auto;
daemon off;
pid $TMP/proxy.pid;
error_log $TMP/proxy-error.log warn;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $TMP/nginx-tmp;
  proxy_temp_path $TMP/nginx-tmp;
  fastcgi_temp_path $TMP/nginx-tmp;
  uwsgi_temp_path $TMP/nginx-tmp;
  scgi_temp_path $TMP/nginx-tmp;
  types { text/html html; application/javascript js; text/css css; }
  # Which instance answered each request that reached one: the kill test reads it.
  log_format upstream '\$msec \$status \$upstream_addr \$upstream_status';
  access_log $TMP/upstream.log upstream if=\$upstream_addr;
  include $TMP/tripline.conf;
}
EOF
"$NGINX" -t -c "$TMP/proxy.conf" -p "$TMP" 2>"$TMP/nginx-t.log" || { cat "$TMP/nginx-t.log"; fail "nginx -t"; }
start proxy "$NGINX" -c "$TMP/proxy.conf" -p "$TMP"

wait_for "http://127.0.0.1:$A_PORT/api/v1/platforms" "next-$A_PORT"
wait_for "http://127.0.0.1:$B_PORT/api/v1/platforms" "next-$B_PORT"
wait_for "http://127.0.0.1:$PROXY_PORT/api/v1/platforms" proxy

# --- b. the seed page through nginx against nginx's static file --------------------------------------------------------
curl -sf -o /dev/null "http://127.0.0.1:$PROXY_PORT$SEED"
curl -sf -o "$TMP/static$SEED/index.html" -D "$TMP/seed.headers" "http://127.0.0.1:$PROXY_PORT$SEED"
grep -qi '^x-cache: HIT' "$TMP/seed.headers" || fail "nginx did not serve the seed page from its cache: $(cat "$TMP/seed.headers")"
grep -qi '^cache-control:.*s-maxage' "$TMP/seed.headers" || fail "the seed page carries no s-maxage: $(grep -i cache-control "$TMP/seed.headers")"
sed -e "s|@ROOT@|$TMP/static|" -e "s|@PORT@|$STATIC_PORT|" -e "s|@OUT@|$TMP|" bench/nginx.conf >"$TMP/static.conf"
sed -i "s|pid $TMP/nginx.pid|pid $TMP/static.pid|; s|$TMP/nginx-error.log|$TMP/static-error.log|; 1i $as_user" "$TMP/static.conf"
start static "$NGINX" -c "$TMP/static.conf" -p "$TMP"
wait_for "http://127.0.0.1:$STATIC_PORT$SEED" static

wrk_run() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@"; }
rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
echo "== b. wrk -c$CONNECTIONS ${SECONDS_EACH}s: the seed page through nginx, then nginx's static file"
wrk_run "http://127.0.0.1:$PROXY_PORT$SEED" >"$TMP/wrk-proxy.txt"
wrk_run "http://127.0.0.1:$STATIC_PORT$SEED" >"$TMP/wrk-static.txt"
proxy_rps=$(rps "$TMP/wrk-proxy.txt")
static_rps=$(rps "$TMP/wrk-static.txt")
ratio=$(awk -v a="$proxy_rps" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }')
echo "   through nginx $proxy_rps req/s, static file $static_rps req/s: ratio $ratio (at least $MIN_RATIO)"
grep -E 'Non-2xx|Socket errors' "$TMP/wrk-proxy.txt" && fail "errors through nginx: $(grep -E 'Non-2xx|Socket' "$TMP/wrk-proxy.txt")"

# --- a. a publish on A, seen on B and through nginx -----------------------------------------------------------------
echo "== a. publish a new title through instance A's write API"
published=$(npx tsx scripts/cluster-publish.ts --a "http://127.0.0.1:$A_PORT" --b "http://127.0.0.1:$B_PORT" \
  --proxy "http://127.0.0.1:$PROXY_PORT" --token "$TOKEN" --slug "$SLUG") || fail "the publish"
read -r on_b on_proxy on_seed < <(node -e 'const r = JSON.parse(process.argv[1]); console.log(r.instanceB, r.proxy, r.proxySeed)' "$published")
echo "   seen on instance B after $on_b ms, through nginx after $on_proxy ms (seed page $on_seed ms)"

# --- c. one instance killed under load ----------------------------------------------------------------------------
# A session cookie makes nginx pass every request to the instances (never its cache), so the load is on them.
echo "== c. wrk through nginx to the instances; instance A killed after 2 s"
: >"$TMP/upstream.log"
KILL_SECONDS=$((SECONDS_EACH + 2))
wrk -t2 -c8 -d"${KILL_SECONDS}s" --timeout 10s -H 'Cookie: tripline.session_token=cluster-test' \
  "http://127.0.0.1:$PROXY_PORT$SEED" >"$TMP/wrk-kill.txt" &
wrk_pid=$!
sleep 2
killed_at=$(date +%s.%N)
kill -9 -- "-$A_GROUP"
wait "$A_GROUP" 2>/dev/null || true
wait "$wrk_pid"
requests=$(awk '/requests in/ {print $1}' "$TMP/wrk-kill.txt")
errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$TMP/wrk-kill.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$TMP/wrk-kill.txt")
errors=${errors:-0}
non2xx=${non2xx:-0}
after_kill=$(awk -v t="$killed_at" '$1 > t && $2 == 200' "$TMP/upstream.log" | wc -l)
on_a_after=$(awk -v t="$killed_at" -v a="127.0.0.1:$A_PORT" '$1 > t + 1 && $2 == 200 && $3 == a' "$TMP/upstream.log" | wc -l)
echo "   $requests requests, $non2xx non-2xx, $errors socket errors; $after_kill answered after the kill"
status_after=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PROXY_PORT/")

# --- verdict --------------------------------------------------------------------------------------------------------
problems=()
figures=()
awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { exit !(r >= m) }' || figures+=("seed page through nginx at $ratio of the static file (< $MIN_RATIO)")
[ "$on_b" -le "$PUBLISH_MS" ] || figures+=("instance B showed the publish after $on_b ms (> $PUBLISH_MS)")
# The seed page's time is reported, not held to the second: it is the same invalidation plus the first render of a
# 245 KB page, which on a busy two-core machine alone can take more than a second (the seed page still has to show
# the publish within 10 s and never revert, or cluster-publish.ts fails).
[ "$on_proxy" -le "$PUBLISH_MS" ] || figures+=("nginx showed the publish after $on_proxy ms (> $PUBLISH_MS)")
if [ ${#figures[@]} -gt 0 ]; then
  if [ "$HOLD_FIGURES" = 1 ]; then problems+=("${figures[@]}"); else printf 'cluster:test figure missed (reported, not held here): %s\n' "${figures[@]}" >&2; fi
fi
[ "$((errors + non2xx))" -eq 0 ] || problems+=("$non2xx non-2xx and $errors socket errors while an instance was killed")
[ "$after_kill" -gt 0 ] || problems+=("no request answered after the kill")
[ "$on_a_after" -eq 0 ] || problems+=("$on_a_after answers from the killed instance")
[ "$status_after" = 200 ] || problems+=("/ through nginx answered $status_after after the kill")

summary="cluster: publish seen on B in ${on_b} ms, via nginx in ${on_proxy} ms (seed page ${on_seed} ms); seed page via nginx ${proxy_rps} req/s = ${ratio} of static ${static_rps} req/s; kill under load: ${requests} requests, ${non2xx} non-2xx, ${errors} errors, ${after_kill} answered after"
if [ ${#problems[@]} -gt 0 ]; then
  printf 'cluster:test FAILED: %s\n' "${problems[@]}" >&2
  echo "$summary"
  exit 1
fi
echo "$summary"
