#!/usr/bin/env bash
# What building on all cores gains, phase by phase: N reports (default 3,000) built with the site's
# parallel streams in a pool of 1 thread and of all cores, alternately, best of RUNS (default 3).
#   bench/site/parallel.sh [reports] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
N="${1:-3000}"
RUNS="${2:-3}"
WORK="$(mktemp -d /tmp/diffpress-bench-parallel.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
python3 bench/site/make_reports.py "$N" "$WORK/portal" src/test/resources/io/diffpress/site/example-report.md
printf 'title: Bench\nbaseURL: https://example.github.io/bench/\npageSize: 20\n' > "$WORK/portal/site.yml"
mvn -B -q -o test-compile
cp_file="$root/target/site-bench.classpath"
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" \
  io.diffpress.site.SiteBuildBench "$WORK/portal/site.yml" "$RUNS"
