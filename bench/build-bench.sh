#!/usr/bin/env bash
# Build speed and peak memory of `parley build` on synthetic corpora (bench/corpus-gen/CorpusGen.java).
#
#   bench/build-bench.sh                  # 1k, 10k and 20k articles
#   SIZES="1000 50000" bench/build-bench.sh
#   PARLEY_JAVA_OPTS=-Xmx2g bench/build-bench.sh
#
# Prints the machine, then one Markdown table row per size: documents, wall time, documents per second, peak RSS
# (from /usr/bin/time -v) and the model's size. Corpora are written to a temporary folder that is removed at the end.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/parley.jar"
sizes="${SIZES:-1000 10000 20000}"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2
fi
if [ ! -x /usr/bin/time ]; then
  echo "build-bench: /usr/bin/time is needed (apt-get install time)" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/parley-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# the builds' extraction caches go with the corpora, not into the user's cache folder
export XDG_CACHE_HOME="$work/cache"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "options: ${PARLEY_JAVA_OPTS:-(none)}"
echo
echo "| documents | corpus | wall time | documents/s | peak RSS | model size |"
echo "|---:|---:|---:|---:|---:|---:|"

for n in $sizes; do
  corpus="$work/corpus-$n"
  java "$root/bench/corpus-gen/CorpusGen.java" "$n" "$corpus" 1 2>/dev/null
  # read the files once so that every size is measured with a warm page cache
  find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat >/dev/null

  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/time-$n" java ${PARLEY_JAVA_OPTS:-} -jar "$jar" build "$corpus" -o "$work/model-$n.json" \
    2>"$work/log-$n" || { echo "build-bench: build of $n failed:" >&2; tail -5 "$work/log-$n" >&2; exit 1; }

  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$n")"
  seconds="$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
  rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$n")"
  corpus_mb="$(du -sm --apparent-size "$corpus" | cut -f1)"
  model_mb="$(awk -v b="$(stat -c %s "$work/model-$n.json")" 'BEGIN { printf "%.1f", b / 1048576 }')"
  awk -v n="$n" -v s="$seconds" -v rss="$rss_kb" -v c="$corpus_mb" -v m="$model_mb" 'BEGIN {
    printf "| %d | %d MB | %.1f s | %.0f | %.0f MB | %s MB |\n", n, c, s, (s > 0 ? n / s : 0), rss / 1024, m }'
  rm -rf "$corpus"
done
