package io.mtlint.packs.prefilter;

import io.mtlint.packs.TokenCondition;
import io.mtlint.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokenising from one token's start gives the same tokens as tokenising the whole text, and a rule's search for
 * its first token's characters misses no place where that token stands: seeded random texts with marks,
 * digits, surrogates, no-break spaces and quotation marks.
 */
class CheapTokensTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261128L);
    private static final String EXTRA = " ,\u201d\"\u00bb e\u0301 \u0301x 12 said Said SAID \u0130stanbul \u00a0, \u201d, ";

    @Test
    void tokensFromAnyTokenStartAreTheWholeTextsTokens() {
        Random random = new Random(SEED);
        for (int n = 0; n < 1000; n++) {
            String text = RandomText.document(random) + EXTRA.substring(random.nextInt(EXTRA.length()));
            List<CheapTokens.Token> all = CheapTokens.of(text);
            Set<Integer> starts = new HashSet<>();
            all.forEach(t -> starts.add(t.start()));
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                    continue; // not a position a search for characters can stop at as a token start
                }
                int at = i;
                assertEquals(starts.contains(at), CheapTokens.startsToken(text, at), () -> "position " + at + " of " + text);
            }
            for (int sample = 0; sample < 40 && !all.isEmpty(); sample++) {
                int k = random.nextInt(all.size());
                int count = 1 + random.nextInt(14);
                List<CheapTokens.Token> expected = all.subList(k, Math.min(all.size(), k + count));
                assertEquals(expected, CheapTokens.from(text, all.get(k).start(), count));
                int last = all.get(k).end();
                int end = Math.min(all.size(), k + 1 + count) - 1;
                assertEquals(all.get(end).end(), CheapTokens.endOf(text, last, count));
            }
        }
    }

    @Test
    void firstCharacterSearchStopsAtEveryAcceptedToken() {
        Random random = new Random(SEED + 1);
        List<TokenCondition> conditions = List.of(
                condition(Set.of(), Pattern.compile("[,\u201d\"\u00bb]"), false),
                condition(Set.of("said", "\u0130stanbul".toLowerCase(java.util.Locale.ROOT), "x"), null, false),
                condition(Set.of("Said", "12"), null, true));
        int accepted = 0;
        for (int n = 0; n < 1500; n++) {
            String text = RandomText.document(random) + EXTRA.substring(random.nextInt(EXTRA.length()));
            for (TokenCondition condition : conditions) {
                TokenFirsts firsts = condition.firsts();
                Set<Integer> visited = new HashSet<>();
                var search = firsts.searchIn(text, random.nextBoolean() ? null : io.mtlint.text.search.CharPresence.of(text));
                for (int i = search.applyAsInt(0); i < text.length(); i = search.applyAsInt(i + 1)) {
                    visited.add(i);
                }
                for (CheapTokens.Token t : CheapTokens.of(text)) {
                    if (condition.matchesUntagged(text, t.start(), t.text())) {
                        accepted++;
                        assertTrue(visited.contains(t.start()), () -> condition + " missed " + t + " in " + text);
                    }
                }
            }
        }
        assertTrue(accepted > 1000, "too few accepted tokens exercised: " + accepted);
    }

    private static TokenCondition condition(Set<String> texts, Pattern regex, boolean caseSensitive) {
        return new TokenCondition(texts, regex, Set.of(), null, Set.of(), Set.of(), null, caseSensitive, null);
    }
}
