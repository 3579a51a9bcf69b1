# Shared by the HTTP benchmarks: start the platform (Release) on a free gateway port, get a
# development token, run wrk, and report medians over rounds for two paths side by side.
# Source it from a benchmark script that has cd'ed to the repository root.

# Starts the AppHost in the background; sets $port (the gateway's) and stops everything on exit.
start_platform() {
  bash scripts/prerequisites.sh
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  dotnet build src/AppHost -c Release -nologo -clp:ErrorsOnly
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
  platform_log=$(mktemp)
  dotnet run --project src/AppHost -c Release --no-build -- --Gateway:Port="$port" >"$platform_log" 2>&1 &
  apphost=$!
  trap 'kill -TERM $apphost 2>/dev/null; wait $apphost 2>/dev/null; rm -f "$platform_log" ${bench_cleanup:-}' EXIT
  for _ in $(seq 1 180); do curl -sf -m 2 "http://localhost:$port/health" >/dev/null && break; sleep 1; done
  curl -sf -m 2 "http://localhost:$port/health" >/dev/null || { echo "platform did not become healthy"; tail -50 "$platform_log"; exit 1; }
}

# A development token of district $1 with the district-admin role (Development only).
dev_token() {
  curl -sf -X POST "http://localhost:$port/dev/token" -H 'content-type: application/json' \
    -d "{\"district\":\"$1\",\"roles\":[\"district-admin\"],\"sub\":\"bench\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# The grid service's own URL, to measure the direct path.
grid_url() { sed -n 's/.*"applicationUrl": "\([^"]*\)".*/\1/p' src/Services/Grid/Properties/launchSettings.json; }

# run_wrk URL [wrk options...]: prints "rps p50_ms p99_ms"; fails on any non-2xx answer.
run_wrk() {
  local url=$1; shift
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { if (bad > 0) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%s %.3f %.3f\n", rps, p50, p99 }'
}

# compare TITLE DIRECT_URL GATEWAY_URL [wrk options...]: warms both paths, runs $rounds rounds of
# each, and prints the medians and the gateway/direct ratio.
compare() {
  local title=$1 direct_url=$2 gateway_url=$3; shift 3
  wrk -t1 -c4 -d3s "$@" "$direct_url" >/dev/null
  wrk -t1 -c4 -d3s "$@" "$gateway_url" >/dev/null
  local direct=() gateway=()
  for round in $(seq 1 "$rounds"); do
    direct+=("$(run_wrk "$direct_url" "$@")")
    gateway+=("$(run_wrk "$gateway_url" "$@")")
    echo "round $round: direct ${direct[-1]} | gateway ${gateway[-1]}  (rps p50ms p99ms)"
  done

  median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  column() { printf '%s\n' "${@:2}" | awk -v c="$1" '{ print $c }' | median; }
  local d_rps d_p50 d_p99 g_rps g_p50 g_p99
  d_rps=$(column 1 "${direct[@]}") d_p50=$(column 2 "${direct[@]}") d_p99=$(column 3 "${direct[@]}")
  g_rps=$(column 1 "${gateway[@]}") g_p50=$(column 2 "${gateway[@]}") g_p99=$(column 3 "${gateway[@]}")
  echo
  echo "$title, wrk -t2 -c$connections -d$duration, median of $rounds rounds, Release build, $(nproc) cores shared with the load generator"
  printf '%-10s %12s %10s %10s\n' path "requests/s" "p50 ms" "p99 ms"
  printf '%-10s %12.0f %10.3f %10.3f\n' direct "$d_rps" "$d_p50" "$d_p99"
  printf '%-10s %12.0f %10.3f %10.3f\n' gateway "$g_rps" "$g_p50" "$g_p99"
  awk -v g="$g_rps" -v d="$d_rps" -v gp="$g_p50" -v dp="$d_p50" -v g9="$g_p99" -v d9="$d_p99" 'BEGIN {
    printf "gateway/direct throughput: %.2fx; latency added by the gateway: p50 +%.3f ms, p99 +%.3f ms\n", g / d, gp - dp, g9 - d9 }'
}
