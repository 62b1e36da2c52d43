#!/usr/bin/env bash
# Time to first screen of the explorer, as a whole process, next to a bare Lanterna hello world started the
# same way (same JVM, same jar on the class path, same /dev/tty setup). Needs a terminal: run it in a terminal
# or in tmux (`tmux new-session -d -x 100 -y 30 'bench/first-frame/run.sh > bench/out/first-frame.txt'`).
#
#   bench/first-frame/run.sh                 # 20 runs each, the seeds model
#   RUNS=50 MODEL=data/model.json bench/first-frame/run.sh
#
# Prints one Markdown table row per variant: median and mean wall time in milliseconds. The explorer runs with
# --first-frame-exit: it draws the first full frame (Documents pane with its preview) and quits. `./parley` is
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

# milliseconds of each run, then median and mean
measure() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1; s+=$1} END {printf "%d | %.0f", a[int((NR+1)/2)], s/NR}'
}

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(java -version 2>&1 | head -1), TERM=$TERM, $runs runs"
  echo "model: $(basename "$model") ($(du -k "$model" | cut -f1) kB)"
  echo
  echo "| variant | median ms | mean ms |"
  echo "|---|---|---|"
  echo "| Lanterna hello world, plain \`java\` (the floor) | $(measure "${hello[@]}") |"
  echo "| \`./parley --first-frame-exit\` (as shipped: archive + client compiler) | $(measure "$root/parley" --model "$model" --first-frame-exit) |"
  echo "| explorer, plain \`java -jar\` | $(measure "${explorer[@]}") |"
  echo "| Lanterna hello world, same options as the launcher (own archive) | $(measure java "${opts[@]}" -XX:SharedArchiveFile="$out/hello.jsa" -cp "$hello_cp" HelloLanterna) |"
} | tee "$out/result.md"
