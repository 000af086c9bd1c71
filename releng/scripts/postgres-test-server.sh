#!/usr/bin/env bash
# A throwaway PostgreSQL server for the team-mode tests: a temporary cluster on a free loopback port, torn down after.
#
#   releng/scripts/postgres-test-server.sh start DIR [DATABASE...]   prints the JDBC server URL (jdbc:postgresql://127.0.0.1:PORT)
#   releng/scripts/postgres-test-server.sh stop DIR
#
# Installs the Debian package postgresql when no server binaries are found and this runs as root. PostgreSQL refuses to
# run as root, so as root the cluster belongs to the user postgres (created by the package). The login role rapport
# (password rapport, may create databases) owns one empty database per DATABASE name, e.g. one per test module.
# Durability is off (fsync, synchronous_commit): the cluster holds test data only.
set -eu
command=${1:?usage: postgres-test-server.sh start|stop DIR [DATABASE...]}
dir=${2:?usage: postgres-test-server.sh start|stop DIR [DATABASE...]}
shift 2

find_bin() {
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    [ -x "$candidate/initdb" ] && { echo "$candidate"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@") # from /: postgres may not enter the caller's folder
  else
    "$@"
  fi
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "postgres-test-server: installing the Debian package postgresql" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    bin=$(find_bin)
  else
    echo "postgres-test-server: no PostgreSQL server found; install it with: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
      chown postgres "$dir"
      # the postgres user must be able to reach the cluster's folder
      p="$dir"; while [ "$p" != / ]; do p=$(dirname "$p"); chmod o+x "$p" 2>/dev/null || true; done
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    printf 'rapport\n' >"$dir/superuser-password"
    chmod 644 "$dir/superuser-password"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/superuser-password" \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "-p $port -k $dir \
      -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
      -c max_connections=200 -c shared_buffers=256MB" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    export PGPASSWORD=rapport
    psql="$bin/psql -h 127.0.0.1 -p $port -U postgres -d postgres -v ON_ERROR_STOP=1 -q"
    $psql -c "CREATE ROLE rapport LOGIN PASSWORD 'rapport' CREATEDB" >&2
    for database in "$@"; do
      $psql -c "CREATE DATABASE \"$database\" OWNER rapport" >&2
    done
    echo "jdbc:postgresql://127.0.0.1:$port"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres-test-server.sh start|stop DIR [DATABASE...]" >&2
    exit 2
    ;;
esac
