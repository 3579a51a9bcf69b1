#!/usr/bin/env bash
# Seeds a synthetic district through a running platform's gateway (start it with scripts/run.sh).
# Defaults make Lunan's scale (4,800 grids); an unknown argument prints the sizes you can set.
# Deterministic from --seed.
#   bash scripts/seed.sh --district lunan
#   bash scripts/seed.sh --district demo --streets 1 --communities 2 --grids 4
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project tools/Seeder -c Release -- "$@"
