#!/usr/bin/env bash
# bench-cli.sh — rapport-cli with the benchmarks bundle added, for 'rapport-cli bench import|search|pipeline|feed'.
#
# usage: releng/benchmarks/bench-cli.sh [-data WORKSPACE] bench import [ROWS]
#        releng/benchmarks/bench-cli.sh bench search [--people N] [--queries N] [--dir DIR]
#        releng/benchmarks/bench-cli.sh bench pipeline [--open N] [--total N] [--dir DIR]
#        releng/benchmarks/bench-cli.sh bench feed [POSTS]
#        (any rapport-cli command line; 'help' lists the bench commands beside the product's)
#
# The benchmarks bundle (bundles/org.rapport.benchmarks) is in no product feature, so the product never ships it.
# This script takes the product and the bundle the last build made ('./mvnw verify', tests may be skipped), makes a
# copy of the product beside the bundle's jar (bundles/org.rapport.benchmarks/target/bench-product: hard links, only
# the configuration is copied) whose bundles.info also lists the benchmarks bundle, and runs that copy's rapport-cli
# with the arguments given. The built product itself is not changed. Environment:
#   RAPPORT_PRODUCT   another materialized product folder (default: the one the build leaves in releng/...)
#   RAPPORT_VMARGS    more JVM arguments, e.g. -Xmx4g for 'bench search' over 1,000,000 people
set -eu
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
product=${RAPPORT_PRODUCT:-$("$root/releng/scripts/product-dir.sh")}
target=$root/bundles/org.rapport.benchmarks/target
jar=$(ls "$target"/org.rapport.benchmarks-*.jar 2>/dev/null | grep -v -- '-sources' | head -1 || true)
if [ ! -x "$product/rapport-cli" ] || [ -z "$jar" ]; then
  echo "bench-cli: build the product and the benchmarks bundle first: ./mvnw -B verify -DskipTests" >&2
  exit 1
fi

version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: *//p')
kit=$target/bench-product
rm -rf "$kit"
cp -al "$product" "$kit"
# the configuration is written to (OSGi cache, CDS archive, bundles.info): a copy of its own, not links to the product's
rm -rf "$kit/configuration"
cp -a "$product/configuration" "$kit/configuration"
rm -rf "$kit/configuration/cds" "$kit/configuration/org.eclipse.osgi"
cp "$jar" "$kit/plugins/org.rapport.benchmarks_$version.jar"
echo "org.rapport.benchmarks,$version,plugins/org.rapport.benchmarks_$version.jar,4,false" \
  >>"$kit/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
exec "$kit/rapport-cli" "$@"
