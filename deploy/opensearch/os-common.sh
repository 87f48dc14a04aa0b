# Sourced by start.sh and stop.sh: settings, paths and the pid-file checks they share.
# Every setting is an environment variable with a local-development default:
#   NGOAIVU_DATA_DIR                  ./data (relative to the project root); the node lives in $NGOAIVU_DATA_DIR/opensearch
#   NGOAIVU_OPENSEARCH_PORT           9200   HTTP port, bound to 127.0.0.1 only
#   NGOAIVU_OPENSEARCH_HEAP           -Xms512m -Xmx512m
#   NGOAIVU_OPENSEARCH_START_TIMEOUT  120 (seconds)    NGOAIVU_OPENSEARCH_STOP_TIMEOUT 30 (seconds)

OS_CLUSTER=ngoaivu-search
OS_MAIN=vn.ngoaivu.deploy.opensearch.OpenSearchNode

. "$(dirname "${BASH_SOURCE[0]}")/../lib/local-service.sh"
os_script_dir="$ngoaivu_root/deploy/opensearch"
OS_CLASSES="$ngoaivu_root/deploy/target/classes"
OS_CLASSPATH_FILE="$ngoaivu_root/deploy/target/opensearch-node.classpath"

OS_BASE="$ngoaivu_data/opensearch"       # the node's --data-dir: node_1/{config,data,logs} inside
OS_PIDFILE="$OS_BASE/opensearch.pid"
OS_LOG="$OS_BASE/opensearch.log"        # stdout and stderr of the JVM (OpenSearch also logs to node_1/logs)
OS_PORT=${NGOAIVU_OPENSEARCH_PORT:-9200}
OS_URL="http://127.0.0.1:$OS_PORT"

os_say() { echo "opensearch: $*" >&2; }

# True when our cluster (ngoaivu-search) answers on OS_PORT.
os_answers() {
  curl -fsS --max-time 3 "$OS_URL/" 2>/dev/null | grep -q "\"cluster_name\" *: *\"$OS_CLUSTER\""
}

# True when $1 is a live OpenSearchNode JVM on this data directory, so that a stale pid file never
# makes us signal an unrelated process that reused the pid.
os_is_ours() {
  local pid=$1 cmd
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  case "$cmd" in *"$OS_MAIN"*"--data-dir=$OS_BASE"*) return 0 ;; esac
  return 1
}


# Builds the deploy module (./mvnw -pl deploy package) when the node's class path is missing or out of
# date. Needs JAVA_HOME (deploy/lib/java-home.sh).
os_needs_build() {
  [ -s "$OS_CLASSPATH_FILE" ] && [ -f "$OS_CLASSES/${OS_MAIN//.//}.class" ] || return 0
  # The root pom counts too: its dependencyManagement can move the node's libraries (see deploy/pom.xml).
  [ -n "$(find "$ngoaivu_root/pom.xml" "$ngoaivu_root/deploy/pom.xml" "$ngoaivu_root/deploy/src" \
            -newer "$OS_CLASSPATH_FILE" -type f -print -quit)" ] && return 0
  local jar
  for jar in $(tr ':' ' ' <"$OS_CLASSPATH_FILE"); do [ -f "$jar" ] || return 0; done   # ~/.m2 cleaned?
  return 1
}
os_ensure_built() {
  os_needs_build || return 0
  os_say "building the deploy module (./mvnw -B -q -pl deploy package -DskipTests) ..."
  (cd "$ngoaivu_root" && ./mvnw -B -q -pl deploy package -DskipTests) >&2
  touch "$OS_CLASSPATH_FILE"   # Maven may leave an unchanged file alone: mark it as up to date
}
