#!/usr/bin/env bash
# Person F1 of the person finder on a folder of hand-tagged articles.
# usage: bench/person-f1/run.sh DATASET_DIR [--with-title]
# DATASET_DIR holds articles/*.txt and score_people.py (see README.md in this folder).
set -euo pipefail
dataset="${1:?usage: run.sh DATASET_DIR [--with-title]}"
shift
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${TMPDIR:-/tmp}/parley-person-preds.json"
(cd "$root" && mvn -B -q -DskipTests test-compile)
java -cp "$root/target/classes:$root/target/test-classes" dev.parley.extract.PersonBench \
    "$dataset/articles" "$out" "$@"
python3 "$dataset/score_people.py" "$out"
