package io.mtlint.spark;

import io.mtlint.check.Checker;
import io.mtlint.check.CheckerFactory;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.fix.FixPolicy;

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

    private Checkers() {
    }

    /** The checker for a configuration, with a record's own target and source languages when it names them. */
    static Entry get(OptionsSnapshot snapshot, String lang, String source) {
        return CACHE.computeIfAbsent(snapshot.key() + "|check|" + lang + "|" + source,
                k -> build(snapshot, lang, source, false));
    }

    /**
     * The checker whose findings {@code mtlint fix} applies: as {@link #get}, but LanguageTool's suggestions are
     * never applied in batch unless its rules are asked for by name.
     */
    static Entry forFixing(OptionsSnapshot snapshot, String lang, String source) {
        return CACHE.computeIfAbsent(snapshot.key() + "|fix|" + lang + "|" + source,
                k -> build(snapshot, lang, source, true));
    }

    /** What {@code mtlint fix} would apply with these options: safe fixes of the selected rules and categories. */
    static FixPolicy policy(Checker fixing, OptionsSnapshot snapshot, boolean unsafe) {
        return new FixPolicy(unsafe, fixing.onlyRules(), Set.copyOf(snapshot.onlyCategories()));
    }

    private static Entry build(OptionsSnapshot snapshot, String lang, String source, boolean fixing) {
        try {
            CheckOptions.Builder options = snapshot.restore().toBuilder();
            if (lang != null) {
                options.target(lang);
            }
            if (source != null) {
                options.source(source);
            }
            if (fixing && options.onlyRules().stream().noneMatch(r -> r.startsWith("lt."))) {
                options.languageTool(false);
            }
            return new Entry(CheckerFactory.create(options.build()), null);
        } catch (ConfigException e) {
            return new Entry(null, e.getMessage());
        } catch (IOException e) {
            return new Entry(null, "cannot read the rule directories: " + e.getMessage());
        }
    }
}
