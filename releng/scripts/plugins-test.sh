#!/usr/bin/env bash
# Plugin test: the example third-party plugin (releng/examples/discourse-source, built by its build.sh) installed into
# a copy of the materialized product with rapport-cli, used, updated and uninstalled. Checks, each "ok"/"FAILED":
#   1. plugins list shows the product's features, exit 0
#   2. a plugin that cannot resolve (com.example.rapport.broken.feature) is refused with the reason, exit 1, and the
#      installation is unchanged (bundles.info and the list)
#   3. with org.rapport.plugins/installAllowed=false, plugins install refuses with a clear message, exit 1
#   4. plugins install of the Discourse feature: exit 0, it is listed as a plugin
#   5. its source type reads a Discourse forum on loopback: feed add + feed poll + feed posts show the topics
#   6. plugins update takes it from 1.0.0 to 1.0.1 (a second build of the example, version raised) and the posts stay
#   7. plugins uninstall: exit 0, gone from the list, the posts and the rest of the product stay (info, feed posts)
#   8. UI, in a fresh copy of the product under Xvfb: Help > Install New Software installs the plugin from its site
#      (the example's UI test driver, com.example.rapport.discourse.uitest, drives p2's wizard), then a forum source of
#      the new type is added and polled, without a restart where p2 offers to apply the change, else after the
#      restart the workbench asks for (the rapport script starts it again on exit code 23)
# usage: plugins-test.sh [PRODUCT_DIR]    exit status: number of failed checks
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
product_built=${1:-$("$root/releng/scripts/product-dir.sh")}
example="$root/releng/examples/discourse-source"
site="$example/site/target/repository"
JAVA_HOME=${JAVA_HOME:-$("$root/releng/scripts/find-java.sh")}; export JAVA_HOME RAPPORT_JAVA="$JAVA_HOME/bin/java"
out="$root/releng/org.rapport.repository/target/plugins-test"
rm -rf "$out"; mkdir -p "$out"
product="$out/rapport"; ws="$out/workspace"; failed=0; passed=0
cp -a "$product_built" "$product"
# the plugin's site as a team would publish it: one URL, whose content the 1.0.1 build replaces later
cp -a "$site" "$out/site"

check() { # $1 = description, $2 = status (0 = ok)
  if [ "$2" = 0 ]; then passed=$((passed + 1)); echo "plugins: ok      $1"; else failed=$((failed + 1)); echo "plugins: FAILED  $1"; fi
}
cli() { "$product/rapport-cli" -data "$ws" "$@" >"$out/cli.out" 2>"$out/cli.err"; }
show() { sed 's/^/    /' "$out/cli.out" "$out/cli.err" | head -${1:-12}; }
bundles_info="$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

cli plugins list; code=$?
grep -q $'^org.rapport.core.feature\t.*\tproduct\t' "$out/cli.out"; check "plugins list shows the product's features (exit $code)" $(( code != 0 || $? ))
cp "$out/cli.out" "$out/list-before"
info_before=$(cksum <"$bundles_info")

cli plugins install --repository "file:$out/site" --feature com.example.rapport.broken.feature; code=$?
grep -q "org.junit.jupiter.api" "$out/cli.err"; reason=$?
cp "$out/cli.err" "$out/broken.err"
cli plugins list
[ "$code" = 1 ] && [ $reason = 0 ] && [ "$(cksum <"$bundles_info")" = "$info_before" ] && cmp -s "$out/cli.out" "$out/list-before"
check "a plugin that cannot resolve is refused with the reason (exit $code) and nothing changed" $?
grep -v "%$" "$out/broken.err" | sed 's/^/    /' "$out/broken.err" | head -6

settings="$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings"
mkdir -p "$settings"; echo "installAllowed=false" >"$settings/org.rapport.plugins.prefs"
cli plugins install --repository "file:$out/site" --feature com.example.rapport.discourse.feature; code=$?
grep -q "switched off" "$out/cli.err"; check "with installAllowed=false plugins install refuses (exit $code, 1 expected)" $(( code != 1 || $? ))
show 2
rm "$settings/org.rapport.plugins.prefs"

start=$(date +%s%N)
cli plugins install --repository "file:$out/site" --feature com.example.rapport.discourse.feature; code=$?
took=$(( ($(date +%s%N) - start) / 1000000 ))
show 4
cli plugins list
grep -q $'^com.example.rapport.discourse.feature\t1.0.0[^\t]*\tplugin\t' "$out/cli.out"
check "plugins install of the Discourse feature (exit $code, $took ms), listed as a plugin" $(( code != 0 || $? ))

