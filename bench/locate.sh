#!/usr/bin/env bash
# Point-in-grid lookup benchmark: the grid service's in-memory index against a linear scan over
# 4,800 synthetic grid polygons, in one Release run. Optional argument: rounds (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project bench/Locate -c Release -- "$@"
