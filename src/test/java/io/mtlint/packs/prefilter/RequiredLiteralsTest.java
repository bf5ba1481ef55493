package io.mtlint.packs.prefilter;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The literal prefilter may only ever skip text that cannot match: checked on hand-picked expressions and, seeded,
 * on thousands of random expressions and texts built from the same words, with case, spacing and apostrophes
 * varied.
 */
class RequiredLiteralsTest {
    private static final long SEED = Long.getLong("mtlint.seed", 20261125L);
    private static final List<String> WORDS = List.of("in", "the", "last", "years", "it", "It", "is", "a", "an",
            "of", "step", "give", "gave", "that", "said", "État", "l'", "l\u2019", "%", "12", ",", ".", "\u201d", "»");

    @Test
    void readsTheLiteralTextOfTypicalRules() {
        assertEquals(List.of("in the last years", "in the last months", "over the last years", "over the last months"),
                sets("\\b(?:in|over) the last (?:years|months)(?! of\\b)").get(0));
        // Without a case-insensitive flag the strings keep their case; an optional word multiplies the spellings.
        assertEquals(List.of("It is worth ", "it is worth "), sets("\\b[Ii]t is worth (?=\\p{L})").get(0));
        assertEquals(List.of("it is worth "), sets("(?i)\\b[Ii]t is worth (?=\\p{L})").get(0));
        assertEquals(List.of("step", "new step", "first step"), sets("(?:new |first )?step\\b").get(0));
        // A lookahead's text is required too, as a separate set.
        assertTrue(sets("\\bsensible (?=(?:data|files?)\\b)").contains(List.of("data", "file", "files")));
        // Alternatives keep one set per branch, joined.
        assertEquals(List.of(List.of(" years", "concretely")), sets("\\w+ of \\d+ years|\\bconcretely\\b"));
    }

    @Test
    void aBranchWithManySpellingsGivesWayToItsSmallerSet() {
        // The second branch spells its phrase 144 ways; with the first branch's 4 the union would be too large to
        // look for, and the whole expression would go without a prefilter.
        String regex = "\\b(?:was|is) sanctioned by the (?:president|king)\\b"
                + "|\\b(?:[Pp]resident|[Kk]ing|[Qq]ueen|[Gg]overnor) sanction(?:ed|s)? the "
                + "(?:law|bill|decree|reform|budget|treaty)\\b";
        List<List<String>> sets = sets(regex);
        assertEquals(1, sets.size());
        assertTrue(sets.get(0).containsAll(List.of("is sanctioned by the king", "was sanctioned by the president")),
                sets.toString());
        assertTrue(sets.get(0).containsAll(List.of("King sanction the ", "governor sanctioned the ")), sets.toString());
        RequiredLiterals required = RequiredLiterals.of(Pattern.compile(regex)).orElseThrow();
        assertTrue(required.foundIn(FoldedText.of("The reform was sanctioned by the king on Monday.")));
        assertTrue(required.foundIn(FoldedText.of("The President sanctioned the law.")));
        assertFalse(required.foundIn(FoldedText.of("The law was signed on Monday.")));
    }

    @Test
    void whatALookbehindNeedsIsRequiredToo() {
        assertEquals(List.of(List.of("abc")), sets("(?<=abc)\\d"));
        assertEquals(List.of(List.of("grew ", "rose "), List.of("grew", "rose"), List.of("of")),
                sets("(?<=\\b(?:grew|rose) )of"));
    }

    @Test
    void givesNothingWhenItCannotTell() {
        for (String regex : List.of("\\p{Lu}\\p{Ll}+", "a*b?", "(a)\\1", "x|\\d+", "(?x) a b c", "[^abc]+",
                "(?:abc)?", "(?<!abc)\\d")) {
            assertEquals(Optional.empty(), RequiredLiterals.of(Pattern.compile(regex)), regex);
        }
        assertEquals(Optional.empty(), RequiredLiterals.of(Pattern.compile("a b", Pattern.COMMENTS)));
    }

    @Test
    void exactSetsOnlyForPlainFiniteExpressions() {
        assertEquals(Optional.of(Set.of(",", "\u201d", "\"", "»")), RequiredLiterals.exactly(Pattern.compile("[,\u201d\"»]")));
        assertEquals(Optional.of(Set.of("says", "said")), RequiredLiterals.exactly(Pattern.compile("sa(?:ys|id)")));
        for (String regex : List.of("(?i)says", "says\\b", "a(?=b)", "\\p{Lu}", "a+", "^a")) {
            assertEquals(Optional.empty(), RequiredLiterals.exactly(Pattern.compile(regex)), regex);
        }
        assertEquals(Optional.empty(), RequiredLiterals.exactly(Pattern.compile("says", Pattern.CASE_INSENSITIVE)));
    }

