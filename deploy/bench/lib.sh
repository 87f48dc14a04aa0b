# Sourced by the benchmark scripts: selects a JDK 21+, compiles a module's tests (the gateway's, or those of
# $bench_module if the script sets it before sourcing) and writes their class path to
# {module}/target/bench-classpath.txt; leaves the shell in the module. Installs wrk for the gateway's benchmarks.
# The modules it depends on are built in the same reactor (-am), so the class path names their target/classes:
# a benchmark measures this work tree, never modules installed earlier in ~/.m2.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. deploy/lib/java-home.sh
ngoaivu_select_jdk
bench_module=${bench_module:-gateway}
if [ "$bench_module" = gateway ]; then
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
fi
./mvnw -B -q -pl "$bench_module" -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
cd "$bench_module"
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
