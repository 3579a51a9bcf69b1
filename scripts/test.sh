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

status=0
dotnet test Governance.sln --no-build -c Debug --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

shopt -s nullglob
trx_files=("$results"/*.trx)
if [ ${#trx_files[@]} -eq 0 ]; then
  echo "0 passed, 0 failed"
  echo "No test results were written." >&2
  exit 1
fi

counter() { # sums one attribute of <Counters> over every TRX file
  sed -n "s/.*<Counters [^>]*\b$1=\"\([0-9]*\)\".*/\1/p" "${trx_files[@]}" | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(counter passed)
failed=$(( $(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted) ))
skipped=$(counter notExecuted)

if [ -s "$OUTAGE_REPORT" ]; then
  echo "Dependency outages under load ($results/outages.md):"
  cat "$OUTAGE_REPORT"
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