    @Test
    void foldingKeepsEveryMatchFindable() {
        assertEquals("the  état d'un monde".replace("  ", " "), FoldedText.fold("THE \n\t ÉTAT D\u2019UN\u00A0MONDE"));
        RequiredLiterals r = RequiredLiterals.of(Pattern.compile("(?i)l'état du", Pattern.UNICODE_CASE)).orElseThrow();
        assertTrue(r.foundIn(FoldedText.of("Ils voient L\u2019ÉTAT DU monde")));
        assertFalse(r.foundIn(FoldedText.of("Ils voient le monde")));
    }

    @Test
    void caseSensitiveExpressionsLookForTheirStringsAsWritten() {
        RequiredLiterals months = RequiredLiterals.of(Pattern.compile("\\b(?:march|may) \\d+")).orElseThrow();
        assertFalse(months.foundIn(FoldedText.of("On 3 March and 4 May")), "only capitalised months: skipped");
        assertTrue(months.foundIn(FoldedText.of("On march 3")));
        RequiredLiterals inline = RequiredLiterals.of(Pattern.compile("(?i:march) \\d+")).orElseThrow();
        assertTrue(inline.foundIn(FoldedText.of("MARCH 3")), "an inline flag folds case");
        RequiredLiterals flagged = RequiredLiterals.of(Pattern.compile("march", Pattern.CASE_INSENSITIVE)).orElseThrow();
        assertTrue(flagged.foundIn(FoldedText.of("March")));
    }

    @Test
    void randomExpressionsNeverLoseAMatch() {
        Random random = new Random(SEED);
        int checkedMatches = 0;
        int skipped = 0;
        for (int e = 0; e < 3000; e++) {
            String regex = expression(random, 3);
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex, random.nextBoolean() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (RuntimeException invalid) {
                continue;
            }
            Optional<RequiredLiterals> required = RequiredLiterals.of(pattern);
            Optional<Set<String>> exact = RequiredLiterals.exactly(pattern);
            for (int t = 0; t < 40; t++) {
                String text = text(random);
                boolean matches = pattern.matcher(text).find();
                if (required.isPresent()) {
                    boolean found = required.get().foundIn(FoldedText.of(text));
                    if (matches && !found) {
                        fail("prefilter " + required.get() + " of /" + regex + "/ rejects matching text: " + text);
                    }
                    checkedMatches += matches ? 1 : 0;
                    skipped += found ? 0 : 1;
                }
                if (exact.isPresent()) {
                    for (String s : exact.get()) {
                        assertTrue(pattern.matcher(s).matches(), "/" + regex + "/ should match its exact string " + s);
                    }
                    String token = WORDS.get(random.nextInt(WORDS.size()));
                    assertEquals(pattern.matcher(token).matches(), exact.get().contains(token), regex + " vs " + token);
                }
            }
        }
        assertTrue(checkedMatches > 1000, "too few matches exercised: " + checkedMatches);
        assertTrue(skipped > 1000, "the prefilter should skip many non-matching texts: " + skipped);
    }

    private static List<List<String>> sets(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex)).orElseThrow().sets();
    }

    private static String expression(Random random, int depth) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            String atom = switch (depth <= 0 ? random.nextInt(6) : random.nextInt(12)) {
                case 0, 1, 2 -> Pattern.quote(WORDS.get(random.nextInt(WORDS.size())));
                case 3 -> List.of("\\b", "\\s+", " ", "\\p{L}+", "\\d{1,2}", "[Ii]", "['\u2019]", ".", "\\.",
                        "[,;]", "\\u00e9", "(?i)", "^", "$").get(random.nextInt(14));
                case 4 -> WORDS.get(random.nextInt(WORDS.size())).replaceAll("([.%\\\\$^*+?()\\[\\]{}|])", "\\\\$1");
                case 5 -> " ";
                case 6, 7 -> "(?:" + expression(random, depth - 1) + "|" + expression(random, depth - 1) + ")";
                case 8 -> "(?=" + expression(random, depth - 1) + ")";
                case 9 -> "(?!" + expression(random, depth - 1) + ")";
                case 10 -> "(?<=" + WORDS.get(random.nextInt(WORDS.size())).replaceAll("\\W", "") + " ?)";
                default -> "(" + expression(random, depth - 1) + ")";
            };
            sb.append(atom);
            if (random.nextInt(4) == 0) {
                sb.append(List.of("?", "*", "+", "{2}", "{1,3}", "??", "+?").get(random.nextInt(7)));
            }
        }
        return sb.toString();
    }

    private static String text(Random random) {
        List<String> pieces = new ArrayList<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            pieces.add(switch (random.nextInt(6)) {
                case 0 -> word.toUpperCase();
                case 1 -> word.replace('\'', '\u2019');
                default -> word;
            });
            pieces.add(List.of(" ", " ", " ", "  ", "\n", "\t", "\u00A0", "").get(random.nextInt(8)));
        }
        return String.join("", pieces);
    }
}
