#!/usr/bin/env bash
# startup-benchmark.sh — how long the Rapport product takes to show its first window, beside a bare workbench.
#
# usage: releng/benchmarks/startup-benchmark.sh [PRODUCT_DIR] [RUNS]
#   PRODUCT_DIR  a materialized product with the 'rapport' start script at its root; default: the one the build
#                leaves in releng/org.rapport.repository/target/products/org.rapport.product/linux/gtk/x86_64/rapport
#   RUNS         number of starts of each product, default 10 (the first is cold, the others warm)
#
# The bare workbench (BENCH_BARE) is the floor Rapport is compared with: an empty 3.x workbench window on the same
# target platform, without any Rapport bundle (releng/benchmarks/org.rapport.bench.workbench, in no feature). Build it
# once with the 'bench' profile:
#   ./mvnw -B verify -Pbench -DskipTests -pl target-platform,releng/benchmarks/org.rapport.bench.workbench,releng/benchmarks/org.rapport.bench.product
# It is started through a copy of the Rapport product's own 'rapport' script: same Java, VM arguments, class-data
# sharing. The runs alternate (Rapport, bare, Rapport, bare...), so that a change in the machine's load touches both.
#
# What it does:
#   - copies the product into a temporary folder and removes what a start leaves behind (OSGi cache, registry cache,
#     CDS archive, settings), so that the first run is a first start after installing: cold OSGi cache. Later runs
#     are warm: they reuse the OSGi cache (and whatever else the product keeps in its configuration area), like a
#     user's next starts.
#   - starts a private Xvfb unless a display is usable (see BENCH_XVFB), and runs the product through its own
#     'rapport' script, each run with a new empty workspace (-data), RUNS times, one after the other.
#   - measures, per run:
#       window   outside view: from forking the 'rapport' script to the first visible window whose title matches
#                /Rapport/ (xdotool search --onlyvisible --name), polled every BENCH_POLL_S seconds
#       app      inside view: the 'application' milestone of -Drapport.startup.trace, ms since the process started
#                (IApplication.start: JVM start + OSGi framework + bundle resolution and start-up are done)
#       advisor  inside view: the 'window' milestone (WorkbenchWindowAdvisor.postWindowOpen), ms since process start
#       cpu      CPU time (user + system, all threads, ms) the product's process had used when its window showed: less
#                disturbed than the wall-clock figures when other work competes for the cores
#       others   CPU time (ms) that all other processes used meanwhile (from /proc/stat): when it is more than a few
#                hundred ms, the machine was busy and the wall-clock figures of that run are too high
#   - closes the product after each run (SIGTERM, then wait; SIGKILL after 10 s) and removes that run's workspace. Both
#     applications close their workbench on SIGTERM as File > Exit does, so a warm run finds what a user's next start
#     finds (the extension registry's cache is written when the framework stops, not when the JVM is killed).
#   - prints one line per run, then per product the cold run and the median/min/max of the warm runs, and Rapport's
#     figures as a ratio to the bare workbench's (cold, warm median; window and cpu). There is no pass/fail threshold
#     on time; the exit code is non-zero only when a run fails (no window, product died) or a tool is missing.
#
# Environment:
#   RAPPORT_VMARGS  extra VM arguments for every run (passed on to the 'rapport' script), e.g. "-Xlog:class+load"
#   BENCH_XVFB      auto (default: a private Xvfb when $DISPLAY is unset or unusable), always, or never
#   BENCH_TIMEOUT_S seconds to wait for the window before a run counts as failed (default 60)
#   BENCH_POLL_S    polling interval of the outside view, seconds (default 0.02)
#   BENCH_TITLE     window title regex of the product (default Rapport)
#   BENCH_BARE      the bare workbench product (default: where the -Pbench build leaves it,
#                   releng/benchmarks/org.rapport.bench.product/target/products/.../bare-workbench), or 'off'
#   BENCH_SETTLE_S  seconds to leave the product running after its window showed, before closing it (default 1)
#   BENCH_KEEP      1 keeps the temporary folder (product copy, logs, traces) and prints its path; it is always kept
#                   when a run failed
#
# Java: the benchmark looks for Java 21+ with releng/scripts/find-java.sh (JAVA_HOME, PATH, /usr/lib/jvm) and hands
# it to the product as RAPPORT_JAVA, so the script under test uses that Java.
# Needs: Xvfb and xdotool (Debian: apt-get install -y xvfb xdotool), GTK 3 for SWT.
# The machine's load disturbs the figures: the header prints the load average; compare runs made under similar load.
set -u -o pipefail

