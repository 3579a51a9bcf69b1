#!/usr/bin/env bash
# Runs the whole platform: installs what is missing, builds, and starts the Aspire AppHost.
# The AppHost prints the dashboard login URL and, once healthy, the gateway URL
# (http://localhost:8080). Stop it with Ctrl+C or SIGTERM; it stops every server it started.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh
dotnet build src/AppHost -c Debug -nologo -clp:ErrorsOnly
exec dotnet run --project src/AppHost --no-build -- "$@"
