#!/usr/bin/env bash
# Builds Rapport (tests skipped) and starts the workbench. Arguments go to the product, e.g.  -data ~/crm-workspace
# (default workspace: ~/.rapport/workspace). RAPPORT_SKIP_BUILD=1 starts the last build without building again.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=$("$root/releng/scripts/find-java.sh"); export JAVA_HOME
product=$("$root/releng/scripts/product-dir.sh")
if [ "${RAPPORT_SKIP_BUILD:-0}" != 1 ] || [ ! -x "$product/rapport" ]; then
  (cd "$root" && ./mvnw -B -q verify -DskipTests)
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display. On a headless machine run it under Xvfb: xvfb-run -a releng/scripts/run.sh" >&2
  exit 1
fi
export RAPPORT_JAVA="$JAVA_HOME/bin/java"
exec "$product/rapport" "$@"
