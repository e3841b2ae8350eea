// lunr.js side of the search benchmark (see run.sh): builds the index for the documents that
// SearchBenchmark wrote, the same way lunr-reference.js does (with the build pipeline of the site's
// search.js), and times build + JSON.stringify.
//   node lunr-bench.js <lunr-package-dir> <documents.json> <index-out.json> <runs>
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require(path.resolve(process.argv[2], 'lunr.js'));
const site = require(path.resolve(__dirname, '../../src/main/resources/io/diffpress/search/search.js'));
const req = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const runs = Number(process.argv[5] || 1);

function build() {
  return lunr(function () {
    site.usePipeline(lunr, this);
    this.ref(req.refField);
    for (const field of req.fields) this.field(field.name, { boost: field.boost });
    for (const d of req.documents) {
      const doc = Object.assign({}, d.fields);
      doc[req.refField] = d.ref;
      this.add(doc, { boost: d.boost });
    }
  });
}

const millis = [];
let json = '';
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  json = JSON.stringify(build());
  millis.push(Number(process.hrtime.bigint() - start) / 1e6);
}
fs.writeFileSync(process.argv[4], json, 'utf8');
process.stdout.write(JSON.stringify({ millis, bytes: Buffer.byteLength(json, 'utf8') }) + '\n');
