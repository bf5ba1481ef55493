package io.mtlint.spark;

import io.mtlint.check.Checker;
import io.mtlint.check.CheckerFactory;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.fix.FixPolicy;
import io.mtlint.run.DocumentLanguages;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checkers of this JVM (an executor, or the driver of a local run), one per configuration and language pair,
 * built on first use and shared by every task: a checker is immutable and thread-safe, and LanguageTool keeps one
 * instance per concurrent check behind it.
 */
final class Checkers {
    /** A checker, or why none could be built for these options (a record's unknown language). */
    record Entry(Checker checker, String problem) {
    }

    private static final Map<String, Entry> CACHE = new ConcurrentHashMap<>();
    /** Each configuration as this JVM reads it, with its shipped files written where they are needed. */
    private static final Map<String, CheckOptions> RESTORED = new ConcurrentHashMap<>();

    private Checkers() {
    }

    /**
     * The checker for a configuration and a document: the languages the document declares (a record's fields, a
     * bilingual file's header) or its path names by the layout ({@code layoutPath}, null when it has none), as
     * {@code mtlint check} chooses them. With {@code hint}, a problem says where the languages came from.
     */
    static Entry get(OptionsSnapshot snapshot, String lang, String source, String layoutPath, boolean hint) {
        return entry(snapshot, lang, source, layoutPath, hint, false);
    }

    /**
     * The checker whose findings {@code mtlint fix} applies: as {@link #get}, but LanguageTool's suggestions are
     * never applied in batch unless its rules are asked for by name.
     */
    static Entry forFixing(OptionsSnapshot snapshot, String lang, String source, String layoutPath, boolean hint) {
        return entry(snapshot, lang, source, layoutPath, hint, true);
    }

    /** What {@code mtlint fix} would apply with these options: safe fixes of the selected rules and categories. */
    static FixPolicy policy(Checker fixing, OptionsSnapshot snapshot, boolean unsafe) {
        return new FixPolicy(unsafe, fixing.onlyRules(), Set.copyOf(snapshot.onlyCategories()));
    }

    private static Entry entry(OptionsSnapshot snapshot, String lang, String source, String layoutPath,
                               boolean hint, boolean fixing) {
        CheckOptions base;
        try {
            base = RESTORED.computeIfAbsent(snapshot.key(), k -> {
                try {
                    return snapshot.restore();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            return new Entry(null, "cannot read the rule directories or glossaries: " + e.getCause().getMessage());
        }
        DocumentLanguages.Resolved resolved = DocumentLanguages.resolve(base, source, lang, layoutPath);
        CheckOptions options = resolved.options();
        Entry entry = CACHE.computeIfAbsent(snapshot.key() + (fixing ? "|fix|" : "|check|") + options.pair(), k -> {
            try {
                return new Entry(CheckerFactory.create(fixing ? forFixing(options) : options), null);
            } catch (ConfigException e) {
                return new Entry(null, e.getMessage());
            }
        });
        return entry.problem() != null && hint && options != base
                ? new Entry(null, resolved.explain(entry.problem())) : entry;
    }

    private static CheckOptions forFixing(CheckOptions options) {
        return options.onlyRules().stream().anyMatch(r -> r.startsWith("lt."))
                ? options : options.toBuilder().languageTool(false).build();
    }
}
