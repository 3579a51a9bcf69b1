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
api() { curl -sf -X POST "http://localhost:$port$1" -H "Authorization: Bearer $token" -H 'content-type: application/json' -d "$2"; }
id() { sed -n 's/.*"id":"\([^"]*\)".*/\1/p'; }
street=$(api /api/grid/units '{"level":"street","name":"Bench Street"}' | id)
community=$(api /api/grid/units "{\"level\":\"community\",\"parentId\":\"$street\",\"name\":\"Bench Community\"}" | id)
grid=$(api /api/grid/units "{\"level\":\"grid\",\"parentId\":\"$community\",\"name\":\"Bench Grid\",\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[[[118.1,39.5],[118.2,39.5],[118.2,39.6],[118.1,39.6],[118.1,39.5]]]}}" | id)

dotnet build bench/Feed -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet run --project bench/Feed -c Release --no-build -- "http://localhost:$port" "$token" "$grid" "$clients" "$rate" "$duration"
