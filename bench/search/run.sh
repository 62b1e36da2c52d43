#!/usr/bin/env bash
# Search latency: Parley in-process (bench/search/SearchBench.java) against ripgrep over the same article files.
#
#   bench/search/run.sh                       # 100,000 generated articles (about 400 MB of text)
#   COUNT=20000 bench/search/run.sh
#   PARLEY_JAVA_OPTS=-Xmx8g bench/search/run.sh
#
# Generates the corpus with bench/corpus-gen/CorpusGen.java, builds the model and its index with `parley build`
# (timed), runs SearchBench, then `rg -i` for the same words with hyperfine. Needs ripgrep and hyperfine
# (apt-get install ripgrep hyperfine). Work files go to a temporary folder removed at the end (WORK=DIR keeps them).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/target/parley.jar"
count="${COUNT:-100000}"
opts="${PARLEY_JAVA_OPTS:--Xmx8g}"
for tool in rg hyperfine; do
  command -v "$tool" >/dev/null 2>&1 || { echo "search bench: $tool is needed (apt-get install ripgrep hyperfine)" >&2; exit 1; }
done
[ -f "$jar" ] || (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2

if [ -n "${WORK:-}" ]; then
  work="$WORK"; mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/parley-search-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
# the builds' extraction caches stay with the work files, not in the user's cache folder
export XDG_CACHE_HOME="$work/cache"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM"
echo "java: $(java -version 2>&1 | head -1); rg: $(rg --version | head -1)"

if [ ! -d "$work/corpus" ]; then
  java "$root/bench/corpus-gen/CorpusGen.java" "$count" "$work/corpus" 1 2>/dev/null
fi
echo "corpus: $count articles, $(du -sh "$work/corpus" | cut -f1)"
if [ ! -f "$work/model.json" ]; then
  # shellcheck disable=SC2086
  PARLEY_STDERR_TTY=0 java $opts -jar "$jar" build "$work/corpus" -o "$work/model.json" >&2
fi
echo
# shellcheck disable=SC2086
java $opts -cp "$jar" "$root/bench/search/SearchBench.java" "$work/model.json" 20

echo
echo "ripgrep over the same files (warm page cache), hyperfine mean:"
find "$work/corpus" -type f -print0 | xargs -0 cat >/dev/null
for q in security Okafor 'energy security' 'territorial integrity'; do
  hyperfine -N --warmup 2 --runs 10 --export-json "$work/rg.json" "rg -i -c '$q' $work/corpus" >/dev/null 2>&1 \
    || hyperfine --warmup 2 --runs 10 --export-json "$work/rg.json" "rg -i -c '$q' $work/corpus >/dev/null" >/dev/null
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"  rg -i '{sys.argv[2]}': mean {r['mean']*1000:.0f} ms, median {r['median']*1000:.0f} ms\")" "$work/rg.json" "$q"
done
