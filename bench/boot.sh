#!/usr/bin/env bash
# Boot time to the first REST answer, and idle RSS, of the assembly built by `mvn install`.
# A fresh copy is started twice: the first boot creates the Derby database, migrates the schema and
# seeds the demo data; the second boot finds them. After each boot the runtime idles for IDLE_SECONDS
# and its RSS is read from /proc. Prints figures; asserts nothing.
#
#   bench/boot.sh            (environment: HTTP_PORT 8181, IDLE_SECONDS 30, MOTCUA_HEAP 512m)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dist="$(ls "$repo"/distribution/target/distribution-*.tar.gz | head -1)"
port="${HTTP_PORT:-8181}"
idle="${IDLE_SECONDS:-30}"
dir="$(mktemp -d /tmp/motcua-boot.XXXXXX)"
trap 'kill -9 ${pid:-0} 2>/dev/null || true; rm -rf "$dir"' EXIT
tar -xzf "$dist" -C "$dir" --strip-components=1
if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use: stop the runtime there or set HTTP_PORT" >&2; exit 1
fi
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$dir/etc/org.ops4j.pax.web.cfg"
echo "motcua boot benchmark: $(basename "$dist"), $(nproc) cores, $(java -version 2>&1 | head -1)"
for run in first second; do
    start=$(date +%s%N)
    "$dir/bin/karaf" server >"$dir/console-$run.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/procedures" || true)" = 200 ]; do
        kill -0 $pid 2>/dev/null || { echo "the runtime stopped; see $dir/console-$run.log" >&2; exit 1; }
        sleep 0.05
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    jpid=$(pgrep -f "karaf.base=$dir" | head -1 || echo $pid)
    sleep "$idle"
    rss=$(awk '/VmRSS/ {print $2}' /proc/$jpid/status)
    hwm=$(awk '/VmHWM/ {print $2}' /proc/$jpid/status)
    printf '%-6s boot: %5d ms to the first 200 from GET /api/procedures; after %d s idle: RSS %d MiB (peak %d MiB)\n' \
        "$run" "$ms" "$idle" $((rss / 1024)) $((hwm / 1024))
    kill -TERM $jpid 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 $jpid 2>/dev/null || break; sleep 0.1; done
    kill -9 $jpid 2>/dev/null || true
    wait $pid 2>/dev/null || true
done
