#!/usr/bin/env bash
# Case creation benchmark: POST /api/grid/cases through the gateway, against the same requests
# straight to the grid service, in one run with wrk. Cases are reported by location (so each one
# goes through the grid locator and the duplicate check) at random points of a 10×10-grid
# community, in one of 20 categories. Prints requests/s, p50 and p99 (medians over rounds), the
# gateway/direct ratio and the CPU milliseconds each case cost every process of the platform;
# then seeds a backlog of open cases into the same district and measures again, to show that
# reporting stays flat as data grows.
#
# The platform runs as in production in two respects the development AppHost does not:
# TRACE_SAMPLE_RATIO (default 0.01) of traces are kept instead of every span going to the
# dashboard, and callers reach each service's own port instead of the orchestrator's endpoint
# proxy. TRACE_SAMPLE_RATIO=1 PROXIED=true measures the development defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-3} duration=${DURATION:-10s} connections=${CONNECTIONS:-16} warmup=${WARMUP:-20s} backlog=${BACKLOG:-100000}

source bench/lib.sh

start_platform --Telemetry:TraceSampleRatio="${TRACE_SAMPLE_RATIO:-0.01}" --Endpoints:Proxied="${PROXIED:-false}"
token=$(dev_token bench)
script=$(mktemp --suffix=.lua)
bench_cleanup="$script $script.empty $script.backlog"
seed() {
  dotnet run --project tools/Seeder -c Release --no-build -- --gateway "http://localhost:$port" --district bench \
    --streets 1 --communities 1 --grids 100 --buildings 0 --households 0 --parallelism 32 "$@"
}

# One community of 10×10 grids of 0.003° through the seeder, the way a district loads its territory.
dotnet build tools/Seeder -c Release -nologo -clp:ErrorsOnly >/dev/null
seed >/dev/null

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

title="POST /api/grid/cases by location"
compare "$title" "$(grid_url)/api/grid/cases" "http://localhost:$port/api/grid/cases" -s "$script" | tee "$script.empty"
[ "$backlog" -gt 0 ] || exit 0

echo
echo "Seeding $backlog open cases into the district through the gateway..."
seed --cases "$backlog" | tail -1
compare "$title, $backlog more open cases" "$(grid_url)/api/grid/cases" "http://localhost:$port/api/grid/cases" -s "$script" | tee "$script.backlog"

# The gateway's median throughput, empty district against the backlog.
gateway_rps() { awk '$1 == "gateway" && $2 ~ /^[0-9]+$/ { print $2; exit }' "$1"; }
awk -v e="$(gateway_rps "$script.empty")" -v b="$(gateway_rps "$script.backlog")" -v n="$backlog" 'BEGIN {
  printf "\nwith %d more open cases the gateway serves %.2fx the empty district'"'"'s throughput\n", n, b / e }'
