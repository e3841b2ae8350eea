package io.diffpress.site;

import java.util.List;

/**
 * The history of one document across all reports, following renames.
 *
 * @param path     the document's latest path
 * @param url      page URL relative to the site root
 * @param oldPaths earlier paths of the same document, newest first
 * @param changes  every change to it, newest first
 */
public record ArticleView(String path, String url, List<String> oldPaths, List<Change> changes) {

    public ArticleView {
        oldPaths = List.copyOf(oldPaths);
        changes = List.copyOf(changes);
    }

    /** The same document with only these changes: one page of its history. */
    ArticleView withChanges(List<Change> shown) {
        return new ArticleView(path, url, oldPaths, shown);
    }

    /**
     * One change to the document in one report. additions/deletions are -1 when unknown; lang is the report's language
     * when it is not the site's, else "" ({@link ReportView#lang}).
     */
    public record Change(String date, String type, String title, String status, String path, int additions, int deletions,
                         String reportUrl, String reportTitle, String anchor, String lang) {
        public boolean counted() {
            return additions >= 0 && deletions >= 0;
        }

        /**
         * The report's own name, the last segment of its URL ("pr-42", "2025-W25"), shown beside the date when it is not
         * the date itself: rows of one day's reports (one per pull request) are told apart (an audit of the theme).
         */
        public String label() {
            String trimmed = reportUrl.endsWith("/") ? reportUrl.substring(0, reportUrl.length() - 1) : reportUrl;
            String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            return last.equals(date) ? "" : last;
        }
    }
}
