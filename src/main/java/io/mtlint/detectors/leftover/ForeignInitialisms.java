package io.mtlint.detectors.leftover;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.format.PairedSource;
import io.mtlint.lang.Initialisms;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.Languages;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.FindingSink;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.text.search.SparseMatcher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An initialism of the source language, or of English, through which machine translation often pivots, left in a
 * target that writes the thing otherwise ("CPC" for the Spanish "PCCh", transliterated Russian "SVO" for the
 * special military operation), from the per-language data of {@link Initialisms}.
 */
final class ForeignInitialisms {
    static final RuleInfo INITIALISM = RuleInfo.check(SourceLeftoverRule.ID, "initialism",
            Category.SOURCE_LEFTOVER, Severity.WARNING, "An initialism in another language's form",
            "An organisation, state or term abbreviated as the source language (or English) abbreviates it, in a "
                    + "target whose press writes another initialism or the name in full: \"CPC\" or \"NATO\" in "
                    + "Spanish (PCCh, OTAN), \"BIP\" in English (GDP), transliterated Russian \"SVO\" or \"DNR\", Ukrainian "
                    + "\"OVA\" (an oblast military administration) or \"DSNS\"; the English press's \"Calif.\" after a "
                    + "town and \"Sgt.\" before a name. An "
                    + "initialism the target shares (NATO in German), one the document introduces in brackets, "
                    + "one inside a name or an all-capital line stays clean. Fix (suggested): the target's "
                    + "initialism.",
            Example.bad("Los ministros de la <marker>NATO</marker> se reunieron en Bruselas.",
                    "Los ministros de la OTAN se reunieron en Bruselas.").in("en", "es"),
            Example.bad("The region's <marker>BIP</marker> grew by two percent.",
                    "The region's GDP grew by two percent.").in("de", "en"),
            Example.bad("The head of the Donetsk <marker>OVA</marker> reported two wounded.").in("uk", "en"),
            Example.good("A transformer rated at 333 MVA burned; she works at DBR Capital in London.").in("uk", "en"),
            Example.bad("STOCKTON, <marker>Calif.</marker> — El <marker>Sgt.</marker> Ana Ruiz habló el lunes.")
                    .in("en", "es"),
            Example.good("STOCKTON (California) — La sargento Ana Ruiz habló con el alcalde.")
                    .in("en", "es"),
            Example.good("Die NATO und die UNO tagten; der Vertrag der Allianz (SACEUR) gilt.").in("en", "de"),
            Example.good("La prensa llama CPC (Communist Party of China) al partido; la OTAN calla.").in("en", "es"));

