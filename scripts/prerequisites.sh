#!/usr/bin/env bash
# Installs what running or testing Governance needs and is missing, and nothing else:
# the .NET local tools, Node.js with npm (the API contract test lints the OpenAPI document and
# type-checks a TypeScript client of it), and - when no container engine answers - the
# PostgreSQL, RabbitMQ and Redis servers that the AppHost runs as local processes. Safe to run
# any number of times.
set -euo pipefail

container_engine_answers() {
  local runtime=${ASPIRE_CONTAINER_RUNTIME:-docker}
  command -v "$runtime" >/dev/null 2>&1 && timeout 10 "$runtime" info >/dev/null 2>&1
}

missing_servers() {
  local missing=()
  compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || command -v postgres >/dev/null || missing+=(postgresql)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] && command -v epmd >/dev/null || missing+=(rabbitmq-server)
  command -v redis-server >/dev/null || missing+=(redis-server)
  echo "${missing[@]}"
}

install_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  echo "Installing Node.js and npm"
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
}

install_servers() {
  local packages
  packages=$(missing_servers)
  [ -z "$packages" ] && return 0
  echo "Installing local servers: $packages"
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  # policy-rc.d 101 keeps the packages from starting system-wide servers: the AppHost runs its own.
  echo 'exit 101' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
  "${sudo[@]}" chmod +x /usr/sbin/policy-rc.d
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $packages >/dev/null
  "${sudo[@]}" rm -f /usr/sbin/policy-rc.d
}

if [ "${GOVERNANCE_INFRASTRUCTURE_MODE:-auto}" = local ] || ! container_engine_answers; then
  install_servers
fi

install_node
dotnet tool restore >/dev/null
