package io.diffpress.search;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions over a lunr-reference.js response: same index as lunr.js, loadable, same search results. */
final class LunrAssertions {

    private LunrAssertions() {
    }

    static void assertSameAsLunr(String ourJson, JsonNode response, String context) throws IOException {
        String lunrJson = response.get("lunrIndex").asText();
        assertTrue(response.get("loadError").isNull(),
            () -> context + ": lunr.Index.load rejected our index: " + response.get("loadError").asText());
        assertEquals(0, response.get("loadWarnings").size(),
            () -> context + ": lunr.Index.load warned: " + response.get("loadWarnings"));
        // lunr warns when a pipeline function is not registered (search.js registers its own)
        assertEquals(0, response.get("buildWarnings").size(),
            () -> context + ": lunr.js warned while building: " + response.get("buildWarnings"));

        JsonNode ours = NodeLunr.JSON.readTree(ourJson);
        JsonNode theirs = NodeLunr.JSON.readTree(lunrJson);
        String difference = firstDifference("$", theirs, ours);
        if (difference != null) {
            fail(context + ": index differs from lunr.js at " + difference);
        }
        if (!lunrJson.equals(ourJson)) {
            int at = firstDifferentChar(lunrJson, ourJson);
            fail(context + ": same JSON values but different text (key order or number format) at char " + at
                + "\n lunr: " + excerpt(lunrJson, at) + "\n ours: " + excerpt(ourJson, at));
        }
        for (JsonNode result : response.get("results")) {
            assertEquals(result.get("lunr"), result.get("ours"),
                () -> context + ": query " + result.get("query") + " gives different results");
        }
    }

    /** The path of the first difference between two JSON values, comparing object keys in order, or null. */
    static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + ": expected " + expected + " but was " + actual;
        }
        if (expected.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                String d = firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (d != null) {
                    return d;
                }
            }
            return expected.size() == actual.size() ? null
                : path + ": expected " + expected.size() + " elements but was " + actual.size();
        }
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> e = expected.fields();
            Iterator<Map.Entry<String, JsonNode>> a = actual.fields();
            while (e.hasNext() && a.hasNext()) {
                Map.Entry<String, JsonNode> ee = e.next();
                Map.Entry<String, JsonNode> ae = a.next();
                if (!ee.getKey().equals(ae.getKey())) {
                    return path + ": expected key " + ee.getKey() + " but was " + ae.getKey();
                }
                String d = firstDifference(path + "." + ee.getKey(), ee.getValue(), ae.getValue());
                if (d != null) {
                    return d;
                }
            }
            return e.hasNext() || a.hasNext() ? path + ": expected keys " + names(expected) + " but was " + names(actual)
                : null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + " but was " + actual;
    }

    private static String names(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(n).append(' '));
        return sb.toString().trim();
    }

    private static int firstDifferentChar(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    private static String excerpt(String s, int at) {
        return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60));
    }
}
