#!/usr/bin/env bash
# Matching benchmark: top-10 over a 100,000-volunteer pool, in one Release run: the service's path (the
# need's street first, then only the skill levels that could still win) against a skill pre-filter alone
# and a naive full scan and sort.
# Optional arguments: pool size (100000), needs per round (50), rounds (9).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project bench/Matching -c Release -- "$@"
