#!/usr/bin/env bash
# Release writing (issue 8): N generated foreign-affairs triples (default 1,000,000; generated on the fly, never
# held) written by Jena's streaming N-Triples writer (the baseline) and by our N-Triples, JSON-LD, Turtle and
# RDF/XML distribution writers, in one JVM with the heap capped at 256 MiB, runs interleaved; medians, the
# ratio ours/Jena for N-Triples, peak heap. Targets: N-Triples >= 70% of Jena's throughput, JSON-LD >= 50,000
# triples/s. The GC log goes to opendata/target/bench-release-gc.log.
# Usage: deploy/bench/opendata-release.sh [triples] [warm-up runs] [measured runs]   (defaults 1000000 2 5)
set -euo pipefail
bench_module=opendata
. "$(dirname "$0")/lib.sh"
"$JAVA_HOME/bin/java" -Xms256m -Xmx256m -XX:+UseSerialGC -Xlog:gc:file=target/bench-release-gc.log \
  -Djava.util.logging.config.file=/dev/null \
  -cp "$bench_classpath" vn.ngoaivu.opendata.release.ReleaseWritingBench "${1:-1000000}" "${2:-2}" "${3:-5}"
