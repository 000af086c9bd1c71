#!/usr/bin/env bash
# Builds the example custom product (examples/acme: "Acme CRM", contacts and pipeline without the social feed, a
# preset server database, demo data off, plugin installation locked) out of the Rapport p2 repository this checkout's
# build made, and starts it as its users would. Needs Xvfb, xdotool and ImageMagick (releng/scripts/ensure-prereqs.sh).
# Checks, each printed as "ok"/"FAILED":
#   1. build.sh refuses a wrong description, naming file, line and field, before any build
#   2. build.sh builds the example; its tar.gz has Rapport's shape (rapport/ with the scripts rapport, rapport-cli)
#   3. the product holds the chosen domains only (no social feed bundles)
#   4. rapport-cli info names the product and the preset database (a server that does not exist here: exit 5)
#   5. rapport-cli plugins install is refused (plugin installation locked), exit 1
#   6. the workbench's window is titled "Acme CRM"; the splash screen shows before it and is gone after
#   then, in a copy installed read-only (run as 'nobody' when root) with a probe bundle that reads the window:
#   7. the window title, the perspectives (no Social Feed; opens in the pipeline's), Help > About's text, and no
#      Help > Install New Software
#   8. the OSGi configuration, p2's data and the CDS archive went to the user's area, not the installation
#   9. rapport-cli plugins list works there (p2 reads the read-only installation's profile)
# usage: releng/custom-product/test.sh [MAVEN ARGS...]      exit status: number of failed checks
set -u
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
here=$root/releng/custom-product
JAVA_HOME=${JAVA_HOME:-$("$root/releng/scripts/find-java.sh")}; export JAVA_HOME
export RAPPORT_JAVA="$JAVA_HOME/bin/java"
out=$here/target/test
rm -rf "$out"; mkdir -p "$out"
failed=0; passed=0
check() { # $1 = description, $2 = status (0 = ok)
  if [ "$2" = 0 ]; then passed=$((passed + 1)); echo "custom-product: ok      $1"; else failed=$((failed + 1)); echo "custom-product: FAILED  $1"; fi
}
seconds() { echo $(( ($(date +%s%N) - $1) / 1000000000 ))s; }

# 1. a wrong description: every problem with its line, and no build
sed -e 's/^demo.data .*/demo.data = maybe/' -e 's/^domains .*/domains = contacts, pipeline, weather/' \
    -e 's/^window.title/windows.title/' "$here/examples/acme/acme.properties" >"$here/examples/acme/broken.properties"
"$here/build.sh" "$here/examples/acme/broken.properties" --output "$out/broken" >"$out/broken.out" 2>&1; code=$?
rm -f "$here/examples/acme/broken.properties"
grep -q "broken.properties:[0-9]*: demo.data: 'maybe' is not on or off" "$out/broken.out" \
  && grep -q "broken.properties:[0-9]*: domains: 'weather' is not in the Rapport repository" "$out/broken.out" \
  && grep -q "broken.properties:[0-9]*: windows.title: unknown field" "$out/broken.out" && [ ! -e "$out/broken/build.log" ]
check "a wrong description is refused (exit $code, 2 expected), each problem with file, line and field" $(( code != 2 || $? ))
cat "$out/broken.out"

# 2. the build
start=$(date +%s%N)
"$here/build.sh" "$here/examples/acme/acme.properties" --output "$out/acme" "$@"; code=$?
echo "custom-product: built in $(seconds "$start")"
product=$out/acme/rapport
tar -tzf "$out/acme/com.acme.crm.product-linux.gtk.x86_64.tar.gz" >"$out/tar.list" 2>/dev/null
grep -qx 'rapport/rapport' "$out/tar.list" && grep -qx 'rapport/rapport-cli' "$out/tar.list" \
  && grep -q '^rapport/plugins/com.acme.crm.branding_' "$out/tar.list" && [ -x "$product/rapport-cli" ]
check "build.sh builds the example (exit $code); its tar.gz holds rapport/ with the scripts rapport and rapport-cli" $(( code != 0 || $? ))
[ "$code" = 0 ] || { echo "custom-product: $passed passed, $((failed + 6)) failed"; exit $((failed + 6)); }

# 3. the domains
bundles=$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
grep -q '^org.rapport.pipeline.ui,' "$bundles" && grep -q '^org.rapport.contacts.ui,' "$bundles" \
  && ! grep -q '^org.rapport.feed' "$bundles" && ! grep -q '^org.rapport.branding,' "$bundles"
check "the product holds contacts and pipeline, not the social feed nor Rapport's branding" $?

cli() { "$product/rapport-cli" -data "$out/workspace" "$@" >"$out/cli.out" 2>"$out/cli.err"; }

# 4. the preset database
start=$(date +%s%N)
cli info; code=$?
head -1 "$out/cli.out" | grep -q '^Acme CRM 1\.0\.0' && grep -q 'jdbc:derby://crm.acme.example:1527/acme' "$out/cli.err"
check "rapport-cli info names Acme CRM and the preset server database (exit $code, 5 expected: no such server here; $(seconds "$start"))" $(( code != 5 || $? ))
cat "$out/cli.out" "$out/cli.err"

# 5. the lock
cli plugins install --repository "file://$out/acme/build/com.acme.crm.product/target/repository" --feature com.acme.crm.branding.feature; code=$?
grep -q 'installAllowed=false' "$out/cli.err"
check "rapport-cli plugins install is refused: plugin installation is locked (exit $code, 1 expected)" $(( code != 1 || $? ))
cat "$out/cli.err"

