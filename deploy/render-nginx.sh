#!/usr/bin/env bash
# Writes deploy/nginx/tripline.conf with its @NAMES@ filled in from the environment, to stdout:
#   TRIPLINE_INSTANCES="10.0.0.11:3000 10.0.0.12:3000" bash deploy/render-nginx.sh > /etc/nginx/conf.d/tripline.conf
# TRIPLINE_INSTANCES     the `next start` instances, host:port, space- or comma-separated (two or more)
# NGINX_LISTEN           what nginx listens on (default 80)
# NGINX_SERVER_NAME      (default _)
# NGINX_CACHE_DIR        the cache's folder, on a local disk (default /var/cache/nginx/tripline)
# NGINX_CACHE_MAX_SIZE   (default 2g)
# TRIPLINE_REFRESH_FROM  addresses or CIDRs allowed to make nginx re-read the content generation (default: the
#                        instances' hosts); the instances reach nginx at the URLs in their TRIPLINE_PROXY_URLS
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

instances=$(echo "${TRIPLINE_INSTANCES:-}" | tr ',' ' ')
if [ -z "${instances// /}" ]; then
  echo "TRIPLINE_INSTANCES is empty: name the portal instances as host:port, e.g. \"10.0.0.11:3000 10.0.0.12:3000\"" >&2
  exit 1
fi
servers=""
hosts=""
for i in $instances; do
  servers+="server $i max_fails=1 fail_timeout=10s; "
  hosts+="${i%:*} "
done
allow=""
for a in $(echo "${TRIPLINE_REFRESH_FROM:-$hosts}" | tr ',' ' ' | tr ' ' '\n' | sort -u); do allow+="allow $a; "; done

# The values go into sed replacements: refuse the characters that would change what sed does.
for v in "$servers" "$allow" "${NGINX_LISTEN:-80}" "${NGINX_SERVER_NAME:-_}" "${NGINX_CACHE_DIR:-}" "${NGINX_CACHE_MAX_SIZE:-}"; do
  case "$v" in *'|'* | *'\'* | *'&'*) echo "refusing a value with | \\ or &: $v" >&2; exit 1 ;; esac
done

sed -e "s|@UPSTREAM_SERVERS@|$servers|" \
  -e "s|@REFRESH_ALLOW@|$allow|" \
  -e "s|@LISTEN@|${NGINX_LISTEN:-80}|" \
  -e "s|@SERVER_NAME@|${NGINX_SERVER_NAME:-_}|" \
  -e "s|@CACHE_DIR@|${NGINX_CACHE_DIR:-/var/cache/nginx/tripline}|" \
  -e "s|@CACHE_MAX_SIZE@|${NGINX_CACHE_MAX_SIZE:-2g}|" \
  -e "s|@REFRESH_PATH@|/_tripline/refresh-generation|g" \
  -e "s|@GENERATION_PATH@|/api/cache/generation|g" \
  "$here/nginx/tripline.conf"
