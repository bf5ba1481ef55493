package io.mtlint.packs;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one token of a {@code tokens} rule must be: its text (one of a set, or a regular expression), one of a
 * set of lemmas, a part-of-speech tag matching a regular expression; each may be negated.
 */
record TokenCondition(Set<String> texts, Pattern regex, Set<String> lemmas, Pattern pos,
                      Set<String> notTexts, Set<String> notLemmas, Pattern notPos, boolean caseSensitive,
                      Set<String> regexStrings) {

    /** {@code regexStrings} is computed: every string {@code regex} matches, when that is a short list. */
    TokenCondition(Set<String> texts, Pattern regex, Set<String> lemmas, Pattern pos, Set<String> notTexts,
                   Set<String> notLemmas, Pattern notPos, boolean caseSensitive) {
        this(texts, regex, lemmas, pos, notTexts, notLemmas, notPos, caseSensitive,
                regex == null ? null : RequiredLiterals.exactly(regex).orElse(null));
    }

    /** True when the condition looks only at the token's text, so it can be tested before tagging. */
    boolean isLexical() {
        return lemmas.isEmpty() && pos == null && notLemmas.isEmpty() && notPos == null;
    }

    /** The text part of the condition, for a token not yet tagged. */
    boolean matchesText(String token) {
        if (regex != null && !(regexStrings != null ? regexStrings.contains(token) : regex.matcher(token).matches())) {
            return false;
        }
        if (texts.isEmpty() && notTexts.isEmpty()) {
            return true;
        }
        String text = caseSensitive ? token : token.toLowerCase(Locale.ROOT);
        return (texts.isEmpty() || texts.contains(text)) && !notTexts.contains(text);
    }

    boolean matches(TaggedToken token) {
        String text = caseSensitive ? token.text() : token.text().toLowerCase(Locale.ROOT);
        if (!texts.isEmpty() && !texts.contains(text)) {
            return false;
        }
        if (notTexts.contains(text)) {
            return false;
        }
        if (regex != null && !regex.matcher(token.text()).matches()) {
            return false;
        }
        if (!lemmas.isEmpty() && token.lemmas().stream().noneMatch(lemmas::contains)) {
            return false;
        }
        if (token.lemmas().stream().anyMatch(notLemmas::contains)) {
            return false;
        }
        if (pos != null && token.tags().stream().noneMatch(t -> pos.matcher(t).matches())) {
            return false;
        }
        return notPos == null || token.tags().stream().noneMatch(t -> notPos.matcher(t).matches());
    }
}
