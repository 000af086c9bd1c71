#!/usr/bin/env bash
# Runs every Rapport test on this machine, headless: the full Maven/Tycho build with all JUnit 5 test fragments
# (headless ones on real EclipseLink + Derby, UI ones in the real workbench under Xvfb), then the smoke test of the
# materialized product. Installs missing Debian packages (Xvfb, GTK 3, xdotool, ImageMagick) when run as root and
# finds a JDK 21+ by itself. Extra arguments go to Maven, e.g.  releng/scripts/test.sh -o
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
releng/scripts/ensure-prereqs.sh
JAVA_HOME=$(releng/scripts/find-java.sh); export JAVA_HOME
echo "test.sh: building and testing with $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) from $JAVA_HOME"

xvfb-run -a -s "-screen 0 1440x900x24" ./mvnw -B clean verify "$@"

set +e
releng/scripts/smoke-test.sh
smoke=$?
# The example third-party plugin, built the way a team builds one (its own Tycho build against the Rapport site just
# built) with its tests, then installed, used, updated and uninstalled in copies of the product (CLI and UI).
start=$(date +%s)
releng/examples/discourse-source/build.sh "$@" >releng/org.rapport.repository/target/example-plugin-build.log 2>&1
example=$?
echo "test.sh: example plugin build and tests: $([ $example = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - start )) s" \
  "(log: releng/org.rapport.repository/target/example-plugin-build.log)"
[ $example = 0 ] || grep -E "Tests run|FAIL|ERROR" releng/org.rapport.repository/target/example-plugin-build.log | head -20
start=$(date +%s)
plugins=1
[ $example = 0 ] && { releng/scripts/plugins-test.sh; plugins=$?; }
echo "test.sh: plugin install/update test: $([ $plugins = 0 ] && echo passed || echo "$plugins check(s) FAILED") in $(( $(date +%s) - start )) s"
# IT's custom product: the example description built out of the Rapport site just built, then started (CLI, window,
# a shared read-only installation). Offline when Maven was.
start=$(date +%s)
releng/custom-product/test.sh $(printf '%s\n' "$@" | grep -x -e -o -e --offline)
custom=$?
echo "test.sh: custom product build and test: $([ $custom = 0 ] && echo passed || echo "$custom check(s) FAILED") in $(( $(date +%s) - start )) s"
set -e
total=$(cat bundles/*/target/surefire-reports/TEST-*.xml 2>/dev/null | grep -o '<testsuite [^>]*' \
  | sed -E 's/.* tests="([0-9]+)".*/\1/' | awk '{ total += $1 } END { print total + 0 }')
echo "test.sh: ${total:-0} JUnit tests passed in $(ls -d bundles/*.tests | wc -l) test fragments; product smoke test:" \
  "$([ $smoke = 0 ] && echo passed || echo "$smoke check(s) FAILED")"
exit $(( smoke + (example != 0) + plugins + custom ))
