#!/usr/bin/env bash
# Declares domain services in the AppHost: each one's project reference and its one line,
#   builder.AddDomainService<Projects.Governance_{Name}>("{name}");
# from which the gateway's routes, /health, the API reference and the tests derive everything else.
# Without arguments it declares every web project under src/Services the AppHost does not declare
# yet (what the governance-domain template runs after generating one); safe to run twice.
#
#   bash scripts/declare-domain.sh [Name...]     e.g. Places → /api/places
set -euo pipefail
cd "$(dirname "$0")/.."
apphost=src/AppHost

undeclared() {
  for project in src/Services/*/Governance.*.csproj; do
    grep -q 'Sdk="Microsoft.NET.Sdk.Web"' "$project" || continue
    name=$(basename "$(dirname "$project")")
    grep -q "AddDomainService<Projects.Governance_$name>" "$apphost/Program.cs" || echo "$name"
  done
}

names=("$@")
[ ${#names[@]} -gt 0 ] || mapfile -t names < <(undeclared)
for name in "${names[@]}"; do
  domain=$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]')
  project="src/Services/$name/Governance.$name.csproj"
  [ -f "$project" ] || { echo "No $project: generate the domain first." >&2; exit 1; }

  grep -q "Governance.$name.csproj" "$apphost/Governance.AppHost.csproj" \
    || dotnet add "$apphost/Governance.AppHost.csproj" reference "$project" >/dev/null

  line="builder.AddDomainService<Projects.Governance_$name>(\"$domain\");"
  if ! grep -qF "$line" "$apphost/Program.cs"; then
    # With the other declarations: before the blank line that sets the gateway's line apart.
    gateway=$(grep -n 'AddGateway(' "$apphost/Program.cs" | head -1 | cut -d: -f1)
    [ -n "$gateway" ] || { echo "No AddGateway line in $apphost/Program.cs to declare $name before." >&2; exit 1; }
    at=$gateway
    [ -n "$(sed -n "$((gateway - 1))p" "$apphost/Program.cs" | tr -d '[:space:]')" ] || at=$((gateway - 1))
    sed -i "${at}i\\$line" "$apphost/Program.cs"
  fi
  echo "Declared $name in the AppHost (/api/$domain)."
done
