// Reference side of the lunr compatibility tests: builds an index with lunr.js itself, with the build
// pipeline of search.js (usePipeline: CJK bigrams, Unicode trimmer, stop words, stemmer; search.js is copied
// next to this script), and compares it with the index Java produced, as seen by lunr. Queries run on both
// indexes the way the site's search page runs them (search.js's searchIndex).
//
//   node lunr-reference.js <lunr-package-dir> <request.json>   one request, response JSON on stdout
//   node lunr-reference.js <lunr-package-dir>                  one request per stdin line, one response per line
//
// Request:  {refField, fields: [{name, boost}], documents: [{ref, fields: {name: text}, boost}],
//            ourIndex: "<JSON text built by Java>", queries: ["..."]}
// Response: {version, lunrIndex: "<JSON.stringify of lunr's index>", buildWarnings: [], loadWarnings: [],
//            loadError, results: [{query, lunr: {hits | error}, ours: {hits | error}}]}
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const lunrDir = process.argv[2];
const lunr = require(path.resolve(lunrDir, 'lunr.js'));
const lunrVersion = require(path.resolve(lunrDir, 'package.json')).version;
const site = require(path.join(__dirname, 'search.js'));

function withWarnings(fn) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  try {
    return { value: fn(), warnings };
  } finally {
    console.warn = original;
  }
}

function buildWithLunr(req) {
  return lunr(function () {
    site.usePipeline(lunr, this);
    this.ref(req.refField);
    for (const field of req.fields) {
      this.field(field.name, { boost: field.boost });
    }
    for (const d of req.documents) {
      const doc = {};
      for (const name of Object.keys(d.fields)) {
        doc[name] = d.fields[name];
      }
      doc[req.refField] = d.ref;
      this.add(doc, { boost: d.boost });
    }
  });
}

function search(index, query) {
  if (!index) {
    return { error: 'index not loaded' };
  }
  try {
    const hits = site.searchIndex(lunr, index, query).map((r) => [r.ref, r.score, Object.keys(r.matchData.metadata).sort()]);
    return { hits };
  } catch (e) {
    return { error: (e && e.name ? e.name + ': ' : '') + (e && e.message !== undefined ? e.message : String(e)) };
  }
}

function handle(req) {
  const built = withWarnings(() => buildWithLunr(req));
  const lunrIndex = built.value;
  let ours = null;
  let loadError = null;
  const loaded = withWarnings(() => {
    try {
      return lunr.Index.load(JSON.parse(req.ourIndex));
    } catch (e) {
      loadError = String(e && e.stack ? e.stack : e);
      return null;
    }
  });
  ours = loaded.value;
  const results = (req.queries || []).map((query) => ({
    query,
    lunr: search(lunrIndex, query),
    ours: search(ours, query),
  }));
  return {
    version: lunrVersion,
    lunrIndex: JSON.stringify(lunrIndex),
    buildWarnings: built.warnings,
    loadWarnings: loaded.warnings,
    loadError,
    results,
  };
}

if (process.argv[3]) {
  const req = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  process.stdout.write(JSON.stringify(handle(req)) + '\n');
} else {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    let response;
    try {
      response = handle(JSON.parse(line));
    } catch (e) {
      response = { fatal: String(e && e.stack ? e.stack : e) };
    }
    process.stdout.write(JSON.stringify(response) + '\n');
  });
}
