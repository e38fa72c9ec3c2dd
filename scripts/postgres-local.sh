#!/usr/bin/env bash
# A throw-away local PostgreSQL from the machine's Debian packages, for
# development, tests and benchmarks: no system service, data under
# data/postgres/, loopback only, trust authentication (never expose it).
#
#   scripts/postgres-local.sh start [--replica]   start the primary (and a streaming replica); print their URLs
#   scripts/postgres-local.sh env                  print DATABASE_URI (and DATABASE_READ_REPLICAS) for `eval`
#   scripts/postgres-local.sh stop                 stop both
#   scripts/postgres-local.sh destroy              stop both and delete data/postgres
#
# npm run db:pg -- start --replica   does the same through npm.
set -euo pipefail
cd "$(dirname "$0")/.."

# PG_LOCAL_ROOT: another folder for another pair of servers (npm run cluster keeps its own).
ROOT="${PG_LOCAL_ROOT:-$PWD/data/postgres}"
DATABASE="thidua"

say() { echo "[db:pg] $*"; }
fail() { echo "[db:pg] $*" >&2; exit 1; }

BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$BIN" ] && [ -x "$BIN/initdb" ] || fail "PostgreSQL server binaries not found. Install them: apt-get install -y postgresql (Debian/Ubuntu), then run this again."

# initdb and the server refuse to run as root: run them as the postgres user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || fail "Running as root needs the 'postgres' user, which the postgresql package creates: apt-get install -y postgresql."
    su postgres -s /bin/bash -c "cd / && $(printf '%q ' "$@")"
  else
    "$@"
  fi
}

# As root the server runs as 'postgres', which must reach the data folder: a
# checkout under a private home folder gets its data under /tmp instead.
if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
  mkdir -p "$ROOT" && chown postgres "$ROOT"
  if ! su postgres -s /bin/bash -c "test -w '$ROOT'" 2>/dev/null; then
    ROOT="${TMPDIR:-/tmp}/thidua-postgres-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
  fi
fi
PRIMARY="$ROOT/primary"
REPLICA="$ROOT/replica"
SOCKETS="$ROOT/sockets"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
port_of() { cat "$1/thidua.port" 2>/dev/null || true; }
running() { [ -f "$1/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }
url_for() { echo "postgres://postgres@127.0.0.1:$1/$DATABASE"; }

prepare_root() {
  mkdir -p "$ROOT" "$SOCKETS"
  if [ "$(id -u)" = 0 ]; then chown postgres "$ROOT" "$SOCKETS"; fi
}

# Appended once to a cluster's postgresql.conf: this port, loopback, our socket folder, replication on.
configure() {
  local dir=$1 port=$2
  as_pg bash -c "cat >> '$dir/postgresql.conf' <<CONF
# thidua (scripts/postgres-local.sh)
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$SOCKETS'
wal_level = replica
max_wal_senders = 5
hot_standby = on
CONF"
  echo "$port" | as_pg tee "$dir/thidua.port" >/dev/null
}

start_primary() {
  prepare_root
  if [ ! -f "$PRIMARY/PG_VERSION" ]; then
    say "Creating the primary cluster in $PRIMARY (initdb)…"
    # C.UTF-8 sorts text by code point, as SQLite does: both databases list things in the same order.
    as_pg "$BIN/initdb" -D "$PRIMARY" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_pg bash -c "echo 'host replication postgres 127.0.0.1/32 trust' >> '$PRIMARY/pg_hba.conf'"
    configure "$PRIMARY" "$(free_port)"
  fi
  if running "$PRIMARY"; then
    say "Primary already running on port $(port_of "$PRIMARY")."
  else
    say "Starting the primary on port $(port_of "$PRIMARY")…"
    as_pg "$BIN/pg_ctl" -D "$PRIMARY" -l "$PRIMARY/server.log" -w -t 60 start >/dev/null || fail "The primary did not start; see $PRIMARY/server.log."
  fi
  local port
  port=$(port_of "$PRIMARY")
  if [ -z "$(as_pg "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" postgres)" ]; then
    as_pg "$BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DATABASE"
  fi
}

start_replica() {
  local primary_port
  primary_port=$(port_of "$PRIMARY")
  if [ ! -f "$REPLICA/PG_VERSION" ]; then
    say "Copying the primary into $REPLICA (pg_basebackup, streaming)…"
    as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$REPLICA" -R -X stream -c fast
    # The copy carries the primary's settings; the replica gets its own port.
    configure "$REPLICA" "$(free_port)"
  fi
  if running "$REPLICA"; then
    say "Replica already running on port $(port_of "$REPLICA")."
  else
    say "Starting the streaming replica on port $(port_of "$REPLICA")…"
    as_pg "$BIN/pg_ctl" -D "$REPLICA" -l "$REPLICA/server.log" -w -t 60 start >/dev/null || fail "The replica did not start; see $REPLICA/server.log."
  fi
}

print_env() {
  running "$PRIMARY" || fail "No local PostgreSQL is running: scripts/postgres-local.sh start"
  echo "export DATABASE_URI=$(url_for "$(port_of "$PRIMARY")")"
  if running "$REPLICA"; then echo "export DATABASE_READ_REPLICAS=$(url_for "$(port_of "$REPLICA")")"; fi
}

stop_all() {
  for dir in "$REPLICA" "$PRIMARY"; do
    if running "$dir"; then as_pg "$BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null && say "Stopped $(basename "$dir")."; fi
  done
}

case "${1:-}" in
  start)
    start_primary
    [ "${2:-}" = "--replica" ] && start_replica
    say "Ready. Use it with:"
    print_env | sed 's/^/  /'
    ;;
  env) print_env ;;
  stop) stop_all ;;
  destroy)
    stop_all
    rm -rf "$ROOT"
    say "Deleted $ROOT."
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
