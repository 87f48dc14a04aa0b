# Sourced by the benchmark scripts: selects a JDK 21+, installs wrk when missing, compiles the gateway's
# tests and writes their class path to gateway/target/bench-classpath.txt; leaves the shell in gateway/.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. deploy/lib/java-home.sh
ngoaivu_select_jdk
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -B -q -pl gateway test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
cd gateway
bench_classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
