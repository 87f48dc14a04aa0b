#!/usr/bin/env bash
# Stops the simulator started by start.sh: TERM to the JVM in the pid file, then KILL after
# NGOAIVU_SIMULATOR_STOP_TIMEOUT seconds (default 10). Exit 0 when nothing was running.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/sim-common.sh"

timeout=${NGOAIVU_SIMULATOR_STOP_TIMEOUT:-10}

if ! pid=$(ngoaivu_pid_from_file "$SIM_PIDFILE"); then
  sim_say "not running (no pid file $SIM_PIDFILE)"
  if sim_answers; then sim_say "note: a simulator not started by start.sh answers on port $SIM_PORT; left alone"; fi
  exit 0
fi
if ! sim_is_ours "$pid"; then
  sim_say "not running (stale pid file, pid $pid is gone or is not the simulator)"
  rm -f "$SIM_PIDFILE"
  exit 0
fi

sim_say "stopping pid $pid (TERM)"
if ngoaivu_terminate "$pid" "$timeout"; then
  rm -f "$SIM_PIDFILE"
  sim_say "stopped"
else
  sim_say "could not stop pid $pid"
  exit 1
fi
