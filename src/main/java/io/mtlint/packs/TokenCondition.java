package io.mtlint.packs;

import io.mtlint.packs.prefilter.TokenFirsts;
import io.mtlint.packs.prefilter.RequiredLiterals;
import io.mtlint.packs.prefilter.TagMatches;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one token of a {@code tokens} rule must be: its text (one of a set, or a regular expression), one of a
 * set of lemmas, a part-of-speech tag matching a regular expression; each may be negated. {@code spaceBefore}
 * (null: either) says whether the token follows a space or is written against the token before it: a straight
 * quotation mark right after a comma closes a quotation ({@code great," said}), one after a space opens it
 * ({@code said, "Make}). A condition with {@code anyOf} alternatives holds when one of them does, and has no
 * tests of its own.
 */
public record TokenCondition(Set<String> texts, Pattern regex, Set<String> lemmas, Pattern pos,
                      Set<String> notTexts, Set<String> notLemmas, Pattern notPos, boolean caseSensitive,
                      Boolean spaceBefore, List<TokenCondition> anyOf, Set<String> regexStrings,
                      TagMatches posMatches, TagMatches notPosMatches) {

    /**
     * {@code regexStrings} is computed: every string {@code regex} matches, when that is a short list; so are the
     * remembering matchers of {@code pos} and {@code notPos}.
     */
    public TokenCondition(Set<String> texts, Pattern regex, Set<String> lemmas, Pattern pos, Set<String> notTexts,
                   Set<String> notLemmas, Pattern notPos, boolean caseSensitive, Boolean spaceBefore) {
        this(texts, regex, lemmas, pos, notTexts, notLemmas, notPos, caseSensitive, spaceBefore, List.of(),
                regex == null ? null : RequiredLiterals.exactly(regex).orElse(null),
                pos == null ? null : new TagMatches(pos), notPos == null ? null : new TagMatches(notPos));
    }

    /** A condition that holds when any of {@code alternatives} does. */
    static TokenCondition anyOf(List<TokenCondition> alternatives) {
        return new TokenCondition(Set.of(), null, Set.of(), null, Set.of(), Set.of(), null, false, null,
                List.copyOf(alternatives), null, null, null);
    }

    /** True when the condition looks only at the token's text and spacing, so it can be tested before tagging. */
    boolean isLexical() {
        if (!anyOf.isEmpty()) {
            return anyOf.stream().allMatch(TokenCondition::isLexical);
        }
        return lemmas.isEmpty() && pos == null && notLemmas.isEmpty() && notPos == null;
    }

    /** The text and spacing part of the condition, for a token {@code token} at {@code start} of {@code text}. */
    public boolean matchesUntagged(CharSequence text, int start, String token) {
        if (!anyOf.isEmpty()) {
            for (TokenCondition alternative : anyOf) {
                if (alternative.matchesUntagged(text, start, token)) {
                    return true;
                }
            }
            return false;
        }
        return spacingFits(text, start) && matchesText(token);
    }

    /** The whole condition, for a tagged token of {@code text}. */
    boolean matches(CharSequence text, TaggedToken token) {
        if (!anyOf.isEmpty()) {
            for (TokenCondition alternative : anyOf) {
                if (alternative.matches(text, token)) {
                    return true;
                }
            }
            return false;
        }
        return spacingFits(text, token.start()) && matchesTags(token);
    }

    /**
     * Whether a token starting at {@code start} of {@code text} has the space before it that the condition asks
     * for. The start of the text counts as spaced: nothing is written against the token.
     */
    private boolean spacingFits(CharSequence text, int start) {
        if (spaceBefore == null) {
            return true;
        }
        boolean spaced = start == 0 || Character.isWhitespace(text.charAt(start - 1))
                || Character.isSpaceChar(text.charAt(start - 1));
        return spaced == spaceBefore;
    }

    private boolean matchesText(String token) {
        if (regex != null && !(regexStrings != null ? regexStrings.contains(token) : regex.matcher(token).matches())) {
            return false;
        }
        if (texts.isEmpty() && notTexts.isEmpty()) {
            return true;
        }
        String text = caseSensitive ? token : token.toLowerCase(Locale.ROOT);
        return (texts.isEmpty() || texts.contains(text)) && !notTexts.contains(text);
    }

    private boolean matchesTags(TaggedToken token) {
        String text = caseSensitive ? token.text() : token.text().toLowerCase(Locale.ROOT);
        if (!texts.isEmpty() && !texts.contains(text)) {
            return false;
        }
        if (notTexts.contains(text)) {
            return false;
        }
        if (regex != null && !(regexStrings != null ? regexStrings.contains(token.text())
                : regex.matcher(token.text()).matches())) {
            return false;
        }
        if (!lemmas.isEmpty() && token.lemmas().stream().noneMatch(lemmas::contains)) {
            return false;
        }
        if (!notLemmas.isEmpty() && token.lemmas().stream().anyMatch(notLemmas::contains)) {
            return false;
        }
        if (pos != null && !posMatches.anyOf(token.tags())) {
            return false;
        }
        return notPos == null || !notPosMatches.anyOf(token.tags());
    }


    /**
     * The first characters of the tokens this condition accepts by text, or null when those are unbounded. A
     * condition with alternatives gets null: they may mix case-sensitive and case-insensitive texts, and such rules
     * are few enough to use the paragraph's shared tokenisation.
     */
    public TokenFirsts firsts() {
        if (!anyOf().isEmpty()) {
            return null;
        }
        if (regexStrings() != null) {
            return TokenFirsts.of(regexStrings(), false); // a regular expression sees the token as written
        }
        if (!texts().isEmpty()) {
            return TokenFirsts.of(texts(), !caseSensitive());
        }
        return null;
    }
}