    /** A run of letters that starts with two capitals ("NATO", "KPCh"). */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}@_./-])\\p{Lu}{2}[\\p{L}]{0,4}(?![\\p{L}\\p{N}_$@]|[-.]\\p{L})");
    /**
     * An abbreviation with a full stop where it is one: a state after its town ("RIVERSIDE, Calif.") or a rank
     * before a name ("Cpl. Ana Ruiz"); the names around it, in capitals in a dateline, are its context, not a
     * brand or a heading it belongs to, and a bracket after it holds the agency ("Calif. (AP)"), not a gloss.
     * Found as a short capitalised word with a full stop, then kept by what stands around it: a look behind each
     * letter of the text for the town would cost more than the rest of the rule.
     */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}@_./-])\\p{Lu}\\p{Ll}{1,4}\\.(?!\\p{L})");
    /** The town and comma before a state's abbreviation, ending where the abbreviation starts. */
    private static final Pattern TOWN_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]{1,30}, \\z");
    private static final int TOWN_BEFORE_MAX = 33;
    /** The name after a rank's abbreviation. */
    private static final Pattern NAME_AFTER = Pattern.compile(" \\p{Lu}\\p{Ll}");

    private ForeignInitialisms() {
    }

    static void report(RuleEnvironment env, Document document, String sourceCode, RuleInfo family, FindingSink sink) {
        String target = env.targetBase();
        Set<String> from = new LinkedHashSet<>();
        if (sourceCode != null) {
            from.add(RuleEnvironment.base(sourceCode));
        }
        from.add("en");
        from.remove(target);
        if (from.isEmpty()) {
            return;
        }
        Initialisms data = Initialisms.get();
        Lexicon lexicon = env.targetLexicon();
        String documentText = document.text();
        Document source = PairedSource.of(document, env.pair().source()); // by layout, as docs-pair reads it
        for (ProseBlock block : document.blocks()) {
            String text = block.text();
            BlockReporter out = null;
            for (Candidate c : candidates(text)) {
                String token = text.substring(c.start(), c.end());
                Optional<Initialisms.Foreign> foreign = data.foreign(token, target, from);
                if (foreign.isEmpty() || !block.isVerbatim(c.start(), c.end())
                        || !c.dotted() && explainedByContext(text, c, foreign.get(), documentText, lexicon)
                        || nameAsInSource(text, c.start(), c.end(), source)) {
                    continue;
                }
                if (out == null) {
                    out = new BlockReporter(family, block, sink);
                }
                Initialisms.Foreign f = foreign.get();
                String language = LanguageCodes.englishName(f.language());
                String targetName = env.targetLanguage().name();
                List<BlockFix> fixes = new ArrayList<>();
                String advice;
                if (f.targetForms().isEmpty()) {
                    advice = targetName + (c.dotted() ? " writes it out" : " writes the name out");
                } else {
                    advice = targetName + " writes \u201c" + String.join("\u201d or \u201c", f.targetForms()) + "\u201d";
                    fixes.add(BlockFix.replace(c.start(), c.end(), f.targetForms().get(0), false,
                            "write " + f.targetForms().get(0)));
                }
                out.report(INITIALISM, c.start(), c.end(), "\u201c" + token + "\u201d is the " + language
                        + (c.dotted() ? " abbreviation" : " initialism") + " for " + f.entry().name() + "; " + advice,
                        fixes.toArray(BlockFix[]::new));
            }
        }
    }

    private record Candidate(int start, int end, boolean dotted) {
    }

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        for (SparseMatcher m = SparseMatcher.of(TOKEN, text, null, SparseMatcher.CAPITAL_AFTER_NON_LETTER); m.find(); ) {
            out.add(new Candidate(m.start(), m.end(), false));
        }
        for (SparseMatcher m = SparseMatcher.of(DOTTED, text, null, SparseMatcher.CAPITAL_AFTER_NON_LETTER); m.find(); ) {
            boolean afterTown = TOWN_BEFORE.matcher(text).region(Math.max(0, m.start() - TOWN_BEFORE_MAX), m.start()).find();
            boolean beforeName = NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            if (afterTown || beforeName) {
                out.add(new Candidate(m.start(), m.end(), true));
            }
        }
        return out;
    }

    /**
     * An initialism without a full stop that its surroundings account for: introduced by the document, part of a
     * line in capitals, a unit after a figure, or part of a name.
     */
    private static boolean explainedByContext(String text, Candidate c, Initialisms.Foreign foreign, String documentText,
                                              Lexicon lexicon) {
        return definedIn(documentText, text.substring(c.start(), c.end())) || inCapitals(text, c.start(), c.end())
                || afterFigure(text, c.start())
                || (transliterated(foreign) ? beforeCommonCapitalised(text, c.end(), lexicon)
                : besideName(text, c.start(), c.end(), lexicon));
    }

    /**
     * Transliterated from a language written in another script ("OVA" for ОВА): no brand spells it so, and the
     * names around it are the institution's place and head ("the Donetsk OVA Pavlo Kyrylenko"), not its own.
     */
    private static boolean transliterated(Initialisms.Foreign foreign) {
        return Languages.of(foreign.language()).script() != Character.UnicodeScript.LATIN;
    }

    /** A unit after a figure ("333 MVA"), not an institution. */
    private static boolean afterFigure(String text, int start) {
        int i = start - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isDigit(text.charAt(i));
    }

    /**
     * Part of a company's or a place's name: a capitalised common word of the target after it ("DBR Capital"); the
     * head of an institution named after it ("the OVA Pavlo Kyrylenko") is a name, not a common word.
     */
    private static boolean beforeCommonCapitalised(String text, int end, Lexicon lexicon) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        Words.Word next = Words.at(text, end + 1, Math.min(text.length(), end + 40));
        return next != null && next.start() == end + 1 && next.isCapitalised() && !next.isAllCaps()
                && lexicon.knowsAnyCase(next.text().toLowerCase(Locale.ROOT)) && !lexicon.hasProperNounReading(next.form());
    }

    /** The document introduces the initialism itself: "(CPC)" or "CPC (". */
    private static boolean definedIn(String text, String token) {
        return Pattern.compile("\\(\\s*" + Pattern.quote(token) + "\\b|\\b" + Pattern.quote(token) + "\\s*\\(")
                .matcher(text).find();
    }

    /** An all-capital heading or label: a neighbouring word in capitals too. */
    private static boolean inCapitals(String text, int start, int end) {
        List<Words.Word> around = Words.of(text, Math.max(0, start - 40), Math.min(text.length(), end + 40));
        for (int i = 0; i < around.size(); i++) {
            if (around.get(i).start() == start) {
                return i > 0 && around.get(i - 1).isAllCaps() && around.get(i - 1).text().length() > 1
                        || i + 1 < around.size() && around.get(i + 1).isAllCaps() && around.get(i + 1).text().length() > 1;
            }
        }
        return false;
    }

    /**
     * Part of a name: "Meta AI", "Azure AI Search", "Kim Jong Un", where a neighbour is a capitalised word the
     * target's tagger does not read (its speller may still know a brand), or, in a language that writes its nouns in
     * lowercase, a word capitalised in mid-sentence.
     */
    private static boolean besideName(String text, int start, int end, Lexicon lexicon) {
        Words.Word before = start >= 2 && text.charAt(start - 1) == ' ' ? Words.at(text, lastWordStart(text, start - 1), start - 1) : null;
        Words.Word after = end + 1 < text.length() && text.charAt(end) == ' ' ? Words.at(text, end + 1, Math.min(text.length(), end + 40)) : null;
        return isName(text, before, lexicon) || after != null && after.start() == end + 1 && isName(text, after, lexicon);
    }

    /**
     * Part of a capitalised name the page's source writes the same way ("Tab Cluster AI", "AI Studio"): in German,
     * which capitalises every noun, the neighbour alone cannot tell a product's name from a translated noun.
     */
    private static boolean nameAsInSource(String text, int start, int end, Document source) {
        if (source == null) {
            return false;
        }
        int before = start >= 2 && text.charAt(start - 1) == ' ' ? lastWordStart(text, start - 1) : start;
        Words.Word previous = before < start - 1 ? Words.at(text, before, start - 1) : null;
        Words.Word next = end + 1 < text.length() && text.charAt(end) == ' '
                ? Words.at(text, end + 1, Math.min(text.length(), end + 40)) : null;
        String sourceText = source.text();
        return previous != null && previous.isCapitalised()
                && sourceText.contains(text.substring(previous.start(), end))
                || next != null && next.start() == end + 1 && next.isCapitalised()
                && sourceText.contains(text.substring(start, next.end()));
    }

    private static boolean isName(String text, Words.Word w, Lexicon lexicon) {
        if (w == null || !w.isCapitalised() || w.isAllCaps()) {
            return false;
        }
        if (lexicon.hasProperNounReading(w.form()) || !lexicon.knowsAnyCase(w.form()) || untagged(w.text(), lexicon)) {
            return true;
        }
        return !lexicon.descriptor().capitalisesNouns() && !Sentences.startsSentence(text, w.start())
                && !startsLine(text, w.start());
    }

    private static boolean untagged(String word, Lexicon lexicon) {
        return lexicon.lookup(word).tags().isEmpty() && lexicon.lookup(word.toLowerCase(Locale.ROOT)).tags().isEmpty();
    }

    /** The first word of a line, a table cell or a label, whatever emphasis or list marks come before it. */
    private static boolean startsLine(String text, int at) {
        int i = at - 1;
        while (i >= 0 && " *_#>-+[(\u00ab\"\u201c".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '|' || Character.isDigit(text.charAt(i))
                || Character.getType(text.charAt(i)) == Character.OTHER_SYMBOL || Character.isSurrogate(text.charAt(i));
    }

    private static int lastWordStart(String text, int end) {
        int i = end;
        while (i > 0 && Words.isWordPart(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }
}
