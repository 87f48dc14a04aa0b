# Sourced by start.sh and stop.sh: settings, paths and the pid-file checks they share.
# Every setting is an environment variable with a local-development default:
#   NGOAIVU_DATA_DIR                   ./data (relative to the project root); the simulator's files go to $NGOAIVU_DATA_DIR/simulator
#   NGOAIVU_SIMULATOR_PORT             8095   HTTP port, bound to 127.0.0.1 only
#   NGOAIVU_SIMULATOR_TOKEN            simulator-token   the bearer token both simulated systems require
#   NGOAIVU_SIMULATOR_HEAP             -Xms32m -Xmx128m
#   NGOAIVU_SIMULATOR_START_TIMEOUT    60 (seconds)    NGOAIVU_SIMULATOR_STOP_TIMEOUT 10 (seconds)

SIM_MAIN=vn.ngoaivu.simulator.NationalSystemsSimulator

. "$(dirname "${BASH_SOURCE[0]}")/../lib/local-service.sh"
sim_script_dir="$ngoaivu_root/deploy/simulator"
SIM_CLASSES="$ngoaivu_root/deploy/simulator/target/classes"
SIM_CLASSPATH_FILE="$ngoaivu_root/deploy/simulator/target/simulator.classpath"

SIM_BASE="$ngoaivu_data/simulator"
SIM_PIDFILE="$SIM_BASE/simulator.pid"
SIM_LOG="$SIM_BASE/simulator.log"
SIM_CA_FILE="$SIM_BASE/test-ca.pem"      # the test CA's certificate, rewritten at every start
SIM_PORT=${NGOAIVU_SIMULATOR_PORT:-8095}
SIM_TOKEN=${NGOAIVU_SIMULATOR_TOKEN:-simulator-token}
SIM_URL="http://127.0.0.1:$SIM_PORT"

sim_say() { echo "simulator: $*" >&2; }

# True when the national-systems simulator answers on SIM_PORT.
sim_answers() {
  curl -fsS --max-time 3 "$SIM_URL/__simulator/health" 2>/dev/null | grep -q '"simulator":"ngoaivu-national-systems"'
}

# True when $1 is a live simulator JVM on this data directory (a stale pid file never makes us signal another process).
sim_is_ours() {
  local pid=$1 cmd
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  case "$cmd" in *"$SIM_MAIN"*"--ca-cert=$SIM_CA_FILE"*) return 0 ;; esac
  return 1
}

# Builds the module (./mvnw -pl deploy/simulator package) when its classes or class path are missing or out of date.
sim_needs_build() {
  [ -s "$SIM_CLASSPATH_FILE" ] && [ -f "$SIM_CLASSES/${SIM_MAIN//.//}.class" ] || return 0
  [ -n "$(find "$ngoaivu_root/pom.xml" "$sim_script_dir/pom.xml" "$sim_script_dir/src/main" \
            -newer "$SIM_CLASSPATH_FILE" -type f -print -quit)" ] && return 0
  local jar
  for jar in $(tr ':' ' ' <"$SIM_CLASSPATH_FILE"); do [ -f "$jar" ] || return 0; done   # ~/.m2 cleaned?
  return 1
}
sim_ensure_built() {
  sim_needs_build || return 0
  sim_say "building the simulator (./mvnw -B -q -pl deploy/simulator package -DskipTests) ..."
  (cd "$ngoaivu_root" && ./mvnw -B -q -pl deploy/simulator package -DskipTests) >&2
  touch "$SIM_CLASSPATH_FILE"   # Maven may leave an unchanged file alone: mark it as up to date
}
