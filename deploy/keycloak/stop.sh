#!/usr/bin/env bash
# Stops the Keycloak started by start.sh: TERM to the pid in the pid file (kc.sh forwards it to
# its JVM), then KILL after KEYCLOAK_STOP_TIMEOUT seconds (default 30). Leaves no process behind:
# the JVM child of kc.sh is killed too if it outlives kc.sh. Exit 0 when nothing was running.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/kc-common.sh"

timeout=${KEYCLOAK_STOP_TIMEOUT:-30}

if ! pid=$(ngoaivu_pid_from_file "$KC_PIDFILE"); then
  kc_say "not running (no pid file $KC_PIDFILE)"
  if issuer=$(kc_issuer 2>/dev/null) && [ -n "$issuer" ]; then
    kc_say "note: a Keycloak not started by start.sh answers on port $KC_PORT ($issuer); left alone"
  fi
  exit 0
fi
if ! kc_is_ours "$pid"; then
  kc_say "not running (stale pid file, pid $pid is gone or is not this Keycloak)"
  rm -f "$KC_PIDFILE"
  exit 0
fi

# Every process of this Keycloak: the pid and its descendants (kc.sh -> java), collected before
# signalling so that none is missed if kc.sh exits first.
descendants() {
  local p
  for p in $(pgrep -P "$1" 2>/dev/null || true); do echo "$p"; descendants "$p"; done
}
procs=("$pid" $(descendants "$pid"))

alive() { local p; for p in "${procs[@]}"; do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }

kc_say "stopping pid $pid (TERM)"
kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + timeout))
while alive && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.5; done

if alive; then
  kc_say "still running after ${timeout}s: KILL"
  # Own process group (start.sh runs it under setsid): kill the group; otherwise each process.
  if [ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$pid" ]; then
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  for p in "${procs[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  for _ in 1 2 3 4 5 6 7 8 9 10; do alive || break; sleep 0.2; done
fi

rm -f "$KC_PIDFILE"
if alive; then kc_say "could not stop: ${procs[*]}"; exit 1; fi
kc_say "stopped"
