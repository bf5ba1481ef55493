package io.mtlint.detectors.names;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.text.Capitalisation;
import io.mtlint.text.search.Alternatives;
import io.mtlint.text.search.SparseMatcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An office or rank in lowercase right before a person's full name, in a target that capitalises it there
 * (English "President Andrés López", "Captain Giovanni Rossi"): Spanish, French, Italian and Portuguese write
 * "el presidente Andrés López", "il capitano Giovanni Rossi", and translation keeps the lowercase. Only where
 * the title follows a sentence start, a mark, an article or a preposition: after a modifier British style writes
 * it in lowercase ("Kemerovo region governor Aman Tuleyev"), and after "as" it names a role.
 */
final class LowercaseTitles {
    /**
     * Words after which the title heads its own noun phrase; not "as", after which it names a role ("As chancellor
     * Angela Merkel led").
     */
    private static final Set<String> OPENERS = Set.of("the", "to", "of", "by", "for", "with", "from", "and",
            "at", "on", "under");
    private static final Map<String, Titles> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** The titles before a name, and where one can start, so a paragraph without one costs no regex scan. */
    private record Titles(Pattern pattern, SparseMatcher.StartTest start) {
        static Titles of(List<String> titles) {
            return new Titles(Pattern.compile("(?<![\\p{L}\\p{M}\\-])(?:" + Alternatives.longestFirst(titles)
                    + ")(?= \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{L})"), SparseMatcher.atWordsStartingAnyOf(titles));
        }
    }

    private LowercaseTitles() {
    }

    static void check(ProseBlock block, Lexicon lexicon, RuleInfo rule, BlockReporter out) {
        LanguageDescriptor target = lexicon.descriptor();
        List<String> titles = target.institutions().titlesBeforeNames();
        if (titles.isEmpty() || block.kind() != ProseBlock.Kind.PARAGRAPH) {
            return;
        }
        String text = block.text();
        Titles t = BY_LANGUAGE.computeIfAbsent(target.code(), code -> Titles.of(titles));
        SparseMatcher m = SparseMatcher.of(t.pattern(), text, block.chars(), t.start());
        while (m.find()) {
            if (!headsPhrase(text, m.start()) || afterTo(text, m.start()) && canBeVerb(m.group(), lexicon)) {
                continue;
            }
            String fixed = capitaliseWords(m.group());
            out.report(rule, m.start(), m.end(), "\u201c" + m.group() + "\u201d before a name: " + target.name()
                            + " capitalises the title there (\u201c" + fixed + "\u201d)",
                    BlockFix.replace(m.start(), m.end(), fixed, false, "capitalise"));
        }
    }

    /** The title opens the block, follows a mark, or follows an article or a preposition. */
    private static boolean headsPhrase(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (",;:(\u2014\u2013\"\u201c".indexOf(before) >= 0) {
            return true;
        }
        if (".!?".indexOf(before) >= 0) {
            return i < start; // a sentence start, not "U.S.president"
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return i == start - 1 && OPENERS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
    }

    /** "to judge Pedro Sánchez", "to captain Harry Kane": after "to" a title that is also a verb is one. */
    private static boolean afterTo(String text, int start) {
        return start >= 3 && text.startsWith("to ", start - 3) && (start == 3 || !Character.isLetter(text.charAt(start - 4)));
    }

    private static boolean canBeVerb(String title, Lexicon lexicon) {
        return !title.contains(" ") && lexicon.lookup(title).tags().stream().anyMatch(lexicon.descriptor()::isVerbTag);
    }

    private static String capitaliseWords(String title) {
        StringBuilder b = new StringBuilder();
        for (String part : title.split("(?<=[ -])")) {
            b.append(Capitalisation.capitalise(part));
        }
        return b.toString();
    }
}
