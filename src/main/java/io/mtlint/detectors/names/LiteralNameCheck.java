package io.mtlint.detectors.names;

import io.mtlint.analysis.FunctionWords;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Languages;
import io.mtlint.lang.LiteralNames;
import io.mtlint.lang.NameCues;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.text.Capitalisation;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Literal renderings of the source language's names ("The Country" for El País, "Citizens" for Ciudadanos), from
 * {@link LiteralNames}. A rendering made of ordinary words is a name only where the text treats it as one: an
 * ordinary word of it capitalised in mid-sentence, or a cue of its kind around it ({@link NameCues}: "according
 * to", "the newspaper", "party", quotation marks). A rendering that runs into a longer capitalised name ("Citizens
 * United", "The World Bank") is that other name.
 */
final class LiteralNameCheck {
    /** How far before a rendering a cue may stand, in words. */
    private static final int CUE_WINDOW_WORDS = 8;
    /** Share of a block's longer words that are capitalised from which it is written in title case. */
    private static final double TITLE_CASE_SHARE = 0.7;
    private static final String ENGLISH = "en";
    private static final String OPENING_MARKS = "\"\u201c\u201e\u00ab\u2018'";
    private static final String CLOSING_MARKS = "\"\u201d\u201c\u00bb\u2019'";

    /** A rendering split into words and the marks between them, as the text is split. */
    private record Pattern(LiteralNames.Rendering rendering, List<String> words, List<String> gaps, boolean unambiguous) {
    }

    /** The renderings of one source into one target, by the lowercase first word. */
    private record Index(Map<String, List<Pattern>> byFirstWord, NameCues cues) {
    }

    private static final Map<String, Index> INDEXES = new ConcurrentHashMap<>();

    private LiteralNameCheck() {
    }

    static void check(ProseBlock block, List<Words.Word> words, String source, LanguageDescriptor target,
                      Lexicon lexicon, RuleInfo check, BlockReporter out) {
        Index index = INDEXES.computeIfAbsent(LanguageCodes.base(source) + ">" + target.code(),
                k -> index(LanguageCodes.base(source), target.code()));
        if (index.byFirstWord().isEmpty()) {
            return;
        }
        String text = block.text();
        Boolean titleCase = null;
        for (int i = 0; i < words.size(); i++) {
            List<Pattern> candidates = index.byFirstWord().get(words.get(i).lower());
            if (candidates == null) {
                continue;
            }
            for (Pattern p : candidates) {
                if (!matches(p, text, words, i, lexicon)) {
                    continue;
                }
                int last = i + p.words().size() - 1;
                if (titleCase == null) {
                    titleCase = block.kind() == ProseBlock.Kind.HEADING || isTitleCase(words);
                }
                if (isName(p, text, words, i, last, index.cues(), lexicon, titleCase)) {
                    report(p, text, words.get(i).start(), words.get(last).end(), target, check, out);
                    i = last;
                }
                break;
            }
        }
    }

    private static boolean isName(Pattern p, String text, List<Words.Word> words, int first, int last, NameCues cues,
                                  Lexicon lexicon, boolean titleCase) {
        LiteralNames.Rendering r = p.rendering();
        if (r.anyCase()) {
            return true;
        }
        NameCues.Cues kindCues = cues.of(r.name().kind());
        if (partOfLongerName(text, words, first, last, kindCues, lexicon)) {
            return false;
        }
        if (hasCue(text, words, first, last, kindCues, lexicon)) {
            return true;
        }
        if (r.needsCue() || lexicon.descriptor().capitalisesNouns()) {
            return false; // where every noun is capitalised ("Die Stimme des Nordens"), capitals prove no name
        }
        int capitalised = 0;
        for (int k = first; k <= last; k++) {
            Words.Word w = words.get(k);
            if (Character.isUpperCase(w.text().codePointAt(0)) && !Sentences.startsSentenceOrQuotation(text, w.start())
                    && lexicon.knows(w.lower())) {
                capitalised++;
            }
        }
        // In a title-case line every word is capitalised: one capital there shows nothing.
        return capitalised >= (titleCase ? 2 : 1);
    }

    /** Whether a capitalised word joins the rendering with only a space between, making it part of another name. */
    private static boolean partOfLongerName(String text, List<Words.Word> words, int first, int last, NameCues.Cues cues,
                                            Lexicon lexicon) {
        Words.Word start = words.get(first);
        Words.Word end = words.get(last);
        if (start.start() > 0 && text.charAt(start.start() - 1) == '-'
                || end.end() < text.length() && text.charAt(end.end()) == '-') {
            return true;
        }
        if (first > 0) {
            Words.Word before = words.get(first - 1);
            if (isBlank(text, before.end(), start.start()) && isCapitalised(before)
                    && !Sentences.startsSentence(text, before.start()) && !isCueWord(before, cues, lexicon)) {
                return true;
            }
        }
        if (last + 1 < words.size() && continuesTitle(text, end, words.get(last + 1), lexicon)) {
            return true;
        }
        int next = last + 1;
        // "the Courts of Justice": a linking word and an article may join the rendering to the rest of a name.
        LanguageDescriptor language = lexicon.descriptor();
        if (next < words.size() && isBlank(text, end.end(), words.get(next).start())
                && (language.institutions().linkingWords().contains(words.get(next).text())
                || language.isNameParticle(words.get(next).text()))) {
            next++;
            if (next < words.size() && isBlank(text, words.get(next - 1).end(), words.get(next).start())
                    && words.get(next).isLowercase() && isDeterminer(words.get(next).text(), lexicon)) {
                next++;
            }
        }
        if (next < words.size()) {
            Words.Word after = words.get(next);
            return isBlank(text, words.get(next - 1).end(), after.start()) && isCapitalised(after) && !isCueWord(after, cues, lexicon);
        }
        return false;
    }

    /**
     * "Les Temps modernes": a lowercase word right after the rendering that can only be a noun or an adjective goes
     * on with the same title, which is another name.
     */
    private static boolean continuesTitle(String text, Words.Word end, Words.Word after, Lexicon lexicon) {
        if (!isBlank(text, end.end(), after.start()) || !after.isLowercase() || FunctionWords.is(lexicon, after.text())) {
            return false;
        }
        java.util.Set<String> tags = lexicon.lookup(after.form()).tags();
        return !tags.isEmpty() && tags.stream().allMatch(lexicon.descriptor()::isNominalTag);
    }

    /**
     * The "Victory" plan: a quoted word followed by a lowercase noun names that plan or operation, not the place or
     * paper the word also renders, unless the noun is one of the kind's own ("the "Victory" village").
     */
    private static boolean namesFollowingNoun(String text, List<Words.Word> words, int last, NameCues.Cues cues,
                                              Lexicon lexicon) {
        if (last + 1 >= words.size()) {
            return false;
        }
        Words.Word after = words.get(last + 1);
        if (after.start() != words.get(last).end() + 2 || !Character.isWhitespace(text.charAt(after.start() - 1))
                || !after.isLowercase() || FunctionWords.is(lexicon, after.text())) {
            return false;
        }
        return !isAfterCue(after, cues)
                && lexicon.lookup(after.form()).tags().stream().anyMatch(lexicon.descriptor()::isNominalTag);
    }

    private static boolean isDeterminer(String word, Lexicon lexicon) {
        java.util.Set<String> tags = lexicon.lookup(word).tags();
        for (String tag : tags) {
            if (!lexicon.descriptor().isDeterminerTag(tag)) {
                return false;
            }
        }
        return !tags.isEmpty();
    }

    private static boolean hasCue(String text, List<Words.Word> words, int first, int last, NameCues.Cues cues,
                                  Lexicon lexicon) {
        int from = words.get(first).start();
        int to = words.get(last).end();
        if (from > 0 && to < text.length() && OPENING_MARKS.indexOf(text.charAt(from - 1)) >= 0
                && CLOSING_MARKS.indexOf(text.charAt(to)) >= 0 && !namesFollowingNoun(text, words, last, cues, lexicon)) {
            return true;
        }
        int windowStart = words.get(Math.max(0, first - CUE_WINDOW_WORDS)).start();
        for (int i = from - 1; i >= windowStart; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                windowStart = i + 1;
                break;
            }
        }
        String before = " " + normalise(text.substring(windowStart, from)) + " ";
        for (String cue : cues.before()) {
            if (before.contains(" " + cue.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        int afterEnd = last + 3 < words.size() ? words.get(last + 3).end() : text.length();
        String after = normalise(text.substring(to, Math.max(to, afterEnd))).stripLeading() + " ";
        if (after.startsWith("s ")) {
            after = after.substring(2); // the possessive "'s"
        }
        for (String cue : cues.after()) {
            if (after.startsWith(cue.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Lowercase words separated by single spaces, with the apostrophe of an elision kept. */
    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' && !space) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if ((c == '\'' || c == '\u2019') && !space) {
                b.append('\'');
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString();
    }

    /** A cue word next to a rendering ("der Zeitung Die Zeit") in a language that capitalises every noun. */
    private static boolean isCueWord(Words.Word w, NameCues.Cues cues, Lexicon lexicon) {
        if (!lexicon.descriptor().capitalisesNouns()) {
            return false;
        }
        return cues.before().stream().anyMatch(c -> c.equalsIgnoreCase(w.text())) || isAfterCue(w, cues);
    }

    private static boolean isAfterCue(Words.Word w, NameCues.Cues cues) {
        return cues.after().stream().anyMatch(c -> c.equalsIgnoreCase(w.text()));
    }

    private static boolean isCapitalised(Words.Word w) {
        return Character.isUpperCase(w.text().codePointAt(0));
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTitleCase(List<Words.Word> words) {
        int longer = 0;
        int capitalised = 0;
        for (Words.Word w : words) {
            if (w.text().length() > 3) {
                longer++;
                if (isCapitalised(w)) {
                    capitalised++;
                }
            }
        }
        return longer >= 2 && capitalised >= TITLE_CASE_SHARE * longer;
    }

    private static boolean matches(Pattern p, String text, List<Words.Word> words, int at, Lexicon lexicon) {
        int n = p.words().size();
        if (at + n > words.size()) {
            return false;
        }
        boolean anyCase = p.rendering().anyCase();
        for (int k = 0; k < n; k++) {
            String actual = words.get(at + k).text();
            String expected = p.words().get(k);
            // A first word that differs only in its first letter's case asks the lexicon; no other word needs to.
            // The pattern was found under the word's lowercase, which is therefore the expected word's too.
            boolean same = anyCase ? actual.equalsIgnoreCase(expected)
                    : actual.equals(expected) || k == 0 && n > 1 && sameButFirstLetterCase(actual, expected)
                    && isDeterminer(words.get(at).lower(), lexicon);
            if (!same) {
                return false;
            }
            if (k > 0 && !gap(text.substring(words.get(at + k - 1).end(), words.get(at + k).start()))
                    .equals(p.gaps().get(k - 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameButFirstLetterCase(String actual, String expected) {
        return actual.length() == expected.length() && actual.regionMatches(true, 0, expected, 0, 1)
                && actual.regionMatches(1, expected, 1, expected.length() - 1);
    }

    /** The marks between two words, without spaces or dashes, apostrophes made one: "S. Paulo" and "S.Paulo" agree. */
    private static String gap(String between) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '\u2019') {
                b.append('\'');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && "-\u2010\u2011\u2013\u2014".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void report(Pattern p, String text, int from, int to, LanguageDescriptor target, RuleInfo check,
                               BlockReporter out) {
        LiteralNames.Name name = p.rendering().name();
        String found = text.substring(from, to);
        String correct = name.correctIn(target.code());
        if (Sentences.startsSentence(text, from)) {
            correct = Capitalisation.followCase(found, correct);
        }
        String message = "\u201c" + found + "\u201d renders " + describe(name) + " word for word; " + target.name()
                + " writes \u201c" + correct + "\u201d";
        // Never safe: the same words may be a title or a street of the target ("Les Temps modernes", "rue du Mur").
        boolean safe = false;
        out.report(check, from, to, message, BlockFix.replace(from, to + repeatedLastWord(text, to, correct), correct,
                safe, "write " + correct));
    }

    /**
     * The length of " party" after "Basic Finns" when the correct form ends with that word ("Finns Party"): the fix
     * takes it in rather than writing "Finns Party party".
     */
    private static int repeatedLastWord(String text, int to, String correct) {
        int space = correct.lastIndexOf(' ');
        if (space < 0) {
            return 0;
        }
        String last = correct.substring(space);
        int end = to + last.length();
        return end <= text.length() && text.regionMatches(true, to, last, 0, last.length())
                && (end == text.length() || !Character.isLetter(text.charAt(end))) ? last.length() : 0;
    }

    private static String describe(LiteralNames.Name name) {
        String kind = name.kind().equals("institution") ? "" : "the " + name.kind() + " ";
        return kind + name.name();
    }

    private static Index index(String source, String target) {
        List<LiteralNames.Rendering> renderings = new ArrayList<>(Languages.literalNames(source).renderingsInto(target));
        if (!source.equals(ENGLISH) && !target.equals(ENGLISH)) {
            // English names (agencies, papers, companies) turn up in the news of every language.
            renderings.addAll(Languages.literalNames(ENGLISH).renderingsInto(target));
        }
        Map<String, Integer> names = new HashMap<>();
        for (LiteralNames.Rendering r : renderings) {
            names.merge(r.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, List<Pattern>> byFirst = new HashMap<>();
        for (LiteralNames.Rendering r : renderings) {
            List<Words.Word> ws = Words.of(r.text());
            if (ws.isEmpty()) {
                continue;
            }
            List<String> gaps = new ArrayList<>();
            for (int k = 1; k < ws.size(); k++) {
                gaps.add(gap(r.text().substring(ws.get(k - 1).end(), ws.get(k).start())));
            }
            Pattern p = new Pattern(r, ws.stream().map(Words.Word::text).toList(), gaps,
                    names.get(r.text().toLowerCase(Locale.ROOT)) == 1);
            byFirst.computeIfAbsent(ws.get(0).lower(), k -> new ArrayList<>()).add(p);
        }
        // The longest rendering first: "The Digital Millennium" before "The Millennium".
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Pattern p) -> -p.words().size())));
        return new Index(Map.copyOf(byFirst), Languages.nameCues(target));
    }
}
