package io.mtlint.spark;

import io.mtlint.cli.CheckOptionsMixin;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.config.ConfigFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options each document is checked with, as {@code mtlint check} chooses them: defaults, then the
 * configuration given with {@code --config} or else the nearest {@code .mtlint.yaml} above the document (on any
 * Hadoop file system), then the command line. Each distinct configuration is one profile, shipped to the executors.
 */
final class Profiles {
    private final CheckOptionsMixin commandLine;
    private final Configuration hadoop;
    private final Map<String, Integer> byConfig = new LinkedHashMap<>();
    private final List<CheckOptions> options = new ArrayList<>();
    private final List<OptionsSnapshot> snapshots = new ArrayList<>();
    /** The directory of each profile's configuration file (qualified), null for the defaults. */
    private final List<Path> configDirectories = new ArrayList<>();
    private final Map<Path, Optional<Path>> configByDirectory = new HashMap<>();

    Profiles(CheckOptionsMixin commandLine, Configuration hadoop) throws ConfigException {
        this.commandLine = commandLine;
        this.hadoop = hadoop;
        java.nio.file.Path explicit = commandLine.config();
        if (explicit != null && !Files.isRegularFile(explicit)) {
            throw new ConfigException(explicit + ": configuration file not found");
        }
    }

    /** The profile for documents in {@code directory} (a qualified path). */
    int forDirectory(Path directory) throws ConfigException, IOException {
        java.nio.file.Path explicit = commandLine.config();
        if (explicit != null) {
            java.nio.file.Path absolute = explicit.toAbsolutePath().normalize();
            return profile(absolute.toString(), new Path(absolute.getParent().toUri()),
                    () -> ConfigFile.apply(explicit, CheckOptions.defaults()));
        }
        Optional<Path> config = configFor(directory);
        if (config.isEmpty()) {
            return profile("", null, CheckOptions::defaults);
        }
        Path file = config.get();
        return profile(file.toString(), file.getParent(), () -> read(file));
    }

    CheckOptions options(int profile) {
        return options.get(profile);
    }

    /**
     * The path a file's language is read from by the layout, as {@code mtlint check} reads it: relative to the
     * directory of its configuration file, else (on a local disk) to the working directory, else its whole path.
     */
    String layoutPath(int profile, Path file) {
        String path = file.toUri().getPath();
        Path directory = configDirectories.get(profile);
        if (directory != null && sameFileSystem(directory, file)) {
            String base = directory.toUri().getPath().replaceFirst("/$", "") + "/";
            if (path.startsWith(base)) {
                return path.substring(base.length());
            }
        }
        if ("file".equals(file.toUri().getScheme())) {
            java.nio.file.Path absolute = java.nio.file.Path.of(path);
            java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath().normalize();
            return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        }
        return path;
    }

    private static boolean sameFileSystem(Path a, Path b) {
        return java.util.Objects.equals(a.toUri().getScheme(), b.toUri().getScheme())
                && java.util.Objects.equals(a.toUri().getAuthority(), b.toUri().getAuthority());
    }

    List<OptionsSnapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    private interface Base {
        CheckOptions get() throws ConfigException, IOException;
    }

    private int profile(String key, Path configDirectory, Base base) throws ConfigException, IOException {
        Integer known = byConfig.get(key);
        if (known != null) {
            return known;
        }
        CheckOptions resolved = commandLine.applyTo(base.get());
        options.add(resolved);
        snapshots.add(OptionsSnapshot.of(resolved));
        configDirectories.add(configDirectory);
        byConfig.put(key, options.size() - 1);
        return options.size() - 1;
    }

    private Optional<Path> configFor(Path directory) throws IOException {
        Optional<Path> known = configByDirectory.get(directory);
        if (known != null) {
            return known;
        }
        Path candidate = new Path(directory, ConfigFile.NAME);
        FileSystem fs = candidate.getFileSystem(hadoop);
        Optional<Path> found;
        if (fs.isFile(candidate)) {
            found = Optional.of(candidate);
        } else {
            found = directory.getParent() == null ? Optional.empty() : configFor(directory.getParent());
        }
        configByDirectory.put(directory, found);
        return found;
    }

    /** A configuration file on a local disk is read in place; elsewhere through a local copy. */
    private CheckOptions read(Path file) throws ConfigException, IOException {
        if ("file".equals(file.toUri().getScheme())) {
            return ConfigFile.apply(java.nio.file.Path.of(file.toUri()), CheckOptions.defaults());
        }
        java.nio.file.Path copy = Files.createTempFile("mtlint-config-", ".yaml");
        try {
            try (InputStream in = file.getFileSystem(hadoop).open(file)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            CheckOptions options;
            try {
                options = ConfigFile.apply(copy, CheckOptions.defaults());
            } catch (ConfigException e) {
                throw new ConfigException(e.getMessage().replace(copy.toString(), file.toString()));
            }
            if (!options.ruleDirectories().isEmpty()) {
                throw new ConfigException(file + ": rule-directories are only read from a local disk; pass them with --rules");
            }
            if (!options.glossaries().isEmpty()) {
                throw new ConfigException(file + ": glossaries are only read from a local disk; pass them with --glossary");
            }
            return options;
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
