#!/usr/bin/env bash
# Rebuild after a few changed articles against a cold build, in the same run: the cost of a rebuild of a model in
# parts (extraction cache, only changed parts written) as a share of a cold build of the same articles.
#   bench/rebuild/run.sh [ARTICLES] [CHANGED]     default 10000 articles, 10 changed
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
changed=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=target/parley.jar
[ -f "$jar" ] || mvn -B -q -o package -DskipTests
java bench/corpus-gen/CorpusGen.java "$n" "$work/in" 1 >/dev/null
export XDG_CACHE_HOME="$work/cache"

seconds() { # command... -> wall seconds on stdout, the command's summary on stderr
  local t0 t1
  t0=$(date +%s.%N)
  "$@" 2> >(tail -2 >&2)
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }' 
}

cold=$(seconds java -jar "$jar" build "$work/in" -o "$work/cold.json" --no-cache)
parts=$(seconds java -jar "$jar" build "$work/in" -o "$work/parts.json" --parts)
step=$(( n / changed ))
find "$work/in" -type f | sort | awk -v s="$step" 'NR % s == 1' | head -n "$changed" | while read -r f; do
  printf '\nThe delegation also visited the harbour of Quellin on its way back.\n' >> "$f"
done
rebuild=$(seconds java -jar "$jar" build "$work/in" -o "$work/parts.json")
printf 'articles %d, changed %d, machine %s, load %s\n' "$n" "$changed" "$(nproc) cores" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'cold build, one file        %7.1f s\n' "$cold"
printf 'cold build, in parts        %7.1f s\n' "$parts"
printf 'rebuild in parts            %7.1f s   = %.1f %% of the cold one-file build (target <= 5 %%)\n' \
  "$rebuild" "$(awk -v r="$rebuild" -v c="$cold" 'BEGIN { print 100 * r / c }')"
