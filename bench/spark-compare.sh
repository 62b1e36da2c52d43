#!/usr/bin/env bash
# Per-article cost of the Spark engine on local[2] against the embedded engine, on the same synthetic corpus, run
# alternately in one script so that both see the same machine load; checks that both write the same model.
#
#   bench/spark-compare.sh                     # 20,000 articles, 3 cold builds per engine
#   N=5000 RUNS=5 bench/spark-compare.sh
#
# Builds the jars first when needed (./parley does). Prints the machine, each engine's median wall time, its
# milliseconds per article and articles/s, and the ratio spark/embedded. docs/scale.md uses its numbers.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
n="${N:-20000}"
runs="${RUNS:-3}"
master="${MASTER:-local[2]}"
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-spark-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load $(cut -d' ' -f1 /proc/loadavg)"
echo "corpus: $n synthetic articles (bench/corpus-gen, seed 1), $runs cold builds per engine, alternating; spark on $master"

java "$root/bench/corpus-gen/CorpusGen.java" "$n" "$work/corpus" 1 2>/dev/null
find "$work/corpus" -type f -print0 | xargs -0 cat >/dev/null
# both engines built before anything is timed
"$root/parley" build --no-cache "$root/seeds" -o "$work/warm.json" 2>/dev/null
"$root/parley" build --engine spark --master "$master" "$root/seeds" -o "$work/warm.json" 2>/dev/null

time_build() { # name -> seconds
  local start end
  start=$(date +%s.%N)
  if [ "$1" = embedded ]; then
    # the jar as build-compare.sh runs it (the launcher's client-compiler-only options are for the explorer)
    java -jar "$root/target/parley.jar" build --no-cache "$work/corpus" -o "$work/embedded.json" 2>"$work/log"
  else
    "$root/parley" build --engine spark --master "$master" "$work/corpus" -o "$work/spark.json" 2>"$work/log"
  fi || { echo "spark-compare: $1 build failed:" >&2; tail -3 "$work/log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}

e=(); s=()
for _ in $(seq "$runs"); do
  e+=("$(time_build embedded)")
  s+=("$(time_build spark)")
done
cmp -s "$work/embedded.json" "$work/spark.json" && same="the same bytes" || same="DIFFERENT MODELS"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
me="$(median "${e[@]}")"; ms="$(median "${s[@]}")"
report() { # name seconds runs
  awk -v name="$1" -v t="$2" -v n="$n" -v runs="$3" \
    'BEGIN {printf "%-9s runs %s s; median %.1f s, %.2f ms/article, %.0f articles/s\n", name ":", runs, t, t * 1000 / n, n / t}'
}
report embedded "$me" "${e[*]}"
report spark "$ms" "${s[*]}"
awk -v a="$me" -v b="$ms" -v same="$same" 'BEGIN {printf "spark/embedded: %.2f; models: %s\n", b / a, same}'
