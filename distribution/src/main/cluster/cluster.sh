#!/usr/bin/env bash
# Several motcua runtimes on this machine against one PostgreSQL, behind nginx: what a province runs
# on several servers, here on one for trying and benchmarking.
#
#   distribution/src/main/cluster/cluster.sh start [N]   PostgreSQL, N runtimes (default 2), nginx; waits
#   distribution/src/main/cluster/cluster.sh stop        stops all of them (data stays)
#   distribution/src/main/cluster/cluster.sh status
#   distribution/src/main/cluster/cluster.sh pg start|stop|restart   the database alone (fault tests)
#   distribution/src/main/cluster/cluster.sh psql [args]             a SQL shell on the cluster's database
#   distribution/src/main/cluster/cluster.sh clean       stops everything and deletes the cluster folder
#
# It uses the assembly built by `mvn install` (distribution/target/distribution-*.tar.gz). Each node is a
# copy of it under $MOTCUA_CLUSTER_DIR/nodeI with only etc/ changed: its ports, the PostgreSQL datasource,
# and the province's configuration files (agencies, calendar, catalogue, ranking, procedures as data) read
# from ONE shared folder, $MOTCUA_CLUSTER_DIR/shared-etc, so that a change made there is seen by every node.
#
# Settings (environment): MOTCUA_CLUSTER_DIR (distribution/target/cluster), MOTCUA_DIST (the tar.gz),
# PROXY_PORT (8480), PG_PORT (55433), NODE_HTTP_BASE (8481: node I listens on NODE_HTTP_BASE+I-1),
# NODE_SSH_BASE (8501), NODE_RMI_BASE (11399: registry, and +100 for the server), MOTCUA_HEAP (512m: each node's heap).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
DIR="${MOTCUA_CLUSTER_DIR:-$repo/distribution/target/cluster}"
PROXY_PORT="${PROXY_PORT:-8480}"
PG_PORT="${PG_PORT:-55433}"
NODE_HTTP_BASE="${NODE_HTTP_BASE:-8481}"
NODE_SSH_BASE="${NODE_SSH_BASE:-8501}"
NODE_RMI_BASE="${NODE_RMI_BASE:-11399}"
export MOTCUA_HEAP="${MOTCUA_HEAP:-512m}"
DB=motcua
DB_USER=motcua
DB_PASSWORD=motcua

log() { echo "[cluster] $*" >&2; }

pg_bin() {
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$d" ]; then
        log "installing PostgreSQL (Debian package)"
        apt_install postgresql
        d="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    fi
    echo "$d"
}

