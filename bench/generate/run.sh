#!/usr/bin/env bash
# What the insight stage adds to the history stage, on the history benchmark's synthetic
# repository (built by bench/history/run.sh, or here if missing), and the real generate on all
# cores plus a rerun with nothing new. Prints per-file costs and the analysis share
# (target: analysis adds less than 50% to the history stage).
#
#   bench/generate/run.sh [COMMITS] [FILES] [YEARS] [SEED]     (defaults: 20000 3000 5 1)
#
# HEAP sets -Xmx (default 512m); JAVA_OPTS sets JVM options: by default the JIT's and collector's of README
# "Large sites", as init's workflow runs (JAVA_OPTS= runs with the JVM's defaults); e.g. add a flight recording of the
# JIT's compilations: JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=filename=/tmp/generate.jfr"
# JAVA_OPTS="$JAVA_OPTS -Dbench.analysisOnly=true" stops after the per-stage figures (no generate runs): half the time,
# for comparing options or code in turns.
set -euo pipefail
COMMITS=${1:-20000}
FILES=${2:-3000}
YEARS=${3:-5}
SEED=${4:-1}
HEAP=${HEAP:-512m}
JAVA_OPTS="${JAVA_OPTS--XX:+UseParallelGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000}"
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WORK="$ROOT/target/bench-history"
REPO="$WORK/repo-$COMMITS-$FILES-$YEARS-$SEED"
mkdir -p "$WORK"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$WORK/classpath.txt")"
if [[ ! -d "$REPO" ]]; then
  echo "== synthetic repository: $COMMITS commits, $FILES files, $YEARS years, seed $SEED"
  git init -q -b main "$REPO"
  java -cp "$CP" io.diffpress.history.bench.SyntheticDocsRepo "$COMMITS" "$FILES" "$YEARS" "$SEED" | git -C "$REPO" fast-import --quiet
  git -C "$REPO" repack -adq
fi
OUT="$WORK/generate"
rm -rf "$OUT"
echo "== history, insight and report text per range (one thread), then generate (java ${JAVA_OPTS:-} -Xmx$HEAP)"
java ${JAVA_OPTS:-} -Xmx"$HEAP" -Xss8m -cp "$CP" io.diffpress.bench.GenerateBenchmark "$REPO" "$OUT"
