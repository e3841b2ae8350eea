package io.diffpress.publish;

/**
 * Where a build puts the files of the site as it makes them, from any thread: the
 * {@link Publisher}'s staging folder, or a list in tests.
 */
public interface OutputSink {

    /**
     * Takes the previous build's file at {@code path} as it is, when it was made from inputs with this
     * fingerprint; the caller then does not make it.
     *
     * @param fingerprint a digest of everything the file's bytes depend on
     * @return false when the file must be made and {@link #write written}
     */
    default boolean reuse(String path, String fingerprint) {
        return false;
    }

    /**
     * Adds a file of the new site.
     *
     * @param fingerprint the digest {@link #reuse} will be asked with next time, or "" when there is none
     */
    void write(OutputFile file, String fingerprint);

    /**
     * Where the file this build wrote at {@code path} lies on disk, for a cache to link to (never to write to: the
     * sink never writes a file in place, so the bytes behind such a link stay as they were). Empty when it is not on
     * disk or not written yet.
     */
    default java.util.Optional<java.nio.file.Path> location(String path) {
        return java.util.Optional.empty();
    }
}
