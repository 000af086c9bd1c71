#!/usr/bin/env bash
# Runs every Rapport test on this machine, headless: the full Maven/Tycho build with all JUnit 5 test fragments
# (headless ones on real EclipseLink + Derby, UI ones in the real workbench under Xvfb), then the smoke test of the
# materialized product, the plugin and custom product tests, and last the database suites again on a throwaway
# PostgreSQL server (team mode). Installs missing Debian packages (Xvfb, GTK 3, xdotool, ImageMagick, PostgreSQL) when
# run as root and finds a JDK 21+ by itself. Extra arguments go to Maven, e.g.  releng/scripts/test.sh -o
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
releng/scripts/ensure-prereqs.sh
JAVA_HOME=$(releng/scripts/find-java.sh); export JAVA_HOME
echo "test.sh: building and testing with $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) from $JAVA_HOME"

xvfb-run -a -s "-screen 0 1440x900x24" ./mvnw -B clean verify "$@"
# keep the Derby pass's reports apart: the PostgreSQL pass below writes the same file names
for reports in bundles/*/target/surefire-reports; do
  [ -d "$reports" ] || continue
  rm -rf "$reports-derby"; mv "$reports" "$reports-derby"
done

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
# Team mode: every suite that uses a database again on PostgreSQL (a temporary cluster on a free loopback port, one
# empty database per test module for the workspace's database service), plus the pipeline UI tests (a deal moved by
# another process moves on the open board). The UI suites of the other perspectives ran on Derby above.
start=$(date +%s)
pgdir=$(mktemp -d /tmp/rapport-pg.XXXXXX)
pglog=releng/org.rapport.repository/target/postgresql-tests.log
trap 'releng/scripts/postgres-test-server.sh stop "$pgdir"' EXIT
postgres=1
if server=$(releng/scripts/postgres-test-server.sh start "$pgdir" $(ls -d bundles/*.tests | xargs -n1 basename)); then
  skip=$(ls -d bundles/*.ui.tests | grep -v org.rapport.pipeline.ui.tests | sed 's/^/!/' | paste -sd, -)
  xvfb-run -a -s "-screen 0 1440x900x24" ./mvnw -B verify --fail-at-end "$@" -Drapport.test.db.server="$server" \
    -pl "$skip,!bundles/org.rapport.api.tests,!releng/org.rapport.repository" >"$pglog" 2>&1
  postgres=$?
  grep -E "Tests run:.*Fail|BUILD|ERROR\]" "$pglog" | grep -v "Tests run:.*Failures: 0, Errors: 0" | tail -20
fi
echo "test.sh: the suites on PostgreSQL: $([ $postgres = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - start )) s (log: $pglog)"
set -e
count() {
  cat "$@" 2>/dev/null | grep -o '<testsuite [^>]*' | sed -E 's/.* tests="([0-9]+)".*/\1/' | awk '{ total += $1 } END { print total + 0 }'
}
total=$(count bundles/*/target/surefire-reports-derby/TEST-*.xml)
onserver=$(count bundles/*/target/surefire-reports/TEST-*.xml)
echo "test.sh: ${total:-0} JUnit tests passed in $(ls -d bundles/*.tests | wc -l) test fragments on Derby, ${onserver:-0} again on" \
  "PostgreSQL; product smoke test: $([ $smoke = 0 ] && echo passed || echo "$smoke check(s) FAILED")"
exit $(( smoke + (example != 0) + plugins + custom + (postgres != 0) ))
