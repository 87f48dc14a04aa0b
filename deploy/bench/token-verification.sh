#!/usr/bin/env bash
# Measures JwksTokenVerifier.verify() of a valid RS256 access token with a warm key cache, with JMH, next to two
# baselines in the same run: nimbus's bare RSASSAVerifier.verify (signature only) and nimbus parse + signature.
# The benchmark is gateway/src/test/java/vn/ngoaivu/gateway/bench/TokenVerificationBenchmark.java; the JWKS comes
# from an in-process WireMock during setup, so no network is in the measured path.
#
# Usage: deploy/bench/token-verification.sh [JMH options]     e.g. -i 10 -r 2s, or -prof gc
#   MAVEN_ARGS=-o deploy/bench/token-verification.sh          Maven offline (MAVEN_ARGS is read by Maven 3.9)
#   BENCH_HEAP=256m                                           heap of the JMH JVMs (default 256m)
# Needs the other platform modules in ~/.m2 (./mvnw install once), like any `-pl gateway` build.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib/java-home.sh
ngoaivu_select_jdk

heap=${BENCH_HEAP:-256m}
classpath_file=target/bench-classpath.txt   # relative to gateway/

# The gateway's test compilation runs JMH's annotation processor (<proc>full</proc> in its pom), which
# writes META-INF/BenchmarkList.
echo "compiling the gateway's tests..." >&2
./mvnw -B -q -pl gateway test-compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2

if [ ! -s gateway/target/test-classes/META-INF/BenchmarkList ]; then
  echo "gateway/target/test-classes/META-INF/BenchmarkList is missing: did jmh-generator-annprocess run?" >&2
  exit 1
fi

cd gateway
"$JAVA_HOME/bin/java" -Xmx"$heap" -XX:+UseSerialGC \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main 'TokenVerificationBenchmark' \
  -f 1 -wi 3 -i 5 -w 1s -r 1s -tu us -bm avgt \
  -jvmArgs "-Xms$heap -Xmx$heap -XX:+UseSerialGC" \
  -rf text -rff target/token-verification-bench.txt \
  "$@"
echo >&2
echo "results also in gateway/target/token-verification-bench.txt" >&2
