#!/usr/bin/env bash
# Throughput of a protected GET route (bearer token verified on every request, access rule applied)
# against the same handler open to anyone, side by side in one run, through the whole gateway.
# Target: protected >= 80% of open. Rounds alternate open/protected to spread machine noise.
#
# Usage: deploy/bench/security-overhead.sh [seconds-per-round] [rounds]     (defaults 10 and 3)
# Needs wrk (Debian package; installed here when missing) and the modules installed (./mvnw install).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
seconds=${1:-10}
rounds=${2:-3}

out=$(mktemp)
"$JAVA_HOME/bin/java" -Xms256m -Xmx256m -XX:+UseSerialGC -Djava.util.logging.config.file=/dev/null \
  -cp "$bench_classpath" \
  vn.ngoaivu.gateway.SecurityOverheadServer >"$out" 2>target/bench-server.log &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$out"' EXIT
until grep -q '^TOKEN=' "$out"; do kill -0 $server || { cat "$out"; exit 1; }; sleep 0.5; done
port=$(sed -n 's/^PORT=//p' "$out")
token=$(sed -n 's/^TOKEN=//p' "$out")
url=http://127.0.0.1:$port

rps() { wrk -t1 -c16 -d"${seconds}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
check() { curl -fsS -o /dev/null -w '%{http_code}' "$@"; }
[ "$(check "$url/bench/open")" = 200 ] && [ "$(check -H "Authorization: Bearer $token" "$url/bench/protected")" = 200 ] \
  && [ "$(check "$url/bench/protected" || true)" = 401 ] || { echo "server does not answer as expected" >&2; exit 1; }

echo "warming up..." >&2
rps "$url/bench/open" >/dev/null
rps -H "Authorization: Bearer $token" "$url/bench/protected" >/dev/null
open_total=0; protected_total=0
for i in $(seq "$rounds"); do
  o=$(rps "$url/bench/open")
  p=$(rps -H "Authorization: Bearer $token" "$url/bench/protected")
  echo "round $i: open $o req/s, protected $p req/s"
  open_total=$(echo "$open_total + $o" | bc -l); protected_total=$(echo "$protected_total + $p" | bc -l)
done
printf 'mean: open %.0f req/s, protected %.0f req/s, protected/open = %.2f (target >= 0.80)\n' \
  "$(echo "$open_total / $rounds" | bc -l)" "$(echo "$protected_total / $rounds" | bc -l)" \
  "$(echo "$protected_total / $open_total" | bc -l)"
