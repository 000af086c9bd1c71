#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer, or fails with a message that says what to install.
# Looks at $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm (newest first). On a Debian
# machine run as root, it tries the distribution's packages before giving up.
set -u

java_major() { # $1 = java binary; prints the feature release number (17, 21, 25...)
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

is_jdk21() { # $1 = candidate home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(java_major "$1/bin/java"); [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]
}

find_jdk() {
  local c
  for c in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
           $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    [ -n "$c" ] && is_jdk21 "$c" && { echo "$c"; return 0; }
  done
  return 1
}

find_jdk && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "find-java: no JDK 21+ found, trying Debian packages" >&2
  apt-get update -qq >&2 || true
  for p in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" >&2 2>&1 && break
  done
  find_jdk && exit 0
fi
echo "find-java: Rapport needs a JDK 21 or newer (found none in JAVA_HOME, PATH or /usr/lib/jvm)." >&2
echo "find-java: install one (e.g. Temurin 21/25 under /usr/lib/jvm) or set JAVA_HOME to it, then run again." >&2
exit 1
