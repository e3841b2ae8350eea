#!/usr/bin/env bash
# Times InsightWriter.explain over synthetic Markdown before/after pairs and prints the cost per
# file next to the cost of the JGit diff the history walk computes for the same pair.
# Usage: bench/insight/run.sh [pairs] [seed]     (defaults: 3000 42)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xss8m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    io.diffpress.insight.bench.InsightBench "${1:-3000}" "${2:-42}"
