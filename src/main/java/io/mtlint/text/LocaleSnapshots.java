package io.mtlint.text;

import io.mtlint.support.RuntimeSnapshot;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What this package derives from the runtime's locale data, written into the jar by the build ({@link #main}) and
 * read back by a run in the same runtime, which then skips reading every locale at start.
 */
public final class LocaleSnapshots {
    /** {@link LanguageNames}'s names as written. */
    static final String AUTONYMS = "autonyms.txt";

    private LocaleSnapshots() {
    }

    /** The snapshot {@code name} when this runtime wrote it, else what {@code derive} gives. */
    static Set<String> orDerive(String name, Supplier<Set<String>> derive) {
        return RuntimeSnapshot.read(LocaleSnapshots.class, name).<Set<String>>map(Set::copyOf).orElseGet(derive);
    }

    /** Build step: {@code LocaleSnapshots OUTPUT_DIR} writes the snapshots into the classes' directory. */
    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        RuntimeSnapshot.write(out.resolve(AUTONYMS), new TreeSet<>(LanguageNames.fromLocales()));
    }
}
