#!/usr/bin/env bash
# Checks a running local Keycloak (start.sh) against what the platform expects of realm ngoaivu:
# token claims for every demo client and user, PKCE, introspection and the JWKS. Needs curl and jq.
#   deploy/keycloak/smoke-test.sh            checks, prints one line per check, exit 1 on any failure
#   deploy/keycloak/smoke-test.sh --show     also prints the decoded header and payload of each token
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/kc-common.sh"
command -v jq >/dev/null || { echo "smoke-test: jq is required (apt-get install jq)" >&2; exit 2; }

show=false; [ "${1:-}" = "--show" ] && show=true
base="http://127.0.0.1:$KC_PORT/realms/$KC_REALM"
token_url="$base/protocol/openid-connect/token"
failures=0

ok()   { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi; }

b64url_json() { local s=$1; s=$(printf '%s' "$s" | tr '_-' '/+'); while [ $(( ${#s} % 4 )) -ne 0 ]; do s="$s="; done; printf '%s' "$s" | base64 -d; }
header()  { b64url_json "$(cut -d. -f1 <<<"$1")"; }
payload() { b64url_json "$(cut -d. -f2 <<<"$1")"; }

issuer=$(curl -fsS "$base/.well-known/openid-configuration" | jq -r .issuer) || { echo "smoke-test: Keycloak does not answer on port $KC_PORT" >&2; exit 2; }
jwks=$(curl -fsS "$base/protocol/openid-connect/certs")
echo "issuer $issuer"
check "JWKS has an RS256 signing key" jq -e '[.keys[] | select(.alg == "RS256" and .use == "sig")] | length >= 1' <<<"$jwks"

# Common checks on an access token: $1 label, $2 token, $3 expected azp.
common() {
  local label=$1 tok=$2 azp=$3 h p kid
  h=$(header "$tok"); p=$(payload "$tok")
  if [ "$show" = true ]; then echo "--- $label"; jq -c . <<<"$h"; jq . <<<"$p"; fi
  kid=$(jq -r .kid <<<"$h")
  check "$label: header alg RS256 with a kid" jq -e '.alg == "RS256" and (.kid | length > 0)' <<<"$h"
  check "$label: kid $kid is in the JWKS" jq -e --arg k "$kid" '[.keys[].kid] | index($k) != null' <<<"$jwks"
  check "$label: iss = $issuer" jq -e --arg i "$issuer" '.iss == $i' <<<"$p"
  check "$label: aud contains ngoaivu-api" jq -e '(.aud | if type == "array" then . else [.] end) | index("ngoaivu-api") != null' <<<"$p"
  check "$label: azp = $azp" jq -e --arg a "$azp" '.azp == $a' <<<"$p"
  check "$label: lifetime 300 s" jq -e '.exp - .iat == 300' <<<"$p"
  check "$label: has sub" jq -e '.sub | length > 0' <<<"$p"
}
roles_are() { jq -e --argjson r "$1" '(.realm_access.roles | sort) == ($r | sort)' ; }
scopes_have()    { jq -e --arg s "$1" '(.scope // "" | split(" ")) | index($s) != null' ; }
scopes_lack()    { jq -e --arg s "$1" '(.scope // "" | split(" ")) | index($s) == null' ; }

client_token() { # client_id secret [scope]
  curl -sS -u "$1:$2" -d grant_type=client_credentials ${3:+-d "scope=$3"} "$token_url"
}
password_token() { # username password
  curl -sS -d grant_type=password -d client_id=ngoaivu-console -d "username=$1" --data-urlencode "password=$2" -d scope=openid "$token_url"
}

# --- partners (client credentials)
t=$(client_token demo-partner demo-partner-secret-local-only | jq -r '.access_token // empty')
if [ -n "$t" ]; then
  common "demo-partner" "$t" demo-partner
  p=$(payload "$t")
  check "demo-partner: realm_access.roles = [partner]" roles_are '["partner"]' <<<"$p"
  check "demo-partner: scope has experts:read" scopes_have experts:read <<<"$p"
  check "demo-partner: scope has records:read" scopes_have records:read <<<"$p"
  check "demo-partner: scope lacks opendata:read unless asked" scopes_lack opendata:read <<<"$p"
  check "demo-partner: no unit claim" jq -e 'has("unit") | not' <<<"$p"
else fail "demo-partner: client-credentials token"; fi

t=$(client_token demo-partner demo-partner-secret-local-only opendata:read | jq -r '.access_token // empty')
if [ -n "$t" ]; then
  check "demo-partner scope=opendata:read: scope has opendata:read" scopes_have opendata:read <<<"$(payload "$t")"
else fail "demo-partner: token with scope=opendata:read"; fi

t=$(client_token demo-partner-noscope demo-partner-noscope-secret-local-only | jq -r '.access_token // empty')
if [ -n "$t" ]; then
  common "demo-partner-noscope" "$t" demo-partner-noscope
  p=$(payload "$t")
  check "demo-partner-noscope: realm_access.roles = [partner]" roles_are '["partner"]' <<<"$p"
  for s in experts:read records:read opendata:read; do
    check "demo-partner-noscope: scope lacks $s" scopes_lack "$s" <<<"$p"
  done
  noscope_token=$t
else fail "demo-partner-noscope: client-credentials token"; fi

r=$(client_token demo-partner-noscope demo-partner-noscope-secret-local-only experts:read)
check "demo-partner-noscope asking for experts:read is refused (invalid_scope)" jq -e '.error == "invalid_scope" and (has("access_token") | not)' <<<"$r"

check "wrong partner secret is refused (401)" \
  bash -c '[ "$(curl -s -o /dev/null -w "%{http_code}" -u demo-partner:wrong -d grant_type=client_credentials "$0")" = 401 ]' "$token_url"

# --- officers, leader, admin (password grant through the console client; local only)
declare -A roles=([can.bo.htqt]='["officer"]' [can.bo.lanhsu]='["officer"]' [lanh.dao]='["leader"]' [quan.tri]='["admin"]')
declare -A units=([can.bo.htqt]=HTQT [can.bo.lanhsu]=LSNVNONN [lanh.dao]=VP [quan.tri]=)
declare -A passwords=([can.bo.htqt]='DemoHTQT-2026!' [can.bo.lanhsu]='DemoLSNV-2026!' [lanh.dao]='DemoLanhDao-2026!' [quan.tri]='DemoQuanTri-2026!')
for u in can.bo.htqt can.bo.lanhsu lanh.dao quan.tri; do
  t=$(password_token "$u" "${passwords[$u]}" | jq -r '.access_token // empty')
  [ -n "$t" ] || { fail "$u: password-grant token"; continue; }
  common "$u" "$t" ngoaivu-console
  p=$(payload "$t")
  check "$u: realm_access.roles = ${roles[$u]}" roles_are "${roles[$u]}" <<<"$p"
  if [ -n "${units[$u]}" ]; then
    check "$u: unit = ${units[$u]}" jq -e --arg v "${units[$u]}" '.unit == $v' <<<"$p"
  else
    check "$u: no unit claim" jq -e 'has("unit") | not' <<<"$p"
  fi
  check "$u: preferred_username = $u" jq -e --arg v "$u" '.preferred_username == $v' <<<"$p"
  check "$u: no API scope in scope claim" jq -e '(.scope | split(" ")) as $s | ["experts:read","records:read","opendata:read"] | all(. as $x | $s | index($x) == null)' <<<"$p"
  [ "$u" = can.bo.htqt ] && officer_token=$t
done
# (one wrong attempt only: brute-force protection locks a user for 60 s after 5 failures)
r=$(curl -s -w ' %{http_code}' -d grant_type=password -d client_id=ngoaivu-console -d username=can.bo.lanhsu -d password=wrong "$token_url")
check "wrong password is refused (400 invalid_grant)" bash -c '[[ "$0" == *invalid_grant*" 400" ]]' "$r"

# --- introspection: the API client (in aud) sees active tokens; a client not in aud gets active:false
introspect() { curl -sS -u "$1:$2" -d "token=$3" "$token_url/introspect"; }
if [ -n "${officer_token:-}" ]; then
  r=$(introspect ngoaivu-api ngoaivu-api-secret-local-only "$officer_token")
  check "introspection by ngoaivu-api: active, unit HTQT, roles [officer]" jq -e '.active == true and .unit == "HTQT" and (.realm_access.roles == ["officer"])' <<<"$r"
  r=$(introspect demo-partner-noscope demo-partner-noscope-secret-local-only "$officer_token")
  check "introspection by a client not in aud: active false" jq -e '.active == false' <<<"$r"
fi

# --- PKCE S256 is required for the browser flow
auth="$base/protocol/openid-connect/auth?client_id=ngoaivu-console&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback&state=s1"
loc=$(curl -s -o /dev/null -w '%{redirect_url}' "$auth")
check "authorization request without code_challenge is refused" grep -q 'error=invalid_request' <<<"$loc"
loc=$(curl -s -o /dev/null -w '%{redirect_url}' "$auth&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=plain")
check "authorization request with code_challenge_method=plain is refused" grep -q 'error=invalid_request' <<<"$loc"
code=$(curl -s -o /dev/null -w '%{http_code}' "$auth&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")
check "authorization request with S256 shows the login page (200)" [ "$code" = 200 ]
loc=$(curl -s -o /dev/null -w '%{redirect_url}%{http_code}' "${auth/localhost%3A8080/evil.example}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")
check "foreign redirect_uri is refused" bash -c '[[ "$0" != *evil.example* ]]' "$loc"

echo
if [ "$failures" -eq 0 ]; then echo "smoke-test: all checks passed"; else echo "smoke-test: $failures check(s) failed"; exit 1; fi
