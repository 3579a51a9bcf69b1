#!/usr/bin/env bash
# Messaging benchmark: outbox commit → relay (publisher confirms) → consumer with inbox, against
# a raw MassTransit publish → consume baseline, in one run on the same private PostgreSQL and
# RabbitMQ (started here from the machine's servers with the AppHost's own scripts).
# Prints throughput (messages/s) and delivery latency p50/p99 at a fixed rate for both.
# BENCH_MESSAGES (5000), BENCH_RATE (200/s, below the outbox path's capacity on 2 cores, so latency is not
# queueing) and BENCH_SECONDS (10) tune it.
set -euo pipefail
cd "$(dirname "$0")/.."
GOVERNANCE_INFRASTRUCTURE_MODE=local bash scripts/prerequisites.sh
dotnet build bench/Messaging -c Release -nologo -clp:ErrorsOnly

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
root=$(mktemp -d /tmp/governance-bench.XXXXXX)
chmod 755 "$root"
pg_port=$(free_port) amqp_port=$(free_port) dist_port=$(free_port) epmd_port=$(free_port)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

bash src/AppHost/LocalServers/postgres.sh "$pg_bin" "$root/postgres" "$pg_port" false >"$root.pg.log" 2>&1 &
postgres=$!
bash src/AppHost/LocalServers/rabbitmq.sh /usr/lib/rabbitmq/bin "$root/rabbitmq" "$amqp_port" "$dist_port" "$epmd_port" false >"$root.rabbit.log" 2>&1 &
rabbit=$!
cleanup() {
  kill -TERM "$postgres" "$rabbit" 2>/dev/null || true
  wait "$postgres" "$rabbit" 2>/dev/null || true
  rm -rf "$root" "$root.pg.log" "$root.rabbit.log"
}
trap cleanup EXIT

for _ in $(seq 1 60); do
  [ -f "$root/rabbitmq/env.sh" ] && (source "$root/rabbitmq/env.sh" && /usr/lib/rabbitmq/bin/rabbitmqctl -q await_startup --timeout 5) >/dev/null 2>&1 && break
  sleep 1
done
for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 0.5; done
pg_isready -q -h 127.0.0.1 -p "$pg_port" || { echo "PostgreSQL did not start:"; cat "$root.pg.log"; exit 1; }

dotnet bench/Messaging/bin/Release/net10.0/Governance.Bench.Messaging.dll \
  "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench" "amqp://guest:guest@127.0.0.1:$amqp_port/"
