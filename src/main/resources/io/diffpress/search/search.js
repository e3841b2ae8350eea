/*
 * diffpress site search (plain ES2019 with Unicode property escapes, no framework). Needs lunr.js 2.3.9 loaded
 * before it.
 *
 * Page contract:
 *   <html data-base="../">             base URL of the site, relative to the page or absolute (a data-base
 *                                        attribute on this script tag works too); defaults to "./"
 *   data-search-manifest="search/manifest.json"   optional, on <html> or the script tag, relative to the base
 *   <input data-search-input>           search box (type=search, name=q); live search while typing
 *   <ol data-search-results>            where results are rendered; its presence makes this the search page
 *   <p data-search-status>              optional; messages (loading, no results, query syntax errors)
 *   data-text-KEY="…"                  optional, on the status element: the messages in the page's language,
 *                                        KEY one of the keys of TEXT below ({0} stands for a number or message)
 *
 * The manifest lists index parts newest first (written by io.diffpress.search.IndexSplitter). The newest
 * part is loaded first so the first results show early; the other parts follow, and results from all
 * loaded parts are merged by score. Every URL is resolved against the base URL, so the site works under
 * a subpath and with no network beyond its own files. Data from the index is only ever inserted with
 * textContent / DOM nodes, never as HTML.
 *
 * Text analysis: the index is built (in Java, io.diffpress.search.TermPipeline) with lunr's tokenizer and the
 * build pipeline of usePipeline below: CJK bigrams, a Unicode-aware trimmer, lunr's stop-word filter and
 * stemmer. Queries are parsed by lunr, and each term with CJK characters is then segmented the same way
 * (searchIndex). The Java tests build the same documents with lunr.js and usePipeline, and compare.
 */
