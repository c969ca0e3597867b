#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL 15 cluster on 127.0.0.1 for the test suites and prints its
# connection string (for VIGIL_TEST_POSTGRES). `scripts/postgres-test.sh stop` stops it and deletes it.
# The cluster lives in $VIGIL_PG_DIR (default: $TMPDIR/vigil-pg-test); as root it runs as the `postgres`
# OS user through runuser, because initdb refuses to run as root.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
DIR="${VIGIL_PG_DIR:-${TMPDIR:-/tmp}/vigil-pg-test}"
DATA="$DIR/data"
PORT_FILE="$DIR/port"

as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

connection_string() {
  echo "Host=127.0.0.1;Port=$(cat "$PORT_FILE");Username=postgres;Password=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

case "${1:-start}" in
  stop)
    if [ -d "$DATA" ]; then
      as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    exit 0
    ;;
  start) ;;
  *)
    echo "usage: $0 [start|stop]" >&2
    exit 2
    ;;
esac

if [ -f "$PORT_FILE" ] && as_owner "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  connection_string
  exit 0
fi

rm -rf "$DIR"
mkdir -p "$DIR"
if [ "$(id -u)" = "0" ]; then
  chown postgres:postgres "$DIR"
  chmod 700 "$DIR"
fi

PWFILE="$DIR/pw"
echo postgres > "$PWFILE"
[ "$(id -u)" = "0" ] && chown postgres "$PWFILE"
as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --pwfile="$PWFILE" -A scram-sha-256 -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1
PORT="$(free_port)"
echo "$PORT" > "$PORT_FILE"
# Loopback only; fsync off because the cluster is thrown away; enough connections for two servers and tests.
as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
connection_string
