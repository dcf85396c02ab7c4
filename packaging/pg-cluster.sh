#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests.
#
#   packaging/pg-cluster.sh start DIR PORT   prints postgresql://relais@127.0.0.1:PORT/relais_test
#   packaging/pg-cluster.sh stop DIR         stops the server and deletes DIR
#
# The cluster lives entirely in DIR (data, log, unix socket) and listens on 127.0.0.1 only, with
# trust authentication: it is for local tests, never for data anyone cares about. PostgreSQL
# refuses to run as root, so as root the server runs as the `postgres` system user (created by
# the Debian package) and DIR is handed to it; otherwise it runs as the calling user.
#
# Both commands are idempotent: `start` on a running cluster only makes sure the role and the
# database exist, `stop` on a missing or half-started cluster cleans up what is there.
# `start` exits with status 3 when PORT is taken, so a caller can try another one.
set -euo pipefail

readonly role=relais
readonly database=relais_test
readonly marker=.relais-pg-cluster
readonly port_in_use=3

die() {
  echo "pg-cluster: $*" >&2
  exit 1
}

usage() {
  echo "usage: $0 start DIR PORT | stop DIR" >&2
  exit 2
}

# The newest PostgreSQL server installed by Debian (/usr/lib/postgresql/<major>/bin), else the
# one on PATH.
server_bindir() {
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/pg_ctl' 2>/dev/null |
        sort -V | tail -n 1)
  if [ -n "$dir" ]; then
    dirname "$dir"
  elif command -v pg_ctl >/dev/null; then
    dirname "$(command -v pg_ctl)"
  else
    die "no PostgreSQL server found; install the Debian package 'postgresql' (packaging/install-deps.sh)"
  fi
}

# Runs a command as the cluster's owner. cd / first: the caller's directory may be closed to it.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# The cluster's own superuser, named by initdb -U: the same whoever runs the script.
readonly superuser=postgres

# 0 when the server in DIR is running, 3 when it is not, 4 when there is no data directory.
server_status() {
  local status=0
  as_owner "$bindir/pg_ctl" status -D "$dir/data" >/dev/null 2>&1 || status=$?
  return "$status"
}

start() {
  if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1024 ] || [ "$port" -gt 65535 ]; then
    die "PORT must be a number from 1024 to 65535, not '$port'"
  fi

  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  if [ ! -e "$dir/$marker" ]; then
    [ -z "$(ls -A "$dir")" ] || die "$dir is not empty and holds no cluster of ours; refusing to use it"
    touch "$dir/$marker"
  fi
  # The unix socket path (DIR/.s.PGSQL.PORT) must fit in sun_path.
  [ ${#dir} -le 90 ] || die "$dir is too long a path for a unix socket; use a shorter one (mktemp -d)"

  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user (Debian package 'postgresql')"
    chown -R postgres: "$dir"
  fi
  chmod 700 "$dir"
  as_owner test -w "$dir" -a -x "$dir" ||
    die "the $(as_owner id -un) user cannot write to $dir; choose a directory it can reach (mktemp -d under /tmp)"

  # initdb into a scratch directory renamed once complete, so an interrupted start never leaves
  # a data directory that looks usable.
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir/data" "$dir/data.new"
    as_owner "$bindir/initdb" -D "$dir/data.new" -U "$superuser" -A trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    # Only the socket in DIR (closed to other users) and the test role over loopback get in.
    as_owner tee "$dir/data.new/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all $role 127.0.0.1/32 trust
EOF
    # Durability is pointless for a cluster deleted after the run, and costs seconds.
    as_owner tee -a "$dir/data.new/postgresql.conf" >/dev/null <<EOF

# packaging/pg-cluster.sh: throwaway test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '${dir//\'/\'\'}'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    as_owner mv "$dir/data.new" "$dir/data"
  fi

  if server_status; then
    local running_port
    running_port=$(sed -n 4p "$dir/data/postmaster.pid")
    [ "$running_port" = "$port" ] || die "the cluster in $dir is already running on port $running_port"
  else
    # -w waits until the server accepts connections; the server's output goes to the log, so it
    # never holds the caller's stdout open.
    if ! as_owner "$bindir/pg_ctl" start -w -t 60 -D "$dir/data" -l "$dir/server.log" -o "-p $port" \
         >/dev/null 2>&1; then
      if grep -qE 'could not (bind|create any TCP/IP sockets)|Address already in use' "$dir/server.log" 2>/dev/null; then
        echo "pg-cluster: port $port is in use" >&2
        exit "$port_in_use"
      fi
      tail -n 20 "$dir/server.log" >&2 2>/dev/null || true
      die "the server in $dir did not start (log: $dir/server.log)"
    fi
  fi

  as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U "$superuser" -d postgres <<EOF
SELECT format('CREATE ROLE %I LOGIN CREATEDB', '$role')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', '$database', '$role')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database') \gexec
EOF
  echo "postgresql://$role@127.0.0.1:$port/$database"
}

stop() {
  [ -e "$dir" ] || return 0
  dir=$(cd "$dir" && pwd -P)
  if [ ! -e "$dir/$marker" ]; then
    # What `start` leaves when it failed before claiming DIR (e.g. a bad PORT): an empty directory.
    rmdir "$dir" 2>/dev/null || die "$dir holds no cluster of ours; refusing to delete it"
    return 0
  fi

  if [ -f "$dir/data/postmaster.pid" ] && server_status; then
    as_owner "$bindir/pg_ctl" stop -w -t 60 -m fast -D "$dir/data" >/dev/null 2>&1 ||
      as_owner "$bindir/pg_ctl" stop -w -t 30 -m immediate -D "$dir/data" >/dev/null 2>&1 || true
    ! server_status || die "the server in $dir does not stop; not deleting its data directory"
  fi
  rm -rf "$dir"
}

[ $# -ge 2 ] || usage
command=$1
dir=$2
port=${3:-}
bindir=$(server_bindir)

case "$command" in
  start) [ $# -eq 3 ] || usage; start ;;
  stop) [ $# -eq 2 ] || usage; stop ;;
  *) usage ;;
esac
