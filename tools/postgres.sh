#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: temporary data folder, a free port on 127.0.0.1,
# trust authentication, durability switched off (nothing here must survive).
#
#   bash tools/postgres.sh start    starts it and prints  export PLATFORM_TEST_POSTGRES='Host=127.0.0.1;Port=…'
#   bash tools/postgres.sh stop     stops it and deletes its folder
#   source tools/postgres.sh        defines postgres_start / postgres_stop (tools/test.sh uses these;
#                                   postgres_start exports PLATFORM_TEST_POSTGRES itself)
#
# initdb refuses to run as root: as root the cluster runs as the `postgres` system user (the Debian
# package creates it). Binaries come from PG_BIN (default /usr/lib/postgresql/15/bin). When they are
# missing, CI=true fails; a local run warns loudly and carries on, and the PostgreSQL tests then fail.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_STATE_FILE=${PG_STATE_FILE:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/artifacts/postgres.state"}

_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

_pg_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

postgres_start() {
  if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "PostgreSQL 15 binaries are missing ($PG_BIN/initdb); install the Debian package postgresql-15." >&2
    if [ "${CI:-}" = "true" ]; then
      echo "CI cannot run the PostgreSQL tests without them (.ci/run installs the package)." >&2
      return 1
    fi
    echo "################################################################################" >&2
    echo "# WARNING: no PostgreSQL server: every PostgreSQL test will FAIL in this run.  #" >&2
    echo "################################################################################" >&2
    return 0
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "Running as root needs the 'postgres' system user (created by the postgresql-15 package)." >&2
    return 1
  fi
  local dir port attempt
  dir=$(mktemp -d "${TMPDIR:-/tmp}/platform-pg.XXXXXX") || return 1
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir"
  fi
  if ! _pg_as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --no-locale -E UTF8 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    return 1
  fi
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    _pg_port_in_use "$port" && continue
    if _pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
      mkdir -p "$(dirname "$PG_STATE_FILE")"
      echo "$dir" >"$PG_STATE_FILE"
      export PLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
      echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') is running on 127.0.0.1:$port (data in $dir)." >&2
      return 0
    fi
    echo "PostgreSQL did not start on port $port (attempt $attempt):" >&2
    tail -n 5 "$dir/server.log" >&2
  done
  rm -rf "$dir"
  return 1
}

postgres_stop() {
  [ -f "$PG_STATE_FILE" ] || return 0
  local dir
  dir=$(cat "$PG_STATE_FILE")
  if [ -d "$dir/data" ]; then
    _pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$PG_STATE_FILE"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  case "${1:-}" in
    start)
      postgres_start || exit 1
      [ -n "${PLATFORM_TEST_POSTGRES:-}" ] && echo "export PLATFORM_TEST_POSTGRES='$PLATFORM_TEST_POSTGRES'"
      ;;
    stop) postgres_stop ;;
    *) echo "usage: bash tools/postgres.sh start|stop" >&2; exit 2 ;;
  esac
fi
