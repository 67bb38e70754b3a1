#!/usr/bin/env bash
# Checks a running motcua cluster (distribution/src/main/cluster/cluster.sh start N) across its nodes:
#  1. dossier codes and register numbers taken concurrently on all nodes (bench/ClusterCheck.java);
#  2. with SQL: every dossier counter and register counter equals the rows that used it (unique and
#     gap-free across nodes), and every outbox message delivered exactly once (lines in the nodes'
#     data/log/portal-outbox.log and, for the notices to applicants, applicant-notices.log; no
#     message twice);
#  3. configuration changed once is seen by every node: a catalogue line and a holiday notice in the
#     shared folder, a procedure defined as data through the API of one node.
# Prints figures; exits non-zero when a check fails. Usage: bench/cluster-check.sh [N dossiers] [C]
set -uo pipefail
cd "$(dirname "$0")/.."
cluster=distribution/src/main/cluster/cluster.sh
DIR="${MOTCUA_CLUSTER_DIR:-$PWD/distribution/target/cluster}"
NODE_HTTP_BASE="${NODE_HTTP_BASE:-8481}"
n="${1:-200}"
c="${2:-8}"
nodes=()
for d in $(ls -d "$DIR"/node* | sed 's/.*node//' | sort -n); do
    nodes+=("http://127.0.0.1:$((NODE_HTTP_BASE + d - 1))")
done
failures=0
check() { # label, condition result (0 = pass)
    if [ "$2" -eq 0 ]; then echo "PASS $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi
}
sql() { "$cluster" psql -tA -F ' ' -c "$1"; }

echo "== 1. codes and register numbers from ${#nodes[@]} nodes at once"
out="$(java bench/ClusterCheck.java --nodes "$(IFS=,; echo "${nodes[*]}")" --n "$n" --c "$c")"
echo "$out"
echo "$out" | grep -q "dossier codes: $n returned, $n distinct"; check "every dossier got a code of its own" $?
echo "$out" | grep -q "register numbers: $n taken, $n distinct, .*gap-free: true"; check "register numbers unique and gap-free" $?

echo "== 2. the database"
read -r total distinct <<<"$(sql "SELECT COUNT(*), COUNT(DISTINCT CODE) FROM DOSSIER")"
echo "dossiers: $total rows, $distinct distinct codes"
bad_counters="$(sql "SELECT COUNT(*) FROM DOSSIER_COUNTER c WHERE c.LAST_NUMBER <> (SELECT COUNT(*) FROM DOSSIER d
    WHERE d.AGENCY_CODE = c.AGENCY_CODE AND CAST(d.SUBMITTED_AT AS DATE) = c.RECEIVED_DAY)
    OR c.LAST_NUMBER <> (SELECT COALESCE(MAX(CAST(SUBSTRING(d.CODE FROM '[0-9]{4}\$') AS INTEGER)), 0) FROM DOSSIER d
    WHERE d.AGENCY_CODE = c.AGENCY_CODE AND CAST(d.SUBMITTED_AT AS DATE) = c.RECEIVED_DAY)")"
counters="$(sql "SELECT COUNT(*) FROM DOSSIER_COUNTER")"
echo "dossier counters (agency, day): $counters, of which not equal to their dossiers' count and highest number: $bad_counters"
check "dossier codes unique and gap-free per agency and day" $([ "$total" = "$distinct" ] && [ "$bad_counters" = 0 ] && echo 0 || echo 1)
sql "SELECT r.BOOK, r.AGENCY_CODE, r.REGISTER_YEAR, r.LAST_NUMBER, COUNT(d.CODE), COUNT(DISTINCT d.REGISTER_NUMBER),
    MIN(d.REGISTER_NUMBER), MAX(d.REGISTER_NUMBER) FROM REGISTER_COUNTER r LEFT JOIN DOSSIER d
    ON d.REGISTER_BOOK = r.BOOK AND d.AGENCY_CODE = r.AGENCY_CODE
    AND SUBSTRING(d.REGISTER_ENTRY FROM '/([0-9]{4})-') = CAST(r.REGISTER_YEAR AS VARCHAR)
    GROUP BY r.BOOK, r.AGENCY_CODE, r.REGISTER_YEAR, r.LAST_NUMBER ORDER BY 1, 2, 3" >/tmp/motcua-registers.$$
echo "registers (book agency year last-number entries distinct min max):"
sed 's/^/  /' /tmp/motcua-registers.$$
awk '$4 != $5 || $5 != $6 || ($5 > 0 && ($7 != 1 || $8 != $4)) { bad++ } END { exit bad > 0 }' /tmp/motcua-registers.$$
check "every register's numbers are 1..last, each once" $?
rm -f /tmp/motcua-registers.$$

echo "waiting (at most 90 s) for the outbox to be delivered"
for _ in $(seq 1 90); do
    [ "$(sql "SELECT COUNT(*) FROM OUTBOX WHERE STATE <> 'DELIVERED'")" = 0 ] && break
    sleep 1
