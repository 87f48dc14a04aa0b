#!/usr/bin/env bash
# Measures how long the built platform takes from `java -jar` to a ready answer on /observe/health/ready:
# a first start (fresh data directory: initdb + migrations) and warm restarts (existing data).
# Usage: deploy/bench/startup.sh [restarts]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib/java-home.sh
ngoaivu_select_jdk
restarts=${1:-5}
data=$(mktemp -d)
port=18080
trap 'rm -rf "$data"' EXIT

start_once() {
  local t0 t1 pid
  t0=$(date +%s%N)
  SERVER_PORT=$port PLATFORM_DATA_DASH_DIR=$data "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC \
    -jar gateway/target/ngoaivu-gateway.jar >"$data/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/observe/health/ready"; do
    kill -0 $pid 2>/dev/null || { cat "$data/log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  rss=$(ps -o rss= -p $pid)
  kill -TERM $pid; wait $pid || true   # background jobs of a script ignore SIGINT
  echo "$1 $(( (t1 - t0) / 1000000 )) ms to ready, RSS $((rss / 1024)) MiB"
}

start_once "first start (initdb):"
for i in $(seq "$restarts"); do start_once "restart $i:"; done
