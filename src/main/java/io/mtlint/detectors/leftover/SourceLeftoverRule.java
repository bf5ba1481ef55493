package io.mtlint.detectors.leftover;

import io.mtlint.analysis.DocumentTerms;
import io.mtlint.analysis.Exonyms;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.analysis.SourceLanguageSpans;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.FindingSink;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Credits;
import io.mtlint.translate.Translator;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.HashSet;

/**
 * Text left in the source language: inside editorial brackets or parentheses, as words or phrases in running
 * text, and as whole sentences. A word counts as source language when the source language's LanguageTool tagger
 * knows it and the target language's tagger and speller do not; a span is reported when it holds such a word
 * in lowercase (capitalised ones are usually names) and no word only the target language knows.
 */
public final class SourceLeftoverRule implements Rule {
    public static final String ID = "mt.source-leftover";

    static final RuleInfo BRACKETED = RuleInfo.check(ID, "bracketed", Category.SOURCE_LEFTOVER, Severity.ERROR,
            "An editorial insertion left in the source language",
            "Text inside brackets or parentheses that the source language's dictionary knows and the target's "
                    + "does not (\"the problem [de estas medidas]\"). Brackets with target-language content, citations "
                    + "and names stay clean, and so does the credit of a news agency (a shipped list) in a dateline (\"M\u00fanich (dpa) \u2013 \"). "
                    + "With no source named or detected, square brackets are still searched, "
                    + "for text in whichever source language mtlint can detect. Fixes (suggested): the translation "
                    + "(Apertium or the pack glossary), or dropping the insertion.",
            Example.bad("They discussed the problem <marker>[de estas medidas]</marker> at length.",
                    "They discussed the problem [of these measures] at length.").in("es", "en"),
            Example.bad("The army fired <marker>(misiles)</marker> across the river.").in("es", "en"),
            Example.good("He wrote that the plan was \"a disaster [sic]\" and left.").in("es", "en"),
            Example.good("M\u00fanich (dpa) \u2013 El canciller anunci\u00f3 nuevas medidas el lunes.").in("de", "es"));
    static final RuleInfo IN_TEXT = RuleInfo.check(ID, "in-text", Category.SOURCE_LEFTOVER, Severity.ERROR,
            "Source-language words in running text",
            "Words or whole sentences the source language's dictionary knows and the target's dictionary and "
                    + "speller do not. Words kept on purpose stay clean: a short quotation of the words themselves, "
                    + "part of an identifier or file name, a word of a title in title case, a short label in "
                    + "emphasis, and a short line for readers of another language that names the language and links to "
                    + "another version of the page (\"English version\" linking to README.md). So do the terms a document shows it uses as terms: a word of its inline code or "
                    + "code blocks, one defined in a bracket naming the source language (\"(en inglés, shim)\"), and "
                    + "in a document with code, a term glossed in brackets after its translation or used on its own "
                    + "in three sentences or more. The end of a heading or title line after a dash (\"Faro de Lundy - "
                    + "Lundy lighthouse\") is the original title given beside the translation. "
                    + "A run of more than three words is reported whatever its words, and "
                    + "one that fills most of a sentence is reported over the whole sentence. An unquoted headline in "
                    + "title case, long, with a word that can only be a verb (\"Regulators Approve Merger, Ending Talks\"), is a leftover; a "
                    + "short or quoted title of a work is not. Where the source has no dictionary here (Serbian, "
                    + "Vietnamese), a clause most of whose lowercase words neither the target nor English knows is "
                    + "the source's, and so, in prose without code, is a lowercase word of nine letters or more that "
                    + "neither knows and that is no typo, glued pair or coined derivation of a target word (a "
                    + "warning: it may be a coinage). In a translation between two languages other than English, "
                    + "English words count too, wholly English spans that are not quoted and hold no word the source "
                    + "knows: machine translation between such languages often goes through English and leaves its "
                    + "words behind (\"les whales\"). "
                    + "Fix (suggested): the translation, when Apertium or the pack glossary has one.",
            Example.bad("The minister <marker>dijo que</marker> the plan would fail.").in("es", "en"),
            Example.bad("Voir aussi : <marker>Lawmakers Delay Vote On Housing Bill, Citing Budget Concerns</marker>")
                    .in("en", "fr"),
            Example.good("Elle a revu le film The Lord of the Rings hier soir.").in("en", "fr"),
            Example.good("Escriba \"fixes\", no \"fixed\"; copie **automation-kit-install.json** y pulse "
                    + "**Use this template**.").in("en", "es").asMarkdown(),
            Example.good("Si el rollout se detiene, ejecute `kubectl rollout undo`.").in("en", "es").asMarkdown(),
            Example.bad("Selon les analystes, les <marker>whales</marker> ont acheté 500 bitcoins.").in("nl", "fr"));

