#!/usr/bin/env bash
# A private RabbitMQ node for local runs. It gets its own HOME (Erlang cookie), node name,
# ports and epmd, so it never touches a system broker, and it stops its epmd on the way out:
# RabbitMQ otherwise leaves an epmd daemon running forever.
set -euo pipefail
rabbit_bin=$1 data_root=$2 node_port=$3 dist_port=$4 epmd_port=$5 keep_data=$6
mkdir -p "$data_root/home" "$data_root/mnesia" "$data_root/log" "$data_root/plugins"

echo '[].' > "$data_root/enabled_plugins"
echo 'loopback_users = none' > "$data_root/rabbitmq.conf"
: > "$data_root/rabbitmq-env.conf"

export HOME="$data_root/home"
export RABBITMQ_NODENAME="governance-$node_port@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$node_port
export RABBITMQ_DIST_PORT=$dist_port
export ERL_EPMD_PORT=$epmd_port
export RABBITMQ_MNESIA_BASE="$data_root/mnesia"
export RABBITMQ_LOG_BASE="$data_root/log"
export RABBITMQ_LOGS=-
export RABBITMQ_ENABLED_PLUGINS_FILE="$data_root/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$data_root/rabbitmq"
export RABBITMQ_CONF_ENV_FILE="$data_root/rabbitmq-env.conf"
export RABBITMQ_PLUGINS_EXPAND_DIR="$data_root/plugins"

# Operators (and the fault tests) run rabbitmqctl against this node with: source "$data_root/env.sh"
export -p | grep -E ' (HOME|RABBITMQ_[A-Z_]*|ERL_EPMD_PORT)=' > "$data_root/env.sh"

epmd -port "$epmd_port" &
epmd_pid=$!
"$rabbit_bin/rabbitmq-server" &
server=$!

stop() {
  "$rabbit_bin/rabbitmqctl" -q shutdown >/dev/null 2>&1 || kill -TERM "$server" 2>/dev/null || true
}
trap stop TERM INT
wait "$server" || true
wait "$server" 2>/dev/null || true
epmd -port "$epmd_port" -kill >/dev/null 2>&1 || kill -TERM "$epmd_pid" 2>/dev/null || true
wait "$epmd_pid" 2>/dev/null || true
if [ "$keep_data" != true ]; then
  rm -rf "$data_root"
  rmdir "$(dirname "$data_root")" 2>/dev/null || true # the last server out removes the run folder
fi