apt_install() {
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# PostgreSQL refuses to run as root: as root, its files belong to the 'postgres' user of the package
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_ctl_() { as_pg "$(pg_bin)/pg_ctl" -D "$DIR/pg/data" "$@"; }

pg_running() { [ -f "$DIR/pg/data/postmaster.pid" ] && pg_ctl_ status >/dev/null 2>&1; }

pg_start() {
    local bin
    bin="$(pg_bin)"
    if [ ! -d "$DIR/pg/data" ]; then
        mkdir -p "$DIR/pg"
        [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pg"
        log "creating a PostgreSQL cluster in $DIR/pg/data"
        as_pg "$bin/initdb" -D "$DIR/pg/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >"$DIR/pg/initdb.log"
    fi
    if ! pg_running; then
        log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
        pg_ctl_ -l "$DIR/pg/postgresql.log" -w -t 60 \
            -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    fi
    if ! psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1; then
        psql_admin -qc "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
        psql_admin -qc "CREATE DATABASE $DB OWNER $DB_USER ENCODING 'UTF8'"
    fi
}

psql_admin() { as_pg "$(pg_bin)/psql" -h "$DIR/pg" -p "$PG_PORT" -U postgres -d postgres "$@"; }

pg_stop() {
    if pg_running; then
        log "stopping PostgreSQL"
        pg_ctl_ -m fast -w stop >/dev/null
    fi
}

node_http() { echo $((NODE_HTTP_BASE + $1 - 1)); }

set_prop() { # file key value: replaces or appends "key = value"
    local file="$1" key="$2" value="$3"
    touch "$file"
    if grep -qE "^[[:space:]]*${key//./\\.}[[:space:]]*=" "$file"; then
        sed -i -E "s|^[[:space:]]*${key//./\\.}[[:space:]]*=.*|${key} = ${value//|/\\|}|" "$file"
    else
        printf '%s = %s\n' "$key" "$value" >>"$file"
    fi
}

dist() {
    local f="${MOTCUA_DIST:-}"
    [ -z "$f" ] && f="$(ls "$repo"/distribution/target/distribution-*.tar.gz 2>/dev/null | head -1)"
    [ -f "$f" ] || { echo "no assembly: run 'mvn -B install -DskipTests' first (or set MOTCUA_DIST)" >&2; exit 1; }
    echo "$f"
}

# The province's configuration, once for all nodes: seeded from the files the features ship (in the
# assembly's system/ repository), then edited there.
seed_shared() {
    local sys="$1/system/vn/motcua/features"
    [ -d "$DIR/shared-etc" ] && return
    log "seeding the shared configuration folder $DIR/shared-etc"
    mkdir -p "$DIR/shared-etc/motcua-procedures"
    local v
    v="$(ls "$sys" | head -1)"
    cp "$sys/$v/features-$v-agencies.csv" "$DIR/shared-etc/motcua-agencies.csv"
    cp "$sys/$v/features-$v-calendar.csv" "$DIR/shared-etc/motcua-calendar.csv"
    cp "$sys/$v/features-$v-catalogue.csv" "$DIR/shared-etc/motcua-catalogue.csv"
    cp "$sys/$v/features-$v-ranking.csv" "$DIR/shared-etc/motcua-ranking.csv"
    for p in "$sys/$v"/features-"$v"-procedure-*.properties; do
        cp "$p" "$DIR/shared-etc/motcua-procedures/$(basename "$p" | sed "s/^features-$v-//")"
    done
}

prepare_node() {
    local i="$1" n="$DIR/node$1"
    if [ ! -d "$n" ]; then
        log "unpacking node $i into $n"
        mkdir -p "$n"
        tar -xzf "$(dist)" -C "$n" --strip-components=1
    fi
    seed_shared "$n"
    local etc="$n/etc" shared="$DIR/shared-etc"
    set_prop "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$(node_http "$i")"
    set_prop "$etc/org.apache.karaf.shell.cfg" sshPort $((NODE_SSH_BASE + i - 1))
    set_prop "$etc/org.apache.karaf.management.cfg" rmiRegistryPort $((NODE_RMI_BASE + i - 1))
    set_prop "$etc/org.apache.karaf.management.cfg" rmiServerPort $((NODE_RMI_BASE + 100 + i - 1))
    set_prop "$etc/system.properties" karaf.name "motcua-node$i"
    cat >"$etc/org.ops4j.datasource-motcua.cfg" <<EOF
# written by cluster.sh: every node on the cluster's PostgreSQL (see org.ops4j.datasource-motcua.cfg.postgresql)
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
dataSourceName = motcua
url = jdbc:postgresql://127.0.0.1:$PG_PORT/$DB?connectTimeout=5&socketTimeout=120&ApplicationName=motcua-node$i
user = $DB_USER
password = $DB_PASSWORD
pool = dbcp2
xa = false
jdbc.pool.maxTotal = 16
jdbc.pool.maxIdle = 16
jdbc.pool.minIdle = 2
jdbc.pool.maxWaitMillis = 10000
jdbc.pool.testOnBorrow = true
jdbc.factory.validationQuery = SELECT 1
EOF
    # the province's configuration from the shared folder (each component's file setting)
    set_prop "$etc/vn.motcua.agencies.cfg" file "$shared/motcua-agencies.csv"
    set_prop "$etc/vn.motcua.calendar.cfg" entriesFile "$shared/motcua-calendar.csv"
    set_prop "$etc/vn.motcua.catalogue.cfg" file "$shared/motcua-catalogue.csv"
    set_prop "$etc/vn.motcua.ranking.cfg" file "$shared/motcua-ranking.csv"
    set_prop "$etc/vn.motcua.procedures.data.cfg" directory "$shared/motcua-procedures"
}

nginx_bin() {
    command -v nginx >/dev/null 2>&1 || { log "installing nginx (Debian package)"; apt_install nginx; }
    # the package starts a system nginx on port 80: ours runs from its own configuration only
    command -v nginx
}

nginx_start() {
    local count="$1" nodes="" first
    for i in $(seq 1 "$count"); do
        nodes+="        server 127.0.0.1:$(node_http "$i") max_fails=1 fail_timeout=5s;"$'\n'
    done
    first="        server 127.0.0.1:$(node_http 1);"$'\n'
    for i in $(seq 2 "$count"); do
        first+="        server 127.0.0.1:$(node_http "$i") backup;"$'\n'
    done
    mkdir -p "$DIR/nginx/tmp"
    sed -e "s|@PREFIX@|$DIR/nginx|g" -e "s|@LISTEN@|127.0.0.1:$PROXY_PORT|" "$here/nginx.conf" \
        | awk -v nodes="$nodes" -v first="$first" '{ if ($0 == "@NODES@") printf "%s", nodes; else if ($0 == "@FIRST@") printf "%s", first; else print }' \
        >"$DIR/nginx/nginx.conf"
    local bin
    bin="$(nginx_bin)"
    "$bin" -t -q -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
    if [ -f "$DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null; then
        "$bin" -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" -s reload
    else
        log "starting nginx on 127.0.0.1:$PROXY_PORT"
        "$bin" -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
    fi
}

nginx_stop() {
    if [ -f "$DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null; then
        log "stopping nginx"
        "$(command -v nginx)" -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" -s quit
    fi
}

wait_for() { # url seconds
    local url="$1" until=$((SECONDS + $2))
    while [ $SECONDS -lt $until ]; do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = "200" ]; then
            return 0
        fi
        sleep 1
    done
    echo "no answer from $url within $2 s" >&2
    return 1
}

nodes_present() { ls -d "$DIR"/node* 2>/dev/null | sed 's/.*node//' | sort -n; }

start() {
    local count="${1:-2}"
    pg_start
    for i in $(seq 1 "$count"); do
        prepare_node "$i"
    done
    for i in $(seq 1 "$count"); do
        if [ -f "$DIR/node$i/instances/instance.properties" ] && "$DIR/node$i/bin/status" >/dev/null 2>&1; then
            log "node $i already running"
        else
            log "starting node $i (http 127.0.0.1:$(node_http "$i"))"
            "$DIR/node$i/bin/start"
        fi
    done
    for i in $(seq 1 "$count"); do
        wait_for "http://127.0.0.1:$(node_http "$i")/api/procedures" 240
    done
    nginx_start "$count"
    wait_for "http://127.0.0.1:$PROXY_PORT/api/procedures" 30
    log "ready: http://127.0.0.1:$PROXY_PORT/api/ -> nodes on $(for i in $(seq 1 "$count"); do printf '%s ' "$(node_http "$i")"; done)"
}

stop() {
    nginx_stop
    for i in $(nodes_present); do
        if "$DIR/node$i/bin/status" >/dev/null 2>&1; then
            log "stopping node $i"
            "$DIR/node$i/bin/stop" >/dev/null 2>&1 || true
        fi
    done
    # bin/stop returns at once: wait (bounded) for the JVMs to be gone before the database stops
    local until=$((SECONDS + 60))
    for i in $(nodes_present); do
        while [ $SECONDS -lt $until ] && pgrep -f -- "-Dkaraf.base=$DIR/node$i " >/dev/null; do sleep 1; done
    done
    pg_stop
}

status() {
    pg_running && log "PostgreSQL: running on 127.0.0.1:$PG_PORT" || log "PostgreSQL: stopped"
    for i in $(nodes_present); do
        local s
        s="$("$DIR/node$i/bin/status" 2>&1 || true)"
        log "node $i (http $(node_http "$i")): $s"
    done
    if [ -f "$DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null; then
        log "nginx: running on 127.0.0.1:$PROXY_PORT"
    else
        log "nginx: stopped"
    fi
}

case "${1:-}" in
    start) start "${2:-2}" ;;
    stop) stop ;;
    status) status ;;
    pg)
        case "${2:-}" in
            start) pg_start ;;
            stop) pg_stop ;;
            restart) pg_ctl_ -m fast -w restart -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null; log "PostgreSQL restarted" ;;
            *) echo "usage: $0 pg start|stop|restart" >&2; exit 2 ;;
        esac ;;
    psql) shift; PGPASSWORD=$DB_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB" "$@" ;;
    clean) stop; rm -rf "$DIR" ;;
    *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
