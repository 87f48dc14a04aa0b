#!/usr/bin/env bash
# Starts the SIMULATOR of the national systems (electronic document system and public-service portal, on WireMock;
# class vn.ngoaivu.simulator.NationalSystemsSimulator) in a JVM of its own, and prints what the platform needs.
# LOCAL DEVELOPMENT AND TESTS ONLY: made-up data, PDFs signed by a test CA made at start-up, one static token.
#
#   deploy/simulator/start.sh               start in the background (pid file, log file), wait until it is ready;
#                                           no-op if already up
#   deploy/simulator/start.sh --foreground  run in this terminal (Ctrl-C stops it)
# On stdout: the document system's and the portal's base URLs, the token and the test CA certificate file,
# one "name=value" per line (progress goes to stderr).
# Settings: see sim-common.sh (NGOAIVU_SIMULATOR_PORT, NGOAIVU_SIMULATOR_TOKEN, NGOAIVU_DATA_DIR, ...).
# deploy/simulator/stop.sh stops it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/sim-common.sh"

foreground=false
for arg in "$@"; do
  case "$arg" in
    --foreground|-f) foreground=true ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) sim_say "unknown argument: $arg (see --help)"; exit 2 ;;
  esac
done

command -v curl >/dev/null || { sim_say "curl is required"; exit 1; }
start_timeout=${NGOAIVU_SIMULATOR_START_TIMEOUT:-60}

print_settings() {
  echo "document_system_url=$SIM_URL/document-system"
  echo "public_service_portal_url=$SIM_URL/public-service-portal"
  echo "token=$SIM_TOKEN"
  echo "trusted_ca_certificate=$SIM_CA_FILE"
}

# Wait for the READY line in the log; $1 = pid to watch (gives up when it dies).
wait_ready() {
  local pid=$1 deadline=$((SECONDS + start_timeout))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if grep -q '^SIMULATOR READY ' "$SIM_LOG" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    sleep 0.2
  done
  return 1
}

# One start.sh at a time per data directory (parallel callers wait, then find it running).
mkdir -p "$SIM_BASE"
exec 9>"$SIM_BASE/.start.lock"
flock -w "$((start_timeout + 60))" 9 || { sim_say "another start.sh holds $SIM_BASE/.start.lock"; exit 1; }

# 1. Already running? Then just print the settings (idempotent). The token is the one it was started with.
if pid=$(ngoaivu_pid_from_file "$SIM_PIDFILE") && sim_is_ours "$pid"; then
  if sim_answers; then sim_say "already running on port $SIM_PORT (pid $pid)"; print_settings; exit 0; fi
  sim_say "already starting (pid $pid), waiting up to ${start_timeout}s"
  if wait_ready "$pid"; then print_settings; exit 0; fi
  sim_say "pid $pid did not become ready; see $SIM_LOG"; exit 1
fi
if ngoaivu_port_busy "$SIM_PORT"; then
  if sim_answers; then
    sim_say "a simulator not started by this script answers on port $SIM_PORT; its token and CA are unknown here"
    exit 1
  fi
  sim_say "port $SIM_PORT on 127.0.0.1 is taken by another program; choose another with NGOAIVU_SIMULATOR_PORT"
  exit 1
fi

# 2. JDK 21+, and the simulator's class path (built once: ./mvnw -pl deploy/simulator package).
. "$ngoaivu_root/deploy/lib/java-home.sh"
ngoaivu_select_jdk
sim_ensure_built

# Heap: explicit; word splitting of NGOAIVU_SIMULATOR_HEAP is intended (several options).
# shellcheck disable=SC2206
jvm=(${NGOAIVU_SIMULATOR_HEAP:--Xms32m -Xmx128m -XX:+UseSerialGC})
# The token goes by the environment, not the command line (other users could read it in ps).
export NGOAIVU_SIMULATOR_TOKEN="$SIM_TOKEN"
cmd=("$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$SIM_CLASSES:$(cat "$SIM_CLASSPATH_FILE")"
     "$SIM_MAIN" "--port=$SIM_PORT" "--ca-cert=$SIM_CA_FILE")

if [ "$foreground" = true ]; then
  echo $$ >"$SIM_PIDFILE"      # this shell becomes the JVM (same pid)
  sim_say "starting in the foreground on $SIM_URL (Ctrl-C stops it)"
  exec 9>&-
  exec "${cmd[@]}"
fi

[ -f "$SIM_LOG" ] && mv -f "$SIM_LOG" "$SIM_LOG.1"
sim_say "starting on $SIM_URL (log: $SIM_LOG)"
# setsid: its own session and process group, detached from this terminal; $! is the JVM itself.
setsid "${cmd[@]}" </dev/null >"$SIM_LOG" 2>&1 9>&- &
pid=$!
echo "$pid" >"$SIM_PIDFILE"

if wait_ready "$pid"; then
  sim_say "ready: pid $pid; the test CA is new at every start (platforms trusting the old one must reload $SIM_CA_FILE)"
  print_settings
  exit 0
else
  status=$?
  if [ "$status" = 2 ]; then
    sim_say "the simulator exited during startup; last lines of $SIM_LOG:"
  else
    sim_say "not ready after ${start_timeout}s; stopping it. Last lines of $SIM_LOG:"
    "$sim_script_dir/stop.sh" >&2 || true
  fi
  tail -n 40 "$SIM_LOG" >&2 || true
  rm -f "$SIM_PIDFILE"
  exit 1
fi
