package io.mtlint.run;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The result cache keeps itself out of git and backups, and never writes into a directory of the user's. */
class CacheMarkersTest {
    @TempDir
    Path repo;

    @Test
    void aCacheMtlintCreatesIgnoresItselfForGitAndIsTaggedForBackups() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("a.md"), "Officials in kyiv met.\n");
        Cli.Result r = Cli.runIn(repo, "check", "--no-languagetool", "--cache-dir", ResultCache.DEFAULT_DIR, ".");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        Path cache = repo.resolve(ResultCache.DEFAULT_DIR);
        assertEquals("# Created by mtlint: the result cache is never committed.\n*\n",
                Files.readString(cache.resolve(".gitignore")));
        assertTrue(Files.readString(cache.resolve("CACHEDIR.TAG")).startsWith("Signature: 8a477f597d28d172789f06886806bc55"));
        // What git sees: the walk over the work tree reads the cache's own ignore file.
        assertTrue(GitIgnores.forWalk(repo).ignored(cache.resolve("v1"), true));
    }

    @Test
    void aCacheLaidOutBeforeTheMarkersGetsThemAndAUsersDirectoryDoesNot() throws Exception {
        Files.writeString(repo.resolve("a.md"), "Officials in kyiv met.\n");
        Path old = repo.resolve("old-cache");
        Files.createDirectories(old.resolve("v1"));
        Cli.runIn(repo, "check", "--no-languagetool", "--cache-dir", "old-cache", "a.md");
        assertTrue(Files.exists(old.resolve(".gitignore")));
        Path users = Files.createDirectories(repo.resolve("build"));
        Files.writeString(users.resolve("keep.txt"), "mine\n");
        Cli.runIn(repo, "check", "--no-languagetool", "--cache-dir", "build", "a.md");
        assertTrue(Files.isDirectory(users.resolve("v1")), "the cache is still written");
        assertFalse(Files.exists(users.resolve(".gitignore")));
        assertFalse(Files.exists(users.resolve("CACHEDIR.TAG")));
    }
}
