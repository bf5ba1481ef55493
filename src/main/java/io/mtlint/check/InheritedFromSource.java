package io.mtlint.check;

import io.mtlint.detectors.bilingual.DoubledWordRule;
import io.mtlint.detectors.bilingual.EndPunctuationRule;
import io.mtlint.detectors.bilingual.WhitespaceMismatchRule;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the article rules report on a translation that is no artefact of translating it, because the segment's
 * source has it too or the segment was not translated at all: white space that aligns columns in both ("-h,
 * --help     display"), a command-line option or identifier kept as the source writes it ("--numeric"), and
 * anything an article rule finds in a segment left untranslated, which is one finding already.
 */
final class InheritedFromSource {
    /** The categories of the bilingual rules, which compare with the source themselves. */
    private static final Set<Category> BILINGUAL = Set.of(Category.UNTRANSLATED, Category.NUMBER_MISMATCH,
            Category.MARKUP_MISMATCH, Category.URL_MISMATCH, Category.TERMINOLOGY, Category.LENGTH);

    private InheritedFromSource() {
    }

    static List<Finding> drop(Document document, List<Finding> findings) {
        if (!document.isBilingual()) {
            return findings;
        }
        List<Finding> untranslated = findings.stream().filter(f -> f.category() == Category.UNTRANSLATED).toList();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (BILINGUAL.contains(f.category()) || isBilingualRule(f)) {
                kept.add(f);
                continue;
            }
            if (untranslated.stream().anyMatch(u -> u.start() <= f.start() && f.end() <= u.end() && u.end() > u.start())) {
                continue;
            }
            Segment s = document.segmentAt(f.start());
            if (s != null && s.target() != null && inherited(document.text(), f, s.sourceText())) {
                continue;
            }
            kept.add(f);
        }
        return kept;
    }

    /** The bilingual rules whose findings fall in article categories (spacing, punctuation, grammar). */
    private static boolean isBilingualRule(Finding f) {
        return f.ruleId().equals(WhitespaceMismatchRule.ID) || f.ruleId().equals(EndPunctuationRule.ID)
                || f.ruleId().equals(DoubledWordRule.ID);
    }

    private static boolean inherited(String text, Finding f, String source) {
        String flagged = text.substring(f.start(), f.end());
        if (f.category() == Category.SPACING && !flagged.isEmpty() && flagged.isBlank()) {
            return source.contains(flagged);
        }
        if (f.category() == Category.SOURCE_LEFTOVER) {
            String token = token(text, f.start(), f.end());
            return looksLikeCode(token) && containsToken(source, token);
        }
        return false;
    }

    /** The run of non-space characters around a span. */
    private static String token(String text, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** An option, identifier or path: prose words carry none of these marks. */
    private static boolean looksLikeCode(String token) {
        return token.startsWith("-") || token.contains("_") || token.contains("/") || token.contains("=")
                || token.matches(".*\\p{Ll}\\p{Lu}.*");
    }

    private static boolean containsToken(String source, String token) {
        for (String t : source.split("\\s+")) {
            if (t.equals(token)) {
                return true;
            }
        }
        return false;
    }
}
