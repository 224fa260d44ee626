#!/usr/bin/env bash
# Starts the servers the tests of the scale-out mode need — PostgreSQL and Redis from Debian, on loopback ports —
# and prints the environment that points the tests at them. Source it (`. .ci/services.sh start`) or run
# `.ci/services.sh stop` to shut them down. Used by .ci/run and by developers; nothing here is needed for the
# embedded (SQLite) default.
set -euo pipefail
PGPORT=${SIFT_PG_PORT:-54329}
REDIS_PORT=${SIFT_REDIS_PORT:-56379}
STATE=${SIFT_SERVICES_DIR:-/tmp/sift-services}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

start() {
  mkdir -p "$STATE"
  if [ -z "$PGBIN" ] || ! command -v redis-server >/dev/null; then
    echo "services: PostgreSQL or Redis is not installed (apt-get install postgresql postgresql-contrib redis-server)" >&2
    return 1
  fi
  if ! pg_isready -h 127.0.0.1 -p "$PGPORT" -q 2>/dev/null; then
    PGDATA="$STATE/pgdata"
    if [ ! -f "$PGDATA/PG_VERSION" ]; then
      mkdir -p "$PGDATA"
      chown postgres:postgres "$STATE" "$PGDATA"
      su postgres -c "$PGBIN/initdb -D $PGDATA -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null"
    fi
    # fsync off: test data is disposable, and the fault tests restart the server many times.
    su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $STATE/pg.log -w start -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200' >/dev/null"
  fi
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log"
    for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  export SIFT_TEST_PG="postgres://postgres@127.0.0.1:$PGPORT/postgres"
  export SIFT_TEST_REDIS="redis://127.0.0.1:$REDIS_PORT"
  export SIFT_TEST_PGDATA="$STATE/pgdata" SIFT_TEST_PGBIN="$PGBIN"
  echo "services: PostgreSQL on $PGPORT, Redis on $REDIS_PORT"
}

stop() {
  [ -n "$PGBIN" ] && [ -f "$STATE/pgdata/PG_VERSION" ] && su postgres -c "$PGBIN/pg_ctl -D $STATE/pgdata -m fast stop" >/dev/null 2>&1 || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: services.sh start|stop" >&2; exit 2 ;;
esac
