#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1:54329 for the tests and print its URL.
# The cluster lives in /tmp and belongs to the postgres user.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
DIR=/tmp/vetlink-pg
PORT=${VETLINK_PG_PORT:-54329}
if ! su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $DIR status" >/dev/null 2>&1; then
  rm -rf "$DIR"; mkdir -p "$DIR"; chown postgres "$DIR"
  su postgres -s /bin/sh -c "$PGBIN/initdb -D $DIR -A trust -U postgres" >/dev/null
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $DIR -l $DIR/log -w -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
fi
for _ in $(seq 1 30); do
  if su postgres -s /bin/sh -c "$PGBIN/psql -h 127.0.0.1 -p $PORT -U postgres -tAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done
su postgres -s /bin/sh -c "$PGBIN/psql -h 127.0.0.1 -p $PORT -U postgres -tAc \"select 1 from pg_database where datname='vetlink_test'\"" | grep -q 1 \
  || su postgres -s /bin/sh -c "$PGBIN/createdb -h 127.0.0.1 -p $PORT -U postgres vetlink_test"
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/vetlink_test"
