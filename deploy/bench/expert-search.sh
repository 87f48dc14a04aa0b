#!/usr/bin/env bash
# Expert search at a steady rate, over 100,000 generated experts by default: the same query mix
# (1) straight to the search in the platform's JVM, the raw query against the index (fixed-rate schedule,
# latency from each request's scheduled start), and (2) through the gateway over HTTP with a leader's token,
# driven by wrk at the same rate (each connection paced with wrk's delay()). Targets on Lucene at
# 200 requests/s: gateway p99 under 30 ms, gateway median within 1.5x of the direct median.
#
# The query mix (ExpertSearchBench.queries): in equal shares, full names typed without diacritics, family +
# given names, and an organisation word with a country filter; 20 hits with highlights each; the last kind
# with facet counts (a search page), the first two without (a search box) unless the mix is "facets".
#
# Usage: deploy/bench/expert-search.sh [experts] [seconds] [requests/s] [lucene|opensearch] [mixed|facets]
#        (defaults 100000 30 200 lucene mixed; opensearch starts a local node with deploy/opensearch/start.sh)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
experts=${1:-100000}
seconds=${2:-30}
rate=${3:-200}
backend=${4:-lucene}
mix=${5:-mixed}
label=$backend
connections=16
out=$(mktemp)
cleanup() {
  [ -n "${server:-}" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
  [ "${opensearch:-}" = yes ] && ../deploy/opensearch/stop.sh >&2 || true
  rm -f "$out" target/bench-search.lua
}
trap cleanup EXIT
if [ "$backend" = opensearch ]; then
  port=${NGOAIVU_OPENSEARCH_PORT:-9250}
  opensearch=yes
  backend=$(NGOAIVU_OPENSEARCH_PORT=$port ../deploy/opensearch/start.sh)
fi
"$JAVA_HOME/bin/java" -Xms1g -Xmx1g -XX:+UseParallelGC -Xlog:gc:file=target/bench-search-gc.log \
  -Djava.util.logging.config.file=/dev/null \
  -cp "$bench_classpath" vn.ngoaivu.gateway.ExpertSearchBench "$experts" "$seconds" "$rate" "$backend" "$mix" \
  >"$out" 2> >(grep --line-buffered -v -E '^(WARNING|INFO):' >&2) &
server=$!
bench_await $server "$out" QUERIES
grep -v -E '^(PORT|TOKEN|QUERIES|DIRECT_P50_MS)=' "$out"
port=$(bench_value PORT "$out")
token=$(bench_value TOKEN "$out")
queries=$(bench_value QUERIES "$out")
direct_p50=$(bench_value DIRECT_P50_MS "$out")

# Each connection waits so that all of them together offer about $rate requests/s (a response takes a few
# ms of each connection's period: 4 ms are taken off the wait).
cat > target/bench-search.lua <<LUA
local paths = {}
for line in io.lines("$queries") do paths[#paths + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], {["Authorization"] = "Bearer $token"})
end
delay = function()
  return $(( connections * 1000 / rate - 4 ))
end
response = function(status, headers, body)
  if status ~= 200 then print("HTTP " .. status .. ": " .. body) end
end
LUA
echo "warming up the HTTP path (40 s)..." >&2
wrk -t2 -c$connections -d40s -s target/bench-search.lua "http://127.0.0.1:$port" >/dev/null
result=$(wrk -t2 -c$connections -d"${seconds}s" --latency -s target/bench-search.lua "http://127.0.0.1:$port")
echo "$result" | grep -E "HTTP [0-9]|Requests/sec|Non-2xx" || true
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else print v * 1000 }'; }
p50=$(ms "$(echo "$result" | awk '$1 == "50%" {print $2}')")
p90=$(ms "$(echo "$result" | awk '$1 == "90%" {print $2}')")
p99=$(ms "$(echo "$result" | awk '$1 == "99%" {print $2}')")
achieved=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
printf 'gateway (HTTP via wrk, %s): %.0f requests/s from %d paced connections; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms\n' \
  "$label" "$achieved" "$connections" "$p50" "$p90" "$p99"
printf 'median ratio gateway/direct: %.2f (target <= 1.5); gateway p99 %.1f ms (target < 30 ms)\n' \
  "$(echo "$p50 / $direct_p50" | bc -l)" "$p99"
