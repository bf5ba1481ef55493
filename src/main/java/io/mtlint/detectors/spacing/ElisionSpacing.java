package io.mtlint.detectors.spacing;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.search.Alternatives;
import io.mtlint.text.search.SparseMatcher;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A space after an elided word's apostrophe ("l' église", "d' Allemagne"), which a removed link or markup leaves
 * in translated pages. The elided words are the target language's descriptor data; languages without them are
 * not checked.
 */
final class ElisionSpacing {
    static final RuleInfo AFTER_ELISION = RuleInfo.check(SpacingRule.ID, "after-elision", Category.SPACING,
            Severity.ERROR, "Space after an elided word's apostrophe",
            "An elided article, pronoun or conjunction joins the next word with no space (French \"l'église\", "
                    + "\"jusqu'à\"); \"l' église\" keeps the space a removed link left. Which words elide comes "
                    + "from the language's descriptor. Fix (safe): remove the space.",
            Example.bad("La crue a envahi la cour de <marker>l' </marker>école primaire.",
                    "La crue a envahi la cour de l'école primaire.").in(null, "fr"),
            Example.good("Jusqu'à l'aube, qu'il pleuve ou non, l’équipe d’astreinte veille.").in(null, "fr"));

    private static final Map<String, Pattern> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final SparseMatcher.StartTest AT_APOSTROPHE = SparseMatcher.anyOf("'\u2019");

    private ElisionSpacing() {
    }

    static void check(ProseBlock block, LanguageDescriptor target, BlockReporter out) {
        if (target.typography().elisions().isEmpty()) {
            return;
        }
        String text = block.text();
        Pattern p = BY_LANGUAGE.computeIfAbsent(target.code(), k -> pattern(target.typography()));
        SparseMatcher m = SparseMatcher.of(p, text, null, AT_APOSTROPHE);
        while (m.find()) {
            if (block.hidesMarkupBetween(m.start(1), m.end())) {
                continue; // a link or emphasis after the space: the page's markup, not a lost join
            }
            int word = m.start();
            while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
                word--;
            }
            out.report(AFTER_ELISION, word, m.end(), "Space after \u201c" + text.substring(word, m.start() + 1)
                            + "\u201d: an elided word joins the next one",
                    BlockFix.replace(m.start(1), m.end(1), "", true, "remove the space"));
        }
    }

    /** The apostrophe after a whole elided word and the spaces after it, before a letter. */
    private static Pattern pattern(LanguageDescriptor.Typography typography) {
        String words = Alternatives.longestFirst(typography.elisions());
        return Pattern.compile("['\u2019](?<=(?<![\\p{L}\\p{M}'\u2019\u2018\u2039\"])(?i:" + words + ")['\u2019])( +)(?=\\p{L})");
    }
}
