#!/usr/bin/env bash
# Imports N generated expert profiles from a CSV through the gateway (dry-run=false), next to a raw JDBC
# batch-insert baseline of the same rows in the same run. Target (issue 5): 100,000 rows in under 60 s.
# Usage: deploy/bench/expert-import.sh [rows]     (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib/java-home.sh
ngoaivu_select_jdk
./mvnw -B -q -pl gateway test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
cd gateway
"$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseSerialGC -Djava.util.logging.config.file=/dev/null \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.ngoaivu.gateway.ExpertImportBench "${1:-10000}" 2>target/bench-import.log
