package io.diffpress.site;

import io.diffpress.DiffpressException;
import io.diffpress.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The theme's interface words for the site's locale: {@code i18n/LOCALE.properties} (UTF-8),
 * over {@code i18n/en_US.properties} for keys a locale lacks. A portal's theme folder wins.
 */
final class UiStrings {

    private UiStrings() {
    }

    static Map<String, String> load(Path portalTheme, String locale) {
        Map<String, String> strings = new TreeMap<>();
        read(portalTheme, "en_US", strings);
        if (!locale.equals("en_US")) {
            read(portalTheme, locale, strings);
        }
        return strings;
    }

    private static void read(Path portalTheme, String locale, Map<String, String> into) {
        String name = "i18n/" + locale + ".properties";
        try (InputStream in = UiStrings.class.getClassLoader().getResourceAsStream("themes/default/" + name)) {
            if (in != null) {
                merge(in, into);
            }
            Path own = portalTheme.resolve(name);
            if (Files.isRegularFile(own)) {
                try (InputStream o = Files.newInputStream(own)) {
                    merge(o, into);
                }
            }
        } catch (IOException e) {
            throw DiffpressException.build(Stage.SITE, "cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static void merge(InputStream in, Map<String, String> into) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        p.forEach((k, v) -> into.put(k.toString(), v.toString()));
    }
}
