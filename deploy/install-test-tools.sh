#!/usr/bin/env bash
# Installs the independent checkers that some tests run against the platform's output:
#   rapper (Debian raptor2-utils)  - parses our RDF with a non-Jena parser
#   redocly (npm @redocly/cli)      - lints the OpenAPI document
# npm packages go to ./.tools (git-ignored); put .tools/node_modules/.bin on PATH to use them.
set -euo pipefail
cd "$(dirname "$0")/.."

REDOCLY_VERSION=2.77.0

if ! command -v rapper >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils >/dev/null
  fi
fi

if [ ! -x .tools/node_modules/.bin/redocly ] || ! grep -q "\"version\": \"$REDOCLY_VERSION\"" .tools/node_modules/@redocly/cli/package.json 2>/dev/null; then
  npm install --silent --no-audit --no-fund --prefix .tools "@redocly/cli@$REDOCLY_VERSION" >/dev/null 2>&1 \
    || npm install --no-audit --no-fund --prefix .tools "@redocly/cli@$REDOCLY_VERSION"
fi
echo "test tools: $(rapper --version 2>/dev/null | head -1 | sed 's/^/rapper /'), redocly $(.tools/node_modules/.bin/redocly --version 2>/dev/null)"
