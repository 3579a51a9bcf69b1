#!/usr/bin/env bash
# Gateway overhead benchmark: an authenticated small GET (/api/grid/me) through the gateway
# against the same GET straight to the grid service, measured in one run with wrk.
# Prints requests/s, p50 and p99 for both (medians over rounds), the throughput ratio and the
# latency the gateway adds. The gateway path includes JWT validation at the gateway, the
# Redis-backed per-district rate limiter and YARP; both paths include the service's own JWT check.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-3} duration=${DURATION:-10s} connections=${CONNECTIONS:-32}
source bench/lib.sh

start_platform
token=$(dev_token bench)
compare "GET /api/grid/me" "$(grid_url)/api/grid/me" "http://localhost:$port/api/grid/me" -H "Authorization: Bearer $token"
