package io.mtlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where {@code --output} may write: refused before the run rather than after minutes of checking. */
final class OutputFile {
    private OutputFile() {
    }

    /** Why {@code output} cannot take the report of checking {@code inputs}, or empty when it can. */
    static Optional<String> problem(Path output, List<String> inputs) {
        Path absolute = output.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            return Optional.of("--output " + output + ": the directory " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            return Optional.of("--output " + output + ": is a directory; name a file");
        }
        if (!Files.exists(absolute)) {
            return Optional.empty();
        }
        for (String input : inputs) {
            Path in = Path.of(input);
            try {
                if (!input.equals("-") && Files.isRegularFile(in) && Files.isSameFile(in, absolute)) {
                    return Optional.of("--output " + output + ": is also an input; the report would overwrite it");
                }
            } catch (IOException e) {
                // An unreadable input is reported when it is checked.
            }
        }
        return Optional.empty();
    }
}
