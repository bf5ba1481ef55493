package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.Format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The original a translated Markdown page was made from, found beside it by the repository's layout
 * ({@code README.md} for {@code README.es.md}, {@code docs/guide.md} for {@code docs/fr/guide.md},
 * {@code content/en/…} for {@code content/fr/…}), or attached by the caller. Read once per page and shared by the
 * rules that compare the two, and by the result cache's key: the answer depends only on the page's path and the
 * configured source language, never on the language a page's words suggest, so that every reader finds the same
 * page and a translation is never compared with a sibling translation.
 */
public final class PairedSource {
    /**
     * The language whose tree holds the originals when no source language is configured: Hugo's default content
     * language, and the one repositories of translated docs are written in.
     */
    public static final String DEFAULT_ORIGINAL = "en";

    /** A page's original found on disk, and the language its path names (null when it names none: README.md). */
    public record Original(Path file, String path, String language) {
    }

    /** The key of the paired source among a document's derived values, for one configured source. */
    private record Key(String source) {
    }

    /** The key of a source attached by the caller, which answers for every configured source. */
    private static final Class<PairedSource> ATTACHED = PairedSource.class;

    private PairedSource() {
    }

    /**
     * The source of {@code target} checked with the configured source language {@code configuredSource} (null
     * when it is unknown or detected), or null when it is not Markdown, names no language or has none beside it.
     */
    public static Document of(Document target, String configuredSource) {
        Optional<Document> attached = target.derived(ATTACHED, Optional::empty);
        if (attached.isPresent()) {
            return attached.get();
        }
        return target.derived(new Key(configuredSource), () -> Optional.ofNullable(load(target, configuredSource)))
                .orElse(null);
    }

    /** Pairs {@code target} with {@code source} without looking on disk (a page checked from memory). */
    public static void attach(Document target, Document source) {
        target.derived(ATTACHED, () -> Optional.of(source));
    }

    /**
     * The original of the page at {@code path} by its layout, for the configured source language
     * {@code configuredSource} (null: {@link #DEFAULT_ORIGINAL}); null when the path names no language or no
     * original is beside it.
     */
    public static Original original(String path, String configuredSource) {
        PathLanguage.Found found = PathLanguage.of(path, List.of());
        Path file;
        try {
            file = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // standard input or an editor's buffer: nothing is beside it
        }
        if (found == null || !Files.isRegularFile(file)) {
            return null;
        }
        String original = configuredSource == null ? DEFAULT_ORIGINAL : configuredSource;
        for (String candidate : PathLanguage.sourceCandidates(path, found, original)) {
            Path source = Path.of(candidate);
            boolean itself = source.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
            if (Files.isRegularFile(source) && !itself) {
                PathLanguage.Found named = PathLanguage.of(candidate, List.of());
                boolean samePlace = named != null && named.segment() == found.segment()
                        && named.inFileName() == found.inFileName();
                return new Original(source, candidate, samePlace ? named.code() : null);
            }
        }
        return null;
    }

    private static Document load(Document target, String configuredSource) {
        if (target.format() != Format.MARKDOWN) {
            return null;
        }
        Original original = original(target.path(), configuredSource);
        if (original == null) {
            return null;
        }
        try {
            return DocumentLoader.load(original.file(), original.path(), Format.MARKDOWN);
        } catch (DocumentException e) {
            return null; // an unreadable source leaves the page unpaired; checking it reports why
        }
    }
}
