#!/usr/bin/env bash
# Time to first screen of the explorer, as a whole process, next to a bare Lanterna hello world started the
# same way (same JVM, same jar on the class path, same /dev/tty setup). Needs a terminal: run it in a terminal
# or in tmux (`tmux new-session -d -x 100 -y 30 'bench/first-frame/run.sh > bench/out/first-frame.txt'`).
#
#   bench/first-frame/run.sh                 # 20 runs each, the seeds model
#   RUNS=50 MODEL=data/model.json bench/first-frame/run.sh
#
#   BEFORE=/other/checkout bench/first-frame/run.sh   # also that checkout's launcher, interleaved (the anchor)
#
# Prints one Markdown table row per variant: median and mean wall time in milliseconds, and the ratio to the floor.
# The explorer runs with --first-frame-exit: it draws the first full frame (Documents pane with its preview) and quits. `./parley` is
# measured as users start it: the launcher maps its class-data archive (recorded once per jar) and runs the client
# compiler only. The hello world is measured plain, and again with the same options and an archive of its own.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/target/parley.jar"
out="$root/bench/out/first-frame"
runs="${RUNS:-20}"
mkdir -p "$out/classes"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2
fi
if ! (exec </dev/tty) 2>/dev/null; then
  echo "first-frame: needs a terminal (/dev/tty); run it inside tmux" >&2
  exit 2
fi

model="${MODEL:-$out/seeds-model.json}"
if [ ! -f "$model" ]; then
  java -jar "$jar" build "$root/seeds" -o "$model" >/dev/null 2>&1
fi
# AppCDS takes jars only, no directories: the hello world goes in a small jar of its own
rm -rf "$out/classes" && mkdir -p "$out/classes"
javac -d "$out/classes" -cp "$jar" "$root/bench/first-frame/HelloLanterna.java"
jar cf "$out/hello.jar" -C "$out/classes" HelloLanterna.class

hello_cp="$jar:$out/hello.jar"
hello=(java -cp "$hello_cp" HelloLanterna)
explorer=(java -jar "$jar" --model "$model" --first-frame-exit)
# the launcher's own JVM options (client compiler, logging off stdout), for the floor given the same treatment
opts=(-XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds=off -Xlog:cds+dynamic=off)

java "${opts[@]}" -XX:ArchiveClassesAtExit="$out/hello.jsa" -cp "$hello_cp" HelloLanterna >/dev/null 2>&1
# the launcher records target/parley.jsa itself on its first run after a build
"$root/parley" --version >/dev/null

# The variants run interleaved (one run of each in turn, RUNS rounds), so that a change of load on a shared machine
# falls on all of them alike; each row gives median and mean ms, and the ratio of medians to the floor.
variants=(hello shipped plain hello_opts)
labels=("Lanterna hello world, plain \`java\` (the floor)"
  "\`./parley --first-frame-exit\` (as shipped: archive + client compiler)"
  "explorer, plain \`java -jar\`"
  "Lanterna hello world, same options as the launcher (own archive)")
if [ -n "${BEFORE:-}" ]; then # another checkout's launcher (with its jar built), e.g. the code before a change
  variants+=(before)
  labels+=("\`parley --first-frame-exit\` of $BEFORE")
fi
run_variant() {
  case "$1" in
    hello) "${hello[@]}" ;;
    shipped) "$root/parley" --model "$model" --first-frame-exit ;;
    plain) "${explorer[@]}" ;;
    hello_opts) java "${opts[@]}" -XX:SharedArchiveFile="$out/hello.jsa" -cp "$hello_cp" HelloLanterna ;;
    before) "$BEFORE/parley" --model "$model" --first-frame-exit ;;
  esac
}
if [ -n "${BEFORE:-}" ]; then "$BEFORE/parley" --version >/dev/null; fi
declare -A times
for _ in $(seq "$runs"); do
  for v in "${variants[@]}"; do
    t0=$(date +%s%N)
    run_variant "$v" >/dev/null 2>&1
    t1=$(date +%s%N)
    times[$v]+="$(( (t1 - t0) / 1000000 )) "
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mean() { printf '%s\n' $1 | awk '{s+=$1} END {printf "%.0f", s/NR}'; }
floor="$(median "${times[hello]}")"

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(java -version 2>&1 | head -1), TERM=$TERM, $runs interleaved rounds"
  echo "model: $(basename "$model") ($(du -k "$model" | cut -f1) kB); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| variant | median ms | mean ms | median / floor |"
  echo "|---|---|---|---|"
  for i in "${!variants[@]}"; do
    v="${variants[$i]}"
    m="$(median "${times[$v]}")"
    echo "| ${labels[$i]} | $m | $(mean "${times[$v]}") | $(awk -v a="$m" -v b="$floor" 'BEGIN {printf "%.2f", a / b}') |"
  done
} | tee "$out/result.md"
