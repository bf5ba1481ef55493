package io.mtlint.fix;

import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.format.DocumentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
