package io.diffpress.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * SHA-256 of the code a cached result depends on: the class files of the given classes (with the classes
 * declared in them) and resources such as a library's {@code pom.properties}, so that a new version of
 * diffpress or of a library never takes a result made by the old one.
 */
final class CodeDigest {

    private CodeDigest() {
    }

    static byte[] of(List<Class<?>> classes, List<String> resources) {
        MessageDigest sha = sha256();
        for (Class<?> c : classes) {
            update(sha, c);
        }
        for (String name : resources) {
            try (InputStream in = CodeDigest.class.getClassLoader().getResourceAsStream(name)) {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                if (in != null) { // a library's version file is missing when it runs from a folder: its classes still count
                    sha.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
        return sha.digest();
    }

    private static void update(MessageDigest sha, Class<?> c) {
        String file = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("cannot find the class file of " + c.getName());
            }
            sha.update(c.getName().getBytes(StandardCharsets.UTF_8));
            sha.update(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the class file of " + c.getName(), e);
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            update(sha, nested);
        }
    }

    static MessageDigest sha256() {
        return io.diffpress.Sha256.digest();
    }
}
