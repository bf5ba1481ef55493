package io.mtlint.config;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a project's .mtlint.yaml may hold, and how a mistake in it is reported. */
class ConfigFileTest {
    @TempDir
    Path dir;

    private Cli.Result checkWith(String config) throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), config);
        Path article = Files.writeString(dir.resolve("a.md"), "Officials met in kyiv.\n");
        return Cli.run("check", "--no-languagetool", "--no-source", article.toString());
    }

    /** An empty or comment-only configuration was "invalid YAML: Flow style must be provided". */
    @Test
    void anEmptyOrCommentOnlyConfigurationIsAnEmptyConfiguration() throws Exception {
        for (String config : new String[] {"", "# nothing configured yet\n", "\n  \n", "---\n", "\uFEFF",
                "# a\n---\n# b\n", "~\n"}) {
            Cli.Result r = checkWith(config);
            assertEquals(1, r.exitCode(), "'" + config + "': " + r.err());
            assertEquals("", r.err(), "'" + config + "'");
            assertTrue(r.out().contains("[mt.proper-noun-case]"), r.out());
        }
    }
}
