package io.diffpress.cli;

/**
 * Writes control characters (other than line feed and tab) as {@code \xNN}: a committed file name or line
 * with an escape sequence must not drive the terminal that shows it, as git quotes such names too.
 */
final class TerminalSafeWriter extends java.io.Writer {
    private final java.io.Writer out;

    TerminalSafeWriter(java.io.Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int from, int length) throws java.io.IOException {
        int start = from;
        for (int i = from; i < from + length; i++) {
            char c = chars[i];
            boolean lineEnd = c == '\n' || c == '\r' && i + 1 < from + length && chars[i + 1] == '\n'; // println's
            boolean bidi = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069; // reorder what follows on the line
            if (!lineEnd && c != '\t' && (c < 0x20 || c >= 0x7f && c < 0xa0 || bidi)) {
                out.write(chars, start, i - start);
                out.write(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
                start = i + 1;
            }
        }
        out.write(chars, start, from + length - start);
    }

    @Override
    public void flush() throws java.io.IOException {
        out.flush();
    }

    @Override
    public void close() throws java.io.IOException {
        out.close();
    }
}
