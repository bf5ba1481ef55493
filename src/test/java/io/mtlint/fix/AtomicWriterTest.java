package io.mtlint.fix;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.format.DocumentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mtlint.cli.Main;
import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "In kyiv.\n");
        Document doc = DocumentLoader.load(file, "a.txt", Format.TEXT);
        Files.writeString(file, "Someone else edited this.\n");
        FixWriteException e = assertThrows(FixWriteException.class,
                () -> new AtomicWriter().write(file, doc, "In Kyiv.\n"));
        assertTrue(e.getMessage().contains("changed since it was checked"), e.getMessage());
        assertEquals("Someone else edited this.\n", Files.readString(file));
    }

    @Test
    void aFailedWriteSuchAsAFullDiskLeavesTheOriginalAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "In kyiv.\n");
        Document doc = DocumentLoader.load(file, "a.txt", Format.TEXT);
        AtomicWriter full = new AtomicWriter((p, bytes) -> {
            Files.write(p, new byte[] {bytes[0]});
            throw new IOException("No space left on device");
        });
        FixWriteException e = assertThrows(FixWriteException.class, () -> full.write(file, doc, "In Kyiv.\n"));
        assertEquals("a.txt: cannot write (No space left on device); the original is unchanged", e.getMessage());
        assertEquals("In kyiv.\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is cleaned up");
        }
    }

    @Test
    void throughASymbolicLinkTheTargetIsFixedAndTheLinkStays() throws Exception {
        Path target = Files.writeString(dir.resolve("target.md"), "In kyiv.\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("target.md"));
        Cli.Result r = Cli.run("fix", "--no-languagetool", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("target.md"), Files.readSymbolicLink(link));
        assertEquals("In Kyiv.\n", Files.readString(target));
    }

    @Test
    void aFileWithSeveralHardLinksIsWrittenInPlaceSoTheLinksStayOneFile() throws Exception {
        Path first = Files.writeString(dir.resolve("first.md"), "In kyiv, officials met in kharkiv.\n");
        Path second = Files.createLink(dir.resolve("second.md"), first);
        Object inode = Files.readAttributes(first, BasicFileAttributes.class).fileKey();
        Cli.Result r = Cli.run("fix", "--no-languagetool", first.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("In Kyiv, officials met in Kharkiv.\n", Files.readString(second));
        assertEquals(inode, Files.readAttributes(first, BasicFileAttributes.class).fileKey());
        assertEquals(2, Files.getAttribute(first, "unix:nlink"));
        // Shorter than before: the old tail must not survive an in-place write.
        Files.writeString(first, "In kyiv , today and tomorrow.\n");
        Cli.run("fix", "--no-languagetool", second.toString());
        assertEquals("In Kyiv, today and tomorrow.\n", Files.readString(first));
    }

    /** Root fixing someone else's file keeps its owner and group; so does a process that may not change them. */
    @Test
    void theOwnerAndGroupStay() throws Exception {
        Assumptions.assumeTrue(isRoot(), "only root can give a file to another user");
        Path file = Files.writeString(dir.resolve("theirs.md"), "In kyiv.\n");
        Files.setAttribute(file, "unix:uid", 65534);
        Files.setAttribute(file, "unix:gid", 65534);
        Cli.Result r = Cli.run("fix", "--no-languagetool", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("In Kyiv.\n", Files.readString(file));
        assertEquals(65534, Files.getAttribute(file, "unix:uid"));
        assertEquals(65534, Files.getAttribute(file, "unix:gid"));
        // Without the capability to change owners, the file is written in place and keeps them.
        Files.writeString(file, "In kharkiv.\n");
        Files.setAttribute(file, "unix:uid", 65534);
        Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        Process p = new ProcessBuilder("setpriv", "--bounding-set=-chown",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "fix", "--no-languagetool", "--no-cache",
                file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertEquals("In Kharkiv.\n", Files.readString(file));
        assertEquals(65534, Files.getAttribute(file, "unix:uid"));
        assertEquals(inode, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
    }

    private static boolean isRoot() throws Exception {
        Process p = new ProcessBuilder("id", "-u").start();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals("0");
    }

    /** A kill -9 between writing the temporary file and renaming it left the hidden file there for good. */
    @Test
    void theNextRunRemovesTemporaryFilesAKilledRunLeft() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "In kyiv.\n");
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Path stale = Files.writeString(dir.resolve(".a.md.4711.mtlint-tmp"), "In Ky");
        Path staleOther = Files.writeString(dir.resolve(".b.md.4712.mtlint-tmp"), "half");
        Path fresh = Files.writeString(dir.resolve(".c.md.4713.mtlint-tmp"), "being written now");
        Path unrelated = Files.writeString(dir.resolve("notes.mtlint-tmp"), "not hidden: not ours");
        for (Path p : List.of(stale, staleOther, unrelated)) {
            Files.setLastModifiedTime(p, hourAgo);
        }
        Path theirs = null;
        if (isRoot()) {
            theirs = Files.writeString(dir.resolve(".d.md.4714.mtlint-tmp"), "another user's");
            Files.setAttribute(theirs, "unix:uid", 65534);
            Files.setLastModifiedTime(theirs, hourAgo);
        }
        assertEquals(0, Cli.run("fix", "--no-languagetool", file.toString()).exitCode());
        assertEquals("In Kyiv.\n", Files.readString(file));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleOther));
        assertTrue(Files.exists(fresh), "a run writing now may own it");
        assertTrue(Files.exists(unrelated));
        assertTrue(theirs == null || Files.exists(theirs), "another user's is theirs to remove");
    }
}
