#!/usr/bin/env bash
# A private PostgreSQL for local runs: initdb on first start, fast shutdown on SIGTERM
# (the default "smart" shutdown would wait for pooled client connections forever),
# and the data removed afterwards unless the caller asked to keep it.
set -euo pipefail
bin_dir=$1 data_root=$2 port=$3 keep_data=$4

as_postgres=()
mkdir -p "$data_root"
if [ "$(id -u)" = 0 ]; then
  # initdb and postgres refuse to run as root.
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  chown postgres:postgres "$data_root"
fi

if [ ! -s "$data_root/data/PG_VERSION" ]; then
  "${as_postgres[@]}" "$bin_dir/initdb" -D "$data_root/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
fi

# Throwaway data need not survive the machine crashing, so nothing is forced to disk. A commit is
# still written out before it is acknowledged (synchronous_commit stays on): the outage tests crash
# the server's processes, and a commit left in PostgreSQL's own WAL buffers is lost on a crash restart.
durability=()
[ "$keep_data" = true ] || durability=(-c fsync=off -c full_page_writes=off)

# One server holds every service's database: nine service instances in the end-to-end run (grid, events
# and notifications at two replicas), each with its own connection pools that keep idle connections for
# minutes after a burst, plus the tests' own. 300 ran out once ("too many clients already").
"${as_postgres[@]}" "$bin_dir/postgres" -D "$data_root/data" -k "$data_root" \
  -c listen_addresses=127.0.0.1 -p "$port" -c max_connections=1000 "${durability[@]}" &
server=$!
trap 'kill -INT "$server" 2>/dev/null || true' TERM INT
wait "$server" || true
wait "$server" 2>/dev/null || true
if [ "$keep_data" != true ]; then
  rm -rf "$data_root"
  rmdir "$(dirname "$data_root")" 2>/dev/null || true # the last server out removes the run folder
fi
