package io.diffpress.content;

import io.diffpress.DiffpressException;
import io.diffpress.config.ConfigLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Fuzzing of the readers that take text from outside: any input may be rejected with a
 * {@link DiffpressException} naming the file, none may throw anything else or hang.
 */
class ReportReaderFuzzTest {

    private static final List<String> PIECES = List.of("---\n", "title: ", "date: ", "2025-06-21", "files:\n", "  - path: a.md\n",
            "    additions: x\n", "tags: [", "]\n", "{", "}", "&a ", "*a ", "!!binary ", "!!python/object ", "\"", "'", "\\",
            "\n", "\t", "\0", "\uFEFF", "\u202E", "# Summary Table\n", "| [a](#item-abcdef) | t | x | y | 1 | 2 | 3 |\n",
            "## a.md{#item-abcdef}\n", "<format>\n", "</format>\n", "````diff\n", "commits:\n  - sha: 1\n", "? ", ": ", "- ",
            "key: value\n", "<<: *a\n", "%YAML 1.2\n", "...\n", "😀", "日本");

    @Provide
    Arbitrary<String> reportish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return Combinators.combine(reportish(), Arbitraries.bytes().array(byte[].class).ofMaxSize(200))
                .as((text, bytes) -> {
                    byte[] head = ("---\n" + text).getBytes(StandardCharsets.UTF_8);
                    byte[] all = new byte[head.length + bytes.length];
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(bytes, 0, all, head.length, bytes.length);
                    return all;
                });
    }

    @Property(tries = 400)
    void reportReaderRejectsOrReads(@ForAll("noise") byte[] input) throws Exception {
        bounded(() -> {
            try {
                ReportDocument doc = ReportReader.read("fuzz/x.md", input);
                if (doc.title() == null || doc.date() == null) {
                    throw new AssertionError("a read report always has a title and a date");
                }
            } catch (DiffpressException e) {
                if (!e.getMessage().startsWith("content/fuzz/x.md")) {
                    throw new AssertionError("the error must name the file: " + e.getMessage());
                }
            }
            return null;
        });
    }

    @Property(tries = 400)
    void reportReaderOnStructuredText(@ForAll("reportish") String text) throws Exception {
        reportReaderRejectsOrReads(("---\ntitle: t\ndate: 2025-01-01\n" + text).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void configLoaderRejectsOrLoads(@ForAll("reportish") String text) throws Exception {
        bounded(() -> {
            try {
                ConfigLoader.parse(Path.of("/tmp/fuzz/site.yml"), "title: t\nbaseURL: https://x.io/\n" + text);
            } catch (DiffpressException e) {
                if (!e.getMessage().contains("site.yml")) {
                    throw new AssertionError("the error must name the file: " + e.getMessage());
                }
            }
            return null;
        });
    }

    /** Fails when the reader takes more than two seconds on one input (a hang). */
    private static void bounded(java.util.concurrent.Callable<Void> work) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Void> result = executor.submit(work);
            try {
                result.get(2, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Exception ex) {
                    throw ex;
                }
                throw new AssertionError(e.getCause());
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** A raw control character in the front matter is named with the report's line. */
    @org.junit.jupiter.api.Test
    void aControlCharacterInTheFrontMatterIsToldWithItsLine() {
        byte[] report = "---\ndate: 2025-06-21\ntitle: \"T \u0007\"\n---\nbody\n".getBytes(StandardCharsets.UTF_8);
        DiffpressException e = org.junit.jupiter.api.Assertions.assertThrows(DiffpressException.class, () -> ReportReader.read("ctl.md", report));
        org.junit.jupiter.api.Assertions.assertTrue(e.userMessage().contains("ctl.md:3: malformed front matter: the character U+0007"), e.userMessage());
    }

    /** A malformed byte anywhere is refused as not UTF-8; a replacement character written in the file is text. */
    @org.junit.jupiter.api.Test
    void invalidUtf8IsRefusedAndAWrittenReplacementCharacterIsText() {
        String report = "---\ntitle: T \uFFFD\ndate: 2025-06-21\n---\nbody \uFFFD\n";
        ReportDocument doc = ReportReader.read("ok.md", report.getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertEquals("T \uFFFD", doc.title());
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
            byte[] head = report.getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(head, head.length + bad.length);
            System.arraycopy(bad, 0, all, head.length, bad.length);
            DiffpressException e = org.junit.jupiter.api.Assertions.assertThrows(DiffpressException.class, () -> ReportReader.read("bad.md", all));
            org.junit.jupiter.api.Assertions.assertTrue(e.userMessage().contains("bad.md:6: is not valid UTF-8 (byte 0x"
                    + String.format("%02x", bad[0] & 0xff) + " at offset " + head.length + ")"), e.userMessage());
        }
    }

    /** Bodies: plain, with CRLF line ends, a wrapper tag, a byte order mark, characters of several bytes, or empty. */
    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> body = Arbitraries.of("text → more\n", "\r\n", "<format>\n", "</format>\n", "日本 😀\n", "---\n",
                "# Summary Table\n", "\n---\n", "é", "\u0000x").list().ofMaxSize(12).map(l -> String.join("", l));
        Arbitrary<String> front = Arbitraries.of("title: T\ndate: 2025-06-21\n", "title: \"→ é\"\ndate: 2025-06-21\n");
        return Combinators.combine(Arbitraries.of("", "\uFEFF"), front, Arbitraries.of("\n", "\r\n"), body)
                .as((bom, fm, end, b) -> bom + "---" + end + fm.replace("\n", end) + "---" + end + b);
    }

    /** The body's hash, taken from the file's bytes where it can be, is always the hash of the body's text. */
    @Property(tries = 1000)
    void theHashOfABodyIsTheHashOfItsText(@ForAll("reports") String report) {
        ReportDocument doc;
        try {
            doc = ReportReader.read("fuzz/x.md", report.getBytes(StandardCharsets.UTF_8));
        } catch (DiffpressException e) {
            return; // refused (a NUL character, say): nothing to hash
        }
        if (!doc.markdown().hash().equals(ReportBody.sha256(doc.body()))) {
            throw new AssertionError("hash of the body of " + report.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    /** The common case's quick reading gives what the full one gives, wherever it applies. */
    @Property(tries = 1000)
    void thePlainReadingAgreesWithTheFullOne(@ForAll("reports") String report, @ForAll("noise") byte[] noise) {
        for (byte[] bytes : List.of(report.getBytes(StandardCharsets.UTF_8), noise)) {
            ReportReader.Parts plain = ReportReader.splitPlain(bytes, true);
            if (plain == null) {
                continue;
            }
            ReportReader.Parts full = ReportReader.splitAny("fuzz/x.md", bytes);
            if (!plain.yaml().equals(full.yaml()) || !plain.body().equals(full.body())
                    || plain.bodyHash() != null && !plain.bodyHash().equals(ReportBody.sha256(plain.body()))) {
                throw new AssertionError("plain and full readings differ on " + new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }
}
