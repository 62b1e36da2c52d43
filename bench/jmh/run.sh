#!/usr/bin/env bash
# JMH benchmarks of the search core (bench/jmh/src/main/java/dev/parley/bench/SearchCoreBench.java).
#
#   bench/jmh/run.sh                                # 10,000 generated articles, the benchmark's own iterations
#   COUNT=100000 PARLEY_JAVA_OPTS=-Xmx8g bench/jmh/run.sh
#   bench/jmh/run.sh -wi 2 -w 1s -i 3 -r 1s         # anything after the script's name goes to JMH
#   bench/jmh/run.sh -p load=json,snapshot          # also through the snapshot, as the command line opens a model
#   bench/jmh/run.sh -bm sample                     # percentiles instead of the mean
#   BENCH='search.*' bench/jmh/run.sh -prof stack   # only the benchmarks matching a regular expression
#   MODEL=path/to/model.json QUERY_WORDS='kosovo status' QUERY_PHRASE='"foreign minister"' \
#       QUERY_FILTERED='person:lavrov kosovo' KWIC_TERM=kosovo PARLEY_JAVA_OPTS=-Xmx4g bench/jmh/run.sh
#
# PARLEY_JAVA_OPTS (default -Xmx2g) are the options of the JVM that measures: JMH's forks inherit the launching
# JVM's options (so do not give JMH -jvmArgs, which replaces them). QUERY_WORDS, QUERY_PHRASE, QUERY_FILTERED and
# KWIC_TERM replace the queries, whose defaults fit the generated corpus (they become system properties parley.bench.*).
#
# Builds target/parley.jar when missing and the benchmark jar (bench/jmh/pom.xml, a project of its own that the
# main build never touches), generates the corpus with bench/corpus-gen/CorpusGen.java and builds its model and
# index with `parley build`, then runs JMH and prints its table. Work files go to a temporary folder removed at the
# end (WORK=DIR keeps them, and a later run with the same WORK reuses the model).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/target/parley.jar"
count="${COUNT:-10000}"
opts="${PARLEY_JAVA_OPTS:--Xmx2g}"

[ -f "$jar" ] || (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2
# clean: shading over the previous run's shaded jar would warn about every class in it
(cd "$here" && mvn -B -q -Dstyle.color=never clean package) >&2
bench="$here/target/parley-jmh.jar"

if [ -n "${MODEL:-}" ]; then
  model="$MODEL"
else
  if [ -n "${WORK:-}" ]; then
    work="$WORK"; mkdir -p "$work"
  else
    work="$(mktemp -d "${TMPDIR:-/tmp}/parley-jmh.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
  fi
  model="$work/model.json"
  if [ ! -f "$model" ]; then
    java "$root/bench/corpus-gen/CorpusGen.java" "$count" "$work/corpus" 1 2>/dev/null
    # shellcheck disable=SC2086
    PARLEY_STDERR_TTY=0 java $opts -jar "$jar" build "$work/corpus" -o "$model" >&2
  fi
fi

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM"
echo "java: $(java -version 2>&1 | head -1); options of the measuring JVM: $opts"
echo "model: $model ($(du -h "$model" | cut -f1))"
echo

queries=()
[ -z "${QUERY_WORDS:-}" ] || queries+=("-Dparley.bench.words=$QUERY_WORDS")
[ -z "${QUERY_PHRASE:-}" ] || queries+=("-Dparley.bench.phrase=$QUERY_PHRASE")
[ -z "${QUERY_FILTERED:-}" ] || queries+=("-Dparley.bench.filtered=$QUERY_FILTERED")
[ -z "${KWIC_TERM:-}" ] || queries+=("-Dparley.bench.term=$KWIC_TERM")
# shellcheck disable=SC2086
java $opts -Dparley.bench.model="$model" ${queries[@]+"${queries[@]}"} -cp "$bench:$jar" org.openjdk.jmh.Main \
  "dev\.parley\.bench\.SearchCoreBench\.(${BENCH:-.*})\$" "$@"
