package io.diffpress.history;

import java.time.Instant;

/**
 * One first-parent commit of a compare range.
 *
 * @param sha       full 40-hex id
 * @param subject   the first line of the message, as written (escape it before showing it)
 * @param author    the author's name
 * @param time      the committer time
 * @param pullRequest the number from a "Merge pull request #N" subject, or 0
 */
public record CommitInfo(String sha, String subject, String author, Instant time, int pullRequest) {

    public String shortSha() {
        return sha.substring(0, 7);
    }
}
