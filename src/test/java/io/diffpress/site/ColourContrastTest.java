package io.diffpress.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text colours of the default theme reach WCAG AA contrast (4.5:1) on their backgrounds in the light
 * and the dark scheme, computed from the custom properties in style.css: every type badge, and the
 * other text on background pairs the theme uses.
 */
class ColourContrastTest {

    private static final Pattern VARIABLE = Pattern.compile("--([\\w-]+):\\s*(#[0-9a-fA-F]{6})");
    private static final Pattern BADGE_COLOUR = Pattern.compile("\\.(badge-[\\w-]+)\\s*\\{\\s*color:\\s*var\\(--([\\w-]+)\\)");
    private static final Pattern BADGE_BACKGROUND = Pattern.compile("\\.badge\\s*\\{[^}]*background:\\s*var\\(--([\\w-]+)\\)");

    /** Other text colour / background pairs of the theme (diff lines, line numbers, links, muted text). */
    private static final List<String[]> TEXT_PAIRS = List.of(
            new String[]{"fg", "bg"}, new String[]{"fg", "panel"}, new String[]{"muted", "bg"}, new String[]{"muted", "panel"},
            new String[]{"link", "bg"}, new String[]{"link", "panel"}, new String[]{"add-fg", "add-bg"}, new String[]{"del-fg", "del-bg"},
            new String[]{"hunk-fg", "hunk-bg"}, new String[]{"add-fg", "bg"}, new String[]{"del-fg", "bg"},
            new String[]{"muted", "add-bg"}, new String[]{"muted", "del-bg"}, new String[]{"muted", "hunk-bg"},
            new String[]{"b-breaking", "bg"});

    @Test
    void badgesAndTextReachFourAndAHalfToOne() throws IOException {
        String css = Files.readString(Path.of("themes/default/static/style.css"));
        Map<String, String> light = variables(css.substring(css.indexOf(":root"), css.indexOf('}', css.indexOf(":root"))));
        int dark = css.indexOf("prefers-color-scheme: dark");
        Map<String, String> darkVars = new HashMap<>(light);
        darkVars.putAll(variables(css.substring(dark, css.indexOf('}', dark))));

        Matcher bg = BADGE_BACKGROUND.matcher(css);
        assertTrue(bg.find(), ".badge has a background variable");
        List<String[]> pairs = new ArrayList<>();
        Matcher badge = BADGE_COLOUR.matcher(css);
        while (badge.find()) {
            pairs.add(new String[]{badge.group(2), bg.group(1), "." + badge.group(1)});
        }
        assertEquals(8, pairs.size(), "four types, with and without a '-' (search results)");
        for (String[] p : TEXT_PAIRS) {
            pairs.add(new String[]{p[0], p[1], p[0] + " on " + p[1]});
        }
        List<String> low = new ArrayList<>();
        for (String[] pair : pairs) {
            for (Map<String, String> scheme : List.of(light, darkVars)) {
                double ratio = contrast(scheme.get(pair[0]), scheme.get(pair[1]));
                if (ratio < 4.5) {
                    low.add(String.format("%s (%s): %s on %s is %.2f:1", pair[2], scheme == light ? "light" : "dark",
                            scheme.get(pair[0]), scheme.get(pair[1]), ratio));
                }
            }
        }
        assertTrue(low.isEmpty(), "below 4.5:1:\n" + String.join("\n", low));
    }

    /** A form control's outline (the search boxes) reaches 3:1 against what surrounds it (WCAG 1.4.11), in both schemes. */
    @Test
    void formControlsOutlinesReachThreeToOne() throws IOException {
        String css = Files.readString(Path.of("themes/default/static/style.css"));
        assertTrue(css.matches("(?s).*\\.search-box input[^{]*\\{[^}]*border: 1px solid var\\(--control\\).*"), "search boxes use --control");
        Map<String, String> light = variables(css.substring(css.indexOf(":root"), css.indexOf('}', css.indexOf(":root"))));
        int dark = css.indexOf("prefers-color-scheme: dark");
        Map<String, String> darkVars = new HashMap<>(light);
        darkVars.putAll(variables(css.substring(dark, css.indexOf('}', dark))));
        for (Map<String, String> scheme : List.of(light, darkVars)) {
            for (String around : List.of("bg", "panel")) {
                double ratio = contrast(scheme.get("control"), scheme.get(around));
                assertTrue(ratio >= 3.0, String.format("control %s on %s: %.2f:1", scheme.get("control"), scheme.get(around), ratio));
            }
        }
    }

    @Test
    void theContrastFormulaMatchesKnownValues() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01, "the classic #777 on white just misses AA");
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> vars = new HashMap<>();
        Matcher m = VARIABLE.matcher(block);
        while (m.find()) {
            vars.put(m.group(1), m.group(2));
        }
        return vars;
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
