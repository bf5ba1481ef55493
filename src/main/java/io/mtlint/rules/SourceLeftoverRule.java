package io.mtlint.rules;

import io.mtlint.core.Category;
import io.mtlint.core.Example;
import io.mtlint.core.ProseBlock;
import io.mtlint.core.RuleInfo;
import io.mtlint.core.Severity;
import io.mtlint.languagetool.LanguageProfile;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.translate.Translator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text left in the source language: inside editorial brackets or parentheses, as words or phrases in running
 * text, and as whole sentences. A word counts as source language when the source language's LanguageTool tagger
 * knows it and the target language's tagger and speller do not; a span is reported when it holds such a word
 * in lowercase (capitalised ones are usually names) and no word only the target language knows.
 */
public final class SourceLeftoverRule extends BlockRule {
    public static final String ID = "mt.source-leftover";
    private static final int MAX_BRACKET_CONTENT = 120;
    private static final int MIN_ANCHOR_LENGTH = 3;

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.SOURCE_LEFTOVER, Severity.ERROR,
            "Text left untranslated in the source language",
            "Machine translation sometimes leaves source-language text in place, most often inside editorial "
                    + "brackets and parentheses (\"the problem [de estas medidas]\"), sometimes as words in running "
                    + "text or as whole sentences. A word is a leftover when the source language's dictionary "
                    + "knows it and the target language's dictionary and speller do not. Brackets with target-"
                    + "language content, citations and names stay clean. Fixes (never applied automatically): "
                    + "translate the span with Apertium or the pack glossary, or drop the insertion.",
            Example.bad("They discussed the problem <marker>[de estas medidas]</marker> at length.",
                    "They discussed the problem [of these measures] at length."),
            Example.bad("The army fired <marker>(misiles)</marker> across the river."),
            Example.bad("The minister <marker>dijo que</marker> the plan would fail."),
            Example.good("He wrote that the plan was \"a disaster [sic]\" and left."),
            Example.good("The minister [of defence] and the junta met at the fiesta."),
            Example.good("Charles de Gaulle spoke to the Podemos leaders [1]."));

    private final RuleEnvironment env;

    public SourceLeftoverRule(RuleEnvironment env) {
        this.env = env;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        Lexicon source = env.sourceLexicon();
        if (source == null) {
            return;
        }
        String text = block.text();
        List<int[]> spans = new ArrayList<>();
        List<Boolean> bracketed = new ArrayList<>();
        List<int[]> brackets = Brackets.find(text, MAX_BRACKET_CONTENT);
        for (int[] b : brackets) {
            if (isSourceLanguage(Words.of(text, b[0] + 1, b[1] - 1))) {
                spans.add(b);
                bracketed.add(true);
            }
        }
        for (int[] run : runningTextRuns(text, brackets)) {
            spans.add(run);
            bracketed.add(false);
        }
        report(block, spans, bracketed, out);
    }

    private void report(ProseBlock block, List<int[]> spans, List<Boolean> bracketed, BlockReporter out) {
        String text = block.text();
        List<String> toTranslate = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            toTranslate.add(bracketed.get(i) ? text.substring(s[0] + 1, s[1] - 1) : text.substring(s[0], s[1]));
        }
        Translator translator = env.translator();
        List<String> translations = toTranslate.isEmpty() ? List.of() : translator.translate(toTranslate);
        String language = languageName(env.source());
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            String span = text.substring(s[0], s[1]);
            String translated = translations.get(i);
            List<BlockFix> fixes = new ArrayList<>();
            if (translated != null && !translated.equalsIgnoreCase(toTranslate.get(i))) {
                String replacement = bracketed.get(i) ? span.charAt(0) + translated + span.charAt(span.length() - 1)
                        : translated;
                fixes.add(BlockFix.replace(s[0], s[1], replacement, false, "translate (" + translator.name() + ")"));
            }
            if (bracketed.get(i)) {
                int from = s[0];
                while (from > 0 && text.charAt(from - 1) == ' ') {
                    from--;
                }
                fixes.add(BlockFix.replace(from, s[1], "", false, "drop the insertion"));
            }
            String message = bracketed.get(i)
                    ? "Editorial insertion left in " + language + ": " + span
                    : "Untranslated " + language + " text: \u201c" + span + "\u201d";
            if (translated != null) {
                message += " (\u201c" + translated + "\u201d)";
            }
            out.report(s[0], s[1], message, fixes.toArray(new BlockFix[0]));
        }
    }

    /** Bracket content is source language when a lowercase word is source-only and no word is target-only. */
    private boolean isSourceLanguage(List<Words.Word> words) {
        boolean anchor = false;
        for (Words.Word w : words) {
            WordOrigin origin = origin(w.text());
            if (origin == WordOrigin.TARGET_ONLY) {
                return false;
            }
            anchor |= isAnchor(w, origin);
        }
        return anchor;
    }

    /**
     * Runs of source-language words outside the flagged brackets: maximal sequences of words not known to the
     * target language alone, joined only by spaces, trimmed to source-only words at both ends.
     */
    private List<int[]> runningTextRuns(String text, List<int[]> brackets) {
        List<int[]> runs = new ArrayList<>();
        List<Words.Word> words = Words.of(text);
        int i = 0;
        while (i < words.size()) {
            if (insideAny(words.get(i), brackets)) {
                i++;
                continue;
            }
            int j = i;
            List<WordOrigin> origins = new ArrayList<>();
            while (j < words.size() && !insideAny(words.get(j), brackets)) {
                WordOrigin o = origin(words.get(j).text());
                if (o == WordOrigin.TARGET_ONLY || hasDomainOrPathAround(text, words.get(j))
                        || j > i && !joinedBySpace(text, words.get(j - 1), words.get(j))) {
                    break;
                }
                origins.add(o);
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            addRun(text, words.subList(i, j), origins, runs);
            i = j;
        }
        return runs;
    }

    private void addRun(String text, List<Words.Word> run, List<WordOrigin> origins, List<int[]> out) {
        int from = 0;
        int to = run.size() - 1;
        while (from <= to && !isTrimmedEdge(run, origins, from)) {
            from++;
        }
        while (to >= from && !isTrimmedEdge(run, origins, to)) {
            to--;
        }
        // A sentence left in the source language starts with a capital: take it in when the rest is source.
        if (from > 0 && from <= to && origins.get(from - 1) == WordOrigin.SOURCE_ONLY
                && Sentences.startsSentence(text, run.get(from - 1).start())) {
            from--;
        }
        boolean anchored = false;
        for (int k = from; k <= to; k++) {
            anchored |= isAnchor(run.get(k), origins.get(k));
        }
        if (anchored) {
            out.add(new int[] {run.get(from).start(), run.get(to).end()});
        }
    }

    private boolean isTrimmedEdge(List<Words.Word> run, List<WordOrigin> origins, int k) {
        Words.Word w = run.get(k);
        return origins.get(k) == WordOrigin.SOURCE_ONLY && w.isLowercase()
                && !(profile().isNameParticle(w.text()) && k + 1 < run.size() && run.get(k + 1).isCapitalised());
    }

    /** A word that proves a span is source language: source-only, lowercase, not a name particle, not tiny. */
    private boolean isAnchor(Words.Word w, WordOrigin origin) {
        return origin == WordOrigin.SOURCE_ONLY && w.isLowercase() && !profile().isNameParticle(w.text())
                && w.text().codePointCount(0, w.text().length()) >= MIN_ANCHOR_LENGTH
                && !env.vocabulary().isAccepted(w.text());
    }

    private WordOrigin origin(String word) {
        return WordOrigin.of(word, env.targetLexicon(), env.sourceLexicon(), env.vocabulary());
    }

    private LanguageProfile profile() {
        return env.targetLexicon().profile();
    }

    private static boolean joinedBySpace(String text, Words.Word a, Words.Word b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** Parts of e-mail addresses, domains and paths ("elDiario.es", "news/ultima-hora") are not prose. */
    private static boolean hasDomainOrPathAround(String text, Words.Word w) {
        char before = w.start() > 0 ? text.charAt(w.start() - 1) : ' ';
        char after = w.end() < text.length() ? text.charAt(w.end()) : ' ';
        char afterNext = w.end() + 1 < text.length() ? text.charAt(w.end() + 1) : ' ';
        return before == '.' || before == '@' || before == '/' || before == '_' || after == '@' || after == '/'
                || after == '_' || after == '.' && Character.isLetter(afterNext);
    }

    private static boolean insideAny(Words.Word w, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (w.start() >= r[0] && w.end() <= r[1]) {
                return true;
            }
        }
        return false;
    }

    static String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