done
sql "SELECT STATE, COUNT(*) FROM OUTBOX GROUP BY STATE" | sed 's/^/  outbox /'
# a row holds the messages of one change, one per line of its payload (service CHANGE), or one message
delivered="$(sql "SELECT COALESCE(SUM(CASE WHEN SERVICE = 'CHANGE' THEN 1 + LENGTH(PAYLOAD)
    - LENGTH(REPLACE(PAYLOAD, E'\n', '')) ELSE 1 END), 0) FROM OUTBOX WHERE STATE = 'DELIVERED'")"
lines=0
for d in "$DIR"/node*; do
    l=$(cat "$d/data/log/portal-outbox.log" 2>/dev/null | wc -l)
    a=$(cat "$d/data/log/applicant-notices.log" 2>/dev/null | wc -l)
    echo "  $(basename "$d"): $l lines in data/log/portal-outbox.log, $a in data/log/applicant-notices.log"
    lines=$((lines + l + a))
done
dups=$(cat "$DIR"/node*/data/log/portal-outbox.log "$DIR"/node*/data/log/applicant-notices.log 2>/dev/null | grep -o '^{"service":"[^"]*","dossier":"[^"]*","seq":[0-9]*' | sort | uniq -d | wc -l)
echo "outbox: $delivered messages delivered, $lines lines in all nodes' logs, $dups messages written more than once"
check "each outbox message delivered exactly once" $([ "$delivered" = "$lines" ] && [ "$dups" = 0 ] && echo 0 || echo 1)
sql "SELECT NAME, HOLDER, LEASED_UNTIL FROM JOB_LEASE" | sed 's/^/  lease /'

echo "== 3. configuration changed once, seen by every node"
wait_all() { # path, text, seconds: every node answers text at path (and did not before the change)
    local path="$1" text="$2" start=$SECONDS
    for node in "${nodes[@]}"; do
        until curl -s "$node$path" | grep -q "$text"; do
            [ $((SECONDS - start)) -gt "$3" ] && return 1
            sleep 0.5
        done
    done
    echo "  seen by all ${#nodes[@]} nodes after $((SECONDS - start)) s"
}
catalogue="$DIR/shared-etc/motcua-catalogue.csv"
absent() { for node in "${nodes[@]}"; do curl -s "$node$1" | grep -q "$2" && return 1; done; return 0; }
cp "$catalogue" "$catalogue.bak"
absent "/api/catalogue?agency=000.15.01.H07" "Quyết định thử nghiệm cụm" || echo "  (already there before the change)"
echo "2.001035,000.15.01.H07,2020-01-01,,Quyết định thử nghiệm cụm,,1 WORKING_DAYS," >>"$catalogue"
wait_all "/api/catalogue?agency=000.15.01.H07" "Quyết định thử nghiệm cụm" 30
check "a catalogue line added in the shared folder" $?
mv "$catalogue.bak" "$catalogue"
calendar="$DIR/shared-etc/motcua-calendar.csv"
cp "$calendar" "$calendar.bak"
absent "/api/calendar/days?from=2031-03-03&to=2031-03-03" "Ngày nghỉ thử nghiệm cụm" || echo "  (already there before the change)"
echo "2031-03-03,OFF,Ngày nghỉ thử nghiệm cụm,TB thử nghiệm" >>"$calendar"
wait_all "/api/calendar/days?from=2031-03-03&to=2031-03-03" "Ngày nghỉ thử nghiệm cụm" 30
check "a holiday notice added in the shared folder" $?
mv "$calendar.bak" "$calendar"
status=$(curl -s -o /dev/null -w '%{http_code}' -u qt.tinh:motcua@demo -X PUT -H 'Content-Type: application/json' \
    "${nodes[0]}/api/admin/procedures/1.004746" --data-binary @- <<'EOF'
{"name": "Đăng ký lại kết hôn (thử nghiệm cụm)", "field": {"code": "ho-tich", "name": "Hộ tịch"},
 "timeLimit": {"amount": 5, "unit": "WORKING_DAYS"}, "onlineLevel": "PARTIAL",
 "effectiveFrom": "2016-01-01", "feeText": "Lệ phí do HĐND tỉnh quy định", "feeAmount": 0,
 "legalBasis": ["Nghị định số 123/2015/NĐ-CP"],
 "documents": [{"code": "to-khai", "name": "Tờ khai đăng ký lại kết hôn", "originals": 1,
                "certifiedCopies": 0, "copies": 0, "mandatory": true, "countsPages": false}]}
EOF
)
echo "  PUT /api/admin/procedures/1.004746 on ${nodes[0]}: $status"
wait_all "/api/procedures/1.004746" "thử nghiệm cụm" 30
check "a procedure defined as data through one node's API" $?
curl -s -o /dev/null -u qt.tinh:motcua@demo -X DELETE "${nodes[0]}/api/admin/procedures/1.004746"

echo "== $failures check(s) failed"
exit $((failures > 0))
