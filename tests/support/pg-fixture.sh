#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the store tests.
#   pg-fixture.sh start STATE_DIR   initdb in a temporary folder, a free loopback port, SCRAM passwords;
#                                    writes STATE_DIR/env with DESK_TEST_PG_URL and DESK_TEST_PG_PASSWORD
#   pg-fixture.sh stop STATE_DIR    stops the server and removes its folder
# As root, the server runs as the unprivileged "postgres" user (PostgreSQL refuses to run as root).
set -euo pipefail
action=${1:?start or stop}
state=${2:?state folder}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    mkdir -p "$state"
    if [ -f "$state/env" ]; then "$0" stop "$state" || true; fi
    dir=$(mktemp -d /tmp/identitydesk-pg.XXXXXX)
    chmod 700 "$dir"
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    as_server "$bindir/initdb" -D "$dir/data" -U desk_setup --pwfile="$dir/pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    started=0
    for attempt in $(seq 1 20); do
        port=$(( 20000 + (RANDOM % 30000) ))
        if as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off" \
            start >/dev/null 2>&1; then
            started=1; break
        fi
    done
    [ "$started" = 1 ] || { echo "could not start PostgreSQL:" >&2; cat "$dir/server.log" >&2; exit 1; }
    umask 077
    cat > "$state/env" <<ENV
DESK_TEST_PG_URL=postgresql://desk_setup@127.0.0.1:$port/postgres
DESK_TEST_PG_PASSWORD=$password
DESK_TEST_PG_DIR=$dir
ENV
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
    ;;
stop)
    [ -f "$state/env" ] || exit 0
    dir=$(sed -n 's/^DESK_TEST_PG_DIR=//p' "$state/env")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$state/env"
    echo "PostgreSQL test server stopped"
    ;;
*) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
