package io.diffpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hash of what the tool generated, kept in the report's front matter, so a later run can
 * tell a report a person edited (hash no longer matches) from one it may regenerate.
 */
final class GeneratedHash {

    private static final Pattern LINE = Pattern.compile("(?m)^generatedHash: ([0-9a-f]{64})\\n");

    private GeneratedHash() {
    }

    /** Inserts the hash line as the last front matter line of a freshly generated report. */
    static String seal(String text) {
        int end = text.indexOf("\n---\n", 4);
        String hash = sha256(text);
        return text.substring(0, end + 1) + "generatedHash: " + hash + "\n" + text.substring(end + 1);
    }

    /**
     * True when the text still carries a hash and the rest of the text matches it, as written or with its lines ended
     * by CRLF instead of LF: git with core.autocrlf (Windows checkouts) turns every line of a committed report so, which
     * is no edit by a person.
     */
    static boolean untouched(String text) {
        return matches(text) || text.contains("\r\n") && matches(text.replace("\r\n", "\n"));
    }

    private static boolean matches(String text) {
        int end = text.indexOf("\n---\n", 3);
        Matcher m = LINE.matcher(text);
        // Only the front matter counts: a body may quote such a line.
        if (end < 0 || !m.region(0, end + 1).find()) {
            return false;
        }
        String without = text.substring(0, m.start()) + text.substring(m.end());
        return sha256(without).equals(m.group(1));
    }

    private static String sha256(String text) {
        return io.diffpress.Sha256.hex(text);
    }
}
