package io.diffpress.cli;

import io.diffpress.config.ConfigLoader;
import io.diffpress.config.SiteConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every portal command shares. */
final class SiteOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "PATH", defaultValue = "site.yml",
            description = "The portal's configuration file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of unexpected errors.")
    boolean verbose;

    SiteConfig load() {
        return ConfigLoader.load(config);
    }
}
