#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (issue 15): a cluster in a temporary folder on a
# loopback port, with the two roles an office creates (README "Several seats on PostgreSQL") —
# roaddesk_owner, who owns the schema and runs the migrations, and roaddesk_app, the role the
# seats sign in with, which may not UPDATE or DELETE what is recorded.
#
#   eval "$(.ci/postgres.sh)"        starts one; prints only `export ROADDESK_TEST_PG_…` lines
#   .ci/postgres.sh --stop DIR       stops the one in DIR and removes DIR
#
# Runs as any user; as root (CI) it installs the Debian package `postgresql` when no server is
# installed, and runs the server as the `postgres` OS user because initdb refuses root.
set -euo pipefail

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] && [ -x "$found/initdb" ] && { echo "$found"; return; }
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  echo ""
}

if [ "${1:-}" = "--stop" ]; then
  dir=${2:?usage: postgres.sh --stop DIR}
  bin=$(pg_bin)
  [ -f "$dir/data/postmaster.pid" ] && as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf -- "$dir"
  exit 0
fi

bin=$(pg_bin)
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres.sh: no PostgreSQL server installed (Debian: apt-get install postgresql)" >&2
    exit 1
  fi
  echo "postgres.sh: installing the Debian package postgresql" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(pg_bin)
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/roaddesk-pg.XXXXXX")
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
as_server_user "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# A free loopback port: the kernel names one, and pg_ctl is retried on another if it was taken since.
started=""
for _ in 1 2 3 4 5; do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 )))
  # fsync off: a test cluster is thrown away, and the tests wait on commits thousands of times.
  if as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=120" \
      start >/dev/null 2>&1; then
    started=yes; break
  fi
done
[ -n "$started" ] || { cat "$dir/server.log" >&2; exit 1; }

owner_pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
app_pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
# The same statements an office runs (README); CREATEDB only so that tests get a fresh database each.
as_server_user "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >/dev/null <<SQL
CREATE ROLE roaddesk_owner LOGIN CREATEDB PASSWORD '$owner_pw';
CREATE ROLE roaddesk_app LOGIN PASSWORD '$app_pw';
CREATE DATABASE roaddesk OWNER roaddesk_owner;
REVOKE ALL ON DATABASE roaddesk FROM PUBLIC;
GRANT CONNECT ON DATABASE roaddesk TO roaddesk_app;
SQL

echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
echo "export ROADDESK_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/roaddesk"
echo "export ROADDESK_TEST_PG_OWNER=roaddesk_owner ROADDESK_TEST_PG_OWNER_PASSWORD=$owner_pw"
echo "export ROADDESK_TEST_PG_APP=roaddesk_app ROADDESK_TEST_PG_APP_PASSWORD=$app_pw"
echo "export ROADDESK_TEST_PG_DIR=$dir"
