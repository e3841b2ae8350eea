/**
 * Explains what changed in a compare range without a language model.
 *
 * <p><b>Consumes</b> {@link io.diffpress.history.FileChange}s (path, status, kind, line counts,
 * unified diff, and the full old and new texts when available).
 * <b>Produces</b> a {@link io.diffpress.insight.FileInsight} per file (type, title, Explanation,
 * one line per fact) and a {@link io.diffpress.insight.ReportInsight} per range and section
 * (summary, Highlights, New features, Breaking changes, Other updates, Insights), as Markdown in
 * the writer's locale (en_US or ja_JP).
 *
 * <p>How: each file's two versions are read by format (Markdown through flexmark with its YAML
 * front matter through SnakeYAML; {@code toc.yml}; YAML and JSON data; code samples; binaries)
 * and compared into small {@code Fact} records. Each fact has an impact; a file's type is the
 * most severe impact among its facts (breaking change, new feature, bug fix, minor update). The
 * rules are in {@code docs/insight-rules.md}. Every sentence is a template over one fact, so it
 * names something in the diff; every name from the diff is a code span, so it cannot inject
 * HTML or break the Markdown around it. The same input gives the same text.
 *
 * <p>Public: {@link io.diffpress.insight.InsightWriter}, the two records and
 * {@link io.diffpress.insight.ChangeType}. Everything else is package-private.
 */
package io.diffpress.insight;
