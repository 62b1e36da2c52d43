#!/usr/bin/env bash
# A large model under a small heap: the explorer on a synthetic corpus of 100,000 articles (bench/corpus-gen) with
# -Xmx512m. It must either work or end with one clear line (no OutOfMemoryError trace). Not part of the tests: the
# corpus and its build take minutes and about 1.5 GB of disk.
#
#   bench/memory/run.sh                         # 100,000 articles, -Xmx512m
#   SIZE=20000 HEAP=64m bench/memory/run.sh
#   WORK=/somewhere/big bench/memory/run.sh     # where the corpus and model go (default /tmp/parley-memory)
#
# Two runs, both on the real jar, both printing the exit code, the wall time and stderr:
#   - open: the first frame (`--first-frame-exit`, in a tmux window: it needs a terminal);
#   - walk: the start and a walk over every pane with their rows built (`--warm-up`, on an off-screen terminal:
#     this is what the launcher's class archive is recorded from, and it needs no terminal).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/target/parley.jar"
work="${WORK:-${TMPDIR:-/tmp}/parley-memory}"
size="${SIZE:-100000}"
heap="${HEAP:-512m}"
export XDG_CACHE_HOME="$work/cache"
mkdir -p "$work"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2
fi
corpus="$work/corpus-$size"
model="$work/model-$size.json"
if [ ! -d "$corpus" ]; then
  java "$root/bench/corpus-gen/CorpusGen.java" "$size" "$corpus" 1 >/dev/null 2>&1
fi
if [ ! -f "$model" ]; then
  # the build gets a large heap: what is measured is opening the model, not building it
  java -Xmx4g -jar "$jar" build "$corpus" -o "$model" 2>"$work/build.err" >/dev/null
fi

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "model: $size documents, $(du -h "$model" | cut -f1) model.json, heap -Xmx$heap"

report() { # name, exit code, milliseconds, stderr file
  local lines trace
  lines=$(grep -c . "$4" || true)
  trace=$(grep -c -e 'OutOfMemoryError' -e $'^\tat ' "$4" || true)
  echo "$1: exit $2, $3 ms, $lines stderr line(s), $trace trace line(s)"
  sed 's/^/    /' "$4"
}

# the first opening reads model.json and writes the snapshot; time it apart from the later ones
t0=$(date +%s%N)
set +e
java "-Xmx$heap" -jar "$jar" --warm-up --model "$model" >/dev/null 2>"$work/walk.err"
code=$?
set -e
report "walk (--warm-up, every pane)" "$code" $(( ($(date +%s%N) - t0) / 1000000 )) "$work/walk.err"

if command -v tmux >/dev/null 2>&1; then
  sock="parley-memory-$$"
  t0=$(date +%s%N)
  tmux -L "$sock" new-session -d -x 120 -y 40 \
    "java -Xmx$heap -jar '$jar' --model '$model' --first-frame-exit 2>'$work/open.err'; echo \$? >'$work/open.code'"
  while tmux -L "$sock" has-session 2>/dev/null; do sleep 0.2; done
  report "open (--first-frame-exit, tmux)" "$(cat "$work/open.code")" $(( ($(date +%s%N) - t0) / 1000000 )) "$work/open.err"
fi
