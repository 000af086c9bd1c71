#!/usr/bin/env bash
# Builds the example plugin the way a team builds theirs: against a Rapport p2 site. The site is this checkout's
# (releng/org.rapport.repository/target/repository, built by ./mvnw verify at the root) unless RAPPORT_REPOSITORY
# names another (https://... or file:/...). Extra arguments go to Maven, e.g.  build.sh -o -DskipTests
# Output: site/target/repository, the plugin's p2 site.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
repository=${RAPPORT_REPOSITORY:-file:$root/releng/org.rapport.repository/target/repository}
cd "$here"
exec "$root/mvnw" -B verify -Drapport.repository="$repository" "$@"
