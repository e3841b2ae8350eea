package io.diffpress.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Pages rendered through Utf8Writer have the bytes String.getBytes(UTF_8) gives, however the text is cut into writes. */
class Utf8WriterTest {

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range(' ', '~'), Arbitraries.chars().range('\u0080', '\u07ff'),
                Arbitraries.chars().range('\u0800', '\uffff'), Arbitraries.of('\ud83d', '\ude00', '\ud800', '\udfff', '−', '日'));
        // short pieces go through the character loop, long ones (64 and more) through the JDK encoder
        return chars.list().ofMaxSize(150).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        }).list().ofMaxSize(8);
    }

    /** Pages' long pieces (report bodies): surrogate pairs, lone surrogates and multi-byte characters anywhere in them. */
    @Provide
    Arbitrary<List<String>> longPieces() {
        return Arbitraries.integers().between(4000, 9000).flatMap(n -> Arbitraries.of('a', '\ud83d', '\ude00', '日', 'é')
                .list().ofSize(n).map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(b::append);
                    return b.toString();
                })).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 100)
    void longTextsEncodeAsStringGetBytes(@ForAll("longPieces") List<String> pieces) {
        encodesAsStringGetBytes(pieces);
    }

    /** A writer reused for another page (each thread renders its pages into one) starts empty, whatever the page before left. */
    @Property(tries = 1000)
    void aReusedWriterStartsEmpty(@ForAll("pieces") List<String> before, @ForAll("pieces") List<String> pieces) {
        Utf8Writer out = new Utf8Writer();
        out.reset();
        before.forEach(p -> out.write(p, 0, p.length()));
        out.write('\ud83d'); // a high surrogate left waiting for its pair
        out.release();
        out.reset();
        write(out, pieces);
        assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Property(tries = 3000)
    void encodesAsStringGetBytes(@ForAll("pieces") List<String> pieces) {
        Utf8Writer out = new Utf8Writer();
        write(out, pieces);
        assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    /**
     * What Pebble prints goes through write(Object): HTML held as UTF-8 is copied as its bytes, after a lone high
     * surrogate too (which then stays the '?' it is on its own), and any other value is written as its text.
     */
    @Property(tries = 2000)
    void printedValuesEncodeAsTheirText(@ForAll("pieces") List<String> pieces) {
        Utf8Writer out = new Utf8Writer(1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            Object printed = switch (i % 3) {
                case 0 -> Utf8Html.of(p);
                case 1 -> new io.pebbletemplates.pebble.extension.escaper.SafeString(p);
                default -> p;
            };
            out.write(printed);
            text.append(printed);
            out.write((Object) i); // a number, as Pebble prints it
            text.append(i);
        }
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    private static void write(Utf8Writer out, List<String> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            switch (i % 4) {
                case 0 -> out.write(p, 0, p.length());
                case 3 -> out.write("\ud83d<" + p + ">\ude00", 2, p.length()); // a piece of a longer string
                case 1 -> out.write(p.toCharArray(), 0, p.length());
                default -> p.chars().forEach(out::write);
            }
        }
    }
}
