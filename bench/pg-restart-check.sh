#!/usr/bin/env bash
# PostgreSQL going away under load, on a running cluster (distribution/src/main/cluster/cluster.sh start):
#  1. intakes through the proxy for 45 s (bench/OutageBench.java); after 10 s PostgreSQL is stopped,
#     8 s later started again. Expected: 201 before, 503 with a JSON body while it is down (never a 500),
#     201 again afterwards without restarting any Karaf; and in the database no half-written dossier.
#  2. a runtime started while the database is down: it logs a clear error, answers 503, and works once
#     the database is back.
# Usage: bench/pg-restart-check.sh [down seconds]
set -uo pipefail
cd "$(dirname "$0")/.."
cluster=distribution/src/main/cluster/cluster.sh
DIR="${MOTCUA_CLUSTER_DIR:-$PWD/distribution/target/cluster}"
PROXY_PORT="${PROXY_PORT:-8480}"
NODE_HTTP_BASE="${NODE_HTTP_BASE:-8481}"
down="${1:-8}"
failures=0
check() { if [ "$2" -eq 0 ]; then echo "PASS $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }
sql() { "$cluster" psql -tA -F ' ' -c "$1"; }

before="$(sql "SELECT COUNT(*) FROM DOSSIER")"
echo "== 1. PostgreSQL stopped for $down s while 8 clerks receive through http://127.0.0.1:$PROXY_PORT"
java bench/OutageBench.java --url "http://127.0.0.1:$PROXY_PORT" --seconds 45 --c 8 >/tmp/motcua-outage.$$ 2>&1 &
bench=$!
sleep 10
"$cluster" pg stop
sleep "$down"
"$cluster" pg start
wait $bench
cat /tmp/motcua-outage.$$
totals="$(grep '^total:' /tmp/motcua-outage.$$)"
created="$(echo "$totals" | grep -o '201=[0-9]*' | cut -d= -f2)"
others="$(echo "$totals" | grep -o '[^ {,]*=[0-9]*' | grep -v '^201=\|^503=' | wc -l)"
check "only 201 and 503 answered (no 500, no dropped connection)" "$others"
grep -q '503 e.g. {"status":503,"error":"database.unavailable"' /tmp/motcua-outage.$$
check "503 answers carry the JSON error database.unavailable" $?
last="$(grep -E '^ +[0-9]+:' /tmp/motcua-outage.$$ | tail -8)"
echo "$last" | grep -q '503' && recovered=1 || recovered=0
echo "$last" | grep -q '201' || recovered=1
check "201 again in the last seconds, without restarting Karaf" "$recovered"

after="$(sql "SELECT COUNT(*) FROM DOSSIER")"
echo "dossiers stored during the run: $((after - before)); answered 201: $created"
# a COMMIT that PostgreSQL carried out as it shut down may still answer "terminating connection": such an
# intake is stored although its clerk saw 503 (at most one per request in flight, here 8)
check "every 201 is a stored dossier; at most one stored 503 per request in flight" \
    $([ $((after - before)) -ge "$created" ] && [ $((after - before - created)) -le 8 ] && echo 0 || echo 1)
half="$(sql "SELECT COUNT(*) FROM DOSSIER d WHERE NOT EXISTS (SELECT 1 FROM AUDIT_ENTRY a WHERE a.DOSSIER_CODE = d.CODE AND a.SEQ = 1)
    OR NOT EXISTS (SELECT 1 FROM DOSSIER_DOCUMENT x WHERE x.DOSSIER_CODE = d.CODE)
    OR NOT EXISTS (SELECT 1 FROM OUTBOX o WHERE o.DOSSIER_CODE = d.CODE AND o.SEQ = 1)")"
stats="$(sql "SELECT (SELECT COALESCE(SUM(RECEIVED), 0) FROM DAILY_STATS) - (SELECT COUNT(*) FROM DOSSIER WHERE RECEIVED_AT IS NOT NULL)")"
bad_counters="$(sql "SELECT COUNT(*) FROM DOSSIER_COUNTER c WHERE c.LAST_NUMBER <> (SELECT COUNT(*) FROM DOSSIER d
    WHERE d.AGENCY_CODE = c.AGENCY_CODE AND CAST(d.SUBMITTED_AT AS DATE) = c.RECEIVED_DAY)")"
echo "dossiers without their first audit entry, documents or outbox message: $half; statistics minus dossiers: $stats; counters not equal to their dossiers: $bad_counters"
check "no half-written dossier, statistics and counters agree with the rows" \
    $([ "$half" = 0 ] && [ "$stats" = 0 ] && [ "$bad_counters" = 0 ] && echo 0 || echo 1)
rm -f /tmp/motcua-outage.$$

echo "== 2. a runtime started while the database is down"
last_node="$(ls -d "$DIR"/node* | sed 's/.*node//' | sort -n | tail -1)"
node="$DIR/node$last_node"
port=$((NODE_HTTP_BASE + last_node - 1))
"$node/bin/stop" >/dev/null 2>&1
# bin/stop returns before the JVM is gone: wait (bounded) until no process runs from that folder
for _ in $(seq 1 60); do pgrep -f -- "-Dkaraf.base=$node " >/dev/null || break; sleep 1; done
"$cluster" pg stop
: >"$node/data/log/karaf.log"
"$node/bin/start"
answer=""
for _ in $(seq 1 120); do
    answer="$(curl -s -w ' %{http_code}' -u tn.vocuong:motcua@demo -H 'Content-Type: application/json' \
        "http://127.0.0.1:$port/api/dossiers" -d '{"procedureCode": "2.000815", "agencyCode": "000.10.01.H07",
        "channel": "COUNTER", "applicant": {"fullName": "Nguyễn Văn Chờ", "idNumber": "027190001234"},
        "documents": [{"code": "ban-chinh", "originals": 1, "copies": 1, "pages": 1}]}')"
    # (while its REST API is still starting, a runtime answers 503 service.unavailable: wait for the database's)
    case "$answer" in *'"error":"database.unavailable"'*" 503") break ;; esac
    sleep 1
done
echo "node $last_node, database down: $answer"
echo "$answer" | grep -q '"error":"database.unavailable".* 503$'
check "answers 503 with a JSON error while the database is down" $?
grep -m1 "cannot use its database" "$node/data/log/karaf.log" | cut -c1-400
grep -q "cannot use its database" "$node/data/log/karaf.log"
check "logs a clear error naming the datasource configuration" $?
"$cluster" pg start
start=$SECONDS
status=""
until [ "$status" = 201 ] || [ $((SECONDS - start)) -gt 60 ]; do
    sleep 1
    status="$(curl -s -o /dev/null -w '%{http_code}' -u tn.vocuong:motcua@demo -H 'Content-Type: application/json' \
        "http://127.0.0.1:$port/api/dossiers" -d '{"procedureCode": "2.000815", "agencyCode": "000.10.01.H07",
        "channel": "COUNTER", "applicant": {"fullName": "Nguyễn Văn Chờ", "idNumber": "027190001234"},
        "documents": [{"code": "ban-chinh", "originals": 1, "copies": 1, "pages": 1}]}')"
done
echo "database started again: 201 after $((SECONDS - start)) s"
check "receives again once the database is up, without a restart" $([ "$status" = 201 ] && echo 0 || echo 1)
grep -m1 "reachable again" "$node/data/log/karaf.log" | cut -c1-200

echo "== $failures check(s) failed"
exit $((failures > 0))
