package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The source page a translated Markdown page was made from, found beside it by the repository's layout
 * ({@code README.md} for {@code README.es.md}, {@code docs/guide.md} for {@code docs/fr/guide.md}), or attached
 * by the caller. Read once per page and shared by the rules that compare the two.
 */
public final class PairedSource {
    /** The key of the paired source among a document's derived values. */
    private static final Class<PairedSource> KEY = PairedSource.class;

    private PairedSource() {
    }

    /** The source of {@code target}, or null when it is not Markdown, names no language or has none beside it. */
    public static Document of(Document target, String sourceCode) {
        return target.derived(KEY, () -> Optional.ofNullable(find(target, sourceCode))).orElse(null);
    }

    /** Pairs {@code target} with {@code source} without looking on disk (a page checked from memory). */
    public static void attach(Document target, Document source) {
        target.derived(KEY, () -> Optional.of(source));
    }

    private static Document find(Document target, String sourceCode) {
        if (target.format() != Format.MARKDOWN) {
            return null;
        }
        PathLanguage.Found found = PathLanguage.of(target.path(), List.of());
        Path file;
        try {
            file = Path.of(target.path());
        } catch (java.nio.file.InvalidPathException e) {
            return null; // standard input or an editor's buffer: nothing is beside it
        }
        if (found == null || !Files.isRegularFile(file)) {
            return null;
        }
        for (String candidate : PathLanguage.sourceCandidates(target.path(), found, sourceCode)) {
            Path source = Path.of(candidate);
            boolean itself = source.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
            if (Files.isRegularFile(source) && !itself) {
                try {
                    return DocumentLoader.load(source, candidate, Format.MARKDOWN);
                } catch (DocumentException e) {
                    return null; // an unreadable source leaves the page unpaired; checking it reports why
                }
            }
        }
        return null;
    }
}
