#!/usr/bin/env bash
# Cost of reading saved web pages against plain text: the same synthetic articles (bench/corpus-gen) are built once
# as .txt files and once as .html pages (the text wrapped in the furniture of a news site: menus, share bars,
# related-article lists, a cookie banner, JSON-LD and OpenGraph metadata, a footer), and the wall times compared.
#
#   bench/html/run.sh            # 2,000 articles
#   N=5000 RUNS=7 bench/html/run.sh
#
# Builds both RUNS times (default 5), alternating, and prints each pair's ratio html/txt and their median
# (target: at most 1.5). Work files go to a temporary folder.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/target/parley.jar"
n="${N:-2000}"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-html-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

java "$root/bench/corpus-gen/CorpusGen.java" "$n" "$work/txt" 1 2>/dev/null
python3 "$root/bench/html/to_html.py" "$work/txt" "$work/html"
find "$work" -type f -print0 | xargs -0 cat >/dev/null # warm page cache for both

# prints "wall cpu" seconds of one build: CPU time (user + system) is less at the mercy of other jobs on the machine
build() {
  local TIMEFORMAT='%R %U %S' times
  # shellcheck disable=SC2086
  times="$( { time java ${PARLEY_JAVA_OPTS:-} -jar "$jar" build --no-cache "$1" -o "$work/$2.json" 2>"$work/$2.log" ; } 2>&1 )" \
    || { echo "html bench: build of $2 failed:" >&2; tail -5 "$work/$2.log" >&2; exit 1; }
  echo "$times" | awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }'
}

# interleaved and repeated: the machine's load changes between runs, the median ratio is what counts
runs="${RUNS:-5}"
ratios=()
cpu_ratios=()
for i in $(seq 1 "$runs"); do
  read -r tw tc < <(build "$work/txt" txt)
  read -r hw hc < <(build "$work/html" html)
  [ -n "${tc:-}" ] && [ -n "${hc:-}" ] || exit 1
  r="$(awk -v h="$hw" -v t="$tw" 'BEGIN { printf "%.3f", h / t }')"
  c="$(awk -v h="$hc" -v t="$tc" 'BEGIN { printf "%.3f", h / t }')"
  ratios+=("$r")
  cpu_ratios+=("$c")
  printf 'run %d: txt %.1f s (cpu %.1f s), html %.1f s (cpu %.1f s), ratio %s (cpu %s)\n' "$i" "$tw" "$tc" "$hw" "$hc" "$r" "$c"
done
txt_mb="$(du -sm --apparent-size "$work/txt" | cut -f1)"
html_mb="$(du -sm --apparent-size "$work/html" | cut -f1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%d articles: txt %d MB, html %d MB\n' "$n" "$txt_mb" "$html_mb"
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }'; }
echo "median ratio html/txt over $runs runs: wall $(median "${ratios[@]}"), cpu $(median "${cpu_ratios[@]}")"
