# Sourced by start.sh and stop.sh: settings, paths and the pid-file checks they share.
# Every setting is an environment variable with a local-development default:
#   NGOAIVU_DATA_DIR          ./data (relative to the project root); Keycloak lives in $NGOAIVU_DATA_DIR/keycloak
#   KEYCLOAK_PORT             8180   HTTP port, bound to 127.0.0.1 only
#   KEYCLOAK_MANAGEMENT_PORT  KEYCLOAK_PORT+1000 (9180)   health endpoints (/health, /health/ready)
#   KEYCLOAK_HOSTNAME         http://127.0.0.1:$KEYCLOAK_PORT   fixes the issuer whatever host name a caller uses
#   KEYCLOAK_HEAP             -Xms64m -Xmx512m
#   KEYCLOAK_START_TIMEOUT    120 (seconds)    KEYCLOAK_STOP_TIMEOUT 30 (seconds)

. "$(dirname "${BASH_SOURCE[0]}")/../lib/local-service.sh"
kc_script_dir="$ngoaivu_root/deploy/keycloak"

KC_VERSION=26.7.3
KC_REALM=ngoaivu

KC_BASE="$ngoaivu_data/keycloak"
KC_HOME="$KC_BASE/keycloak-$KC_VERSION"
KC_PIDFILE="$KC_BASE/keycloak.pid"
KC_LOG="$KC_BASE/keycloak.log"
KC_PORT=${KEYCLOAK_PORT:-8180}
KC_MGMT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-$((KC_PORT + 1000))}
KC_HOSTNAME=${KEYCLOAK_HOSTNAME:-http://127.0.0.1:$KC_PORT}
KC_WELL_KNOWN="http://127.0.0.1:$KC_PORT/realms/$KC_REALM/.well-known/openid-configuration"

kc_say() { echo "keycloak: $*" >&2; }

# The issuer announced by a Keycloak answering on KC_PORT, or nothing (exit 1).
kc_issuer() {
  local body
  body=$(curl -fsS --max-time 3 "$KC_WELL_KNOWN" 2>/dev/null) || return 1
  printf '%s\n' "$body" | grep -o '"issuer" *: *"[^"]*"' | head -n1 | sed 's/.*: *"\(.*\)"/\1/'
}

# True when $1 is a live process of this Keycloak installation (kc.sh or its JVM),
# so that a stale pid file never makes us signal an unrelated process that reused the pid.
kc_is_ours() {
  local pid=$1 cmd home
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  home=$(readlink -f "$KC_HOME" 2>/dev/null || echo "$KC_HOME")
  case "$cmd" in *"$home"*|*"$KC_HOME"*) return 0 ;; esac
  return 1
}
