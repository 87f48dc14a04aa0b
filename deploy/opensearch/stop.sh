#!/usr/bin/env bash
# Stops the OpenSearch node started by start.sh: TERM to the JVM in the pid file (the node closes
# cleanly: flushes, releases its lock), then KILL after NGOAIVU_OPENSEARCH_STOP_TIMEOUT seconds
# (default 30). Exit 0 when nothing was running.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/os-common.sh"

timeout=${NGOAIVU_OPENSEARCH_STOP_TIMEOUT:-30}

if ! pid=$(ngoaivu_pid_from_file "$OS_PIDFILE"); then
  os_say "not running (no pid file $OS_PIDFILE)"
  if os_answers; then os_say "note: a $OS_CLUSTER node not started by start.sh answers on port $OS_PORT; left alone"; fi
  exit 0
fi
if ! os_is_ours "$pid"; then
  os_say "not running (stale pid file, pid $pid is gone or is not this node)"
  rm -f "$OS_PIDFILE"
  exit 0
fi

os_say "stopping pid $pid (TERM)"
kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + timeout))
while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done

if kill -0 "$pid" 2>/dev/null; then
  os_say "still running after ${timeout}s: KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
fi

rm -f "$OS_PIDFILE"
if kill -0 "$pid" 2>/dev/null; then os_say "could not stop pid $pid"; exit 1; fi
os_say "stopped"
