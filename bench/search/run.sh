#!/usr/bin/env bash
# Search benchmark: 10,000 synthetic report-like documents with the site's fields, LunrIndexBuilder versus
# lunr.js 2.3.9 in Node (build + serialize, first run and best of 3), index/store sizes raw and gzip, the split
# by year at the site's default part size (cold, unchanged and one more report, with the part cache), and the
# bytes the first search downloads (manifest + newest part) against the 300 kB gzip target, plus the totals.
# Exits non-zero if our index differs from lunr.js's or a cached split differs from an uncached one.
#   bench/search/run.sh [documents] [max part bytes, default search.maxPartBytes's default]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
node="${DIFFPRESS_NODE:-node}"
lunr_dir="${DIFFPRESS_LUNR_DIR:-$root/node_modules/lunr}"
if [ ! -f "$lunr_dir/lunr.js" ]; then
  npm install --no-save --no-package-lock lunr@2.3.9 >/dev/null
  lunr_dir="$root/node_modules/lunr"
fi
mvn -B -q test-compile
cp_file="$root/target/search-bench.classpath"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
work="$root/target/search-bench"
java -Xmx2g -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" \
  io.diffpress.search.bench.SearchBenchmark "$node" "$lunr_dir" "$root/bench/search/lunr-bench.js" "$work" "$@"
