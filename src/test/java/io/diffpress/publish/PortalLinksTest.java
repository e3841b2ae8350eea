package io.diffpress.publish;

import io.diffpress.Diffpress;
import io.diffpress.DiffpressException;
import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal whose lock or cache folders are symbolic links elsewhere is refused before anything is written or pruned:
 * a cache folder linked elsewhere had every file there that the build did not make deleted (an audit).
 */
class PortalLinksTest {

    @TempDir
    Path dir;

    private SiteConfig portal() throws IOException {
        Path portal = dir.resolve("portal");
        Files.createDirectories(portal.resolve("content/notes"));
        Files.writeString(portal.resolve("site.yml"), "title: P\nbaseURL: https://example.com/\n");
        Files.writeString(portal.resolve("content/notes/ok.md"), "---\ntitle: ok\ndate: 2025-01-01\n---\n\nhello\n");
        return ConfigLoader.load(portal.resolve("site.yml"));
    }

    @Test
    void aLinkedCacheOrLockIsRefusedAndNothingOutsideIsTouched() throws IOException {
        SiteConfig config = portal();
        Path portal = config.portalDir();
        Diffpress.build(config); // the caches exist now, as real folders
        for (String name : PortalLock.OWN) {
            Path victim = Files.createDirectories(dir.resolve("victim-" + name.replace('/', '_')));
            Files.writeString(victim.resolve("precious.txt"), "keep me");
            Files.createDirectories(victim.resolve("sub"));
            Files.writeString(victim.resolve("sub/p.html"), "keep me too");
            Path own = portal.resolve(name);
            Path moved = dir.resolve("moved");
            if (Files.exists(own)) {
                Files.move(own, moved);
            }
            Files.createSymbolicLink(own, victim);
            DiffpressException e = assertThrows(DiffpressException.class, () -> Diffpress.build(config), name);
            assertTrue(e.getMessage().contains(own + " is a symbolic link (to " + victim + ")"), e.getMessage());
            assertTrue(e.getMessage().contains("remove the link"), e.getMessage());
            assertEquals(List.of("precious.txt", "sub"), list(victim), name + ": nothing outside the portal deleted or added");
            assertEquals("keep me too", Files.readString(victim.resolve("sub/p.html")));
            Files.delete(own);
            if (Files.exists(moved)) {
                Files.move(moved, own);
            }
        }
        Diffpress.build(config); // and with the links gone, the portal builds again
        assertTrue(Files.isRegularFile(portal.resolve("public/index.html")));
        assertFalse(Files.isSymbolicLink(portal.resolve(".diffpress/cache/render")));
    }

    private static List<String> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
