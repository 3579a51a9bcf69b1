#!/usr/bin/env bash
# Operations on the running platform, through the gateway.
#
#   bash scripts/ops.sh errors [service...]             list error-queue messages (type, id, age, first error line)
#   bash scripts/ops.sh redrive <service> <message-id>  move one message back to its queue
#   bash scripts/ops.sh redrive <service> all           move every error-queue message of the service back
#
# GOVERNANCE_GATEWAY (default http://localhost:8080) names the gateway. GOVERNANCE_OPS_TOKEN is a
# bearer token with the platform-ops role; without it, one is taken from the gateway's
# development issuer (Development only).
set -euo pipefail
gateway=${GOVERNANCE_GATEWAY:-http://localhost:8080}

token=${GOVERNANCE_OPS_TOKEN:-}
if [ -z "$token" ]; then
  token=$(curl -sf -X POST "$gateway/dev/token" -H 'content-type: application/json' \
    -d '{"roles":["platform-ops"],"sub":"ops-cli"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p') \
    || { echo "No GOVERNANCE_OPS_TOKEN and no development token issuer at $gateway" >&2; exit 2; }
fi

call() { curl -sS --fail-with-body -H "Authorization: Bearer $token" "$@"; }

# The services the gateway fronts, as it lists them at /ops: {"domains":["a","b"]} gives "a b".
domains() { call "$gateway/ops" | sed -n 's/.*"domains":\[\([^]]*\)\].*/\1/p' | tr -d '"' | tr ',' ' '; }

case "${1:-}" in
  errors)
    shift
    if [ $# -eq 0 ]; then
      listed=$(domains)
      read -ra all <<<"$listed"
      set -- "${all[@]}"
    fi
    for service in "$@"; do
      echo "== $service"
      call "$gateway/ops/$service/messaging/errors?format=text"
    done
    ;;
  redrive)
    service=${2:?service name}; target=${3:?message id or all}
    if [ "$target" = all ]; then body='{"all":true}'; else body="{\"messageId\":\"$target\"}"; fi
    call -X POST "$gateway/ops/$service/messaging/errors/redrive" -H 'content-type: application/json' -d "$body"
    echo
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