here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
product=${1:-$here/../org.rapport.repository/target/products/org.rapport.product/linux/gtk/x86_64/rapport}
runs=${2:-10}
timeout_s=${BENCH_TIMEOUT_S:-60}
poll_s=${BENCH_POLL_S:-0.02}
title=${BENCH_TITLE:-Rapport}
settle_s=${BENCH_SETTLE_S:-1}
bare=${BENCH_BARE:-$here/org.rapport.bench.product/target/products/org.rapport.bench.workbench.product/linux/gtk/x86_64/bare-workbench}
bare_title='^Bare Workbench'

die() { echo "startup-benchmark: $*" >&2; exit 2; }

[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'"
[ -x "$product/rapport" ] || die "no product with a 'rapport' script in $product (build it: ./mvnw -B verify -DskipTests)"
product=$(cd "$product" && pwd)
if [ "$bare" != off ]; then
  [ -d "$bare/plugins" ] || die "no bare workbench in $bare: build it with
  ./mvnw -B verify -Pbench -DskipTests -pl target-platform,releng/benchmarks/org.rapport.bench.workbench,releng/benchmarks/org.rapport.bench.product
or set BENCH_BARE=off to measure Rapport alone"
  bare=$(cd "$bare" && pwd)
fi
command -v xdotool >/dev/null || die "xdotool is missing (Debian: apt-get install -y xdotool)"

# --- Java 21+, found the way the build finds it --------------------------------------------------------------------
find_java=$here/../scripts/find-java.sh
[ -x "$find_java" ] || die "missing $find_java"
java_home=$("$find_java") || die "no Java 21+ found (see the message above)"
export RAPPORT_JAVA=$java_home/bin/java

# --- temporary folder, cleanup ---------------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-startup.XXXXXX") || die "cannot create a temporary folder"
app_pid=
xvfb_pid=
failed=0
stop_product() { # closes the product started last: SIGTERM, wait up to 10 s, then SIGKILL
  [ -n "$app_pid" ] || return 0
  if kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$app_pid" 2>/dev/null
  fi
  wait "$app_pid" 2>/dev/null
  app_pid=
}
cleanup() {
  stop_product
  [ -n "$xvfb_pid" ] && { kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; }
  if [ "${BENCH_KEEP:-0}" = 1 ] || [ "$failed" = 1 ]; then echo "kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# --- fresh copies of the products: the first start after installing them ------------------------------------------
fresh_copy() { # $1 = product dir, $2 = copy's name in $work
  cp -a "$1" "$work/$2" || die "cannot copy $1"
  # What a start leaves in the configuration area, so that the first run is a first start even when the product was
  # started in place before: the OSGi framework's cache, the extension registry cache, application and theme state,
  # preferences, logs and the class-data-sharing archive of the 'rapport' script. What p2 installed stays.
  ( cd "$work/$2/configuration" && rm -rf org.eclipse.osgi org.eclipse.core.runtime org.eclipse.equinox.app \
      org.eclipse.e4.ui.css.swt.theme .settings ./*.log ./*.jsa cds )
}
fresh_copy "$product" product
products=(rapport)
declare -A dir_of=([rapport]=$work/product) title_of=([rapport]=$title)
if [ "$bare" != off ]; then
  fresh_copy "$bare" bare
  cp "$product/rapport" "$work/bare/rapport" || die "cannot copy the 'rapport' script into the bare workbench"
  products+=(bare); dir_of[bare]=$work/bare; title_of[bare]=$bare_title
fi

# --- display ---------------------------------------------------------------------------------------------------------
display_usable() { [ -n "${DISPLAY:-}" ] && xdotool getdisplaygeometry >/dev/null 2>&1; }
case ${BENCH_XVFB:-auto} in
  always) own_xvfb=1 ;;
  never) own_xvfb=0; display_usable || die "BENCH_XVFB=never but DISPLAY '${DISPLAY:-}' is not usable" ;;
  auto) if display_usable; then own_xvfb=0; else own_xvfb=1; fi ;;
  *) die "BENCH_XVFB must be auto, always or never" ;;
esac
if [ "$own_xvfb" = 1 ]; then
  command -v Xvfb >/dev/null || die "Xvfb is missing (Debian: apt-get install -y xvfb)"
  # a display number far from the usual ones (:0, xvfb-run's :99), free of lock file and socket; retried when another
  # server takes it first. -noreset: by default Xvfb resets when its last client disconnects (after each run), and a
  # client connecting during the reset fails (SWT: "No more handles [gtk_init_check() failed]").
  for n in $(seq 171 230); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; kill -0 "$xvfb_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$xvfb_pid" 2>/dev/null && DISPLAY=:$n xdotool getdisplaygeometry >/dev/null 2>&1; then
      export DISPLAY=:$n; break
    fi
    kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; xvfb_pid=
  done
  [ -n "$xvfb_pid" ] || { cat "$work/xvfb.log" >&2; die "could not start Xvfb"; }
fi
check_display() { # a run needs a working display: say so plainly when it went away (e.g. its Xvfb was killed)
  xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
  echo "startup-benchmark: display $DISPLAY is no longer usable$([ -n "$xvfb_pid" ] && ! kill -0 "$xvfb_pid" 2>/dev/null && echo ': its Xvfb has ended')" >&2
  [ -n "$xvfb_pid" ] && tail -n 20 "$work/xvfb.log" >&2
  return 1
}

# --- runs ------------------------------------------------------------------------------------------------------------
# The polling loop must take as little CPU as it can from the product it measures (2 cores): the clock and the pause
# are bash built-ins (EPOCHREALTIME, read -t on a pipe nobody writes to), not a date and a sleep process per turn.
now_ms() { local t=${EPOCHREALTIME/[.,]/}; NOW=$(( t / 1000 )); } # sets NOW
mkfifo "$work/nap" && exec 9<>"$work/nap" || die "cannot create a pipe in $work"
nap() { read -r -t "$1" -u 9 _ || :; }
milestone() { # $1 = trace file, $2 = milestone name; prints its ms or '-'
  local v; v=$(awk -v m="$2" '$1 == m {print $2; exit}' "$1" 2>/dev/null); echo "${v:--}"
}
clk_tck=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_ms_of() { # $1 = pid; CPU ms (user + system, all threads) of the process and of the children it waited for
  # fields after the ')' of /proc/PID/stat: utime stime cutime cstime are the 12th to 15th
  local s; s=$(cat "/proc/$1/stat" 2>/dev/null) || { echo -; return; }
  echo "${s##*) }" | awk -v hz="$clk_tck" '{printf "%d", ($12 + $13 + $14 + $15) * 1000 / hz}'
}
busy_ms() { # CPU ms spent by the whole machine since boot (all cores, without idle and iowait)
  awk -v hz="$clk_tck" '/^cpu / {printf "%d", ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz; exit}' /proc/stat
}
show_logs() { # $1 = run id
  echo "--- last lines of the product's output ($work/$1.out):" >&2
  tail -n 40 "$work/$1.out" >&2
  if [ -f "$work/ws-$1/.metadata/.log" ]; then
    echo "--- last lines of the workspace log:" >&2
    tail -n 40 "$work/ws-$1/.metadata/.log" >&2
  fi
}

ncpu=$(grep -c ^processor /proc/cpuinfo 2>/dev/null || echo '?')
echo "Rapport start-up benchmark: $runs runs of $product"
[ "$bare" != off ] && echo "beside $runs runs of the bare workbench $bare"
echo "java: $("$RAPPORT_JAVA" -version 2>&1 | head -1)   cpus: $ncpu   load average: $(cut -d' ' -f1-3 /proc/loadavg)   display: $DISPLAY$([ "$own_xvfb" = 1 ] && echo ' (private Xvfb)')"
[ -n "${RAPPORT_VMARGS:-}" ] && echo "RAPPORT_VMARGS: $RAPPORT_VMARGS"
echo "window = fork of the start script -> first visible window (outside); app / advisor = process start ->"
echo "IApplication.start / postWindowOpen (inside, -Drapport.startup.trace); cpu = the product's user + system CPU"
echo "time until its window showed; others = CPU time of all other processes meanwhile. All in ms."
echo
line='%-4s %-8s %-5s %8s %8s %8s %8s %8s\n'
printf "$line" run product cache window app advisor cpu others
declare -A win=() app=() adv=() cpu_ms=() others=()

start_once() { # $1 = product key, $2 = run number; fills the arrays at [key,run]; non-zero when the run failed
  local p=$1 i=$2 id=$1$2 trace=$work/trace-$1$2 shown= deadline busy0 t0 kind k=$1,$2
  kind=$([ "$i" = 1 ] && echo cold || echo warm)
  check_display || return 1
  busy0=$(busy_ms)
  now_ms; t0=$NOW
  RAPPORT_VMARGS="-Drapport.startup.trace=$trace ${RAPPORT_VMARGS:-}" \
    "${dir_of[$p]}/rapport" -data "$work/ws-$id" >"$work/$id.out" 2>&1 </dev/null 9<&- &
  app_pid=$!
  deadline=$(( t0 + timeout_s * 1000 ))
  # no window before the application starts: ask the X server (a process per question) only from then on, or after
  # 3 s for a product that writes no trace
  while now_ms; [ ! -s "$trace" ] && [ $(( NOW - t0 )) -lt 3000 ] && kill -0 "$app_pid" 2>/dev/null; do
    nap "$poll_s"
  done
  while :; do
    if xdotool search --onlyvisible --name "${title_of[$p]}" >/dev/null 2>&1; then
      now_ms; shown=$(( NOW - t0 )); cpu_ms[$k]=$(cpu_ms_of "$app_pid")
      others[$k]=$(( $(busy_ms) - busy0 - ${cpu_ms[$k]/-/0} )); [ "${others[$k]}" -ge 0 ] || others[$k]=0
      break
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    now_ms; [ "$NOW" -lt "$deadline" ] || break
    nap "$poll_s"
  done
  if [ -z "$shown" ]; then
    if kill -0 "$app_pid" 2>/dev/null; then
      echo "run $i of $p: no window titled /${title_of[$p]}/ after $timeout_s s" >&2
    else
      wait "$app_pid"; echo "run $i of $p: the product ended (exit code $?) before a window titled /${title_of[$p]}/ showed" >&2
      app_pid=
    fi
    show_logs "$id"
    check_display
    return 1
  fi
  # the 'window' milestone is written by postWindowOpen, which may come a little after the window is mapped
  for _ in $(seq 50); do [ "$(milestone "$trace" window)" != - ] && break; sleep 0.1; done
  sleep "$settle_s"
  stop_product
  win[$k]=$shown; app[$k]=$(milestone "$trace" application); adv[$k]=$(milestone "$trace" window)
  printf "$line" "$i" "$p" "$kind" "${win[$k]}" "${app[$k]}" "${adv[$k]}" "${cpu_ms[$k]}" "${others[$k]}"
  rm -rf "$work/ws-$id"
}

done_runs=0
for i in $(seq 1 "$runs"); do
  for p in "${products[@]}"; do
    start_once "$p" "$i" || { failed=1; break 2; }
  done
  done_runs=$i
done

# --- summary ---------------------------------------------------------------------------------------------------------
stats() { # values on stdin ('-' ignored): prints "median min max" or "- - -"
  sort -n | awk '/^[0-9]+$/ {v[n++] = $1}
    END { if (n == 0) { print "- - -"; exit }
          m = (n % 2) ? v[(n - 1) / 2] : int((v[n / 2 - 1] + v[n / 2]) / 2 + 0.5)
          print m, v[0], v[n - 1] }'
}
column_of() { # $1 = array name, $2 = product key: its warm values, one a line
  local -n a=$1; local j; for j in $(seq 2 "$done_runs"); do echo "${a[$2,$j]:--}"; done
}
ratio() { # $1 / $2 with two decimals, or '-'
  awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9]+$/ && b ~ /^[0-9]+$/ && b > 0) printf "%.2f", a / b; else print "-" }'
}
declare -A median=()
if [ "$done_runs" -gt 0 ]; then
  echo
  row='%-8s %-22s %8s %8s %8s %8s %8s\n'
  printf "$row" "" "" window app advisor cpu others
  for p in "${products[@]}"; do
    printf "$row" "$p" "cold (run 1)" "${win[$p,1]}" "${app[$p,1]}" "${adv[$p,1]}" "${cpu_ms[$p,1]}" "${others[$p,1]}"
    [ "$done_runs" -gt 1 ] || continue
    read -r wm wn wx < <(column_of win "$p" | stats)
    read -r am an ax < <(column_of app "$p" | stats)
    read -r vm vn vx < <(column_of adv "$p" | stats)
    read -r cm cn cx < <(column_of cpu_ms "$p" | stats)
    read -r om on ox < <(column_of others "$p" | stats)
    median[$p,win]=$wm; median[$p,cpu]=$cm; median[$p,others]=$om
    printf "$row" "" "warm median ($(( done_runs - 1 )) runs)" "$wm" "$am" "$vm" "$cm" "$om"
    printf "$row" "" "warm min" "$wn" "$an" "$vn" "$cn" "$on"
    printf "$row" "" "warm max" "$wx" "$ax" "$vx" "$cx" "$ox"
  done
  if [ "$bare" != off ]; then
    echo
    echo "rapport / bare   cold: window $(ratio "${win[rapport,1]}" "${win[bare,1]}")x  cpu $(ratio "${cpu_ms[rapport,1]}" "${cpu_ms[bare,1]}")x" \
         "  warm median: window $(ratio "${median[rapport,win]:-}" "${median[bare,win]:-}")x  cpu $(ratio "${median[rapport,cpu]:-}" "${median[bare,cpu]:-}")x"
  fi
  if [ "${median[rapport,others]:-0}" -gt 500 ] 2>/dev/null; then
    echo "note: other processes used ${median[rapport,others]} ms of CPU during a median run: the machine was busy, the times are too high"
  fi
fi
exit $failed
