#!/usr/bin/env bash
# Starts a real local Keycloak (the Maven Central distribution org.keycloak:keycloak-quarkus-dist)
# in development mode with the realm in realm-ngoaivu.json, and prints the issuer URL on stdout.
# LOCAL DEVELOPMENT AND CI ONLY: start-dev, plain HTTP on 127.0.0.1, demo users and secrets.
#
#   deploy/keycloak/start.sh               start in the background (pid file, log file), wait until
#                                          the realm answers, print the issuer; no-op if already up
#   deploy/keycloak/start.sh --foreground  run in this terminal (Ctrl-C stops it); the issuer is
#                                          printed once the realm answers
#   deploy/keycloak/start.sh --reset       forget the local database first, so that the realm is
#                                          imported again (needed after editing realm-ngoaivu.json)
#   ISSUER=$(deploy/keycloak/start.sh)     progress goes to stderr, only the issuer to stdout
# Any other argument is passed to kc.sh. Settings: see kc-common.sh (KEYCLOAK_PORT, NGOAIVU_DATA_DIR, ...).
# deploy/keycloak/stop.sh stops it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/kc-common.sh"

foreground=${KEYCLOAK_FOREGROUND:-false}
reset=false
extra=()
for arg in "$@"; do
  case "$arg" in
    --foreground|-f) foreground=true ;;
    --reset) reset=true ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) extra+=("$arg") ;;
  esac
done

command -v curl >/dev/null || { kc_say "curl is required"; exit 1; }
start_timeout=${KEYCLOAK_START_TIMEOUT:-120}

# Wait until the realm's discovery document answers; $1 = pid to watch (gives up when it dies).
wait_ready() {
  local pid=$1 deadline=$((SECONDS + start_timeout)) issuer
  while [ "$SECONDS" -lt "$deadline" ]; do
    if issuer=$(kc_issuer) && [ -n "$issuer" ]; then echo "$issuer"; return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    sleep 1
  done
  return 1
}

# One start.sh at a time per data directory (parallel callers wait, then find it running).
mkdir -p "$KC_BASE"
exec 9>"$KC_BASE/.start.lock"
flock -w "$((start_timeout + 60))" 9 || { kc_say "another start.sh holds $KC_BASE/.start.lock"; exit 1; }

# 1. Already running? Then just print the issuer (idempotent).
if issuer=$(kc_issuer) && [ -n "$issuer" ]; then
  if [ "$reset" = true ]; then kc_say "already running on port $KC_PORT: run stop.sh before --reset"; exit 1; fi
  kc_say "already running on port $KC_PORT"
  echo "$issuer"
  exit 0
fi
if pid=$(ngoaivu_pid_from_file "$KC_PIDFILE") && kc_is_ours "$pid"; then
  # Started earlier and still booting: wait for it rather than starting a second one.
  kc_say "already starting (pid $pid), waiting up to ${start_timeout}s"
  if issuer=$(wait_ready "$pid"); then echo "$issuer"; exit 0; fi
  kc_say "pid $pid did not become ready; see $KC_LOG"; exit 1
fi
for port in "$KC_PORT" "$KC_MGMT_PORT"; do
  if ngoaivu_port_busy "$port"; then
    kc_say "port $port on 127.0.0.1 is taken by another program (no realm '$KC_REALM' there);" \
           "choose others with KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT"
    exit 1
  fi
done

# 2. The distribution, from Maven Central, unpacked once under the data directory.
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  mkdir -p "$KC_BASE"
  gav="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz"
  tarball="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
  download="$KC_BASE/download"
  if [ ! -s "$tarball" ]; then
    kc_say "fetching $gav with Maven (176 MB, once) ..."
    rm -rf "$download"
    (cd "$ngoaivu_root" && ./mvnw -q -B -N dependency:copy -Dartifact="$gav" -DoutputDirectory="$download")
    tarball="$download/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
  fi
  kc_say "unpacking $(basename "$tarball") into $KC_BASE"
  unpack="$KC_BASE/.unpack.$$"
  rm -rf "$unpack"; mkdir -p "$unpack"
  tar -xzf "$tarball" -C "$unpack"
  rm -rf "$KC_HOME"
  mv "$unpack/keycloak-$KC_VERSION" "$KC_HOME"   # atomic: a half-unpacked tree never looks installed
  rm -rf "$unpack" "$download"
