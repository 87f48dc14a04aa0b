#!/usr/bin/env bash
# SPARQL lookups by URI (SELECT ?p ?o WHERE { <uri> ?p ?o }) over 100,000 generated resources of 10 triples
# each (1,000,000 triples in 10 published datasets, TDB2 on disk) at a steady rate: (1) straight to
# SparqlService in the platform's JVM (parse, read transaction, JSON results; fixed-rate schedule, latency
# from each request's scheduled start), and (2) through the gateway over HTTP, anonymous as the public calls
# it, driven by wrk at the same rate (each connection paced with wrk's delay()). Target: gateway p95 under
# 50 ms.
#
# Usage: deploy/bench/sparql-lookup.sh [resources] [seconds] [requests/s]   (defaults 100000 30 200)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
resources=${1:-100000}
seconds=${2:-30}
rate=${3:-200}
connections=16
out=$(mktemp)
cleanup() {
  [ -n "${server:-}" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
  rm -f "$out" target/bench-sparql.lua
}
trap cleanup EXIT
"$JAVA_HOME/bin/java" -Xms1g -Xmx1g -XX:+UseParallelGC -Xlog:gc:file=target/bench-sparql-gc.log \
  -Djava.util.logging.config.file=/dev/null \
  -cp "$bench_classpath" vn.ngoaivu.gateway.SparqlLookupBench "$resources" "$seconds" "$rate" \
  >"$out" 2> >(grep --line-buffered -v -E '^(WARNING|INFO):' >&2) &
server=$!
bench_await $server "$out" QUERIES
grep -v -E '^(PORT|QUERIES|DIRECT_P50_MS|DIRECT_P95_MS)=' "$out"
port=$(bench_value PORT "$out")
queries=$(bench_value QUERIES "$out")
direct_p50=$(bench_value DIRECT_P50_MS "$out")
direct_p95=$(bench_value DIRECT_P95_MS "$out")

# Each connection waits so that all of them together offer about $rate requests/s (a response takes a few
# ms of each connection's period: 2 ms are taken off the wait). done() prints the percentiles wrk does not.
cat > target/bench-sparql.lua <<LUA
local paths = {}
for line in io.lines("$queries") do paths[#paths + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1], {["Accept"] = "application/sparql-results+json"})
end
delay = function()
  return $(( connections * 1000 / rate - 2 ))
end
response = function(status, headers, body)
  if status ~= 200 then print("HTTP " .. status .. ": " .. body) end
end
done = function(summary, latency, requests)
  io.write(string.format("P50_US=%d\nP95_US=%d\nP99_US=%d\nREQUESTS=%d\nNON_2XX=%d\n", latency:percentile(50),
    latency:percentile(95), latency:percentile(99), summary.requests, summary.errors.status))
end
LUA
curl -fsS -o /dev/null -H "Accept: application/sparql-results+json" "http://127.0.0.1:$port$(head -1 "$queries")"
echo "warming up the HTTP path (40 s)..." >&2
wrk -t2 -c$connections -d40s -s target/bench-sparql.lua "http://127.0.0.1:$port" >/dev/null
result=$(wrk -t2 -c$connections -d"${seconds}s" -s target/bench-sparql.lua "http://127.0.0.1:$port")
echo "$result" | grep -E "^HTTP [0-9]" | head -5 || true
value() { echo "$result" | sed -n "s/^$1=//p"; }
p50=$(echo "$(value P50_US) / 1000" | bc -l)
p95=$(echo "$(value P95_US) / 1000" | bc -l)
p99=$(echo "$(value P99_US) / 1000" | bc -l)
achieved=$(echo "$(value REQUESTS) / $seconds" | bc -l)
printf 'gateway (HTTP via wrk, anonymous, JSON results): %.0f requests/s from %d paced connections, %s non-2xx; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n' \
  "$achieved" "$connections" "$(value NON_2XX)" "$p50" "$p95" "$p99"
printf 'ratio gateway/direct: median %.2f, p95 %.2f; gateway p95 %.1f ms (target < 50 ms): %s\n' \
  "$(echo "$p50 / $direct_p50" | bc -l)" "$(echo "$p95 / $direct_p95" | bc -l)" "$p95" \
  "$(if [ "$(echo "$p95 < 50" | bc -l)" = 1 ]; then echo met; else echo MISSED; fi)"
