#!/usr/bin/env bash
# Product smoke test: the materialized product as a user gets it. Runs under its own Xvfb; needs xdotool and
# ImageMagick (ensure-prereqs.sh). Checks, each printed as "ok"/"FAILED":
#   1. rapport-cli info on a fresh workspace prints the database location and exits 0
#   2. rapport-cli backup creates the database and a backup
#   3. the workbench starts and its window titled "Rapport" appears (screenshot saved)
#   4. while it runs, rapport-cli info is refused with exit code 3 and a clear "in use" message
#   5. after it is closed, rapport-cli restore brings the backup back (exit 0)
# usage: smoke-test.sh [PRODUCT_DIR]     exit status: number of failed checks
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${1:-$("$root/releng/scripts/product-dir.sh")}
JAVA_HOME=${JAVA_HOME:-$("$root/releng/scripts/find-java.sh")}; export RAPPORT_JAVA="$JAVA_HOME/bin/java"
out="$root/releng/org.rapport.repository/target/smoke"
rm -rf "$out"; mkdir -p "$out"
ws="$out/workspace"; failed=0; passed=0

check() { # $1 = description, $2 = status (0 = ok)
  if [ "$2" = 0 ]; then passed=$((passed + 1)); echo "smoke: ok      $1"; else failed=$((failed + 1)); echo "smoke: FAILED  $1"; fi
}

cli() { "$product/rapport-cli" -data "$ws" "$@" >"$out/cli.out" 2>"$out/cli.err"; }

cli info; code=$?
grep -q "^Database location: $ws/db" "$out/cli.out"; check "cli info prints the database location (exit $code)" $(( code != 0 || $? ))
cat "$out/cli.out"

cli backup "$out/backup"; code=$?
[ -f "$out/backup/db/service.properties" ]; check "cli backup writes a backup (exit $code)" $(( code != 0 || $? ))

for n in $(seq 90 140); do [ -e /tmp/.X$n-lock ] || { display=:$n; break; }; done
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
app=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; sleep 1; [ -n "$app" ] && kill -9 "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; }
trap cleanup EXIT
sleep 1
export DISPLAY=$display
start=$(date +%s%N)
"$product/rapport" -data "$ws" -consoleLog >"$out/product.log" 2>&1 & app=$!
shown=
for _ in $(seq 1 900); do
  if xdotool search --onlyvisible --name '^Rapport' >/dev/null 2>&1; then shown=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
[ -n "$shown" ]; check "the workbench window titled 'Rapport' appears${shown:+ after $shown ms}" $?
if [ -n "$shown" ]; then
  sleep 4
  import -window root "$out/rapport.png" 2>/dev/null && echo "smoke: screenshot $out/rapport.png"
  cli info; code=$?
  grep -q "in use by another process" "$out/cli.err"; check "cli info while the workbench runs: exit $code (3 expected), clear message" $(( code != 3 || $? ))
  head -3 "$out/cli.err"
else
  tail -30 "$out/product.log"
fi
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; app=

cli restore "$out/backup"; code=$?
grep -q "Database restored from" "$out/cli.out"; check "cli restore after the workbench closed (exit $code)" $(( code != 0 || $? ))

echo "smoke: $passed passed, $failed failed (logs in $out)"
exit $failed
