#!/usr/bin/env bash
# Typing a filter over the Quotes list, key to redrawn screen.
#
#   bench/filter/run.sh                       # in process, 500,000 synthetic quotes (FilterBench)
#   MODEL=/big/model.json bench/filter/run.sh # also from outside: the jar in tmux 160x50 on that model
#   BEFORE=old.jar MODEL=... bench/filter/run.sh   # and the same for an older jar, in the same run (the anchor)
#
# In process (src/test/java/dev/parley/tui/FilterBench.java): update, render and refresh on a virtual terminal, per
# key, with the explorer's JVM options; the loop's thread CPU time beside the wall time, since on a loaded machine
# wall time mostly measures waiting for a core. The same again with every scan on the loop's thread (the anchor). From outside: tmux send-keys one letter, then capture-pane until the
# list's header shows the new filter; milliseconds from the key to then (capture-pane costs a few ms itself).
# WORDS: comma-separated, one typed per round, each with another first letter so that no round meets results kept
# from an earlier one (default minister,president,security,cooperation,agreement).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
words="${WORDS:-minister,president,security,cooperation,agreement}"
IFS=, read -r -a list <<<"$words"
runs="${#list[@]}"
opts=(-XX:TieredStopAtLevel=1 -Xmn1g)
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-filter.XXXXXX")"
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package test-compile \
  dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt") >&2
cp="$root/target/classes:$root/target/test-classes:$(cat "$work/classpath.txt")"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "in process, ${SYNTHETIC:-500000} synthetic quotes:"
java "${opts[@]}" -cp "$cp" dev.parley.tui.FilterBench "${SYNTHETIC:-500000}" "$words" "$runs"
java "${opts[@]}" -cp "$cp" dev.parley.tui.FilterBench "${SYNTHETIC:-500000}" "$words" "$runs" on-loop
if [ -n "${MODEL:-}" ]; then
  echo
  echo "in process, $MODEL:"
  java "${opts[@]}" -cp "$cp" dev.parley.tui.FilterBench "$MODEL" "$words" "$runs"
fi

# from outside: one explorer in tmux, each word typed in turn (Esc between), ms per letter
outside() {
  local jar="$1" sock="pf$$" keys prefix t0 t1 i query
  tmux -L "$sock" new-session -d -x 160 -y 50 "java ${opts[*]} -jar $jar --model $MODEL; sleep 600"
  until tmux -L "$sock" capture-pane -p | grep -q "Documents [0-9]"; do sleep 0.05; done
  tmux -L "$sock" send-keys 5
  until tmux -L "$sock" capture-pane -p | grep -q "Quotes [0-9]"; do sleep 0.05; done
  sleep 3 # the other panes' rows are built in the background after the first frame
  for query in "${list[@]}"; do
    tmux -L "$sock" send-keys /
    sleep 0.3
    prefix=""
    keys=""
    for ((i = 0; i < ${#query}; i++)); do
      prefix+="${query:i:1}"
      t0=$(date +%s%N)
      tmux -L "$sock" send-keys -l "${query:i:1}"
      until tmux -L "$sock" capture-pane -p | grep -qF "matching “$prefix”"; do sleep 0.002; done
      t1=$(date +%s%N)
      keys+=" $(( (t1 - t0) / 1000000 ))"
      sleep 0.2 # a pause between letters: the background scan, if any, finishes
    done
    echo "  $query: ${keys# }"
    tmux -L "$sock" send-keys Escape
    sleep 0.5
  done
  tmux -L "$sock" kill-server 2>/dev/null || true
}

if [ -n "${MODEL:-}" ] && command -v tmux >/dev/null; then
  echo
  echo "from outside (tmux 160x50), ms from each letter to the screen showing it, one line per word:"
  if [ -n "${BEFORE:-}" ]; then
    echo "before ($BEFORE):"
    outside "$BEFORE"
  fi
  echo "this checkout:"
  outside "$root/target/parley.jar"
fi
