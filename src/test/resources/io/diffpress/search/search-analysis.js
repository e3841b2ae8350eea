// Text analysis of search.js as Node sees it, for the Java tests (UnicodeTrimmerTest, CjkBigramsTest).
//   node search-analysis.js <lunr-package-dir> <search.js> <request.json>
// Request:  {tokens: ["..."]}
// Response: {wordRanges, cjkRanges, separatorRanges: [[first, last], ...] over every code point (lone surrogates included),
//            segments: [[...], ...] (segmentCjk of each token), trimmed: ["..."] (trimWord of each token),
//            asciiDifferences: ["..."] (ASCII strings that lunr.trimmer and trimWord trim differently)}
'use strict';
const fs = require('fs');
const path = require('path');

const lunr = require(path.resolve(process.argv[2], 'lunr.js'));
const site = require(path.resolve(process.argv[3]));
const req = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));

function ranges(predicate) {
  const out = [];
  for (let cp = 0; cp <= 0x10FFFF; cp++) {
    if (!predicate(String.fromCodePoint(cp))) continue;
    const last = out[out.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

// every ASCII string of up to two characters, and of three over an alphabet of each kind of character
const ascii = [''];
for (let a = 0; a < 128; a++) {
  ascii.push(String.fromCharCode(a));
  for (let b = 0; b < 128; b++) ascii.push(String.fromCharCode(a, b));
}
const alphabet = Array.from('aZ09_ -.!"#(),\'\t~\\@');
for (const a of alphabet) for (const b of alphabet) for (const c of alphabet) ascii.push(a + b + c);
const lunrTrim = (s) => lunr.trimmer(new lunr.Token(s)).toString();
const asciiDifferences = ascii.filter((s) => lunrTrim(s) !== site.trimWord(s));

process.stdout.write(JSON.stringify({
  wordRanges: ranges((ch) => site.trimWord(ch) === ch),
  cjkRanges: ranges(site.isCjkChar),
  separatorRanges: ranges(site.isCjkSeparator),
  segments: (req.tokens || []).map(site.segmentCjk),
  trimmed: (req.tokens || []).map(site.trimWord),
  asciiChecked: ascii.length,
  asciiDifferences,
}) + '\n');
