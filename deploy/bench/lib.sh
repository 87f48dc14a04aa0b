# Sourced by the benchmark scripts: selects a JDK 21+, installs wrk when missing, compiles the gateway's
# tests and writes their class path to gateway/target/bench-classpath.txt; leaves the shell in gateway/.
# The modules the gateway depends on are built in the same reactor (-am), so the class path names their
# target/classes: a benchmark measures this work tree, never modules installed earlier in ~/.m2.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. deploy/lib/java-home.sh
ngoaivu_select_jdk
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -B -q -pl gateway -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
cd gateway
bench_classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

# Waits until the benchmark server (pid $1) has printed KEY=... ($3) into its output file $2. If the server
# dies first: shows that output (and the tail of its log file $4, if given) and stops the script.
bench_await() {
  until grep -q "^$3=" "$2"; do
    kill -0 "$1" 2>/dev/null || { cat "$2" >&2; [ -n "${4:-}" ] && tail -20 "$4" >&2; exit 1; }
    sleep 1
  done
}

# The value the benchmark server printed as KEY=... ($1) into its output file $2.
bench_value() { sed -n "s/^$1=//p" "$2"; }
