-- wrk script for bench/search.sh: requests from many clients behind one trusted proxy (the portal runs with
-- TRUST_PROXY=1), each naming one of BENCH_CLIENTS addresses in X-Forwarded-For. BENCH_SEARCHES=unique makes
-- every request a search never asked before (the cache's worst case); otherwise all ask wrk's URL.
local clients = tonumber(os.getenv("BENCH_CLIENTS") or "1000")
local unique = os.getenv("BENCH_SEARCHES") == "unique"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() * 100 + id)
  seq = 0
end

request = function()
  local n = math.random(0, clients - 1)
  local path = wrk.path
  if unique then
    seq = seq + 1
    path = string.format("/search?q=term%d-%d-%d", id, os.time(), seq)
  end
  return wrk.format("GET", path, { ["X-Forwarded-For"] = string.format("10.0.%d.%d", math.floor(n / 256), n % 256) })
end
