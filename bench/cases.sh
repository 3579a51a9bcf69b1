#!/usr/bin/env bash
# Case creation benchmark: POST /api/grid/cases through the gateway, against the same requests
# straight to the grid service, in one run with wrk. Cases are reported by location (so each one
# goes through the grid locator and the duplicate check) at random points of a 10×10-grid
# community, in one of 20 categories. Prints requests/s, p50 and p99 (medians over rounds) and
# the gateway/direct ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-3} duration=${DURATION:-10s} connections=${CONNECTIONS:-16}

source bench/lib.sh

start_platform
token=$(dev_token bench)
script=$(mktemp --suffix=.lua) bench_cleanup=$script

# One community of 10×10 grids of 0.003° through the seeder, the way a district loads its territory.
dotnet run --project tools/Seeder -c Release -- --gateway "http://localhost:$port" --district bench \
  --streets 1 --communities 1 --grids 100 --buildings 0 --households 0 >/dev/null

cat >"$script" <<LUA
math.randomseed(42)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
request = function()
  local lat = 39.55 + math.random() * 0.03
  local lon = 118.10 + math.random() * 0.03
  local body = string.format('{"category":"category-%d","title":"Benchmark case","description":"Reported by the benchmark.",'
    .. '"location":{"lat":%.6f,"lon":%.6f},"reporter":{"name":"Bench","phone":"13800000000"}}', math.random(20), lat, lon)
  return wrk.format(nil, nil, nil, body)
end
LUA

compare "POST /api/grid/cases by location" "$(grid_url)/api/grid/cases" "http://localhost:$port/api/grid/cases" -s "$script"
