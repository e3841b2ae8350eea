/**
 * Client-side search for the generated site: a Java builder for lunr.js 2.3.9 indexes.
 *
 * <p><b>Consumes</b> {@link io.diffpress.search.SearchDocument}s (a ref plus field texts) for
 * {@link io.diffpress.search.LunrIndexBuilder}, or {@link io.diffpress.search.SearchPage}s (partition key,
 * field texts and a {@link io.diffpress.search.SearchStoreEntry}) for {@link io.diffpress.search.IndexSplitter}.
 *
 * <p><b>Produces</b> UTF-8 JSON byte-for-byte equal to lunr 2.3.9's {@code JSON.stringify(builder.build())},
 * loadable with {@code lunr.Index.load}; a ref → page summary store ({@link io.diffpress.search.SearchStore});
 * and, through the splitter, index/store parts plus a manifest that {@code search.js} (a resource of this
 * package) reads in the browser. With a {@link io.diffpress.search.PartCache} (in a portal's
 * {@code .diffpress/cache/search/}) the splitter rebuilds only the parts whose pages changed.
 *
 * <p>Everything that mirrors lunr internals (tokenizer, stop words, stemmer, scoring, JavaScript number, string
 * and key-order rules) and the two pipeline functions of search.js that lunr has not ({@link
 * io.diffpress.search.CjkBigrams}, {@link io.diffpress.search.UnicodeTrimmer}) is package-private; the tests
 * compare it with lunr.js and search.js in Node.
 */
package io.diffpress.search;
