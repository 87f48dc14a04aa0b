#!/usr/bin/env bash
# Reads of one expert by id through the whole gateway (bearer token, access rule, Hibernate, JSON, the
# personal-data access log) against the raw JDBC baseline (the same primary-key SELECT on 2 threads)
# in the same run. Target: at least 3,000 requests/s through the gateway.
#
# Usage: deploy/bench/expert-read.sh [experts] [seconds]     (defaults 5000 and 10)
# Needs wrk (Debian package; installed here when missing) and the modules installed (./mvnw install).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
experts=${1:-5000}
seconds=${2:-10}

out=$(mktemp)
echo "loading $experts synthetic experts and measuring the JDBC baseline (${seconds}s)..." >&2
"$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseSerialGC -Djava.util.logging.config.file=/dev/null \
  -cp "$bench_classpath" \
  vn.ngoaivu.gateway.ExpertReadBenchServer "$experts" "$seconds" >"$out" 2>target/bench-read-server.log &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$out" target/bench-read.lua' EXIT
bench_await $server "$out" IDS target/bench-read-server.log
baseline=$(bench_value BASELINE "$out")
port=$(bench_value PORT "$out")
token=$(bench_value TOKEN "$out")
ids=$(bench_value IDS "$out")

cat > target/bench-read.lua <<LUA
local ids = {}
for line in io.lines("$ids") do ids[#ids + 1] = line end
request = function()
  return wrk.format("GET", "/api/v1/experts/" .. ids[math.random(#ids)], {["Authorization"] = "Bearer $token"})
end
LUA
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/experts/$(head -1 "$ids")"
# The JIT needs a while on this path (Hibernate, Jackson): warm up before measuring.
wrk -t1 -c16 -d20s -s target/bench-read.lua "http://127.0.0.1:$port" >/dev/null
result=$(wrk -t1 -c16 -d"${seconds}s" --latency -s target/bench-read.lua "http://127.0.0.1:$port")
gateway=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
echo "$result" | grep -E "Latency|50%|99%|Non-2xx" || true
printf 'raw JDBC baseline: %.0f reads/s; through the gateway: %.0f req/s (%.0f%% of the baseline; target >= 3000 req/s)\n' \
  "$baseline" "$gateway" "$(echo "100 * $gateway / $baseline" | bc -l)"
