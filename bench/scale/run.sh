#!/usr/bin/env bash
# Opening large models: time to the first screen, memory and key-to-frame of the explorer on synthetic corpora of
# 10,000 and 100,000 articles (bench/corpus-gen/CorpusGen.java). Needs a terminal: run it inside tmux, e.g.
#   tmux new-session -d -x 100 -y 30 'bench/scale/run.sh > /tmp/parley-scale/result.md 2>&1'
#
#   bench/scale/run.sh                          # 10k and 100k, 5 opens each
#   SIZES=10000 RUNS=10 bench/scale/run.sh
#   WORK=/somewhere/big bench/scale/run.sh      # where corpora and models go (default /tmp/parley-scale)
#
# Corpora and models are large (the 100k model.json is about 1 GB, its build takes minutes) and are kept in WORK
# between runs; they never go into the checkout. Per size it reports:
#   - the first opening of a model without a snapshot (reads model.json, writes model.json.snapshot), once;
#   - openings from the snapshot, as users start it (./parley --first-frame-exit: launcher, class archive), median;
#   - the same with the heap capped at 1 GB (PARLEY_JAVA_OPTS=-Xmx1g), median, to show that it fits;
#   - KeyToFrame (src/test/java/dev/parley/tui/KeyToFrame.java): heap after a GC at the first frame, and key to
#     redrawn frame over a walk through every pane (median and p95 of warm rounds, the launcher's JVM options).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/target/parley.jar"
work="${WORK:-${TMPDIR:-/tmp}/parley-scale}"
# the builds' extraction caches stay with the work files, not in the user's cache folder
export XDG_CACHE_HOME="$work/cache"
sizes="${SIZES:-10000 100000}"
runs="${RUNS:-5}"
mkdir -p "$work"

if ! (exec </dev/tty) 2>/dev/null; then
  echo "scale: needs a terminal (/dev/tty); run it inside tmux" >&2
  exit 2
fi
(cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package test-compile \
  dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt") >&2
cp="$root/target/classes:$root/target/test-classes:$(cat "$work/classpath.txt")"
"$root/parley" --version >/dev/null # records the launcher's class archive once

# wall milliseconds of one run of a command
once() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "scale: failed: $*" >&2; return 1; }
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

median() {
  local times=()
  for _ in $(seq "$runs"); do
    times+=("$(once "$@")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); $runs opens per median"
echo
echo "| documents | model.json | snapshot | first open (JSON, writes snapshot) | open from snapshot | same, -Xmx1g | heap at first frame | key to frame median / p95 |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"

for n in $sizes; do
  model="$work/model-$n.json"
  if [ ! -f "$model" ]; then
    rm -rf "$work/corpus-$n"
    java "$root/bench/corpus-gen/CorpusGen.java" "$n" "$work/corpus-$n" 1 >/dev/null 2>&1
    java -jar "$jar" build "$work/corpus-$n" -o "$model" >/dev/null 2>"$work/build-$n.log"
  fi
  rm -f "$model.snapshot"
  first=$(once "$root/parley" --model "$model" --first-frame-exit)
  fast=$(median "$root/parley" --model "$model" --first-frame-exit)
  capped=$(PARLEY_JAVA_OPTS=-Xmx1g median "$root/parley" --model "$model" --first-frame-exit)
  # the launcher's options: client compiler only, and the young generation it picks (a sixteenth of RAM, <= 1 GB)
  young=$(( $(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 16 / 1024 ))
  if [ "$young" -gt 1024 ]; then young=1024; fi
  k2f="$(java -XX:TieredStopAtLevel=1 "-Xmn${young}m" -cp "$cp" dev.parley.tui.KeyToFrame "$model" 2>/dev/null)"
  heap="$(sed -n 's/.*at the first frame \([0-9]*\) MB.*/\1/p' <<<"$k2f")"
  keys="$(sed -n 's/.*median \([0-9.]*\) ms, p95 \([0-9.]*\) ms.*/\1 \/ \2/p' <<<"$k2f")"
  awk -v n="$n" -v m="$(stat -c %s "$model")" -v s="$(stat -c %s "$model.snapshot")" -v f="$first" -v o="$fast" \
    -v c="$capped" -v h="$heap" -v k="$keys" 'BEGIN {
    printf "| %d | %.0f MB | %.0f MB | %.1f s | %.2f s | %.2f s | %s MB | %s ms |\n", n, m / 1048576, s / 1048576,
      f / 1000, o / 1000, c / 1000, h, k }'
  echo "KeyToFrame, $n: $k2f" >&2
done
