#!/usr/bin/env bash
# Builds a custom Rapport product (IT's own name, icons, about text, domains and preset preferences) from a
# description file out of a released Rapport p2 repository, without building Rapport's sources.
#
# usage: releng/custom-product/build.sh DESCRIPTION [--repository URL|DIR] [--output DIR] [MAVEN ARGS...]
#   DESCRIPTION   the product description (releng/custom-product/README.md; example: examples/acme/acme.properties)
#   --repository  the Rapport p2 repository (default: the one this checkout's build made,
#                 releng/org.rapport.repository/target/repository)
#   --output      where the generated build and the product go (default: releng/custom-product/target/PRODUCT_ID)
#   MAVEN ARGS    passed on to Maven, e.g. -o (offline) or -q
# Prints the product folder and its tar.gz (same shape as Rapport's: a folder 'rapport' with the scripts 'rapport'
# and 'rapport-cli'). Exit status: 0 built, 2 the description is wrong (each problem as FILE:LINE: FIELD: reason),
# 1 the build failed.
set -eu
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
usage() { sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 1 ] || usage
description=$1; shift
repository=$root/releng/org.rapport.repository/target/repository
output=
maven=()
while [ $# -gt 0 ]; do
  case $1 in
    --repository) [ $# -ge 2 ] || usage; repository=$2; shift 2 ;;
    --output) [ $# -ge 2 ] || usage; output=$2; shift 2 ;;
    -h|--help) usage ;;
    *) maven+=("$1"); shift ;;
  esac
done
[ -f "$description" ] || { echo "custom-product: $description: no such file" >&2; exit 2; }

case $repository in
  *://*) repository_uri=$repository ;;
  *) [ -f "$repository/content.jar" ] || [ -f "$repository/content.xml.xz" ] || [ -f "$repository/compositeContent.jar" ] || {
       echo "custom-product: $repository is not a p2 repository; build Rapport first (./mvnw -B verify -DskipTests)" \
            "or give --repository URL" >&2; exit 2; }
     repository_uri=file://$(cd "$repository" && pwd)/ ;;
esac

JAVA_HOME=${JAVA_HOME:-$("$root/releng/scripts/find-java.sh")}; export JAVA_HOME
id=$(sed -n 's/^[[:space:]]*product\.id[[:space:]]*=[[:space:]]*\([^[:space:]]*\).*/\1/p' "$description" | head -1)
output=${output:-$root/releng/custom-product/target/${id:-product}}
mkdir -p "$output"
output=$(cd "$output" && pwd)
build=$output/build
rm -rf "$build"

# the description is checked and the build generated before Maven starts (a wrong field costs no build); the
# generator's classes are compiled first (Java 21's source launcher runs single-file programs only)
generator=$(mktemp -d)
trap 'rm -rf "$generator"' EXIT
"$JAVA_HOME/bin/javac" -encoding UTF-8 -d "$generator" "$root"/releng/custom-product/*.java
"$JAVA_HOME/bin/java" -cp "$generator" CustomProduct "$description" "$repository_uri" "$build"

tycho=$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$root/releng/org.rapport.parent/pom.xml" | head -1)
log=$output/build.log
echo "custom-product: building with Tycho $tycho from $repository_uri (log: $log)"
if ! "$root/mvnw" -B -f "$build/pom.xml" "-Dtycho.version=$tycho" clean verify ${maven[@]+"${maven[@]}"} >"$log" 2>&1; then
  grep -E '^\[ERROR\]' "$log" | head -30 >&2
  echo "custom-product: the build failed; see $log" >&2
  exit 1
fi
products=$build/$id.product/target/products
rm -rf "$output/rapport" "$output"/*.tar.gz
cp -a "$products/$id.product/linux/gtk/x86_64/rapport" "$output/rapport"
cp "$products/$id.product-linux.gtk.x86_64.tar.gz" "$output/"
echo "custom-product: $output/rapport"
echo "custom-product: $output/$id.product-linux.gtk.x86_64.tar.gz"
echo "custom-product: its p2 repository (the company's update site): $build/$id.product/target/repository"
