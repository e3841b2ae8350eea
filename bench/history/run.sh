#!/usr/bin/env bash
# Times the history stage (HistoryReader.plan + changes over every daily range) against a shell
# loop of `git diff --numstat -M BASE HEAD` over the same ranges, on a synthetic documentation
# repository built deterministically with git fast-import.
#
#   bench/history/run.sh [COMMITS] [FILES] [YEARS] [SEED]
#
# Defaults: 20000 commits, 3000 Markdown files, 5 years, seed 1. The repository is cached in
# target/bench-history/ by its parameters. Set KEEP_REPO=0 to rebuild it.
set -euo pipefail

COMMITS=${1:-20000}
FILES=${2:-3000}
YEARS=${3:-5}
SEED=${4:-1}
HEAP=${HEAP:-512m}

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WORK="$ROOT/target/bench-history"
REPO="$WORK/repo-$COMMITS-$FILES-$YEARS-$SEED"
mkdir -p "$WORK"

echo "== build (mvn test-compile)"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$WORK/classpath.txt")"

if [[ ! -d "$REPO" || "${KEEP_REPO:-1}" == 0 ]]; then
  echo "== synthetic repository: $COMMITS commits, $FILES files, $YEARS years, seed $SEED"
  rm -rf "$REPO"
  git init -q -b main "$REPO"
  start=$(date +%s.%N)
  java -cp "$CP" io.diffpress.history.bench.SyntheticDocsRepo "$COMMITS" "$FILES" "$YEARS" "$SEED" \
    | git -C "$REPO" fast-import --quiet
  git -C "$REPO" repack -adq
  echo "   built in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s, $(du -sh "$REPO/.git" | cut -f1) on disk"
fi

THREADS=$(nproc)
echo "== diffpress history stage, one range at a time (java -Xmx$HEAP)"
java -Xmx"$HEAP" -cp "$CP" io.diffpress.history.bench.RangeBenchmark "$REPO" "$WORK/pairs.txt" 1 | tee "$WORK/java.txt"
JAVA_S=$(awk '/^java-seconds/ {print $2}' "$WORK/java.txt")
echo "== diffpress history stage, $THREADS ranges at a time as the generate command does (java -Xmx$HEAP)"
java -Xmx"$HEAP" -cp "$CP" io.diffpress.history.bench.RangeBenchmark "$REPO" "$WORK/pairs.txt" "$THREADS" | tee "$WORK/java-parallel.txt"
JAVA_PAR_S=$(awk '/^java-seconds/ {print $2}' "$WORK/java-parallel.txt")

echo "== shell loop: git diff --numstat -M BASE HEAD over the same $(wc -l < "$WORK/pairs.txt") ranges"
start=$(date +%s.%N)
while read -r base head; do
  git -C "$REPO" diff --numstat -M "$base" "$head" > /dev/null
done < "$WORK/pairs.txt"
GIT_S=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.3f", b - a}')

echo "== result"
printf 'diffpress  %8.2f s (one range at a time)\n' "$JAVA_S"
printf 'diffpress  %8.2f s (%d ranges at a time)\n' "$JAVA_PAR_S" "$THREADS"
printf 'git loop   %8.2f s\n' "$GIT_S"
awk -v j="$JAVA_S" -v g="$GIT_S" 'BEGIN {printf "ratio      %8.2f (diffpress one at a time / git loop; below 1 is faster)\n", j / g}'
awk -v j="$JAVA_PAR_S" -v g="$GIT_S" 'BEGIN {printf "ratio      %8.2f (diffpress on all cores / git loop)\n", j / g}'
