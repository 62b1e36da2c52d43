#!/usr/bin/env bash
# Cost of reading saved web pages against plain text: the same synthetic articles (bench/corpus-gen) are built once
# as .txt files and once as .html pages (the text wrapped in the furniture of a news site: menus, share bars,
# related-article lists, a cookie banner, JSON-LD and OpenGraph metadata, a footer), and the wall times compared.
#
#   bench/html/run.sh            # 2,000 articles
#   N=5000 bench/html/run.sh
#
# Prints one line per build and the ratio html/txt (target: at most 1.5). Work files go to a temporary folder.
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

build() {
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java ${PARLEY_JAVA_OPTS:-} -jar "$jar" build --no-cache "$1" -o "$work/$2.json" 2>"$work/$2.log" \
    || { echo "html bench: build of $2 failed:" >&2; tail -5 "$work/$2.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

txt_s="$(build "$work/txt" txt)"
html_s="$(build "$work/html" html)"
txt_mb="$(du -sm --apparent-size "$work/txt" | cut -f1)"
html_mb="$(du -sm --apparent-size "$work/html" | cut -f1)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs"
printf 'txt : %d articles, %d MB, %.1f s\n' "$n" "$txt_mb" "$txt_s"
printf 'html: %d articles, %d MB, %.1f s\n' "$n" "$html_mb" "$html_s"
awk -v h="$html_s" -v t="$txt_s" 'BEGIN { printf "ratio html/txt: %.2f\n", h / t }'
