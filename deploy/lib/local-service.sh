# Sourced by the scripts of the local stand-ins (deploy/keycloak, deploy/opensearch): the project's root, the
# data directory, pid files and ports they share.

ngoaivu_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# NGOAIVU_DATA_DIR (default ./data); a relative path is taken from the project root.
ngoaivu_data=${NGOAIVU_DATA_DIR:-./data}
case "$ngoaivu_data" in /*) ;; *) ngoaivu_data="$ngoaivu_root/${ngoaivu_data#./}" ;; esac

# The pid written in file $1; fails when there is none.
ngoaivu_pid_from_file() {
  [ -f "$1" ] || return 1
  local pid
  pid=$(tr -dc '0-9' <"$1")
  [ -n "$pid" ] || return 1
  echo "$pid"
}

# Something (anything) listens on 127.0.0.1:$1.
ngoaivu_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops the single process $1: TERM, then KILL after $2 seconds; fails if it is still there after that.
ngoaivu_terminate() {
  local pid=$1 timeout=$2 deadline
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + timeout))
  while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "ngoaivu: pid $pid still running after ${timeout}s: KILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  ! kill -0 "$pid" 2>/dev/null
}
