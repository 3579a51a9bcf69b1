# Shared by the HTTP benchmarks: start the platform (Release) on a free gateway port, get a
# development token, run wrk, and report medians over rounds for two paths side by side.
# Source it from a benchmark script that has cd'ed to the repository root.

# start_platform [AppHost options...]: starts the AppHost in the background; sets $port (the
# gateway's) and $apphost, and stops everything on exit.
start_platform() {
  bash scripts/prerequisites.sh
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  dotnet build src/AppHost -c Release -nologo -clp:ErrorsOnly
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
  platform_log=$(mktemp)
  dotnet run --project src/AppHost -c Release --no-build -- --Gateway:Port="$port" "$@" >"$platform_log" 2>&1 &
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

# The processes the CPU accounting sorts the AppHost's process tree into, in report order.
cpu_components=(gateway grid consumers postgres rabbitmq redis dcp dashboard apphost)

# cpu_ticks: one line, the CPU ticks (utime+stime, plus cutime+cstime of reaped children such as
# PostgreSQL backends that exited) of every process under the AppHost, summed per component in
# the order of $cpu_components. A difference of two snapshots is the CPU a run cost.
cpu_ticks() {
  local pids=("$apphost") i=0 pid
  while [ $i -lt ${#pids[@]} ]; do
    # shellcheck disable=SC2207
    pids+=($(cat /proc/"${pids[$i]}"/task/*/children 2>/dev/null))
    # DCP, which starts everything else, detaches from the AppHost and names it with --monitor.
    # shellcheck disable=SC2207
    pids+=($(pgrep -f "dcp start-apiserver --monitor ${pids[$i]} " || true))
    i=$((i + 1))
  done
  for pid in "${pids[@]}"; do
    local stat cmd
    stat=$(cat /proc/"$pid"/stat 2>/dev/null) || continue
    cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || continue
    # Fields after the ")" closing the command name: utime is the 12th, then stime, cutime, cstime.
    echo "$cmd|${stat##*) }"
  done | awk -F'|' -v order="${cpu_components[*]}" '
    {
      c = "apphost"
      if ($1 ~ /Governance\.Gateway/) c = "gateway"
      else if ($1 ~ /Governance\.Grid/) c = "grid"
      else if ($1 ~ /Governance\.(Volunteers|Events|Party)/) c = "consumers"
      else if ($1 ~ /postgres/) c = "postgres"
      else if ($1 ~ /rabbit|beam|erl_child|epmd|inet_gethost/) c = "rabbitmq"
      else if ($1 ~ /redis/) c = "redis"
      else if ($1 ~ /dcp/) c = "dcp"
      else if ($1 ~ /Dashboard/) c = "dashboard"
      split($2, f, " ")
      t[c] += f[12] + f[13] + f[14] + f[15]
    }
    END { n = split(order, names, " "); for (i = 1; i <= n; i++) printf "%d ", t[names[i]]; print "" }'
}

# run_wrk URL [wrk options...]: prints "rps p50_ms p99_ms requests" and then the CPU milliseconds
# per request of each component in $cpu_components; fails on any non-2xx answer. The CPU is read
# from a second after the run, so the relay and consumers finish what the requests raised.
run_wrk() {
  local url=$1; shift
  local before after result
  before=$(cpu_ticks)
  result=$(wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { if (bad > 0) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%s %.3f %.3f %d\n", rps, p50, p99, requests }') || return 1
  sleep "${CPU_SETTLE_SECONDS:-1}"
  after=$(cpu_ticks)
  awk -v r="$result" -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(r, w, " "); n = split(b, x, " "); split(a, y, " ")
    printf "%s", r
    for (i = 1; i <= n; i++) printf " %.3f", (y[i] - x[i]) * 1000 / hz / w[4]
    print "" }'
}

# compare TITLE DIRECT_URL GATEWAY_URL [wrk options...]: warms both paths for $warmup, runs $rounds
# rounds of each, and prints the medians, the gateway/direct ratio and the CPU each request cost.
compare() {
  local title=$1 direct_url=$2 gateway_url=$3; shift 3
  # Warm-up: the services' JIT reaches its final code only after some tens of seconds of load.
  wrk -t2 -c"$connections" -d"${warmup:-3s}" "$@" "$direct_url" >/dev/null
  wrk -t2 -c"$connections" -d"${warmup:-3s}" "$@" "$gateway_url" >/dev/null
  local direct=() gateway=()
  for round in $(seq 1 "$rounds"); do
    direct+=("$(run_wrk "$direct_url" "$@")")
    gateway+=("$(run_wrk "$gateway_url" "$@")")
    echo "round $round: direct $(cut -d' ' -f1-3 <<<"${direct[-1]}") | gateway $(cut -d' ' -f1-3 <<<"${gateway[-1]}")  (rps p50ms p99ms)"
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
  cpu_report direct "${direct[@]}"
  cpu_report gateway "${gateway[@]}"
}

# cpu_report PATH RESULT...: the median CPU milliseconds per request of each component over the
# rounds, and their sum without the development-only processes (DCP's endpoint proxy, the
# dashboard ingesting telemetry, the AppHost), which production does not run.
cpu_report() {
  local path=$1; shift
  local i values=() total=0 line
  for i in "${!cpu_components[@]}"; do
    values+=("$(column $((i + 5)) "$@")")
  done
  for i in 0 1 2 3 4 5; do total=$(awk -v t="$total" -v v="${values[$i]}" 'BEGIN { print t + v }'); done
  if [ "$path" = direct ]; then
    echo
    echo "CPU ms per request, median of rounds (process CPU counters, read 1 s after each run); total leaves out dcp, dashboard, apphost"
    printf '%-10s %8s' path total; printf ' %9s' "${cpu_components[@]}"; echo
  fi
  line=$(printf '%-10s %8.2f' "$path" "$total")
  for i in "${!cpu_components[@]}"; do line+=$(printf ' %9.2f' "${values[$i]}"); done
  echo "$line"
}
