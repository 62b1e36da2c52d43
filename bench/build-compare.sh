#!/usr/bin/env bash
# Build throughput of two Parley jars on the same synthetic corpus, run alternately in one script so that both see
# the same machine load: the answer to "did this change make the build slower?".
#
#   bench/build-compare.sh BEFORE.jar [AFTER.jar]     # AFTER defaults to target/parley.jar
#   N=10000 RUNS=5 bench/build-compare.sh old.jar
#
# A jar of an earlier commit: git worktree add /tmp/old REV && (cd /tmp/old && mvn -q -DskipTests package).
# Prints the machine, the median wall time and documents/s of each jar over RUNS cold builds (--no-cache), and the
# ratio after/before (above 1 means the new jar is slower).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
before="${1:?usage: build-compare.sh BEFORE.jar [AFTER.jar]}"
after="${2:-$root/target/parley.jar}"
n="${N:-5000}"
runs="${RUNS:-3}"
for j in "$before" "$after"; do
  [ -f "$j" ] || { echo "build-compare: no jar at $j" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/parley-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM, load $(cut -d' ' -f1 /proc/loadavg)"
echo "corpus: $n synthetic articles (bench/corpus-gen, seed 1), $runs cold builds per jar, alternating"

java "$root/bench/corpus-gen/CorpusGen.java" "$n" "$work/corpus" 1 2>/dev/null
find "$work/corpus" -type f -print0 | xargs -0 cat >/dev/null

time_build() { # jar -> seconds
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java ${PARLEY_JAVA_OPTS:-} -jar "$1" build --no-cache "$work/corpus" -o "$work/model.json" 2>"$work/log" \
    || { echo "build-compare: build with $1 failed:" >&2; tail -3 "$work/log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { print e - s }'
}

# one discarded build each first: the page cache, the JDK's own class data and the disk settle
time_build "$before" >/dev/null; time_build "$after" >/dev/null
: >"$work/before"; : >"$work/after"
for ((r = 1; r <= runs; r++)); do
  time_build "$before" >>"$work/before"
  time_build "$after" >>"$work/after"
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
b=$(median "$work/before"); a=$(median "$work/after")
echo
echo "| jar | median wall time | documents/s |"
echo "|---|---:|---:|"
awk -v n="$n" -v b="$b" -v a="$a" 'BEGIN {
  printf "| before | %.1f s | %.0f |\n| after | %.1f s | %.0f |\n", b, n / b, a, n / a
  printf "\nratio after/before: %.2f\n", a / b }'
