// Tests search.js in Node against a split index written by the Java side (SearchScriptTest).
//   node search-js-test.js <lunr-package-dir> <search.js> <directory with manifest.json>
// Prints one line per test and "N passed, M failed"; exits 1 on any failure.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');

const lunr = require(path.resolve(process.argv[2], 'lunr.js'));
const search = require(path.resolve(process.argv[3]));
const dir = path.resolve(process.argv[4]);
const manifestUrl = pathToFileURL(path.join(dir, 'manifest.json')).href;
const fetched = [];
const fetchJson = async (url) => {
  fetched.push(path.basename(fileURLToPath(url)));
  return JSON.parse(fs.readFileSync(fileURLToPath(url), 'utf8'));
};

// --- a minimal DOM, enough for search.js, that records which elements get created ---
const created = [];
class Node {
  constructor(tag, text) {
    this.tagName = tag; this.childNodes = []; this.parentNode = null; this.attributes = {};
    this.listeners = {}; this.text = text; this.className = '';
    const self = this;
    this.classList = {
      add(c) { const s = new Set(self.className.split(' ').filter(Boolean)); s.add(c); self.className = [...s].join(' '); },
      remove(c) { self.className = self.className.split(' ').filter((x) => x && x !== c).join(' '); },
      contains(c) { return self.className.split(' ').includes(c); },
    };
  }
  get firstChild() { return this.childNodes[0] || null; }
  appendChild(n) { n.parentNode = this; this.childNodes.push(n); return n; }
  insertBefore(n, ref) { n.parentNode = this; this.childNodes.splice(this.childNodes.indexOf(ref), 0, n); return n; }
  removeChild(n) { this.childNodes.splice(this.childNodes.indexOf(n), 1); n.parentNode = null; return n; }
  get textContent() { return this.tagName === '#text' ? this.text : this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(v) { this.childNodes = []; if (v !== '') this.appendChild(new Node('#text', String(v))); }
  set innerHTML(v) { throw new Error('innerHTML must not be used'); }
  setAttribute(k, v) { this.attributes[k] = String(v); if (k === 'id') this.id = String(v); }
  getAttribute(k) { return k in this.attributes ? this.attributes[k] : null; }
  hasAttribute(k) { return k in this.attributes; }
  removeAttribute(k) { delete this.attributes[k]; }
  focus() { doc.activeElement = this; }
  addEventListener(type, fn) { (this.listeners[type] = this.listeners[type] || []).push(fn); }
  dispatch(type, event) { (this.listeners[type] || []).forEach((fn) => fn(Object.assign({ target: this, preventDefault() {} }, event))); }
  all() { return this.childNodes.flatMap((c) => [c, ...c.all()]); }
  querySelectorAll(sel) {
    return this.all().filter((n) => (sel[0] === '.' ? n.classList.contains(sel.slice(1)) : n.tagName === sel));
  }
  querySelector(sel) { return this.querySelectorAll(sel)[0] || null; }
}
const doc = {
  baseURI: 'https://example.org/sub/search/',
  createElement(tag) { created.push(tag); return new Node(tag); },
  createTextNode(text) { return new Node('#text', text); },
};

let passed = 0;
let failed = 0;
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log('ok   ' + name);
  } catch (e) {
    failed++;
    console.log('FAIL ' + name + '\n' + (e && e.stack ? e.stack : e));
  }
}

