#!/usr/bin/env bash
# Imports N generated expert profiles from a CSV through the gateway (dry-run=false), next to a raw JDBC
# batch-insert baseline of the same rows in the same run. Target (issue 5): 100,000 rows in under 60 s.
# Usage: deploy/bench/expert-import.sh [rows]     (default 10000)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseSerialGC -Djava.util.logging.config.file=/dev/null \
  -cp "$bench_classpath" \
  vn.ngoaivu.gateway.ExpertImportBench "${1:-10000}" 2>target/bench-import.log
