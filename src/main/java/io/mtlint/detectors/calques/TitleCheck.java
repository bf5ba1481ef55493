package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

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
                    + "\"terapia intensiva\" (intensive care). A longer name that is correct (\"President of the "
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
    public void check(TaggedSentence s, Constructions language, BlockReporter out) {
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        List<List<Element>> patterns = patterns(language.titles());
        for (int p = 0; p < patterns.size(); p++) {
            Constructions.Title title = language.titles().get(p);
            List<Element> words = patterns.get(p);
            for (int i = 0; i < s.size(); i++) {
                int end = match(s, i, words, 0);
                if (end < 0) {
                    continue;
                }
                Token after = s.at(end);
                if (title.unlessFollowedBy() != null && after != null && after.is(title.unlessFollowedBy())) {
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
                i = end - 1;
            }
        }
    }

    /**
     * The renderings of the last list of titles asked for, parsed: a language's list is one object, and sentences
     * come language by language, so parsing happens about once per language instead of at every sentence.
     */
    private record Parsed(List<Constructions.Title> titles, List<List<Element>> patterns) {
    }

    private static volatile Parsed lastParsed;

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

    private static List<List<Element>> patterns(List<Constructions.Title> titles) {
        Parsed parsed = lastParsed;
        if (parsed == null || parsed.titles() != titles) {
            parsed = new Parsed(titles, titles.stream()
                    .map(title -> title.calqueWords().stream().map(Element::parse).toList()).toList());
            lastParsed = parsed;
        }
        return parsed.patterns();
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
}
