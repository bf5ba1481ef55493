package io.mtlint.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** --include and --exclude globs, as users write them. */
class WalkGlobTest {
    @Test
    void aLeadingDotSlashNamesTheSamePaths(@TempDir Path tmp) throws IOException {
        for (String file : List.of("README.md", "docs/fr/a.md", "docs/fr/b/c.md", "docs/de/a.md")) {
            Files.createDirectories(tmp.resolve(file).getParent());
            Files.writeString(tmp.resolve(file), "A sentence.\n");
        }
        for (String exclude : List.of("./docs/fr/**", "docs/fr/**")) {
            List<String> files = new FileWalker(List.of(), List.of(exclude), false).expand(tmp.toString()).files()
                    .stream().map(f -> tmp.relativize(f).toString().replace('\\', '/')).sorted().toList();
            assertEquals(List.of("README.md", "docs/de/a.md"), files, exclude);
        }
    }
}