(function (root, factory) {
  'use strict';
  const api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.diffpressSearch = api;
    if (typeof document !== 'undefined') {
      const script = document.currentScript;
      const start = () => api.start(document, root, script);
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
      } else {
        start();
      }
    }
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  const MAX_RESULTS = 100;
  const SNIPPET_LENGTH = 240;
  const SEPARATOR = /([\s\-]+)/;

  // --- Text analysis: diffpress's pipeline functions, mirrored in Java (UnicodeTrimmer, CjkBigrams) ---

  const TRIMMER_LABEL = 'diffpressTrimmer';
  const BIGRAMS_LABEL = 'diffpressCjkBigrams';
  const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
  const LEADING_NON_WORD = /^[^\p{L}\p{M}\p{N}_]+/u;
  const TRAILING_NON_WORD = /[^\p{L}\p{M}\p{N}_]+$/u;
  /** Code points that are CJK when they are word characters: the same ranges as CjkBigrams.BLOCKS in Java. */
  const CJK_RANGES = [
    '\u1100-\u11FF', // Hangul Jamo
    '\u3005-\u3007', // 々 〆 〇
    '\u3021-\u302F', // Hangzhou numerals, ideographic and Hangul tone marks
    '\u3031-\u3035', // kana repeat marks
    '\u3038-\u303C', // more Hangzhou numerals, 〻 〼
    '\u3040-\u309F', // Hiragana
    '\u30A0-\u30FF', // Katakana
    '\u3130-\u318F', // Hangul Compatibility Jamo
    '\u31F0-\u31FF', // Katakana Phonetic Extensions
    '\u3400-\u4DBF', // CJK Unified Ideographs Extension A
    '\u4E00-\u9FFF', // CJK Unified Ideographs
    '\uA960-\uA97F', // Hangul Jamo Extended-A
    '\uAC00-\uD7AF', // Hangul Syllables
    '\uD7B0-\uD7FF', // Hangul Jamo Extended-B
    '\uF900-\uFAFF', // CJK Compatibility Ideographs
    '\uFF66-\uFFDC', // half-width Katakana and Hangul
    '\u{1AFF0}-\u{1B16F}', // Kana Extended-B, Kana Supplement, Kana Extended-A, Small Kana Extension
    '\u{20000}-\u{3FFFF}', // the Supplementary and Tertiary Ideographic Planes
  ].join('');
  const CJK_BLOCKS = new RegExp('^[' + CJK_RANGES + ']$', 'u');
  /**
   * Code points that separate words when they are not word characters (CJK punctuation such as （ ） ： 、 。,
   * even beside ASCII): the same ranges as CjkBigrams.PUNCTUATION_BLOCKS in Java.
   */
  const CJK_PUNCTUATION = '\u3000-\u303F\u30FB\uFE10-\uFE1F\uFE30-\uFE6F\uFF00-\uFFEF';
  const CJK_PUNCTUATION_BLOCKS = new RegExp('^[' + CJK_PUNCTUATION + ']$', 'u');
  /** Any code point of the CJK or punctuation blocks: a cheap test that most tokens, without one, stop at. */
  const ANY_CJK_BLOCK = new RegExp('[' + CJK_RANGES + CJK_PUNCTUATION + ']', 'u');

  /** Strips what is neither letter, mark, number nor '_' at both ends; on ASCII exactly lunr.trimmer. */
  function trimWord(s) {
    return s.replace(LEADING_NON_WORD, '').replace(TRAILING_NON_WORD, '');
  }

  /** Whether one code point (a string of it) is a CJK character: Han, kana or Hangul, and a word character. */
  function isCjkChar(ch) {
    return CJK_BLOCKS.test(ch) && WORD_CHAR.test(ch);
  }

  /** Whether one code point is CJK punctuation, which separates words as a space does. */
  function isCjkSeparator(ch) {
    return CJK_PUNCTUATION_BLOCKS.test(ch) && !WORD_CHAR.test(ch);
  }

  /** 'cjk', 'separator' (CJK punctuation) or 'other'. */
  function kindOf(ch) {
    return isCjkChar(ch) ? 'cjk' : isCjkSeparator(ch) ? 'separator' : 'other';
  }

  /** Whether segmentCjk cuts a token (of code points): it has a CJK character or CJK punctuation. */
  function hasCjk(chars) {
    return chars.some((c) => kindOf(c) !== 'other');
  }

  /**
   * The tokens a token stands for: itself unless it has CJK characters or CJK punctuation; else, in order, the
   * overlapping bigrams of each run of CJK characters (a lone one itself) and each other run trimmed, unless
   * empty. The punctuation is dropped.
   */
  function segmentCjk(str) {
    if (!ANY_CJK_BLOCK.test(str)) return [str];
    const chars = Array.from(str); // code points; a lone surrogate is one too
    if (!hasCjk(chars)) return [str];
    const out = [];
    cjkRuns(chars).forEach(({ run, cjk, separator }) => {
      if (separator) return;
      if (!cjk) {
        const other = trimWord(run.join(''));
        if (other !== '') out.push(other);
      } else if (run.length === 1) {
        out.push(run[0]);
      } else {
        for (let k = 0; k + 1 < run.length; k++) out.push(run[k] + run[k + 1]);
      }
    });
    return out;
  }

  /**
   * The code points cut into runs of CJK characters, of CJK punctuation and of others, in order:
   * [{run, cjk, separator}].
   */
  function cjkRuns(chars) {
    const runs = [];
    let i = 0;
    while (i < chars.length) {
      const kind = kindOf(chars[i]);
      let end = i;
      while (end < chars.length && kindOf(chars[end]) === kind) end++;
      runs.push({ run: chars.slice(i, end), cjk: kind === 'cjk', separator: kind === 'separator' });
      i = end;
    }
    return runs;
  }

  /** Pipeline function: lunr.trimmer for Unicode text. */
  function unicodeTrimmer(token) {
    return token.update(trimWord);
  }

  /** Pipeline function: a token with CJK characters becomes its segments (segmentCjk). */
  function cjkBigrams(token) {
    const str = token.toString();
    const pieces = segmentCjk(str);
    if (pieces.length === 1 && pieces[0] === str) return token;
    return pieces.map((piece) => token.clone(() => piece));
  }

  /** Registers the pipeline functions with lunr (once), so that a pipeline naming them can be loaded. */
  function register(lunr) {
    const registered = lunr.Pipeline.registeredFunctions;
    if (registered[TRIMMER_LABEL] !== unicodeTrimmer) lunr.Pipeline.registerFunction(unicodeTrimmer, TRIMMER_LABEL);
    if (registered[BIGRAMS_LABEL] !== cjkBigrams) lunr.Pipeline.registerFunction(cjkBigrams, BIGRAMS_LABEL);
  }

  /**
   * Gives a lunr builder the build pipeline the site's index is built with (in Java): CJK bigrams, the
   * Unicode trimmer, then lunr's stop-word filter and stemmer. The search pipeline stays lunr's (stemmer).
   */
  function usePipeline(lunr, builder) {
    register(lunr);
    builder.pipeline.reset();
    builder.pipeline.add(cjkBigrams, unicodeTrimmer, lunr.stopWordFilter, lunr.stemmer);
  }

  /**
   * One clause of a parsed query, with CJK terms segmented as the index was: one clause per segment, with
   * the clause's fields, presence and boost ("+削除する" requires 削除, 除す and する). A lone CJK character
   * becomes a prefix ("削" finds 削除, as a lone character is indexed only where it stands alone). Wildcard
   * terms are left as typed.
   */
  function segmentClause(clause) {
    if (!clause.usePipeline) return [clause];
    const pieces = segmentCjk(clause.term);
    return pieces.map((piece) => {
      const segment = pieces.length === 1 && piece === clause.term ? clause : Object.assign({}, clause, { term: piece });
      if (!('editDistance' in clause) && isCjkChar(piece)) { // a lone CJK character (one code point)
        segment.term = piece + '*';
        segment.usePipeline = false;
        segment.wildcard = 2; // lunr.Query.wildcard.TRAILING
      }
      return segment;
    });
  }

  /** index.search(queryString), with the terms of the query segmented as the index was (segmentClause). */
  function searchIndex(lunr, index, queryString) {
    return index.query((query) => {
      new lunr.QueryParser(queryString, query).parse();
      query.clauses = query.clauses.flatMap(segmentClause);
    });
  }

  /** The messages; a page replaces any of them with data-text-KEY attributes in its own language. */
  const TEXT = {
    'no-results': 'No results',
    'one-result': '1 result',
    'results': '{0} results',
    'showing': '(showing {0})',
    'more': 'so far, searching older entries…',
    'syntax-error': 'Search syntax error at “{0}”: {1}. Put a backslash before special characters (: ^ ~ * + -) to search for them literally.',
    'loading': 'Loading search index…',
    'unavailable': 'Search is unavailable: {0}',
    'no-lunr': 'Search is unavailable: lunr.js did not load.',
    'type-new-feature': 'new feature',
    'type-breaking-change': 'breaking change',
    'type-bug-fix': 'bug fix',
    'type-minor-update': 'minor update',
  };

  /** TEXT with the data-text-KEY attributes of `element` (if any) taking precedence. */
  function textsOf(element) {
    const texts = Object.assign({}, TEXT);
    if (element && element.getAttribute) {
      Object.keys(TEXT).forEach((key) => {
        const own = element.getAttribute('data-text-' + key);
        if (own) texts[key] = own;
      });
    }
    return texts;
  }

  function fill(pattern, value, second) {
    const filled = pattern.split('{0}').join(String(value));
    return second === undefined ? filled : filled.split('{1}').join(String(second));
  }

  /**
   * The part of the query lunr could not read (`foo:bar`), else the whole query: what a syntax error names in every
   * language ({0}); lunr's own English account of it is {1}, which only an English page's message shows.
   */
  function errorPart(query, error) {
    const part = typeof error.start === 'number' && typeof error.end === 'number' && error.end > error.start
      ? query.slice(error.start, error.end) : '';
    return part.trim() === '' ? query.trim() : part;
  }

  /** Absolute URL of `relative` against the site base, itself relative to the page. */
  function resolveUrl(relative, base, pageUrl) {
    return new URL(relative, new URL(base || './', pageUrl)).href;
  }

  /** The q parameter of a location.search string ("" when absent). */
  function queryFromSearch(search) {
    const q = new URLSearchParams(search || '').get('q');
    return q === null ? '' : q;
  }

  /**
   * Loaded parts, search and merge. `fetchJson(url)` returns a promise of parsed JSON; `lunr` is the lunr
   * global. Kept free of the DOM so that it runs in Node too.
   */
  class PartedIndex {
    constructor(lunr, fetchJson, manifestUrl) {
      this.lunr = lunr;
      this.fetchJson = fetchJson;
      this.manifestUrl = manifestUrl;
      this.manifest = null;
      this.parts = [];
    }

    async loadManifest() {
      this.manifest = await this.fetchJson(this.manifestUrl);
      return this.manifest;
    }

    get partCount() {
      return this.manifest ? this.manifest.parts.length : 0;
    }

    /** Loads part i (index and store); parts are kept in manifest order whatever the load order. */
    async loadPart(i) {
      const entry = this.manifest.parts[i];
      const [index, store] = await Promise.all([
        this.fetchJson(new URL(entry.index, this.manifestUrl).href),
        this.fetchJson(new URL(entry.store, this.manifestUrl).href),
      ]);
      this.parts[i] = { index: this.lunr.Index.load(index), store };
      return this.parts[i];
    }

    /**
     * Searches every loaded part. Returns {results, error}: results sorted by score (ties keep part order,
     * then lunr's order), each {ref, score, entry, terms}; error is the lunr.QueryParseError, if any.
     */
    search(query) {
      const hits = [];
      if (query.trim() === '') {
        return { results: hits, error: null };
      }
      try {
        this.parts.forEach((part, partNumber) => {
          if (!part) return;
          searchIndex(this.lunr, part.index, query).forEach((result, rank) => {
            hits.push({
              ref: result.ref,
              score: result.score,
              entry: part.store[result.ref] || null,
              terms: Object.keys(result.matchData.metadata),
              partNumber,
              rank,
            });
          });
        });
      } catch (e) {
        if (e instanceof this.lunr.QueryParseError) {
          return { results: [], error: e };
        }
        throw e;
      }
      return { results: mergeByScore(hits), error: null };
    }
  }

  function mergeByScore(hits) {
    return hits.slice().sort((a, b) => (b.score - a.score) || (a.partNumber - b.partNumber) || (a.rank - b.rank));
  }

  /** The term indexed for a word without CJK characters (trimmer, then stemmer); stop words need no highlight. */
  function termOf(lunr, word) {
    const token = new lunr.Token(word.toLowerCase());
    return lunr.stemmer(unicodeTrimmer(token)).toString();
  }

  /**
   * A word (text between separators) as [{text, mark, word: true}]: marked whole if its term matched; with
   * CJK characters or punctuation, each CJK character on its own, marked if a matched bigram (or lone
   * character) covers it, the punctuation unmarked and the other runs marked by their terms.
   */
  function markWord(lunr, word, wanted) {
    const chars = Array.from(word);
    if (!hasCjk(chars)) return [{ text: word, mark: wanted.has(termOf(lunr, word)), word: true }];
    const out = [];
    cjkRuns(chars).forEach(({ run, cjk, separator }) => {
      if (separator) {
        out.push({ text: run.join(''), mark: false, word: true });
      } else if (!cjk) {
        const text = run.join('');
        out.push({ text, mark: wanted.has(termOf(lunr, text)), word: true });
      } else {
        const lower = run.map((c) => c.toLowerCase());
        const covered = lower.map(() => false);
        if (lower.length === 1) covered[0] = wanted.has(lower[0]);
        for (let k = 0; k + 1 < lower.length; k++) {
          if (wanted.has(lower[k] + lower[k + 1])) covered[k] = covered[k + 1] = true;
        }
        run.forEach((c, k) => out.push({ text: c, mark: covered[k], word: true }));
      }
    });
    return out;
  }

  /**
   * Splits text into [{text, mark}] segments, marking the words whose lunr term is one of `terms` (in CJK
   * text, the characters of matched bigrams). Long text is cut to a window around the first match.
   */
  function highlightSegments(lunr, text, terms, maxLength) {
    const wanted = new Set(terms);
    let pieces = [];
    String(text || '').split(SEPARATOR).forEach((piece, i) => {
      if (piece === '') return;
      if (i % 2 === 1) pieces.push({ text: piece, mark: false, word: false });
      else pieces.push(...markWord(lunr, piece, wanted));
    });
    const limit = maxLength || SNIPPET_LENGTH;
    let prefix = '';
    let suffix = '';
    if (pieces.reduce((n, p) => n + p.text.length, 0) > limit) {
      const first = Math.max(0, pieces.findIndex((p) => p.mark));
      let start = first;
      let length = 0;
      // a little context before the first match
      while (start > 0 && length < limit / 4) {
        start -= 1;
        length += pieces[start].text.length;
      }
      if (!pieces[start].word) start += 1;
      let end = start;
      length = 0;
      while (end < pieces.length && length + pieces[end].text.length <= limit) {
        length += pieces[end].text.length;
        end += 1;
      }
      if (end === start) end = start + 1;
      prefix = start > 0 ? '… ' : '';
      suffix = end < pieces.length ? ' …' : '';
      pieces = pieces.slice(start, end);
    }
    return withEllipses(pieces, prefix, suffix);
  }

  /** Joins neighbours that are both marked or both unmarked, and adds the ellipses. */
  function withEllipses(pieces, prefix, suffix) {
    const out = [];
    pieces.forEach((p) => {
      const last = out[out.length - 1];
      if (last && last.mark === p.mark) last.text += p.text;
      else out.push({ text: p.text, mark: p.mark });
    });
    if (prefix) out.unshift({ text: prefix, mark: false });
    if (suffix) out.push({ text: suffix, mark: false });
    return out;
  }

  /** Builds one result item with DOM APIs only. */
  function renderResult(doc, lunr, hit, base, pageUrl, id, text) {
    const texts = text || TEXT;
    const entry = hit.entry || {};
    const item = doc.createElement('li');
    item.className = 'search-result';
    item.id = id;

    const heading = doc.createElement('a');
    heading.className = 'search-result-title';
    heading.setAttribute('dir', 'auto'); // a title in Arabic or Hebrew reads right to left, as on the other pages
    heading.href = resolveUrl(entry.url || '', base, pageUrl);
    heading.textContent = entry.title || entry.url || hit.ref;
    // a report in another language than the site's is read aloud in its own, as its title is on the other pages
    if (entry.lang) heading.setAttribute('lang', entry.lang);
    item.appendChild(heading);

    const meta = doc.createElement('div');
    meta.className = 'search-result-meta';
    if (entry.date) {
      const time = doc.createElement('time');
      time.setAttribute('datetime', entry.date);
      time.textContent = entry.date;
      meta.appendChild(time);
    }
    if (entry.section) {
      const section = doc.createElement('span');
      section.className = 'search-result-section';
      section.textContent = entry.section;
      meta.appendChild(section);
    }
    (entry.types || []).forEach((type) => {
      const badge = doc.createElement('span');
      badge.className = 'badge badge-type badge-' + String(type).replace(/[^A-Za-z0-9_-]/g, '');
      badge.textContent = texts['type-' + String(type).replace(/ /g, '-')] || type;
      meta.appendChild(badge);
    });
    if (meta.childNodes.length > 0) item.appendChild(meta);

    if (entry.summary) {
      const summary = doc.createElement('p');
      summary.className = 'search-result-summary';
      summary.setAttribute('dir', 'auto');
      if (entry.lang) summary.setAttribute('lang', entry.lang);
      highlightSegments(lunr, entry.summary, hit.terms).forEach((segment) => {
        if (segment.mark) {
          const mark = doc.createElement('mark');
          mark.textContent = segment.text;
          summary.appendChild(mark);
        } else {
          summary.appendChild(doc.createTextNode(segment.text));
        }
      });
      item.appendChild(summary);
    }
    return item;
  }

  /** Wires the page: input, results list, status line, keyboard navigation, progressive part loading. */
  class SearchPage {
    constructor(doc, win, lunr, index, elements, base) {
      this.doc = doc;
      this.win = win;
      this.lunr = lunr;
      this.index = index;
      this.input = elements.input;
      this.list = elements.results;
      this.status = elements.status;
      this.base = base;
      this.active = -1;
      this.timer = null;
      this.text = textsOf(elements.status);
    }

    setStatus(text, isError) {
      if (!this.status) return;
      this.status.textContent = text;
      this.status.className = isError ? 'search-status search-status-error' : 'search-status';
    }

    run() {
      const query = this.input ? this.input.value : '';
      const { results, error } = this.index.search(query);
      this.clear();
      if (error) {
        this.setStatus(fill(this.text['syntax-error'], errorPart(query, error), error.message), true);
        return;
      }
      if (query.trim() === '') {
        this.setStatus('', false);
        return;
      }
      const loading = this.index.parts.filter(Boolean).length < this.index.partCount;
      const shown = results.slice(0, MAX_RESULTS);
      shown.forEach((hit, i) => {
        this.list.appendChild(renderResult(this.doc, this.lunr, hit, this.base, this.doc.baseURI, 'search-result-' + i, this.text));
      });
      const count = results.length === 0 ? this.text['no-results'] :
        results.length === 1 ? this.text['one-result'] : fill(this.text.results, results.length);
      this.setStatus(count + (results.length > MAX_RESULTS ? ' ' + fill(this.text.showing, MAX_RESULTS) : '') +
        (loading ? ' ' + this.text.more : ''), false);
    }

    clear() {
      while (this.list.firstChild) this.list.removeChild(this.list.firstChild);
      this.active = -1;
    }

    items() {
      return Array.from(this.list.querySelectorAll('.search-result'));
    }

    /** No result marked: the next arrow down starts again at the first. */
    unmark() {
      const item = this.items()[this.active];
      if (item) item.classList.remove('is-active');
      this.active = -1;
    }

    move(delta) {
      const items = this.items();
      if (items.length === 0) return;
      if (this.active >= 0 && items[this.active]) {
        items[this.active].classList.remove('is-active');
      }
      if (this.active < 0) {
        this.active = delta > 0 ? 0 : items.length - 1;
      } else {
        this.active = (this.active + delta + items.length) % items.length;
      }
      const item = items[this.active];
      item.classList.add('is-active');
      if (item.scrollIntoView) item.scrollIntoView({ block: 'nearest' });
    }

    onKeyDown(event) {
      const fromInput = event.target === this.input;
      // The results are a list of links (a screen reader reads them as such): the arrow keys move the focus from
      // the box to the first link and along the links, and up from the first back to the box; Enter on a link is
      // the browser's, and in the box it searches.
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (fromInput && event.key === 'ArrowUp') return;
        event.preventDefault();
        if (!fromInput && event.key === 'ArrowUp' && this.active === 0 && this.input) {
          this.items()[0].classList.remove('is-active');
          this.active = -1;
          if (this.input.focus) this.input.focus();
          return;
        }
        if (fromInput) this.unmark();
        this.move(event.key === 'ArrowDown' ? 1 : -1);
        const link = this.items()[this.active] && this.items()[this.active].querySelector('a');
        if (link && link.focus) link.focus();
      } else if (event.key === 'Enter' && fromInput) {
        event.preventDefault();
        this.run();
      }
    }

    /** Keeps ?q= in the address bar so that a search can be bookmarked and reloaded. */
    rememberQuery() {
      if (!this.win.history || !this.win.history.replaceState || !this.input) return;
      const url = new URL(this.win.location.href);
      if (this.input.value) url.searchParams.set('q', this.input.value);
      else url.searchParams.delete('q');
      this.win.history.replaceState(null, '', url.href);
    }

    bind() {
      if (this.input) {
        this.input.addEventListener('input', () => {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => {
            this.rememberQuery();
            this.run();
          }, 120);
        });
        this.input.addEventListener('keydown', (e) => this.onKeyDown(e));
        if (this.input.form) {
          this.input.form.addEventListener('submit', (e) => {
            e.preventDefault();
            this.rememberQuery();
            this.run();
          });
        }
      }
      this.list.addEventListener('keydown', (e) => this.onKeyDown(e));
    }

    async loadAll() {
      this.setStatus(this.text.loading, false);
      await this.index.loadManifest();
      if (this.index.partCount === 0) {
        this.run(); // a site without reports: "No results" rather than loading for ever (an audit)
      }
      for (let i = 0; i < this.index.partCount; i++) {
        await this.index.loadPart(i);
        this.run();
      }
    }
  }

  function attribute(doc, script, name) {
    const html = doc.documentElement;
    if (html && html.hasAttribute(name)) return html.getAttribute(name);
    if (script && script.hasAttribute(name)) return script.getAttribute(name);
    return null;
  }

  /** Entry point in the browser; does nothing on pages without a results list. */
  function start(doc, win, script) {
    const results = doc.querySelector('[data-search-results]');
    if (!results) return null;
    const input = doc.querySelector('[data-search-input]');
    let status = doc.querySelector('[data-search-status]');
    if (!status) {
      status = doc.createElement('p');
      results.parentNode.insertBefore(status, results);
    }
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    const base = attribute(doc, script, 'data-base') || './';
    if (!win.lunr) {
      status.textContent = textsOf(status)['no-lunr'];
      return null;
    }
    register(win.lunr);
    const manifestPath = attribute(doc, script, 'data-search-manifest') || 'search/manifest.json';
    const fetchJson = (url) => win.fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.json();
    });
    const index = new PartedIndex(win.lunr, fetchJson, resolveUrl(manifestPath, base, doc.baseURI));
    const page = new SearchPage(doc, win, win.lunr, index, { input, results, status }, base);
    if (input) {
      const q = queryFromSearch(win.location.search);
      if (q) input.value = q;
    }
    page.bind();
    page.loadAll().catch((e) => {
      page.setStatus(fill(page.text.unavailable, e.message), true);
    });
    return page;
  }

  return {
    start, PartedIndex, SearchPage, mergeByScore, highlightSegments, renderResult, resolveUrl, queryFromSearch, termOf,
    TEXT, trimWord, isCjkChar, isCjkSeparator, segmentCjk, unicodeTrimmer, cjkBigrams, register, usePipeline, searchIndex,
    TRIMMER_LABEL, BIGRAMS_LABEL,
  };
});
