package io.diffpress.insight.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/** Answers on disk, keyed by the model and a hash of the prompt, so a rerun never pays twice. */
final class ResponseCache {

    private final Path dir;
    /** Why the first answer could not be stored: the run says so once, as a rerun will pay for those answers again. */
    private final java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>();

    ResponseCache(Path dir) {
        this.dir = dir;
    }

    /** Why answers could not be stored in this run, when one could not (the first reason). */
    Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    static String key(String model, String system, String user) {
        MessageDigest sha = io.diffpress.Sha256.digest();
        sha.update(model.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(system.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(user.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    Optional<String> get(String key) {
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".json");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void put(String key, String answer) {
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".json");
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), ".answer-", ".tmp");
            Files.writeString(temp, answer, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the run goes on (a cache that cannot be written costs a second request next time) but says so once
            failure.compareAndSet(null, "cannot store answers in " + dir + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "), so a rerun asks the language model again");
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file stays: it is named so as never to be read as an answer
                }
            }
        }
    }
}
