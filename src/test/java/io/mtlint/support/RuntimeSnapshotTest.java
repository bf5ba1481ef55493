package io.mtlint.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuntimeSnapshotTest {
    @Test
    void readsBackWhatThisRuntimeWrote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nested/names.txt");
        RuntimeSnapshot.write(file, List.of("Ελληνικά", "čeština", "  spaced  "));
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(Optional.of(List.of("Ελληνικά", "čeština", "  spaced  ")), RuntimeSnapshot.read(in));
        }
    }

    @Test
    void ignoresASnapshotOfAnotherRuntime() throws IOException {
        String other = RuntimeSnapshot.header().replace("# runtime", "# runtime\tanother build") + "\nsuomi\n";
        assertEquals(Optional.empty(), RuntimeSnapshot.read(stream(other)));
        assertEquals(Optional.empty(), RuntimeSnapshot.read(stream("suomi\nsvenska\n")));
        assertEquals(Optional.empty(), RuntimeSnapshot.read(stream("")));
    }

    @Test
    void aMissingResourceIsNoSnapshot() {
        assertEquals(Optional.empty(), RuntimeSnapshot.read(RuntimeSnapshotTest.class, "no-such-snapshot.txt"));
    }

    @Test
    void refusesALineThatWouldSplit(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> RuntimeSnapshot.write(dir.resolve("x.txt"), List.of("one\ntwo")));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
