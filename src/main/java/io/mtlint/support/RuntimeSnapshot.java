package io.mtlint.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Lines a build derives from the Java runtime's own data (its locale tables), stored in the jar so that a run reads
 * them instead of deriving them again. A snapshot holds only in the runtime that wrote it: its first line names that
 * runtime and the locale providers chosen, and under any other runtime or choice {@link #read} finds nothing and
 * the caller derives the lines itself, so the answers never depend on whether a snapshot was read.
 */
public final class RuntimeSnapshot {
    private RuntimeSnapshot() {
    }

    /** The first line of a snapshot made in this runtime. */
    static String header() {
        return String.join("\t", "# runtime", property("java.vendor"), property("java.runtime.version"),
                property("java.home"), property("java.locale.providers"));
    }

    private static String property(String name) {
        return System.getProperty(name, "");
    }

    /** The lines of {@code owner}'s resource {@code name}, when it is a snapshot this runtime wrote. */
    public static Optional<List<String>> read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : read(in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The lines after the header, when the header names this runtime. */
    public static Optional<List<String>> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!header().equals(reader.readLine())) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return Optional.of(lines);
    }

    /** Build step: writes {@code lines}, which must hold no line breaks, under this runtime's header. */
    public static void write(Path file, Collection<String> lines) {
        List<String> all = new ArrayList<>(lines.size() + 1);
        all.add(header());
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a snapshot line holds a line break: " + line);
            }
            all.add(line);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, all, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