# 6. the window, the product as built
for n in $(seq 150 200); do [ -e /tmp/.X$n-lock ] || { display=:$n; break; }; done
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
app=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; sleep 1; [ -n "$app" ] && kill -9 "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; }
trap cleanup EXIT
sleep 1
export DISPLAY=$display
start=$(date +%s%N)
"$product/rapport" -data "$out/workspace" -consoleLog >"$out/product.log" 2>&1 & app=$!
shown=; splash=
for _ in $(seq 1 900); do
  # Java's splash screen window is named "Java"
  [ -z "$splash" ] && xdotool search --onlyvisible --name '^Java$' >/dev/null 2>&1 && splash=$(( ($(date +%s%N) - start) / 1000000 ))
  if xdotool search --onlyvisible --name '^Acme CRM' >/dev/null 2>&1; then shown=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
[ -n "$shown" ]; check "the workbench window titled 'Acme CRM' appears${shown:+ after $shown ms}" $?
if [ -n "$shown" ]; then
  sleep 4; import -window root "$out/acme-crm.png" 2>/dev/null && echo "custom-product: screenshot $out/acme-crm.png"
  [ -n "$splash" ] && ! xdotool search --onlyvisible --name '^Java$' >/dev/null 2>&1
  check "the splash screen shows${splash:+ after $splash ms} and is gone once the window is open" $?
else
  tail -30 "$out/product.log"
fi
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; app=

# 7./8. a shared read-only installation, with the probe bundle that reads the window for the test
shared=$out/shared; install=$shared/install; home=$shared/home
mkdir -p "$shared/probe" "$home"
cp -a "$product" "$install"
rm -rf "$install/configuration/cds" "$install/configuration/org.eclipse.osgi" "$install/configuration/org.eclipse.core.runtime" \
       "$install/configuration/org.eclipse.equinox.app" "$install/configuration/org.eclipse.update"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -cp "$install/plugins/*" -d "$shared/probe" \
    $(find "$here/probe/src" -name '*.java') \
  && cp -r "$here/probe/plugin.xml" "$shared/probe/" \
  && "$JAVA_HOME/bin/jar" --create --file "$install/plugins/org.rapport.customproduct.probe_1.0.0.jar" \
       --manifest "$here/probe/META-INF/MANIFEST.MF" -C "$shared/probe" . \
  && echo "org.rapport.customproduct.probe,1.0.0,plugins/org.rapport.customproduct.probe_1.0.0.jar,4,false" \
       >>"$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
chmod -R a-w,a+rX "$install"; chmod 755 "$shared" "$out"
as_user=()
if [ "$(id -u)" = 0 ]; then # root writes anywhere: the user of a shared installation is 'nobody' here
  chown -R 65534:65534 "$home"; as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  # 'nobody' must be able to pass through the folders above the installation (a checkout made by mktemp -d is 700)
  p=$out; while [ "$p" != / ]; do p=$(dirname "$p"); chmod o+x "$p" 2>/dev/null || true; done
fi
start=$(date +%s%N)
"${as_user[@]}" env HOME="$home" RAPPORT_VMARGS="-Duser.home=$home -Drapport.probe.out=$home/probe.txt" \
  "$install/rapport" -data "$home/workspace" -consoleLog >"$out/shared.log" 2>&1 & app=$!
for _ in $(seq 1 1200); do [ -s "$home/probe.txt" ] && break; kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
sleep 2; kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; app=
echo "custom-product: the shared installation's window, as the probe read it ($(seconds "$start")):"; cat "$home/probe.txt" 2>/dev/null
probe() { grep -qx "$1" "$home/probe.txt" 2>/dev/null; }
probe 'title=Acme CRM'; check "shared installation: the window is titled Acme CRM" $?
probe 'perspective=org.rapport.pipeline.ui.perspective' && probe 'perspective=org.rapport.contacts.ui.perspective' \
  && ! probe 'perspective=org.rapport.feed.ui.perspective' && probe 'active=org.rapport.pipeline.ui.perspective'
check "shared installation: Pipeline and Contacts perspectives, no Social Feed; a new workspace opens in the Pipeline" $?
probe 'about.title=About Acme CRM' && grep -q '^about.text=.*Acme CRM — customers and deals of Acme Corporation' "$home/probe.txt"
check "shared installation: Help > About Acme CRM shows the product's about text" $?
probe 'help=About Acme CRM' && ! probe 'help=Install New Software...'
check "shared installation: plugin installation locked, Help has no Install New Software" $?
ls -d "$home"/.eclipse/com.acme.crm_1.0.0_*/configuration/org.eclipse.osgi >/dev/null 2>&1 \
  && ls -d "$home"/.eclipse/com.acme.crm_1.0.0_*/p2/org.eclipse.equinox.p2.engine >/dev/null 2>&1 \
  && ls "$home"/.cache/rapport/cds-*/workbench-*.jsa >/dev/null 2>&1 && [ -d "$home/workspace/.metadata" ] \
  && [ ! -e "$install/configuration/cds" ] && [ ! -e "$install/configuration/org.eclipse.osgi" ]
check "shared installation: OSGi configuration and p2 data in ~/.eclipse, CDS archive in ~/.cache, nothing written to the installation" $?
find "$home" -maxdepth 3 -not -path '*/workspace/*' | sed "s|$home|~|" | sort | head -20
"${as_user[@]}" env HOME="$home" RAPPORT_VMARGS="-Duser.home=$home" "$install/rapport-cli" -data "$home/workspace" \
  plugins list >"$out/shared-list.out" 2>&1; code=$?
grep -q '^com.acme.crm.product[[:space:]]' "$out/shared-list.out" && grep -q '^org.rapport.pipeline.feature[[:space:]]' "$out/shared-list.out"
check "shared installation: rapport-cli plugins list reads the installation's p2 profile (exit $code)" $(( code != 0 || $? ))

echo "custom-product: $passed passed, $failed failed (logs in $out)"
exit $failed
