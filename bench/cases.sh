#!/usr/bin/env bash
# Case creation benchmark: POST /api/grid/cases through the gateway, against the same requests
# straight to the grid service, in one run with wrk. Cases are reported by location (so each one
# goes through the grid locator and the duplicate check) at random points of a 10×10-grid
# community, in one of 20 categories. Prints requests/s, p50 and p99 (medians over rounds) and
# the gateway/direct ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-3} duration=${DURATION:-10s} connections=${CONNECTIONS:-16}

bash scripts/prerequisites.sh
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build src/AppHost -c Release -nologo -clp:ErrorsOnly

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
log=$(mktemp) script=$(mktemp --suffix=.lua)
dotnet run --project src/AppHost -c Release --no-build -- --Gateway:Port="$port" >"$log" 2>&1 &
apphost=$!
trap 'kill -TERM $apphost 2>/dev/null; wait $apphost 2>/dev/null; rm -f "$log" "$script"' EXIT

for _ in $(seq 1 180); do curl -sf -m 2 "http://localhost:$port/health" >/dev/null && break; sleep 1; done
curl -sf -m 2 "http://localhost:$port/health" >/dev/null || { echo "platform did not become healthy"; tail -50 "$log"; exit 1; }

token=$(curl -sf -X POST "http://localhost:$port/dev/token" -H 'content-type: application/json' \
  -d '{"district":"bench","roles":["district-admin"],"sub":"bench"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
grid_url=$(sed -n 's/.*"applicationUrl": "\([^"]*\)".*/\1/p' src/Services/Grid/Properties/launchSettings.json)

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

run_wrk() { # prints: rps p50_ms p99_ms
  wrk -t2 -c"$connections" -d"$duration" --latency -s "$script" "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { if (bad > 0) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%s %.3f %.3f\n", rps, p50, p99 }'
}

# Warm both paths (JIT, connection pools, the grid index) before measuring.
wrk -t1 -c4 -d3s -s "$script" "$grid_url/api/grid/cases" >/dev/null
wrk -t1 -c4 -d3s -s "$script" "http://localhost:$port/api/grid/cases" >/dev/null

direct=() gateway=()
for round in $(seq 1 "$rounds"); do
  direct+=("$(run_wrk "$grid_url/api/grid/cases")")
  gateway+=("$(run_wrk "http://localhost:$port/api/grid/cases")")
  echo "round $round: direct ${direct[-1]} | gateway ${gateway[-1]}  (rps p50ms p99ms)"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { printf '%s\n' "${@:2}" | awk -v c="$1" '{ print $c }' | median; }

d_rps=$(column 1 "${direct[@]}") d_p50=$(column 2 "${direct[@]}") d_p99=$(column 3 "${direct[@]}")
g_rps=$(column 1 "${gateway[@]}") g_p50=$(column 2 "${gateway[@]}") g_p99=$(column 3 "${gateway[@]}")
echo
echo "POST /api/grid/cases by location, wrk -t2 -c$connections -d$duration, median of $rounds rounds, Release build, $(nproc) cores shared with the load generator"
printf '%-10s %12s %10s %10s\n' path "requests/s" "p50 ms" "p99 ms"
printf '%-10s %12.0f %10.3f %10.3f\n' direct "$d_rps" "$d_p50" "$d_p99"
printf '%-10s %12.0f %10.3f %10.3f\n' gateway "$g_rps" "$g_p50" "$g_p99"
awk -v g="$g_rps" -v d="$d_rps" -v gp="$g_p50" -v dp="$d_p50" -v g9="$g_p99" -v d9="$d_p99" 'BEGIN {
  printf "gateway/direct throughput: %.2fx; latency added by the gateway: p50 +%.3f ms, p99 +%.3f ms\n", g / d, gp - dp, g9 - d9 }'
