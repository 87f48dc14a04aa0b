#!/usr/bin/env bash
# Expert search at a fixed rate: the same query mix straight to the search in the platform's JVM (the raw
# query against the index) and through the gateway over HTTP, in the same run. Targets on Lucene with
# 100,000 experts at 200 requests/s: gateway p99 under 30 ms, median within 1.5x of the direct query.
#
# Usage: deploy/bench/expert-search.sh [experts] [seconds] [requests/s] [lucene|opensearch]
#        (defaults 100000 30 200 lucene; opensearch starts a local node with deploy/opensearch/start.sh)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
experts=${1:-100000}
seconds=${2:-30}
rate=${3:-200}
backend=${4:-lucene}
if [ "$backend" = opensearch ]; then
  port=${NGOAIVU_OPENSEARCH_PORT:-9250}
  NGOAIVU_OPENSEARCH_PORT=$port ../deploy/opensearch/start.sh >&2
  trap '../deploy/opensearch/stop.sh >&2 || true' EXIT
  backend="http://127.0.0.1:$port"
fi
"$JAVA_HOME/bin/java" -Xms1g -Xmx1g -XX:+UseParallelGC -Djava.util.logging.config.file=/dev/null \
  -cp "$bench_classpath" vn.ngoaivu.gateway.ExpertSearchBench "$experts" "$seconds" "$rate" "$backend" \
  2> >(grep -v -E '^(WARNING|INFO):' >&2)
