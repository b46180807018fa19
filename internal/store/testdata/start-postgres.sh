#!/bin/sh
# Start (or find running) a throwaway PostgreSQL cluster for the store
# tests and print its URL; export it as JIKENBO_TEST_POSTGRES:
#
#   export JIKENBO_TEST_POSTGRES=$(internal/store/testdata/start-postgres.sh)
#   go test ./internal/store/...
#
# Idempotent: a second run reuses the cluster. Trust auth on 127.0.0.1
# only, fsync off: test data, never a real casebook. Needs PostgreSQL's
# server binaries (apt-get install -y postgresql). Settings:
# JIKENBO_PG_DIR (default /tmp/jikenbo-pg), JIKENBO_PG_PORT (default 5433).
# Stop it with: pg_ctl -D "$JIKENBO_PG_DIR" stop (as the postgres user
# when run as root).
set -eu

dir=${JIKENBO_PG_DIR:-/tmp/jikenbo-pg}
port=${JIKENBO_PG_PORT:-5433}

bin=""
if command -v pg_config >/dev/null 2>&1; then
	bin=$(pg_config --bindir)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
	bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
	echo "start-postgres: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
	exit 1
fi

# initdb and the server refuse to run as root: use the postgres user.
as_pg() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

if [ ! -f "$dir/PG_VERSION" ]; then
	mkdir -p "$dir"
	if [ "$(id -u)" = 0 ]; then
		chown postgres: "$dir"
	fi
	chmod 700 "$dir"
	as_pg "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir.initdb.log" 2>&1 || {
		cat "$dir.initdb.log" >&2
		exit 1
	}
fi

if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
	as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
		-o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=200" \
		start >/dev/null
fi

echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
