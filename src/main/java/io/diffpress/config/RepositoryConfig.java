package io.diffpress.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The git repository a portal documents.
 *
 * @param path       a work tree, a subfolder of one, or a bare repository
 * @param branch     a branch, remote ref ({@code origin/main}) or {@code HEAD}
 * @param compareUrl template of the web compare view with {base} and {head}; empty when unknown
 * @param skipMissingObjects report files whose blobs are missing (partial clone) without contents, instead of failing
 */
public record RepositoryConfig(Path path, String branch, Optional<String> compareUrl, boolean skipMissingObjects) {

    public RepositoryConfig(Path path, String branch, Optional<String> compareUrl) {
        this(path, branch, compareUrl, false);
    }

    /** The compare view URL for two commits, when a template is configured. */
    public Optional<String> compareUrl(String base, String head) {
        return compareUrl.map(t -> t.replace("{base}", base).replace("{head}", head));
    }
}
