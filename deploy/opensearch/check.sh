#!/usr/bin/env bash
# Measures and checks the local OpenSearch node end to end, on a throwaway data directory and port
# (it never touches a node you started yourself): start on an empty directory, GET /, create an
# index, index and search a document, stop (TERM) in the middle of a stream of writes, start again
# on the same directory and port, and check that every acknowledged document is still there.
# Prints the time from launch to READY and the RSS of the JVM for both starts.
#
#   deploy/opensearch/check.sh              (NGOAIVU_OPENSEARCH_PORT, default 9299 here; heap as in start.sh)
#   deploy/opensearch/check.sh --kill       stops the node with KILL instead of TERM mid-writes
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
signal=TERM
[ "${1:-}" = --kill ] && signal=KILL

export NGOAIVU_DATA_DIR
NGOAIVU_DATA_DIR=$(mktemp -d /tmp/ngoaivu-opensearch-check.XXXXXX)
export NGOAIVU_OPENSEARCH_PORT=${NGOAIVU_OPENSEARCH_PORT:-9299}
. "$here/os-common.sh"
failures=0
trap '"$here/stop.sh" 2>/dev/null || true; [ "$failures" = 0 ] && rm -rf "$NGOAIVU_DATA_DIR"' EXIT
ok()   { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
json() { curl -fsS -H 'Content-Type: application/json' "$@"; }

# start.sh, timed; prints "<ms> <rss kB>".
timed_start() {
  local t0 ms pid
  t0=$(date +%s%N)
  "$here/start.sh" >/dev/null 2>>"$NGOAIVU_DATA_DIR/check.err"
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  pid=$(ngoaivu_pid_from_file "$OS_PIDFILE")
  echo "$ms $(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
}

. "$ngoaivu_root/deploy/lib/java-home.sh"
ngoaivu_select_jdk
os_ensure_built   # not timed
read -r ms rss <<<"$(timed_start)"
echo "first start (empty data dir): READY after ${ms} ms, RSS $((rss / 1024)) MB"

version=$(json "$OS_URL/")
if grep -q '"distribution" : "opensearch"' <<<"$version"; then
  ok "GET / : OpenSearch $(grep -o '"number" : "[^"]*"' <<<"$version" | cut -d'"' -f4), Lucene $(grep -o '"lucene_version" : "[^"]*"' <<<"$version" | cut -d'"' -f4)"
else fail "GET / : $version"; fi

json -XPUT "$OS_URL/experts" -d '{"mappings":{"properties":{"name":{"type":"text"},"n":{"type":"integer"}}}}' >/dev/null \
  && ok "index created" || fail "index not created"
json -XPUT "$OS_URL/experts/_doc/expert-1?refresh=true" -d '{"name":"Nguyễn Văn An, chuyên gia luật quốc tế","n":0}' >/dev/null \
  && ok "document indexed" || fail "document not indexed"
hits=$(json "$OS_URL/experts/_search" -d '{"query":{"match":{"name":"luật quốc tế"}}}' | grep -o '"total":{"value":[0-9]*' | grep -o '[0-9]*$')
[ "$hits" = 1 ] && ok "search finds it" || fail "search: $hits hits"

# A stream of single-document writes (each acknowledged = fsynced: translog durability "request"),
# stopped with $signal after ~2 s. Acknowledged ids go to acked.txt.
acked="$NGOAIVU_DATA_DIR/acked.txt"; : >"$acked"
(
  i=1
  while curl -fsS --max-time 5 -H 'Content-Type: application/json' -XPUT \
          "$OS_URL/experts/_doc/w$i" -d "{\"name\":\"writer $i\",\"n\":$i}" >/dev/null 2>&1; do
    echo "w$i" >>"$acked"; i=$((i + 1))
  done
) &
writer=$!
sleep 2
rss_busy=$(awk '/VmRSS/ {print $2}' "/proc/$(ngoaivu_pid_from_file "$OS_PIDFILE")/status")
if [ "$signal" = KILL ]; then
  pid=$(ngoaivu_pid_from_file "$OS_PIDFILE"); kill -KILL "$pid"; rm -f "$OS_PIDFILE"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
else
  "$here/stop.sh" 2>>"$NGOAIVU_DATA_DIR/check.err"
fi
wait "$writer" || true
n_acked=$(wc -l <"$acked")
echo "stopped with $signal during writes: $n_acked writes acknowledged (RSS while writing $((rss_busy / 1024)) MB)"

read -r ms rss <<<"$(timed_start)"
echo "second start (same data dir and port): READY after ${ms} ms, RSS $((rss / 1024)) MB"
json -XPOST "$OS_URL/experts/_refresh" >/dev/null
count=$(json "$OS_URL/experts/_count" | grep -o '"count":[0-9]*' | grep -o '[0-9]*$')
[ "$count" -ge $((n_acked + 1)) ] && ok "after restart: $count documents (>= $n_acked acknowledged + 1)" \
  || fail "after restart: $count documents, $n_acked acknowledged + 1 expected"
hits=$(json "$OS_URL/experts/_search" -d '{"query":{"match":{"name":"luật quốc tế"}}}' | grep -o '"total":{"value":[0-9]*' | grep -o '[0-9]*$')
[ "$hits" = 1 ] && ok "after restart: search finds expert-1" || fail "after restart: search: $hits hits"
missing=0
for id in $(cat "$acked"); do curl -fsS -o /dev/null "$OS_URL/experts/_doc/$id" || missing=$((missing + 1)); done
[ "$missing" = 0 ] && ok "after restart: every acknowledged write is there" || fail "$missing acknowledged writes lost"

"$here/stop.sh" 2>/dev/null
[ "$failures" = 0 ] && echo "all checks passed" || { echo "$failures check(s) failed; kept $NGOAIVU_DATA_DIR (check.err, opensearch/)"; exit 1; }
