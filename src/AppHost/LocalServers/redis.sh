#!/usr/bin/env bash
# A private Redis for local runs, bound to loopback, removing its data directory on exit
# unless the caller asked to keep it.
set -euo pipefail
data_root=$1 port=$2 keep_data=$3
mkdir -p "$data_root"

persistence=(--save "" --appendonly no)
[ "$keep_data" = true ] && persistence=(--appendonly yes)

redis-server --port "$port" --bind 127.0.0.1 --dir "$data_root" "${persistence[@]}" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true' TERM INT
wait "$server" || true
wait "$server" 2>/dev/null || true
if [ "$keep_data" != true ]; then
  rm -rf "$data_root"
  rmdir "$(dirname "$data_root")" 2>/dev/null || true # the last server out removes the run folder
fi
