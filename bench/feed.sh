#!/usr/bin/env bash
# The live district feed under load (issue 17): CLIENTS (default 200) clients follow
# GET /api/notifications/feed through the gateway while cases are reported at RATE (default 100)
# per second for DURATION (default 30) seconds. A frame's latency is its arrival minus its
# occurredAt, the grid service's commit of the case. Prints p50/p90/p99/max, missed and duplicated
# frames, for the loaded run and for a one-client baseline measured in the same run; exits non-zero
# on any missed or duplicated frame or a p99 above 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${CLIENTS:-200} rate=${RATE:-100} duration=${DURATION:-30}

source bench/lib.sh

start_platform --Telemetry:TraceSampleRatio="${TRACE_SAMPLE_RATIO:-0.01}"
token=$(dev_token bench)
# POST $1 with body $2; a service still starting answers 503 with Retry-After, so that is waited out.
api() {
  local answer
  for _ in $(seq 1 60); do
    answer=$(curl -s -w '\n%{http_code}' -X POST "http://localhost:$port$1" -H "Authorization: Bearer $token" -H 'content-type: application/json' -d "$2")
    [[ ${answer##*$'\n'} == 503 ]] || break
    sleep 2
  done
  [[ ${answer##*$'\n'} == 2* ]] || { echo "POST $1 answered ${answer##*$'\n'}: ${answer%$'\n'*}" >&2; exit 1; }
  echo "${answer%$'\n'*}"
}
# Names of this run: the platform's data outlives a run, and unit names are unique within their parent.
run=$(date +%s)
id() { sed -n 's/.*"id":"\([^"]*\)".*/\1/p'; }
street=$(api /api/grid/units "{\"level\":\"street\",\"name\":\"Feed bench $run\"}" | id)
community=$(api /api/grid/units "{\"level\":\"community\",\"parentId\":\"$street\",\"name\":\"Bench Community\"}" | id)
grid=$(api /api/grid/units "{\"level\":\"grid\",\"parentId\":\"$community\",\"name\":\"Bench Grid\",\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[[[118.1,39.5],[118.2,39.5],[118.2,39.6],[118.1,39.6],[118.1,39.5]]]}}" | id)

dotnet build bench/Feed -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet run --project bench/Feed -c Release --no-build -- "http://localhost:$port" "$token" "$grid" "$clients" "$rate" "$duration"
