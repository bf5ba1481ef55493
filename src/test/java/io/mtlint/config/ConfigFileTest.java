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
            assertTrue(r.out().contains("[mt.proper-noun-case."), r.out());
        }
    }

    /** A bad lang: said only "unsupported target language", not where; the other keys name file and line. */
    @Test
    void aBadLanguageNamesTheFileAndLine() throws Exception {
        Cli.Result r = checkWith("# house settings\nsource: es\nlang: sw-KE\n");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("mtlint: " + dir.resolve(ConfigFile.NAME) + ":3: unsupported target language "
                + "'sw-KE' (available: "), r.err());
        Cli.Result source = checkWith("source: xx\n");
        assertTrue(source.err().startsWith("mtlint: " + dir.resolve(ConfigFile.NAME) + ":1: unknown source "
                + "language 'xx'"), source.err());
    }

    /** A second 'rules:' silently replaced the first. */
    @Test
    void aDuplicateKeyIsAnError() throws Exception {
        Cli.Result r = checkWith("rules:\n  disable: [mt.quotes]\nlang: en-US\nrules:\n  only: [mt.punctuation]\n");
        assertEquals(2, r.exitCode());
        assertEquals("mtlint: " + dir.resolve(ConfigFile.NAME) + ":4: duplicate key 'rules' (first at line 1); the "
                + "second would silently replace the first\n", r.err());
        Cli.Result nested = checkWith("severity:\n  calque: info\n  calque: error\n");
        assertTrue(nested.err().contains(":3: duplicate key 'calque' (first at line 2)"), nested.err());
    }

    /** "target" names the target language; "lang" stays its other name, and both at once is a mistake. */
    @Test
    void targetAndItsOlderNameLang() throws Exception {
        Cli.Result bad = checkWith("target: sw-KE\n");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains(":1: unsupported target language 'sw-KE'"), bad.err());
        Cli.Result old = checkWith("lang: sw-KE\n");
        assertTrue(old.err().contains(":1: unsupported target language 'sw-KE'"), old.err());
        Cli.Result both = checkWith("target: en-US\nlang: en-GB\n");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains(":2: 'lang' is another name for 'target'"), both.err());
        Path article = dir.resolve("a.md");
        for (String option : new String[] {"--target", "-t", "--lang", "-l"}) {
            Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
            Cli.Result r = Cli.run("check", "--no-languagetool", "--config", empty.toString(),
                    option, "sw-KE", article.toString());
            assertTrue(r.err().contains("unsupported target language 'sw-KE'"), option + ": " + r.err());
        }
    }
}