# a Discourse forum on loopback serving the published latest.json shape
mkdir -p "$out/forum"; cp "$example/bundles/com.example.rapport.discourse.tests/data/latest.json" "$out/forum/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$out/forum" && exec python3 -m http.server "$port" --bind 127.0.0.1 >"$out/forum.log" 2>&1) & forum=$!
trap 'kill $forum 2>/dev/null' EXIT
xvfb=
sleep 1
cli feed add "http://127.0.0.1:$port/latest.json"; code=$?
grep -q "discourse" "$out/cli.out"; added=$?
show 3
cli feed poll; poll=$?
cli feed posts; posts=$?
grep -q "Login loop after upgrade" "$out/cli.out"
check "the plugin's source type reads a forum: feed add (exit $code), poll (exit $poll), posts show its topics" \
  $(( code != 0 || added != 0 || poll != 0 || posts != 0 || $? ))
show 6

# 1.0.1: the example built again with its version raised, published at the same URL
if [ -n "${PLUGINS_TEST_SKIP_UPDATE:-}" ]; then
  echo "plugins: skipped update (PLUGINS_TEST_SKIP_UPDATE)"
else
  start=$(date +%s)
  rm -rf "$out/example-1.0.1"; mkdir -p "$out/example-1.0.1"
  (cd "$example" && tar --exclude=target -cf - .) | tar -xf - -C "$out/example-1.0.1"
  find "$out/example-1.0.1" \( -name pom.xml -o -name MANIFEST.MF -o -name feature.xml \) -exec \
    sed -i -e 's/1\.0\.0-SNAPSHOT/1.0.1-SNAPSHOT/' -e 's/^Bundle-Version: 1\.0\.0\.qualifier/Bundle-Version: 1.0.1.qualifier/' \
           -e 's/version="1\.0\.0\.qualifier"/version="1.0.1.qualifier"/' {} +
  sed -i 's|root=$(cd "$here/../../.." \&\& pwd)|root='"$root"'|' "$out/example-1.0.1/build.sh"
  "$out/example-1.0.1/build.sh" -o -q -DskipTests >"$out/example-1.0.1.log" 2>&1; built=$?
  echo "plugins: built the example at 1.0.1 in $(( $(date +%s) - start )) s (exit $built)"
  rm -rf "$out/site"; cp -a "$out/example-1.0.1/site/target/repository" "$out/site"
  cli plugins update; code=$?
  show 4
  cli plugins list
  grep -q $'^com.example.rapport.discourse.feature\t1.0.1' "$out/cli.out"; updated=$?
  cli feed posts
  grep -q "Login loop after upgrade" "$out/cli.out"
  check "plugins update takes the plugin from 1.0.0 to 1.0.1 (exit $code) and the posts stay" \
    $(( built != 0 || code != 0 || updated != 0 || $? ))
fi

cli plugins uninstall com.example.rapport.discourse.feature; code=$?
show 3
cli plugins list
! grep -q "com.example.rapport.discourse" "$out/cli.out" && grep -q $'^org.rapport.feed.feature\t' "$out/cli.out"; listed=$?
cli feed posts; posts=$?
grep -q "Login loop after upgrade" "$out/cli.out"; kept=$?
cli info; info=$?
check "plugins uninstall (exit $code): gone from the list, the posts (exit $posts) and the product (info exit $info) stay" \
  $(( code != 0 || listed != 0 || posts != 0 || kept != 0 || info != 0 ))

# 8. the UI: a fresh product with the UI test driver installed (it idles unless its properties are set)
ui="$out/ui"; mkdir -p "$ui"; cp -a "$product_built" "$ui/rapport"
"$ui/rapport/rapport-cli" -data "$ui/workspace" plugins install --repository "file:$site" \
  --feature com.example.rapport.discourse.uitest.feature >"$ui/driver.out" 2>&1; code=$?
for n in $(seq 150 199); do [ -e /tmp/.X$n-lock ] || { display=:$n; break; }; done
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $forum $xvfb 2>/dev/null' EXIT
sleep 1
start=$(date +%s)
DISPLAY=$display RAPPORT_VMARGS="-Ddiscourse.uitest.site=file:$site -Ddiscourse.uitest.result=$ui/result.txt -Ddiscourse.uitest.forum=http://127.0.0.1:$port" \
  timeout 420 "$ui/rapport/rapport" -data "$ui/workspace" -consoleLog >"$ui/product.log" 2>&1; exit_code=$?
kill $xvfb 2>/dev/null
sed 's/^/    /' "$ui/result.txt" 2>/dev/null
! grep -q FAILED "$ui/result.txt" && grep -q "^ok polling the forum stored its topics" "$ui/result.txt"
check "UI: Install New Software installs the plugin and its source type reads a forum (driver install exit $code, workbench exit $exit_code, $(( $(date +%s) - start )) s)" $?
grep -q "without a restart" "$ui/result.txt" && echo "plugins: the UI install was applied without a restart" \
  || echo "plugins: the UI install needed a restart"

echo "plugins: $passed passed, $failed failed (logs in $out)"
exit $failed
