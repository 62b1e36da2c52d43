#!/usr/bin/env bash
# `./parley build` against its anchor, a Lucene-only pass over the same files (LuceneOnly.java: read every file,
# index its text, commit), run alternately in one script so that both see the same machine load (issue 15's target:
# at most 2.0 times the anchor). Also the peak memory (max RSS, /usr/bin/time -v) of each.
#
#   bench/build-vs-lucene/run.sh                  # 8,900 synthetic articles, 5 runs of each
#   N=10000 RUNS=7 bench/build-vs-lucene/run.sh
#   CORPUS=some/folder bench/build-vs-lucene/run.sh     # real articles instead of bench/corpus-gen's
#
# Parley builds cold (--no-cache) with the launcher's own JVM options; the anchor runs on the same jar's Lucene,
# compiled once beforehand. Prints the machine and its load, the medians and the ratio parley/anchor.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/target/parley.jar"
n="${N:-8900}"
runs="${RUNS:-5}"
if [ ! -x /usr/bin/time ]; then
  echo "build-vs-lucene: /usr/bin/time is needed (apt-get install time)" >&2
  exit 1
fi
[ -f "$jar" ] || (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2

work="$(mktemp -d "${TMPDIR:-/tmp}/parley-vs-lucene.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

if [ -n "${CORPUS:-}" ]; then
  corpus="$CORPUS"
  what="$(find "$corpus" -type f | wc -l) files of $corpus"
else
  corpus="$work/corpus"
  java "$root/bench/corpus-gen/CorpusGen.java" "$n" "$corpus" 1 2>/dev/null
  what="$n synthetic articles (bench/corpus-gen, seed 1)"
fi
find "$corpus" -type f -print0 | xargs -0 cat >/dev/null # a warm page cache for both
mkdir -p "$work/classes"
javac -nowarn -cp "$jar" -d "$work/classes" "$root/bench/build-vs-lucene/LuceneOnly.java"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $what; $runs runs of each, alternating"

run() { # name command... -> appends "seconds rss_kb" to $work/name
  local name="$1"; shift
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/log" \
    || { echo "build-vs-lucene: $name failed:" >&2; tail -3 "$work/log" >&2; exit 1; }
  local wall rss
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" \
    | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")"
  echo "$wall $rss" >>"$work/$name"
}
parley() { run parley "$root/parley" build --no-cache "$corpus" -o "$work/model.json"; }
anchor() { rm -rf "$work/lucene"; run anchor java -XX:+UseParallelGC -cp "$work/classes:$jar" LuceneOnly "$corpus" "$work/lucene"; }

# one discarded run each first: the page cache, the JDK's class data and the disk settle
parley; anchor; : >"$work/parley"; : >"$work/anchor"
for ((r = 1; r <= runs; r++)); do
  parley
  anchor
done

median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
p=$(median "$work/parley" 1); a=$(median "$work/anchor" 1)
prss=$(median "$work/parley" 2); arss=$(median "$work/anchor" 2)
echo "parley runs (s): $(cut -d' ' -f1 "$work/parley" | tr '\n' ' ')"
echo "anchor runs (s): $(cut -d' ' -f1 "$work/anchor" | tr '\n' ' ')"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| pass | median wall time | peak RSS |"
echo "|---|---:|---:|"
awk -v p="$p" -v a="$a" -v pr="$prss" -v ar="$arss" 'BEGIN {
  printf "| parley build | %.1f s | %.0f MB |\n| Lucene only | %.1f s | %.0f MB |\n", p, pr / 1024, a, ar / 1024
  printf "\nratio parley/anchor: %.2f (target <= 2.0)\n", p / a }'