    static final RuleInfo EXONYM = RuleInfo.check(ID, "exonym", Category.SOURCE_LEFTOVER, Severity.ERROR,
            "A country or city named as the source language names it",
            "\"Alemania\", \"Royaume-Uni\", \"Londres\", \"Varsovia\" in an English text; \"Germany\" in a Spanish "
                    + "one: machine translation leaves the source's name of a country or city untranslated. The names "
                    + "come from CLDR: the countries of both languages' locale data and the cities that name time "
                    + "zones (about 300, most capitals among them). A name the target also uses, a word of the target "
                    + "(German \"Island\", Iceland), and another spelling of the same name (\"Berlín\", \"Ho Chi "
                    + "Minh\", \"San Vicente\") are left alone, as is a name the target's packs accept as written "
                    + "(\"Cabo Verde\", official in English too). Fix (suggested): the target's name.",
            Example.bad("The talks with <marker>Alemania</marker> resumed on Monday.",
                    "The talks with Germany resumed on Monday.").in("es", "en"),
            Example.bad("The delegation flew from <marker>Varsovia</marker> to Paris.",
                    "The delegation flew from Warsaw to Paris.").in("es", "en"),
            Example.bad("Exports to the <marker>Royaume-Uni</marker> fell.").in("fr", "en"),
            Example.good("Exports to Chile, Peru and the United Kingdom fell.").in("es", "en"),
            Example.good("The envoy of Cabo Verde met the minister in Praia.").in("pt", "en"),
            Example.good("Coach Maurício Lemos praised the squad. \"We deserved it,\" said Maurício.").in("pt", "en"));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Text left untranslated in the source language",
            "Machine translation sometimes leaves source-language text in place, most often inside editorial "
                    + "brackets and parentheses, sometimes as words in running text or as whole sentences. A word is "
                    + "a leftover when the source language's dictionary knows it and the target language's "
                    + "dictionary and speller do not. Fixes are never applied automatically.",
            List.of(Example.good("The minister [of defence] and the junta met at the fiesta.").in("es", "en"),
                    Example.good("Charles de Gaulle spoke to the Podemos leaders [1].").in("es", "en")),
            BRACKETED, IN_TEXT, EXONYM, OtherScriptLeftovers.OTHER_SCRIPT, OtherScriptLeftovers.FULL_WIDTH,
            ForeignInitialisms.INITIALISM, PivotRomanisations.ROMANISATION, UnaccentedNames.UNACCENTED);

    private final RuleEnvironment env;

    public SourceLeftoverRule(RuleEnvironment env) {
        this.env = env;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Finds the spans of every block first, so that the translator runs once per document. */
    @Override
    public void check(Document document, FindingSink sink) {
        String sourceCode = env.sourceFor(document);
        OtherScriptLeftovers.report(env, document, sourceCode, INFO, sink);
        ForeignInitialisms.report(env, document, sourceCode, INFO, sink);
        PivotRomanisations.report(env, document, INFO, sink);
        UnaccentedNames.report(env, document, INFO, sink);
        if (sourceCode == null) {
            if (env.pair().detectsSource()) {
                reportUnknownLanguage(document, sink);
            }
            reportInsertionsInAnySource(document, sink);
            return;
        }
        Leftovers fromSource = leftovers(document, sourceCode, null, null);
        reportExonyms(document, sourceCode, fromSource.blocks(), fromSource.spans(), sink);
        if (!fromSource.spans().isEmpty()) {
            reportTranslated(sourceCode, fromSource.blocks(), fromSource.spans(), fromSource.originals(), sink);
        }
        String pivot = pivotFor(sourceCode);
        if (pivot != null) {
            Leftovers fromPivot = leftovers(document, pivot, fromSource, sourceCode);
            if (!fromPivot.spans().isEmpty()) {
                reportTranslated(pivot, fromPivot.blocks(), fromPivot.spans(), fromPivot.originals(), sink);
            }
        }
    }

    /** The spans left in one language, with their blocks and the text to translate, in document order. */
    private record Leftovers(List<ProseBlock> blocks, List<SourceLanguageSpans.Span> spans, List<String> originals) {
        boolean overlaps(ProseBlock block, SourceLanguageSpans.Span s) {
            for (int i = 0; i < spans.size(); i++) {
                if (blocks.get(i) == block && spans.get(i).start() < s.end() && s.start() < spans.get(i).end()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * English, for a translation between two other languages: machine translation between them often goes through
     * English and leaves English words behind ("les whales", "ont performed"). Null when either side is English.
     */
    private String pivotFor(String sourceCode) {
        String pivot = "en";
        return RuleEnvironment.base(sourceCode).equals(pivot) || env.targetBase().equals(pivot) ? null : pivot;
    }

    /**
     * The spans of {@code language} that are leftovers, less those the writer kept on purpose and, for a pivot
     * language, those {@code already} found in the document's {@code source} language or holding a word it knows.
     */
    private Leftovers leftovers(Document document, String language, Leftovers already, String source) {
        List<ProseBlock> blocks = new ArrayList<>();
        List<SourceLanguageSpans.Span> spans = new ArrayList<>();
        List<String> toTranslate = new ArrayList<>();
        // Words the writer glossed once are kept on purpose wherever they stand in the document.
        Set<String> glossed = new HashSet<>();
        for (ProseBlock block : document.blocks()) {
            List<SourceLanguageSpans.Span> found = SourceLanguageSpans.of(env, document, block, language);
            for (SourceLanguageSpans.Span s : found) {
                if (KeptOnPurpose.glossed(block.text(), s, at -> found.stream().anyMatch(o -> o.bracketed() && o.start() == at))) {
                    glossed.add(block.text().substring(s.start(), s.end()).toLowerCase(Locale.ROOT));
                }
            }
        }
        DocumentTerms terms = null;
        for (ProseBlock block : document.blocks()) {
            String text = block.text();
            for (SourceLanguageSpans.Span s : SourceLanguageSpans.of(env, document, block, language)) {
                if (s.nameTail() || keptOnPurpose(document, block, s)
                        || LanguageLabels.inVersionNote(document, block.toDocument(s.start()), block.toDocumentEnd(s.end()))
                        || glossed.contains(text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT))
                        || already != null && (already.overlaps(block, s) || !onlyIn(language, source, text, s)
                        // Quoted English ("« keep calm and carry on »") most likely stood so in the source too.
                        || SourceLanguageSpans.isQuoted(text, s))) {
                    continue;
                }
                if (s.words() <= DocumentTerms.MAX_TERM_WORDS) {
                    terms = terms != null ? terms : DocumentTerms.of(env, document);
                    if (terms.covers(text, s)) {
                        continue;
                    }
                }
                blocks.add(block);
                spans.add(s);
                toTranslate.add(s.bracketed() ? text.substring(s.start() + 1, s.end() - 1) : text.substring(s.start(), s.end()));
            }
        }
        return new Leftovers(blocks, spans, toTranslate);
    }

    /**
     * Every word of the span is one the pivot's dictionary knows and the source's does not: a pivot's leftover is
     * plain English, while a span with words no dictionary here knows ("državni put") is the source's, which has
     * none, and a word both languages write ("Caisse d'allocations familiales") is the source's own.
     */
    private static boolean onlyIn(String pivot, String source, String text, SourceLanguageSpans.Span s) {
        Lexicon pivotLexicon = LanguageRegistry.lexicon(pivot);
        Lexicon sourceLexicon = LanguageRegistry.isSupported(source) ? LanguageRegistry.lexicon(source) : null;
        return Words.of(text, s.start(), s.end()).stream().allMatch(w -> pivotLexicon.knows(w.form())
                && (sourceLexicon == null || !sourceLexicon.knows(w.form())));
    }

    /** Reports the spans of one language, translated in one call so that its translator runs once per document. */
    private void reportTranslated(String language, List<ProseBlock> blocks, List<SourceLanguageSpans.Span> spans,
                                  List<String> originals, FindingSink sink) {
        Translator translator = env.translatorFor(language);
        List<String> translations = translator.translate(originals);
        for (int i = 0; i < spans.size(); i++) {
            report(blocks.get(i), spans.get(i), originals.get(i), translations.get(i), language, translator,
                    new BlockReporter(INFO, blocks.get(i), sink));
        }
    }

    /** Editorial insertions left in whichever source language they are written in, where none is named or found. */
    private void reportInsertionsInAnySource(Document document, FindingSink sink) {
        // Gathered per language first, so each translator runs once per document, as for a known source.
        Map<String, List<Map.Entry<ProseBlock, SourceLanguageSpans.Span>>> byLanguage = new LinkedHashMap<>();
        for (ProseBlock block : document.blocks()) {
            for (SourceLanguageSpans.Insertion i : SourceLanguageSpans.insertionsInAnySource(env, block.text())) {
                if (!keptOnPurpose(document, block, i.span())) {
                    byLanguage.computeIfAbsent(i.language(), k -> new ArrayList<>()).add(Map.entry(block, i.span()));
                }
            }
        }
        byLanguage.forEach((language, found) -> {
            List<ProseBlock> blocks = found.stream().map(Map.Entry::getKey).toList();
            List<SourceLanguageSpans.Span> spans = found.stream().map(Map.Entry::getValue).toList();
            List<String> inside = found.stream()
                    .map(e -> e.getKey().text().substring(e.getValue().start() + 1, e.getValue().end() - 1)).toList();
            reportTranslated(language, blocks, spans, inside, sink);
        });
    }

    /**
     * With the source to be detected and no evidence of one mtlint knows, clauses in a language no dictionary here
     * covers (a caption left in Indonesian or Serbian) are still leftovers; the language goes unnamed and nothing
     * translates them.
     */
    private void reportUnknownLanguage(Document document, FindingSink sink) {
        for (ProseBlock block : document.blocks()) {
            BlockReporter out = null;
            String text = block.text();
            for (SourceLanguageSpans.Span s : SourceLanguageSpans.of(env, document, block)) {
                // A quotation in another language is kept on purpose in a text whose source shows nowhere.
                if (s.bracketed() || SourceLanguageSpans.isQuoted(text, s) || keptOnPurpose(document, block, s)) {
                    continue;
                }
                out = out != null ? out : new BlockReporter(INFO, block, sink);
                out.report(IN_TEXT, s.start(), s.end(), "Untranslated text in a language other than "
                        + env.targetLanguage().name() + ": \u201c" + text.substring(s.start(), s.end()) + "\u201d");
            }
        }
    }

    /** A span the writer kept on purpose (see {@link KeptOnPurpose}), a work's original title or an agency's credit. */
    private static boolean keptOnPurpose(Document document, ProseBlock block, SourceLanguageSpans.Span s) {
        return KeptOnPurpose.is(document.text(), block, s) || KeptOnPurpose.originalTitle(document, block, s)
                || Credits.isTrailingCredit(block.text(), s.start(), s.end())
                || Credits.isDatelineCredit(block.text(), s.start(), s.end());
    }

    /** Country names left in the source language, where no leftover span already covers them. */
    private void reportExonyms(Document document, String sourceCode, List<ProseBlock> spanBlocks,
                               List<SourceLanguageSpans.Span> spans, FindingSink sink) {
        Exonyms exonyms = Exonyms.of(RuleEnvironment.base(sourceCode), env.targetBase(), env.targetLexicon());
        // One use before a surname makes the name a person's throughout the document.
        List<List<Exonyms.Match>> found = new ArrayList<>();
        Set<String> givenNames = new HashSet<>();
        for (ProseBlock block : document.blocks()) {
            List<Exonyms.Match> matches = exonyms.find(block.text());
            found.add(matches);
            for (Exonyms.Match m : matches) {
                if (Exonyms.isGivenName(block.text(), m, env.targetLexicon())) {
                    givenNames.add(m.sourceName());
                }
            }
        }
        for (int b = 0; b < found.size(); b++) {
            ProseBlock block = document.blocks().get(b);
            BlockReporter out = null;
            for (Exonyms.Match m : found.get(b)) {
                boolean covered = givenNames.contains(m.sourceName())
                        || Exonyms.isPartOfLongerName(block.text(), m, env.targetLexicon())
                        || env.vocabulary().isAccepted(m.sourceName());
                for (int i = 0; i < spans.size() && !covered; i++) {
                    covered = spanBlocks.get(i) == block && spans.get(i).start() < m.end() && m.start() < spans.get(i).end();
                }
                if (covered) {
                    continue;
                }
                if (out == null) {
                    out = new BlockReporter(INFO, block, sink);
                }
                String language = io.mtlint.lang.LanguageCodes.englishName(sourceCode);
                out.report(EXONYM, m.start(), m.end(), "\u201c" + m.sourceName() + "\u201d is the " + language
                                + " name; " + env.targetLanguage().name() + " writes \u201c" + m.targetName() + "\u201d",
                        BlockFix.replace(m.start(), m.end(), m.targetName(), false, "write " + m.targetName()));
            }
        }
    }

    private void report(ProseBlock block, SourceLanguageSpans.Span s, String original, String translated,
                        String sourceCode, Translator translator, BlockReporter out) {
        String text = block.text();
        boolean bracketed = s.bracketed();
        String span = text.substring(s.start(), s.end());
        String language = io.mtlint.lang.LanguageCodes.englishName(sourceCode);
        List<BlockFix> fixes = new ArrayList<>();
        if (translated != null && !translated.equalsIgnoreCase(original)) {
            String replacement = bracketed ? span.charAt(0) + translated + span.charAt(span.length() - 1) : translated;
            fixes.add(BlockFix.replace(s.start(), s.end(), replacement, false,
                    "translate (" + translator.name() + ")"));
        }
        if (bracketed) {
            int from = s.start();
            while (from > 0 && text.charAt(from - 1) == ' ') {
                from--;
            }
            fixes.add(BlockFix.replace(from, s.end(), "", false, "drop the insertion"));
        }
        String message = bracketed
                ? "Editorial insertion left in " + language + ": " + span
                : "Untranslated " + language + " text: \u201c" + span + "\u201d";
        if (translated != null && !translated.equalsIgnoreCase(original)) {
            message += " (\u201c" + translated + "\u201d)";
        }
        RuleInfo check = bracketed ? BRACKETED : IN_TEXT;
        // A word known to no dictionary may be a coinage or a loan the target has not listed yet.
        out.report(check, s.start(), s.end(), s.loneWord() ? Severity.WARNING : check.severity(), message, fixes);
    }


    /**
     * A lone word that is both a lowercase name and a word of the source language ("rui costa", where "rui" is
     * Portuguese for "collapses") is the name: the source-language reading is a coincidence.
     */
    @Override
    public boolean restates(Finding mine, Finding other) {
        if (other.category() == Category.PUNCTUATION && other.start() < mine.start() && other.end() >= mine.end()) {
            return true; // the name of an entity left in the text ("&amp;amp;"): the escape is the error
        }
        return other.category() == Category.PROPER_NOUN_CASE && other.start() == mine.start()
                && other.end() == mine.end();
    }
}