fi

# 3. The realm to import. --import-realm skips a realm that already exists in the database.
mkdir -p "$KC_HOME/data/import"
realm_src="$kc_script_dir/realm-ngoaivu.json"
realm_dst="$KC_HOME/data/import/realm-ngoaivu.json"
if [ "$reset" = true ]; then
  kc_say "--reset: removing the local database $KC_HOME/data/h2"
  rm -rf "$KC_HOME/data/h2"
elif [ -d "$KC_HOME/data/h2" ] && [ -f "$realm_dst" ] && ! cmp -s "$realm_src" "$realm_dst"; then
  kc_say "WARNING: realm-ngoaivu.json changed since the realm was imported; Keycloak keeps the" \
         "imported realm. Run 'deploy/keycloak/stop.sh && deploy/keycloak/start.sh --reset' to re-import."
fi
cp "$realm_src" "$realm_dst"

# 4. JDK 21+, explicit heap (kc.sh reads JAVA_OPTS_KC_HEAP; a JAVA_OPTS meant for something else
#    would replace all of kc.sh's JVM options, so it is not passed on).
. "$ngoaivu_root/deploy/lib/java-home.sh"
ngoaivu_select_jdk
unset JAVA_OPTS
export JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
# Temporary admin of the master realm, created on the first start only (admin console, kcadm.sh).
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin-local-only}"

args=(start-dev
  --http-host=127.0.0.1 --http-port="$KC_PORT"
  --http-management-port="$KC_MGMT_PORT"
  --hostname="$KC_HOSTNAME"
  --health-enabled=true
  --import-realm)
args+=(${extra[@]+"${extra[@]}"})

mkdir -p "$KC_BASE"
if [ "$foreground" = true ]; then
  # This shell becomes kc.sh (same pid, written to the pid file); kc.sh forwards TERM/INT to its JVM.
  echo $$ >"$KC_PIDFILE"
  main=$$
  (
    exec 9>&-
    if issuer=$(wait_ready "$main"); then
      kc_say "ready: issuer $issuer  (health: http://127.0.0.1:$KC_MGMT_PORT/health/ready)"
      echo "$issuer"
    fi
  ) &
  kc_say "starting Keycloak $KC_VERSION in the foreground on http://127.0.0.1:$KC_PORT (Ctrl-C stops it)"
  exec 9>&-   # release the lock: a parallel start.sh now sees the pid file and waits for readiness
  exec "$KC_HOME/bin/kc.sh" "${args[@]}"
fi

[ -f "$KC_LOG" ] && mv -f "$KC_LOG" "$KC_LOG.1"
kc_say "starting Keycloak $KC_VERSION on http://127.0.0.1:$KC_PORT (log: $KC_LOG)"
started=$SECONDS
# setsid: its own session and process group, detached from this terminal; the pid is kc.sh's,
# which stop.sh signals (kc.sh forwards TERM to the JVM, or has exec'd into the JVM).
setsid "$KC_HOME/bin/kc.sh" "${args[@]}" </dev/null >"$KC_LOG" 2>&1 9>&- &
pid=$!
echo "$pid" >"$KC_PIDFILE"

if issuer=$(wait_ready "$pid"); then
  kc_say "ready in $((SECONDS - started))s: pid $pid, issuer $issuer, health http://127.0.0.1:$KC_MGMT_PORT/health/ready"
  echo "$issuer"
  exit 0
else
  status=$?
  if [ "$status" = 2 ]; then
    kc_say "Keycloak exited during startup; last lines of $KC_LOG:"
  else
    kc_say "not ready after ${start_timeout}s; stopping it. Last lines of $KC_LOG:"
    "$kc_script_dir/stop.sh" >&2 || true
  fi
  tail -n 40 "$KC_LOG" >&2 || true
  rm -f "$KC_PIDFILE"
  exit 1
fi