(async () => {
  const index = new search.PartedIndex(lunr, fetchJson, manifestUrl);

  await test('loads the newest part first and finds results in it alone', async () => {
    const manifest = await index.loadManifest();
    assert.ok(manifest.parts.length >= 3, 'expected several parts');
    await index.loadPart(0);
    // file numbers count from the oldest part, so the newest part has the highest number
    assert.deepStrictEqual(fetched.sort(), [manifest.parts[0].index, 'manifest.json', manifest.parts[0].store].sort());
    assert.strictEqual(manifest.parts[0].index, 'index-' + (manifest.parts.length - 1) + '.json');
    const { results, error } = index.search('release');
    assert.strictEqual(error, null);
    assert.ok(results.length > 0);
    assert.ok(results.every((r) => r.partNumber === 0 && r.entry && r.entry.url));
  });

  await test('merges every part by score, each page once', async () => {
    for (let i = 1; i < index.partCount; i++) await index.loadPart(i);
    const { results } = index.search('release crash');
    const parts = new Set(results.map((r) => r.partNumber));
    assert.ok(parts.size >= 2, 'results from several parts');
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1].score >= results[i].score, 'sorted by score');
    // refs count within a part, so a result is its part and ref; its page (URL) is found only once
    assert.strictEqual(new Set(results.map((r) => r.partNumber + '/' + r.ref)).size, results.length);
    assert.ok(results.every((r) => r.entry !== null), 'every ref is in its part store');
    assert.strictEqual(new Set(results.map((r) => r.entry.url)).size, results.length);
    assert.ok(results.some((r) => r.partNumber > 0 && r.ref === '0'), 'refs repeat across parts');
  });

  await test('stemmed, fielded and wildcard queries work across parts', async () => {
    assert.ok(index.search('releases').results.length > 0);
    assert.ok(index.search('title:report').results.length > 0);
    assert.ok(index.search('crash*').results.length > 0);
    assert.strictEqual(index.search('').results.length, 0);
  });

  await test('reports lunr query syntax errors instead of throwing', async () => {
    for (const q of ['title:', 'nosuchfield:release', 'release^abc']) {
      const { results, error } = index.search(q);
      assert.ok(error instanceof lunr.QueryParseError, q);
      assert.strictEqual(results.length, 0);
    }
  });

  const urls = (q) => index.search(q).results.map((r) => r.entry.url);

  await test('finds accented words whole: the index keeps them (Unicode trimmer)', async () => {
    assert.deepStrictEqual(urls('über'), ['files/uber/']);
    assert.deepStrictEqual(urls('Über'), ['files/uber/']);
    assert.deepStrictEqual(urls('geändert'), ['files/uber/']);
    assert.deepStrictEqual(urls('title:über +100'), ['files/uber/']);
    assert.deepStrictEqual(urls('ber'), [], 'no longer indexed as "ber"');
  });

  await test('finds Japanese and Chinese words by their bigrams, the query segmented like the index', async () => {
    assert.deepStrictEqual(urls('削除'), ['reports/2024/ja/']);
    assert.deepStrictEqual(urls('「削除」'), ['reports/2024/ja/']);
    assert.deepStrictEqual(urls('削'), ['reports/2024/ja/'], 'one character is a prefix');
    // a longer phrase: every document with one of its bigrams, the one with all of them first
    const phrase = urls('ファイルを削除しました');
    assert.strictEqual(phrase[0], 'reports/2024/ja/');
    assert.ok(phrase.includes('reports/2024/ja-add/'), 'shares ファイル and しました: bigrams match loosely');
    assert.deepStrictEqual(urls('+ファイル +削除'), ['reports/2024/ja/']);
    assert.deepStrictEqual(urls('ファイル -削除'), ['reports/2024/ja-add/']);
    assert.deepStrictEqual(urls('title:削除'), ['reports/2024/ja/']);
    assert.deepStrictEqual(urls('gpt-4.1の削除').slice(0, 1), ['reports/2024/ja/']);
    assert.deepStrictEqual(urls('删除'), ['reports/2024/zh/']);
    const { error } = index.search('削除:');
    assert.ok(error instanceof lunr.QueryParseError, 'lunr syntax still applies');
  });

  await test('highlights CJK matches by character and accented words whole', async () => {
    const marked = (segments) => segments.filter((s) => s.mark).map((s) => s.text);
    const text = 'ファイルを削除しました。gpt-4.1の削除';
    const hit = index.search('削除しました').results[0];
    const segments = search.highlightSegments(lunr, text, hit.terms);
    assert.deepStrictEqual(marked(segments), ['削除しました', '削除']);
    assert.strictEqual(segments.map((s) => s.text).join(''), text);
    assert.deepStrictEqual(marked(search.highlightSegments(lunr, 'Die Datei Über #1', ['über'])), ['Über']);
    const paths = 'readme.md（docs/readme.md）を更新';
    const pathTerms = [search.termOf(lunr, 'readme.md'), search.termOf(lunr, 'docs/readme.md')];
    const pathSegments = search.highlightSegments(lunr, paths, pathTerms);
    assert.deepStrictEqual(marked(pathSegments), ['readme.md', 'docs/readme.md'], 'CJK punctuation separates');
    assert.strictEqual(pathSegments.map((s) => s.text).join(''), paths);
    const long = 'あ'.repeat(300) + '削除' + 'い'.repeat(300);
    const cut = search.highlightSegments(lunr, long, ['削除'], 120);
    const joined = cut.map((s) => s.text).join('');
    assert.ok(joined.length <= 130 && joined.startsWith('… ') && joined.endsWith(' …'), joined);
    assert.deepStrictEqual(marked(cut), ['削除']);

    // the page: a Japanese query typed in the box renders the report with its words marked
    const input = new Node('input');
    const list = new Node('ol');
    const status = new Node('p');
    const win = { location: { href: 'https://example.org/sub/search/', search: '' } };
    const page = new search.SearchPage(doc, win, lunr, index, { input, results: list, status }, '../');
    input.value = 'ファイルを削除';
    page.run();
    const first = list.querySelectorAll('.search-result')[0];
    assert.strictEqual(first.querySelector('a').href, 'https://example.org/sub/reports/2024/ja/');
    assert.deepStrictEqual(first.querySelectorAll('mark').map((m) => m.textContent), ['ファイルを削除']);
  });

  await test('highlights the words whose lunr term matched', async () => {
    const segments = search.highlightSegments(lunr, 'Fixed crashes in the Parser, again', ['crash', 'parser']);
    assert.deepStrictEqual(segments.filter((s) => s.mark).map((s) => s.text), ['crashes', 'Parser,']);
    assert.strictEqual(segments.map((s) => s.text).join(''), 'Fixed crashes in the Parser, again');
    const long = 'intro '.repeat(100) + 'the crash happened ' + 'outro '.repeat(100);
    const cut = search.highlightSegments(lunr, long, ['crash'], 120);
    const text = cut.map((s) => s.text).join('');
    assert.ok(text.length <= 130 && text.startsWith('… ') && text.endsWith(' …'), text);
    assert.ok(cut.some((s) => s.mark && s.text === 'crash'));
  });

  await test('renders with DOM nodes only, so markup in the data stays text', async () => {
    created.length = 0;
    const hit = { ref: '0', score: 1, terms: ['crash'], entry: {
      url: 'reports/2024/1/', title: '<script>alert(1)</script>', date: '2024-01-01', section: 'Reports',
      summary: '<img src=x onerror=alert(1)> crash report', types: ['fix', 'feat"><b>'] } };
    const li = search.renderResult(doc, lunr, hit, '../', doc.baseURI, 'r0');
    assert.deepStrictEqual([...new Set(created)].sort(), ['a', 'div', 'li', 'mark', 'p', 'span', 'time']);
    assert.strictEqual(li.querySelector('a').textContent, '<script>alert(1)</script>');
    assert.strictEqual(li.querySelector('a').href, 'https://example.org/sub/reports/2024/1/');
    assert.ok(li.querySelector('p').textContent.startsWith('<img src=x onerror=alert(1)>'));
    assert.strictEqual(li.querySelector('mark').textContent, 'crash');
    assert.deepStrictEqual(li.querySelectorAll('.badge').map((b) => b.textContent), ['fix', 'feat"><b>']);
  });

  await test('a result in another language than the site\'s carries its lang, one in the site\'s none', async () => {
    const entry = { url: 'r/', title: '変更の概要', summary: '手順 crash', lang: 'ja-JP' };
    const li = search.renderResult(doc, lunr, { ref: '0', score: 1, terms: ['crash'], entry }, '../', doc.baseURI, 'r1');
    assert.strictEqual(li.querySelector('a').getAttribute('lang'), 'ja-JP');
    assert.strictEqual(li.querySelector('p').getAttribute('lang'), 'ja-JP');
    const plain = search.renderResult(doc, lunr, { ref: '1', score: 1, terms: [], entry: { url: 'r/', title: 'T', summary: 'S' } },
      '../', doc.baseURI, 'r2');
    assert.strictEqual(plain.querySelector('a').getAttribute('lang'), null);
    assert.strictEqual(plain.querySelector('p').getAttribute('lang'), null);
  });

  await test('resolves every URL against the base, so the site works under a subpath', async () => {
    assert.strictEqual(search.resolveUrl('search/manifest.json', '../', 'https://h/docs/search/'),
      'https://h/docs/search/manifest.json');
    assert.strictEqual(search.resolveUrl('reports/a/', '/docs/', 'https://h/docs/x/y/'), 'https://h/docs/reports/a/');
    assert.strictEqual(search.resolveUrl('reports/a/', './', 'file:///site/index.html'), 'file:///site/reports/a/');
    assert.strictEqual(search.queryFromSearch('?q=crash+fix&x=1'), 'crash fix');
    assert.strictEqual(search.queryFromSearch(''), '');
  });

  await test('page: runs the query, moves along the result links with the arrow keys', async () => {
    const input = new Node('input');
    input.value = 'release';
    const list = new Node('ol');
    const status = new Node('p');
    const win = { location: { href: 'https://example.org/sub/search/?q=release', search: '?q=release' } };
    const page = new search.SearchPage(doc, win, lunr, index, { input, results: list, status }, '../');
    page.bind();
    page.run();
    const items = list.querySelectorAll('.search-result');
    assert.ok(items.length > 1);
    assert.ok(/^\d+ results$/.test(status.textContent), status.textContent);
    // a list of links: no listbox or option roles, whose options would hide the links inside them from a screen reader
    assert.strictEqual(list.getAttribute('role'), null);
    assert.strictEqual(items[0].getAttribute('role'), null);
    assert.strictEqual(items[0].querySelector('a').getAttribute('dir'), 'auto', 'a right-to-left title reads as such');
    input.dispatch('keydown', { key: 'ArrowDown' });
    assert.ok(items[0].classList.contains('is-active'));
    assert.strictEqual(doc.activeElement, items[0].querySelector('a'), 'down from the box: the first link');
    const link0 = items[0].querySelector('a');
    list.dispatch('keydown', { key: 'ArrowDown', target: link0 });
    assert.strictEqual(doc.activeElement, items[1].querySelector('a'));
    assert.ok(!items[0].classList.contains('is-active'));
    list.dispatch('keydown', { key: 'ArrowUp', target: items[1].querySelector('a') });
    assert.strictEqual(doc.activeElement, link0);
    list.dispatch('keydown', { key: 'ArrowUp', target: link0 });
    assert.strictEqual(doc.activeElement, input, 'up from the first link: back to the box');
    assert.ok(!items[0].classList.contains('is-active'));
    input.dispatch('keydown', { key: 'ArrowDown' });
    assert.strictEqual(doc.activeElement, link0, 'down again: the first link, not the one after the last marked');

    // Enter on a focused link is left to the browser; in the box it searches again, and opens nothing
    const before = win.location.href;
    list.dispatch('keydown', { key: 'Enter', target: link0 });
    input.dispatch('keydown', { key: 'Enter' });
    assert.strictEqual(win.location.href, before);
    assert.ok(list.querySelectorAll('.search-result').length > 1, 'searched again');

    input.value = 'title:';
    page.run();
    assert.strictEqual(list.childNodes.length, 0);
    assert.ok(status.textContent.startsWith('Search syntax error at “'), status.textContent);
    assert.ok(status.className.includes('search-status-error'));
    input.value = 'zzzzzz';
    page.run();
    assert.strictEqual(status.textContent, 'No results');
  });

  await test('page: messages come from the page in its own language', async () => {
    const input = new Node('input');
    const list = new Node('ol');
    const status = new Node('p');
    status.setAttribute('data-text-no-results', '見つかりませんでした');
    status.setAttribute('data-text-results', '{0} 件');
    status.setAttribute('data-text-syntax-error', '検索構文のエラー:「{0}」を読めません。');
    const win = { location: { href: 'https://example.org/sub/search/', search: '' } };
    const page = new search.SearchPage(doc, win, lunr, index, { input, results: list, status }, '../');
    input.value = 'release';
    page.run();
    assert.ok(/^\d+ 件$/.test(status.textContent), status.textContent);
    input.value = 'zzzzzz';
    page.run();
    assert.strictEqual(status.textContent, '見つかりませんでした');
    input.value = 'title:';
    page.run();
    assert.ok(status.textContent.startsWith('検索構文のエラー:「'), status.textContent);
    assert.ok(!status.textContent.includes('{0}'), status.textContent);
    // the page's language only: lunr's English account of the error is left out, the part it could not read named
    input.value = 'release nosuchfield:crash';
    page.run();
    assert.strictEqual(status.textContent, '検索構文のエラー:「nosuchfield」を読めません。');
    assert.ok(Object.keys(search.TEXT).includes('one-result'), 'keys not given by the page keep their default');
  });

  await test('page: a site without reports says there are no results, not that it is loading', async () => {
    const empty = new search.PartedIndex(lunr, async () => ({ parts: [] }), manifestUrl);
    const input = new Node('input');
    input.value = 'release';
    const list = new Node('ol');
    const status = new Node('p');
    const win = { location: { href: 'https://example.org/sub/search/?q=release', search: '?q=release' } };
    const page = new search.SearchPage(doc, win, lunr, empty, { input, results: list, status }, '../');
    await page.loadAll();
    assert.strictEqual(status.textContent, 'No results');
    assert.strictEqual(list.childNodes.length, 0);
  });

  console.log(passed + ' passed, ' + failed + ' failed');
  process.exit(failed === 0 ? 0 : 1);
})();
