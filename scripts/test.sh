#!/usr/bin/env bash
# Runs every test (unit, service and end-to-end through the gateway with real PostgreSQL,
# RabbitMQ and Redis), then prints the outage suite's table of figures (when it ran) and, last,
# "N passed, N failed, N skipped" read from the TRX results.
# Exits non-zero on any failure, or when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOVERNANCE_INFRASTRUCTURE_MODE=local
bash scripts/prerequisites.sh

results=artifacts/test-results
rm -rf "$results"
# The outage tests (tests/EndToEnd.Tests/Outages) write one row per fault here; each fault's requests go beside it as CSV.
export OUTAGE_REPORT="$PWD/$results/outages.md"
dotnet build Governance.sln -c Debug -nologo -clp:ErrorsOnly

# A hung test must not hold CI until its 90 minutes run out. VSTest's blame collector ends a test host whose
# current test has run longer than TEST_HANG_TIMEOUT (the longest test, the outage suite's, takes about two
# minutes), records that run as aborted in its TRX and names the test; no dump, as nobody reads one in CI.
# The outer limit is the last resort for a dotnet test that hangs outside any test host (the whole suite
# takes about nine minutes).
hang_timeout=${TEST_HANG_TIMEOUT:-10m}
run_timeout=${TEST_RUN_TIMEOUT:-60m}
status=0
timeout --kill-after=1m "$run_timeout" \
  dotnet test Governance.sln --no-build -c Debug --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" --blame-hang-timeout "$hang_timeout" --blame-hang-dump-type none \
  -- RunConfiguration.TreatNoTestsAsError=true &
# timeout leads a process group of its own, so all the run started can be ended together: on Ctrl+C, and after
# the run, when a test host ended for hanging has left behind its xunit v3 test process (which runs in a child).
run_group=$!
trap 'kill -TERM -- "-$run_group" 2>/dev/null || true' INT TERM
wait "$run_group" || status=$?
kill -KILL -- "-$run_group" 2>/dev/null || true
trap - INT TERM
run_timed_out=0
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  run_timed_out=1
  echo "The test run was still going after $run_timeout (TEST_RUN_TIMEOUT) and was stopped; counted as one failure." >&2
fi

shopt -s nullglob
trx_files=("$results"/*.trx)
if [ ${#trx_files[@]} -eq 0 ]; then
  echo "0 passed, $run_timed_out failed"
  echo "No test results were written." >&2
  exit 1
fi

counter() { # sums one attribute of <Counters> over every TRX file
  sed -n "s/.*<Counters [^>]*\b$1=\"\([0-9]*\)\".*/\1/p" "${trx_files[@]}" | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(counter passed)
# A test host ended by the hang timeout leaves its hung test unreported: its TRX only says the run was aborted.
aborted_runs=$( (grep -l 'The active test run was aborted' "${trx_files[@]}" || true) | wc -l)
if [ "$aborted_runs" -gt 0 ]; then
  echo "$aborted_runs test run(s) aborted, each counted as one failure: a test hung past $hang_timeout (TEST_HANG_TIMEOUT) or its process crashed; the output above names the test." >&2
fi
failed=$(( $(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted) + aborted_runs + run_timed_out ))
skipped=$(counter notExecuted)

if [ -s "$OUTAGE_REPORT" ]; then
  echo "Dependency outages under load ($results/outages.md):"
  cat "$OUTAGE_REPORT"
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
