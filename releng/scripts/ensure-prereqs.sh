#!/usr/bin/env bash
# Makes sure this machine can build and test Rapport headless: Xvfb (+ xauth for xvfb-run), GTK 3 for SWT, xdotool
# and ImageMagick for the product smoke test's window check and screenshot, Python 3 for the plugin test's loopback
# forum (plugins-test.sh serves it with python3 -m http.server). Installs what is missing from Debian packages when
# run as root; otherwise says which command to run. A JDK 21+ is found (or installed) by find-java.sh.
set -u
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v import >/dev/null || missing+=(imagemagick)
command -v python3 >/dev/null || missing+=(python3)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
[ ${#missing[@]} -eq 0 ] && exit 0

packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-prereqs: installing $packages" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >&2 \
    && exit 0
  echo "ensure-prereqs: apt-get could not install $packages" >&2
  exit 1
fi
echo "ensure-prereqs: missing $packages; install them with: sudo apt-get install -y $packages" >&2
exit 1
