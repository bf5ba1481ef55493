package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.support.LastDerived;

import java.util.List;

/**
 * Offices and institutions translated word for word into a name English news does not use: Spain's "presidente
 * del Gobierno" as "the President of the Government", Brazil's "Poder Executivo" as "the Executive Power", a
 * French "directeur de cabinet" as a "director of cabinet". The names come from the target's construction data,
 * by source language ({@link Constructions.Title}); each is wrong English whichever source the text came from.
 */
final class TitleCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".title", Category.CALQUE, Severity.WARNING,
            "An office or institution translated word for word (\"the President of the Government\")",
            "Offices and institutions the source names in words English renders literally into a name its news "
                    + "does not use: Spanish \"presidente del Gobierno\" (the Prime Minister), Italian \"presidente "
                    + "del Consiglio\", Portuguese \"Poder Executivo\" (the executive branch) and \"Ministério "
                    + "Público\", French \"directeur de cabinet\" (chief of staff) and \"homicide volontaire\", "
                    + "\"terapia intensiva\" (intensive care), French \"l'h\u00e9micycle\" (the chamber). A "
                    + "longer name that is correct (\"President of the "
                    + "Government of the Canary Islands\") stays clean. The list is per source language, in the "
                    + "target's construction data. Fix (suggested): the English name.",
            List.of(Example.bad("The <marker>President of the Government</marker> flew to Brussels on Monday.",
                            "The Prime Minister flew to Brussels on Monday.").in(null, "en"),
                    Example.bad("She spent a week in <marker>intensive therapy</marker> after the crash.").in(null, "en"),
                    Example.good("The President of the Government of Aragon met the Prime Minister; the "
                            + "Executive Board of the bank and its chief of staff agreed.").in(null, "en")),
            "built-in", List.of("es-en.president-of-the-government"));

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        Parsed parsed = PARSED.get(language.titles());
        int[] starts = new int[s.size()];
        int count = 0;
        for (int i = 0; i < s.size(); i++) {
            if (parsed.mayStartAt(s, i)) {
                starts[count++] = i;
            }
        }
        if (count == 0) {
            return;
        }
        starts = java.util.Arrays.copyOf(starts, count);
        for (int p = 0; p < parsed.patterns().size(); p++) {
            Constructions.Title title = language.titles().get(p);
            List<Element> words = parsed.patterns().get(p);
            for (int next = 0; next < starts.length; next++) {
                int i = starts[next];
                int end = match(s, i, words, 0);
                if (end < 0) {
                    continue;
                }
                Token after = s.at(end);
                if (title.follower() != null && after != null && after.is(title.follower())
                        && (!title.onlyBeforeCountry() || namesCountry(s, end + 1))) {
                    continue;
                }
                int from = s.get(i).start();
                int to = s.get(end - 1).end();
                if (!reported.add(from)) {
                    continue;
                }
                String english = title.english();
                out.report(CHECK, from, to, "\u201c" + s.text().substring(from, to) + "\u201d renders "
                                + io.mtlint.lang.LanguageCodes.englishName(title.source()) + " \u201c" + title.original()
                                + "\u201d word for word; English news says \u201c" + english + "\u201d.",
                        english.contains("(") ? new BlockFix[0]
                                : new BlockFix[] {BlockFix.replace(from, to, english, false,
                                "replace with \u201c" + english + "\u201d")});
                while (next + 1 < starts.length && starts[next + 1] < end) {
                    next++;
                }
            }
        }
    }

    /**
     * A language's renderings, parsed, with the words any of them can start with: most sentences hold none, and the
     * patterns are then tried nowhere.
     */
    private record Parsed(List<List<Element>> patterns, java.util.Set<String> firstWords, boolean anyStart) {
        static Parsed of(List<Constructions.Title> titles) {
            List<List<Element>> patterns = titles.stream()
                    .map(title -> title.calqueWords().stream().map(Element::parse).toList()).toList();
            java.util.Set<String> firstWords = new java.util.HashSet<>();
            boolean anyStart = false;
            for (List<Element> pattern : patterns) {
                Element first = pattern.get(0);
                if (first.optional() || first.name()) {
                    anyStart = true;
                }
                for (String alternative : first.alternatives()) {
                    firstWords.add(folded(alternative));
                }
            }
            return new Parsed(patterns, java.util.Set.copyOf(firstWords), anyStart);
        }

        /** Whether a rendering can start at token {@code i}. */
        boolean mayStartAt(TaggedSentence s, int i) {
            return anyStart || firstWords.contains(folded(s.get(i)));
        }
    }

    private static final LastDerived<List<Constructions.Title>, Parsed> PARSED = new LastDerived<>(Parsed::of);

    /** Every word of a country's English name, from the JDK's locale data ("Korea", "Congo", "Ireland"). */
    private static final java.util.Set<String> COUNTRY_WORDS = countryWords();

    /**
     * One word of a rendering: its alternatives ({@code tenant|tenants}), optional when written in brackets, or a run
     * of capitalised words for {@code NAME}.
     */
    private record Element(String[] alternatives, boolean optional, boolean name) {
        static Element parse(String word) {
            boolean optional = word.startsWith("(") && word.endsWith(")");
            String body = optional ? word.substring(1, word.length() - 1) : word;
            return new Element(body.split("\\|"), optional, body.equals("NAME"));
        }
    }

    /** {@link #folded(String)} of the token: its lowercase, already at hand, where every character is ASCII. */
    private static String folded(Token t) {
        String text = t.text();
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 128) {
                return folded(text);
            }
        }
        return t.lower();
    }

    /** Equal for two words exactly when {@link String#equalsIgnoreCase} holds. */
    private static String folded(String word) {
        char[] chars = word.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            chars[k] = Character.toLowerCase(Character.toUpperCase(chars[k]));
        }
        return new String(chars);
    }

    /**
     * Where the pattern {@code elements} from its {@code w}-th element, matched from token {@code i}, ends
     * (exclusive), or -1. Words match case-insensitively, except that a capitalised word in the pattern needs a
     * capital.
     */
    private static int match(TaggedSentence s, int i, List<Element> elements, int w) {
        if (w == elements.size()) {
            return i;
        }
        Element element = elements.get(w);
        if (element.optional()) {
            int skipped = match(s, i, elements, w + 1);
            int taken = matchOne(s, i, element, elements, w);
            return Math.max(taken, skipped);
        }
        return matchOne(s, i, element, elements, w);
    }

    private static int matchOne(TaggedSentence s, int i, Element element, List<Element> elements, int w) {
        Token t = s.at(i);
        if (t == null) {
            return -1;
        }
        if (element.name()) {
            int k = i;
            while (s.at(k) != null && s.get(k).isWord() && s.get(k).isCapitalised()) {
                k++;
            }
            return k == i ? -1 : match(s, k, elements, w + 1);
        }
        for (String alternative : element.alternatives()) {
            if (t.text().equalsIgnoreCase(alternative) && (!Character.isUpperCase(alternative.charAt(0))
                    || t.isCapitalised())) {
                return match(s, i + 1, elements, w + 1);
            }
        }
        return -1;
    }

    private static java.util.Set<String> countryWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String code : java.util.Locale.getISOCountries()) {
            for (String word : new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH).split("[\\s&,.()-]+")) {
                if (word.length() > 3 && Character.isUpperCase(word.charAt(0))) {
                    words.add(word);
                }
            }
        }
        return java.util.Set.copyOf(words);
    }

    /** Whether the words from {@code at} name a country ("Korea", "the Congo"), not a town. */
    private static boolean namesCountry(TaggedSentence s, int at) {
        Token t = s.at(at);
        if (t != null && t.is("the")) {
            t = s.at(at + 1);
        }
        return t != null && COUNTRY_WORDS.contains(t.text());
    }
}
