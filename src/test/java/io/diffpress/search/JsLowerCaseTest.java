package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsLowerCaseTest {

    @Test
    void capitalSigmaIsFinalByUnicodesRuleNotByWordBoundaries() {
        assertEquals("οδος-the ", JsLowerCase.apply("ΟΔΟΣ-the "), "Java alone writes οδοσ-the");
        assertEquals("οδος", JsLowerCase.apply("ΟΔΟΣ"));
        assertEquals("σ", JsLowerCase.apply("Σ"), "no cased letter before");
        assertEquals("ασα", JsLowerCase.apply("ΑΣΑ"));
        assertEquals("ας.", JsLowerCase.apply("ΑΣ."));
        assertEquals("ασ'α", JsLowerCase.apply("ΑΣ'Α"), "an apostrophe is skipped: a letter follows");
        assertEquals("ας1α", JsLowerCase.apply("ΑΣ1Α"), "a digit is not skipped");
        assertEquals("i̇σ", JsLowerCase.apply("İΣ").substring(0, 2) + JsLowerCase.apply("İΣ").substring(2).replace('ς', 'σ'),
                "a mapping that changes the length before it");
        assertEquals("i̇ς", JsLowerCase.apply("İΣ"));
    }

    /**
     * Every assigned code point next to a capital sigma, before and after it, lowercased here and by Node's
     * {@code toLowerCase} (what lunr.js runs in the browser).
     */
    @Test
    void agreesWithNodeNextToEveryCodePoint(@TempDir Path dir) throws Exception {
        List<String> samples = new ArrayList<>(List.of("ΟΔΟΣ-the ", "ΑΣ\u0301", "Α\u0301Σ", "ΑΣ\u00ADΑ", "ΑΣ\uD835\uDC00"));
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue; // Node knows a newer Unicode: what Java 17 does not know is not compared
            }
            String c = new String(Character.toChars(cp));
            samples.add("ΑΣ" + c + "Α");
            samples.add("Α" + c + "Σ");
        }
        Path in = dir.resolve("in.json");
        NodeLunr.JSON.writeValue(in.toFile(), samples);
        Process node = new ProcessBuilder(NodeLunr.node(), "-e",
                "const s=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));"
                        + "process.stdout.write(JSON.stringify(s.map(x=>x.toLowerCase())))", in.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(dir.resolve("out.json").toFile()).start();
        assertTrue(node.waitFor(60, TimeUnit.SECONDS) && node.exitValue() == 0, "node ran");
        JsonNode expected = NodeLunr.JSON.readTree(Files.readString(dir.resolve("out.json")));
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            String ours = JsLowerCase.apply(samples.get(i));
            if (!ours.equals(expected.get(i).asText())) {
                differ.add(samples.get(i) + " → " + ours + ", Node: " + expected.get(i).asText());
            }
        }
        assertEquals(List.of(), differ.subList(0, Math.min(20, differ.size())), differ.size() + " differ");
        assertTrue(samples.size() > 250_000, "checked " + samples.size());
    }
}
