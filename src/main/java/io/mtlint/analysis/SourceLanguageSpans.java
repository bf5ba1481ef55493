package io.mtlint.analysis;

import io.mtlint.model.BlockKey;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.text.Capitalisation;
import io.mtlint.text.Addresses;
import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.text.Brackets;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.text.FormMemo;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.languagetool.Locutions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the spans of a block written in the source language: editorial insertions whose content is source
 * language, and runs of source-language words in running text. A word is source language when the source
 * language's tagger knows it and the target language's tagger and speller do not; a span needs a lowercase
 * source-only word (capitalised ones are usually names), and a single lowercase word whose capitalised form is
 * a proper noun ("argentina", "puebla") is a name written in lowercase, not a leftover.
 */
public final class SourceLanguageSpans {
    /**
     * A source-language span; {@code bracketed} spans include their brackets. A {@code nameTail} is the lowercase
     * rest of a name kept in the source language ("Pôle emploi"): source words, but no leftover. A {@code loneWord}
     * is one word judged by being unknown alone (a source with no dictionary here), so less certain than a word the
     * source's dictionary knows.
     */
    public record Span(int start, int end, boolean bracketed, int words, boolean nameTail, boolean loneWord) {
        public Span(int start, int end, boolean bracketed, int words) {
            this(start, end, bracketed, words, false, false);
        }

        public Span(int start, int end, boolean bracketed, int words, boolean nameTail) {
            this(start, end, bracketed, words, nameTail, false);
        }

        public boolean contains(int from, int to) {
            return from >= start && to <= end;
        }
    }

    private static final int MAX_BRACKET_CONTENT = 160;
    private static final int MIN_ANCHOR_LENGTH = 3;
    /** The marks that join an elided word to the next ("l'État", "aujourd\u2019hui"). */
    private static final String APOSTROPHES = "'\u2019";

    /** Words whose origin is remembered; news prose repeats its vocabulary, so far fewer are ever needed. */
    private static final int MAX_REMEMBERED_ORIGINS = 200_000;

    private final Lexicon target;
    private final Lexicon source;
    private final Locutions sourceLocutions;
    private final TargetExpressions targetExpressions;
    private final io.mtlint.support.Memo<String, WordOrigin> origins;
    private final FormMemo<WordOrigin> formOrigins;
    /** Whether a source-language locution starts with the word, by its form. */
    private final FormMemo<Boolean> startsLocution;
    private final SourceSentences sentences;
    private final io.mtlint.lang.Vocabulary vocabulary;
    /** A source is named, though perhaps one with no dictionary here. */
    private final boolean sourceNamed;

    private SourceLanguageSpans(RuleEnvironment env, String sourceCode) {
        this.target = env.targetLexicon();
        this.vocabulary = env.vocabulary();
        boolean known = sourceCode != null && LanguageRegistry.isSupported(sourceCode);
        this.sourceNamed = sourceCode != null;
        this.source = known ? LanguageRegistry.lexicon(sourceCode) : null;
        this.sourceLocutions = known ? Locutions.of(sourceCode) : null;
        this.targetExpressions = TargetExpressions.of(env);
        this.origins = new io.mtlint.support.Memo<>(MAX_REMEMBERED_ORIGINS,
                word -> WordOrigin.of(word, target, source, env.vocabulary()));
        this.formOrigins = new FormMemo<>(form -> origins.get(form.text()));
        this.startsLocution = new FormMemo<>(form -> sourceLocutions != null && sourceLocutions.startsAny(form.lower()));
        this.sentences = known ? new SourceSentences(source, target, env.vocabulary(), this::origin) : null;
    }

    /** The finder for one pair of languages, shared by all documents, with its memory of word origins. */
    static SourceLanguageSpans forSource(RuleEnvironment env, String sourceCode) {
        return env.shared(new FinderKey(java.util.Objects.requireNonNullElse(sourceCode, "")),
                () -> new SourceLanguageSpans(env, sourceCode));
    }

    private record FinderKey(String sourceCode) {
    }

    /** An editorial insertion and the source language it is written in. */
    public record Insertion(Span span, String language) {
    }

    /**
     * With no source named or detected, the editorial insertions (in square brackets) of a block written in some
     * source language mtlint can detect ("the talks [en curso] continue"): the language whose dictionary lists the most of its words,
     * where that language's finder reads the insertion as its own.
     */
    public static List<Insertion> insertionsInAnySource(RuleEnvironment env, String text) {
        List<Insertion> found = new ArrayList<>();
        for (int[] b : Brackets.find(text, MAX_BRACKET_CONTENT)) {
            // Parentheses often gloss a term in its own language on purpose ("la Generalitat (regional
            // government)"); square brackets are the editor's, where translation leaves the source's words.
            if (text.charAt(b[0]) != '[') {
                continue;
            }
            List<Words.Word> inside = Words.of(text, b[0] + 1, b[1] - 1);
            // An abbreviation ("max. 43 °C") is no evidence of a language.
            if (inside.stream().allMatch(w -> env.targetLexicon().knows(w.form())
                    || w.end() < text.length() && text.charAt(w.end()) == '.')) {
                continue;
            }
            String best = null;
            int bestListed = 0;
            for (String code : SourceDetector.candidateSources(env)) {
                Lexicon lexicon = LanguageRegistry.lexicon(code);
                int listed = (int) inside.stream().filter(w -> lexicon.lists(w.form())).count();
                if (listed > bestListed && forSource(env, code).isSourceLanguage(text, inside)) {
                    best = code;
                    bestListed = listed;
                }
            }
            if (best != null) {
                found.add(new Insertion(new Span(b[0], b[1], true, inside.size()), best));
            }
        }
        return found;
    }

    /** Whether quotation marks enclose the span ("sang \u201cGaudeamus igitur\u201d"): quoted on purpose. */
    public static boolean isQuoted(String text, Span span) {
        return SourceSentences.quoted(text, span.start(), span.end());
    }

    /** The spans of a block, computed once per document and shared by the rules that need them. */
    public static List<Span> of(RuleEnvironment env, io.mtlint.model.Document document, io.mtlint.model.ProseBlock block) {
        return of(env, document, block, env.sourceFor(document));
    }

    /** The spans of a block in {@code sourceCode}, which need not be the document's source (a pivot language). */
    public static List<Span> of(RuleEnvironment env, io.mtlint.model.Document document, io.mtlint.model.ProseBlock block,
                                String sourceCode) {
        return document.derived(new BlockKey(SourceLanguageSpans.class, block, env.target(), sourceCode),
                () -> List.copyOf(forSource(env, sourceCode).find(block.text(), BlockWords.of(document, block),
                        !DocumentCode.of(document).any())));
    }

    /**
     * {@code prose}: the document shows no code. Technical documents coin words no dictionary lists
     * ("middlewares"), so a lone unknown word says nothing there.
     */
    List<Span> find(String text, List<Words.Word> words, boolean prose) {
        List<Span> spans = new ArrayList<>();
        if (source == null) {
            UnknownLanguageClauses.find(text, words, target, vocabulary, spans);
            if (sourceNamed && prose) {
                UnknownLanguageClauses.loneWords(text, words, target, vocabulary, spans);
                spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            }
            return spans;
        }
        List<int[]> brackets = Brackets.find(text, MAX_BRACKET_CONTENT);
        List<int[]> flaggedBrackets = new ArrayList<>();
        for (int[] b : brackets) {
            List<Words.Word> inside = Words.of(text, b[0] + 1, b[1] - 1);
            if (isSourceLanguage(text, inside)) {
                spans.add(new Span(b[0], b[1], true, inside.size()));
                flaggedBrackets.add(b);
            }
        }
        boolean anySourceOnly = anySourceOnly(words);
        if (anySourceOnly) {
            runs(text, words, flaggedBrackets, spans);
        }
        locutions(text, words, spans);
        if (anySourceOnly) {
            sentences.extend(text, words, spans);
        }
        // "lit." glossing a term, "op. cit.": the target's own abbreviation, which the source may spell alike.
        spans.removeIf(sp -> !sp.bracketed() && sp.end() < text.length() && text.charAt(sp.end()) == '.'
                && vocabulary.isAbbreviation(text.substring(sp.start(), sp.end())));
        spans.removeIf(sp -> !sp.bracketed() && reduplicated(words, sp));
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }

    /**
     * A sound or a cry written as the same word over and over ("bam, bam, bam", "ja ja ja"): onomatopoeia, which
     * a writer keeps on purpose, not a word translation missed.
     */
    private static boolean reduplicated(List<Words.Word> words, Span span) {
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (w.start() < span.start() || w.end() > span.end()) {
                continue;
            }
            String form = w.text().toLowerCase(Locale.ROOT);
            boolean before = i > 0 && words.get(i - 1).text().toLowerCase(Locale.ROOT).equals(form);
            boolean after = i + 1 < words.size() && words.get(i + 1).text().toLowerCase(Locale.ROOT).equals(form);
            if (!before && !after) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Fewest words only the source knows that make a sentence source-language text. */
    private static final int MIN_SENTENCE_SOURCE_WORDS = 3;
    /** Words only the source knows a source sentence has for each word only the target knows ("DNS" in French). */
    private static final int SOURCE_WORDS_PER_TARGET_WORD = 4;

    /**
     * The sentences of a block written in the source language, with the marks around them: at least three words
     * only the source knows and few only the target knows, or two and none only the target knows ("It also
     * supports CIDRs."). The runs of {@link #find} stop at every word the target
     * knows or accepts ("proxy", "flag" in German); a sentence is judged by its share of words, and a loanword the
     * target accepts counts for neither language.
     */
    List<int[]> sourceSentences(String text, List<Words.Word> words) {
        List<int[]> out = new ArrayList<>();
        if (source == null) {
            return out;
        }
        int s = 0;
        while (s < words.size()) {
            int e = s;
            while (e + 1 < words.size() && !sentenceGap(text, words.get(e).end(), words.get(e + 1).start())) {
                e++;
            }
            int sourceOnly = 0;
            int targetOnly = 0;
            for (int k = s; k <= e; k++) {
                Words.Word w = words.get(k);
                if (w.isAllCaps() || w.text().length() < 2 || vocabulary.isAccepted(w.text())) {
                    continue; // initialisms, loanwords and the letter of a contraction ("doesn't") are at home in both
                }
                WordOrigin o = origin(w);
                sourceOnly += o == WordOrigin.SOURCE_ONLY ? 1 : 0;
                targetOnly += o == WordOrigin.TARGET_ONLY ? 1 : 0;
            }
            if (sourceOnly >= MIN_SENTENCE_SOURCE_WORDS && targetOnly * SOURCE_WORDS_PER_TARGET_WORD <= sourceOnly
                    || sourceOnly >= MIN_SENTENCE_SOURCE_WORDS - 1 && targetOnly == 0) {
                out.add(new int[] {marksBefore(text, words.get(s).start()), marksAfter(text, words.get(e).end())});
            }
            s = e + 1;
        }
        return out;
    }

    /** Most terms a label has ("Provider:", "Server address:"); words joined by a hyphen make one term. */
    private static final int MAX_LABEL_TERMS = 2;

    private enum LabelLanguage { SOURCE, TARGET, NEITHER }

    /**
     * The labels of a block left in the source language: one or two terms that open the block or follow an inline
     * code value, and end in a colon ("Provider: `dns.example` IP: `192.0.2.1`" in a table cell, "**Example:**").
     * A label is the source's when some word of it only the source's dictionary knows and its last word is not the
     * target's too ("Note:"); a label of neither's words ("IP", a product name) is the source's when its block's
     * other labels are and none is the target's. Each range runs from the label to its colon, which keeps the
     * source's typography.
     */
    List<int[]> sourceLabels(io.mtlint.model.ProseBlock block, List<Words.Word> words) {
        String text = block.text();
        List<int[]> out = new ArrayList<>();
        if (source == null || text.indexOf(':') < 0) {
            return out;
        }
        List<int[]> labels = new ArrayList<>();
        List<LabelLanguage> languages = new ArrayList<>();
        int opens = 0; // the first word a label may start at
        if (words.isEmpty() || hasLetterOrDigit(text, 0, words.get(0).start())) {
            opens = -1;
        }
        for (int e = 0; e < words.size(); e++) {
            Words.Word last = words.get(e);
            int colon = last.end();
            while (colon < text.length() && Character.isLetterOrDigit(text.charAt(colon))) {
                colon++; // the digits of "IPv6"
            }
            boolean isPlaceholder = !block.isVerbatim(last.start(), last.end());
            if (colon < text.length() && text.charAt(colon) == ':'
                    && (colon + 1 == text.length() || Character.isWhitespace(text.charAt(colon + 1)))
                    && opens >= 0 && opens <= e && terms(text, words, opens, e) <= MAX_LABEL_TERMS) {
                labels.add(new int[] {words.get(opens).start(), colon + 1});
                languages.add(labelLanguage(block, words, opens, e));
                opens = -1;
            } else if (isPlaceholder && e + 1 < words.size()
                    && text.substring(colon, words.get(e + 1).start()).isBlank()) {
                opens = e + 1; // "IP" after "Provider: `dns.example`"
            } else if (opens >= 0 && terms(text, words, opens, e) > MAX_LABEL_TERMS) {
                opens = -1;
            }
        }
        boolean sourceBlock = languages.contains(LabelLanguage.SOURCE) && !languages.contains(LabelLanguage.TARGET);
        for (int i = 0; i < labels.size(); i++) {
            if (languages.get(i) == LabelLanguage.SOURCE || sourceBlock && languages.get(i) == LabelLanguage.NEITHER) {
                out.add(labels.get(i));
            }
        }
        return out;
    }

    private LabelLanguage labelLanguage(io.mtlint.model.ProseBlock block, List<Words.Word> words, int from, int to) {
        String text = block.text();
        boolean sourceOnly = false;
        for (int k = from; k <= to; k++) {
            Words.Word w = words.get(k);
            if (!block.isVerbatim(w.start(), w.end()) || w.isAllCaps() || w.text().length() < 2
                    || w.isCapitalised() && source.hasProperNounReading(w.text())) {
                continue; // code, initialisms and names are at home in both
            }
            // A loanword the target accepts in running text ("hostname") still makes a label of its own the source's.
            WordOrigin o = vocabulary.isAccepted(w.text()) ? WordOrigin.inDictionaries(w.text(), target, source)
                    : wordOrigin(text, w);
            if (o == WordOrigin.TARGET_ONLY || o == WordOrigin.BOTH && w == words.get(to)) {
                return LabelLanguage.TARGET; // "Note:" reads as the target's own label
            }
            sourceOnly |= o == WordOrigin.SOURCE_ONLY;
        }
        return sourceOnly ? LabelLanguage.SOURCE : LabelLanguage.NEITHER;
    }

    /**
     * How many terms words {@code from..to} make: words joined by a hyphen, an apostrophe or a slash are one; any
     * other mark between them ("DNS, IPv4") makes them no label.
     */
    private static int terms(String text, List<Words.Word> words, int from, int to) {
        int terms = 1;
        for (int k = from + 1; k <= to; k++) {
            boolean spaced = false;
            for (int i = words.get(k - 1).end(); i < words.get(k).start(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    spaced = true;
                } else if ("-'\u2019/".indexOf(c) < 0) {
                    return Integer.MAX_VALUE;
                }
            }
            terms += spaced ? 1 : 0;
        }
        return terms;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A stop, a question or exclamation mark, an ellipsis or a line break between two words. */
    private static boolean sentenceGap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int marksBefore(String text, int at) {
        while (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && !Character.isLetterOrDigit(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int marksAfter(String text, int at) {
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && !Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * Fixed source-language expressions ("sin embargo": "sin" and "embargo" are English words too; "no obstante":
     * "obstante" exists only inside the expression), which the word-by-word test cannot see. Expressions the
     * target language uses as they are ("de facto", "in situ") are left alone.
     */
    private void locutions(String text, List<Words.Word> words, List<Span> spans) {
        String[] lower = null;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!startsLocution.get(words.get(i).form())) {
                continue;
            }
            if (lower == null) {
                lower = new String[words.size()];
                for (int k = 0; k < lower.length; k++) {
                    lower[k] = words.get(k).lower();
                }
            }
            for (List<String> phrase : sourceLocutions.startingWith(lower[i], lower[i + 1])) {
                int last = i + phrase.size() - 1;
                if (last >= words.size() || !matches(text, words, lower, i, phrase)) {
                    continue;
                }
                if (targetExpressions.endAt(text, words, i, last + 1) == last || hasTargetOnlyWord(words, i, last)) {
                    continue;
                }
                int start = words.get(i).start();
                int end = words.get(last).end();
                if (spans.stream().anyMatch(s -> s.bracketed() && s.start() < end && start < s.end())) {
                    continue;
                }
                // Merge with the runs it overlaps: "a pesar de todo" is one leftover, not "pesar de todo".
                int from = start;
                int to = end;
                int count = phrase.size();
                for (java.util.Iterator<Span> it = spans.iterator(); it.hasNext(); ) {
                    Span s = it.next();
                    if (s.start() < end && start < s.end()) {
                        from = Math.min(from, s.start());
                        to = Math.max(to, s.end());
                        count = Math.max(count, s.words());
                        it.remove();
                    }
                }
                spans.add(new Span(from, to, false, count));
            }
        }
    }

    private static boolean matches(String text, List<Words.Word> words, String[] lower, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!lower[i + k].equals(phrase.get(k))
                    || k > 0 && !joinedByWhitespace(text, words.get(i + k - 1), words.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasTargetOnlyWord(List<Words.Word> words, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (origin(words.get(k)) == WordOrigin.TARGET_ONLY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bracket content is source language when a lowercase word is source-only and no word is target-only; the words
     * of an address or a link ("(#section2)", "(page.html)") are neither.
     */
    private boolean isSourceLanguage(String text, List<Words.Word> words) {
        boolean anchor = false;
        for (Words.Word w : words) {
            if (Addresses.isPartOfAddress(text, w.start(), w.end())) {
                continue;
            }
            WordOrigin origin = origin(w);
            if (origin == WordOrigin.TARGET_ONLY) {
                return false;
            }
            anchor |= isAnchor(w, origin);
        }
        return anchor;
    }

    /**
     * Whether some word is source-only: a run of words is a leftover only around one, and most paragraphs of a
     * translation have none. (The run's own tests only ever make a word's origin less source: a contraction or a
     * compound the target knows, an elision.)
     */
    private boolean anySourceOnly(List<Words.Word> words) {
        for (Words.Word w : words) {
            if (origin(w) == WordOrigin.SOURCE_ONLY) {
                return true;
            }
        }
        return false;
    }

    private void runs(String text, List<Words.Word> words, List<int[]> brackets, List<Span> out) {
        int i = 0;
        while (i < words.size()) {
            if (insideAny(words.get(i), brackets)) {
                i++;
                continue;
            }
            int j = i;
            List<WordOrigin> origins = new ArrayList<>();
            boolean sourceOnly = false;
            while (j < words.size() && !insideAny(words.get(j), brackets)) {
                WordOrigin o = isElision(text, words, j) ? WordOrigin.BOTH : wordOrigin(text, words.get(j));
                if (o == WordOrigin.TARGET_ONLY || Addresses.isPartOfAddress(text, words.get(j).start(), words.get(j).end())
                        || j > i && !joinedByWhitespace(text, words.get(j - 1), words.get(j))) {
                    break;
                }
                origins.add(o);
                sourceOnly |= o == WordOrigin.SOURCE_ONLY;
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            if (sourceOnly) { // a run without a source-only word has no edge and no anchor
                addRunsAroundExpressions(text, words, i, j, origins, out);
            }
            i = j;
        }
    }

    /**
     * The run of words {@code [from, to)} less the target-language expressions inside it: "de jure" in "a de jure
     * part of" is English even though "jure" is a Spanish word.
     */
    private void addRunsAroundExpressions(String text, List<Words.Word> words, int from, int to,
                                          List<WordOrigin> origins, List<Span> out) {
        int segment = from;
        for (int k = from; k + 1 < to; k++) {
            int end = targetExpressions.endAt(text, words, k, to);
            if (end >= 0) {
                addSourceRun(text, words, segment, k, origins.subList(segment - from, k - from), out);
                segment = end + 1;
                k = end;
            }
        }
        addSourceRun(text, words, segment, to, origins.subList(Math.min(segment, to) - from, to - from), out);
    }

    private void addSourceRun(String text, List<Words.Word> words, int from, int to, List<WordOrigin> origins,
                              List<Span> out) {
        if (from < to && origins.contains(WordOrigin.SOURCE_ONLY)) {
            addRun(text, words.subList(from, to), origins, out);
        }
    }

    private void addRun(String text, List<Words.Word> run, List<WordOrigin> origins, List<Span> out) {
        int from = 0;
        int to = run.size() - 1;
        while (from <= to && !isEdge(run, origins, from)) {
            from++;
        }
        while (to >= from && !isEdge(run, origins, to)) {
            to--;
        }
        // A sentence left in the source language starts with a capital: take it in when the rest is source.
        if (from > 0 && from <= to && origin(run.get(from - 1).lower()) == WordOrigin.SOURCE_ONLY
                && Sentences.startsSentence(text, run.get(from - 1).start())) {
            from--;
        }
        boolean anchored = false;
        for (int k = from; k <= to; k++) {
            anchored |= isAnchor(run.get(k), origins.get(k))
                    || origins.get(k) == WordOrigin.SOURCE_ONLY && isSourceNoun(run, k);
        }
        if (!anchored) {
            return;
        }
        if (isInsideTitle(text, run, from, to)) {
            return;
        }
        int count = to - from + 1;
        if (count == 1 && (isLowercaseName(run, from) || LowercaseSurname.follows(text, run.get(from), target, source)
                || isBaseFormNoun(run.get(from)))) {
            return;
        }
        out.add(new Span(run.get(from).start(), run.get(to).end(), false, count, isNameTail(text, run, from, to)));
    }

    /**
     * The lowercase words between two capitalised ones of a title or a name kept as it is ("Journal of the American
     * Dental Association", "Annals of Internal Medicine"): no translation leaves only the small words of a phrase.
     */
    private static boolean isInsideTitle(String text, List<Words.Word> run, int from, int to) {
        int after = run.get(to).end() + 1;
        if (from == 0 || !run.get(from - 1).isCapitalised() || after >= text.length() || text.charAt(after - 1) != ' '
                || !Character.isUpperCase(text.codePointAt(after))) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            if (!run.get(k).isLowercase()) {
                return false;
            }
        }
        return true;
    }

    /** Longest lowercase tail of a name that is still read as part of it. */
    private static final int MAX_NAME_TAIL_WORDS = 6;

    /**
     * The lowercase words after the capitalised first word of a name kept in a source language that capitalises
     * only that word ("Pôle emploi", "Pays de la vallée de l'Agly", "Primaire populaire"): the name, not a
     * leftover. A capital that opens a sentence or a quotation proves nothing.
     */
    private boolean isNameTail(String text, List<Words.Word> run, int from, int to) {
        if (source.descriptor().capitalisesNouns()) {
            return false;
        }
        int head = from - 1;
        while (head >= 0 && run.get(head).isLowercase()) {
            head--;
        }
        if (head < 0 || !run.get(head).isCapitalised() || to - head > MAX_NAME_TAIL_WORDS
                || !isCommonSourceWord(run.get(head))
                        && !LowercaseSurname.afterCapitalisedArticle(text, run.get(head).start(), target, source)) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            if (!run.get(k).isLowercase()) {
                return false;
            }
        }
        return !Sentences.startsSentenceOrQuotation(text, run.get(head).start());
    }

    /**
     * A capitalised common word of the source ("Pôle", "Caisse", "Conseil") heads a name; a place or a person
     * ("Marseille hier soir", "Lyon a perdu") is followed by running source text, not by the rest of its name.
     */
    private boolean isCommonSourceWord(Words.Word w) {
        return source.knows(w.lower()) && !source.hasProperNounReading(w.text());
    }

    /**
     * One capitalised source noun in its base form ("under Nagelsmann", "the Welt am Sonntag"): a surname or a
     * word of a title as often as a leftover, since a language that capitalises nouns also builds surnames from
     * them. An inflected form ("100 Millionen euros") is no name.
     */
    private boolean isBaseFormNoun(Words.Word w) {
        return w.isCapitalised() && source.lookup(w.form()).lemmas().contains(w.lower());
    }

    /** "argentina", "puebla", "buenos Aires": one lowercase word that the dictionaries know as a name. */
    private boolean isLowercaseName(List<Words.Word> run, int k) {
        String word = run.get(k).text();
        if (k + 1 < run.size() && run.get(k + 1).isCapitalised()) {
            return true;
        }
        String capitalised = Capitalisation.capitalise(word);
        return target.hasProperNounReading(capitalised)
                || target.hasProperNounReading(word.toUpperCase(Locale.ROOT));
    }

    private boolean isEdge(List<Words.Word> run, List<WordOrigin> origins, int k) {
        Words.Word w = run.get(k);
        return origins.get(k) == WordOrigin.SOURCE_ONLY && (w.isLowercase() || isSourceNoun(run, k))
                && !(descriptor().isNameParticle(w.text()) && k + 1 < run.size() && run.get(k + 1).isCapitalised());
    }

    /** A word that proves a span is source language: source-only, lowercase, not a name particle, not tiny. */
    private boolean isAnchor(Words.Word w, WordOrigin origin) {
        return origin == WordOrigin.SOURCE_ONLY && w.isLowercase() && !descriptor().isNameParticle(w.text())
                && w.text().codePointCount(0, w.text().length()) >= MIN_ANCHOR_LENGTH;
    }

    /**
     * In a source language that capitalises nouns (German), a capitalised common noun is as good a proof as a
     * lowercase word ("100 Millionen euros"), unless a capitalised neighbour makes it part of a name
     * ("Deutsche Bahn").
     */
    private boolean isSourceNoun(List<Words.Word> run, int k) {
        Words.Word w = run.get(k);
        if (!source.descriptor().capitalisesNouns() || !w.isCapitalised() || w.isAllCaps()
                || k > 0 && run.get(k - 1).isCapitalised() || k + 1 < run.size() && run.get(k + 1).isCapitalised()) {
            return false;
        }
        java.util.Set<String> tags = source.lookup(w.form()).tags();
        return tags.stream().anyMatch(source.descriptor()::isNounTag) && tags.stream().noneMatch(source.descriptor()::isProperNounTag);
    }

    /**
     * A word's origin, or its contraction's when the target language knows that ("aren" of "aren't" is a Spanish verb
     * form; "aren't" is English). An English leftover in French keeps its words' own origins: "can" of "can't".
     */
    private WordOrigin wordOrigin(String text, Words.Word w) {
        String negated = Words.withNegation(text, w);
        if (negated != null && origin(negated) == WordOrigin.TARGET_ONLY) {
            return WordOrigin.TARGET_ONLY;
        }
        String compound = joinedCompound(text, w, "-");
        if (compound != null && target.knowsAnyCase(compound)) {
            return WordOrigin.TARGET_ONLY; // "week" of French "week-end", "e" of "e-mail"
        }
        String elided = joinedCompound(text, w, APOSTROPHES);
        if (elided != null && (knowsElided(elided) || knowsElided(partBefore(text, w)) || knowsElided(partAfter(text, w)))) {
            // "hui" of French "aujourd'hui", also elided itself ("qu'aujourd'hui"); "entr" of "entr'acte"
            return WordOrigin.TARGET_ONLY;
        }
        return origin(w);
    }

    private boolean knowsElided(String word) {
        return word != null && (target.knowsAnyCase(word) || target.knowsAnyCase(word.replace('\u2019', '\'')));
    }

    /** The word with the part an apostrophe joins right before it ("aujourd'hui" of "qu'aujourd'hui"), or null. */
    private static String partBefore(String text, Words.Word w) {
        int from = partStartBefore(text, w.start(), APOSTROPHES);
        return from < 0 ? null : text.substring(from, w.end());
    }

    /** The word with the part an apostrophe joins right after it ("aujourd'hui" for "aujourd"), or null. */
    private static String partAfter(String text, Words.Word w) {
        int to = partEndAfter(text, w.end(), APOSTROPHES);
        return to < 0 ? null : text.substring(w.start(), to);
    }

    /**
     * The compound a word is part of, its parts joined by one of {@code joiners} with no space ("week-end" for
     * "week" or "end", "aujourd'hui" for "hui"), or null.
     */
    private static String joinedCompound(String text, Words.Word w, String joiners) {
        int from = w.start();
        for (int before; (before = partStartBefore(text, from, joiners)) >= 0; ) {
            from = before;
        }
        int to = w.end();
        for (int after; (after = partEndAfter(text, to, joiners)) >= 0; ) {
            to = after;
        }
        return from == w.start() && to == w.end() ? null : text.substring(from, to);
    }

    /** Where the part one of {@code joiners} joins right before {@code from} starts ("qu" of "qu'aujourd"), or -1. */
    private static int partStartBefore(String text, int from, String joiners) {
        if (from <= 1 || joiners.indexOf(text.charAt(from - 1)) < 0 || !Character.isLetter(text.charAt(from - 2))) {
            return -1;
        }
        int start = from - 2;
        while (start > 0 && Words.isWordPart(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        return start;
    }

    /** Where the part one of {@code joiners} joins right after {@code to} ends ("hui" of "aujourd'hui"), or -1. */
    private static int partEndAfter(String text, int to, String joiners) {
        if (to + 1 >= text.length() || joiners.indexOf(text.charAt(to)) < 0 || !Character.isLetter(text.charAt(to + 1))) {
            return -1;
        }
        int end = to + 2;
        while (end < text.length() && Words.isWordPart(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** Whether only the source's dictionary knows the word; initialisms and names are either language's. */
    boolean isSourceWord(String word) {
        if (source == null || word.length() < 2 || word.equals(word.toUpperCase(Locale.ROOT))
                || Character.isUpperCase(word.codePointAt(0)) && source.hasProperNounReading(word)) {
            return false;
        }
        return origin(word) == WordOrigin.SOURCE_ONLY;
    }

    private WordOrigin origin(Words.Word w) {
        return formOrigins.get(w.form());
    }

    private WordOrigin origin(String word) {
        return origins.get(word);
    }

    private LanguageDescriptor descriptor() {
        return target.descriptor();
    }

    /**
     * A short word elided onto the next one ("dell'anno", "l'État"), or the clitic of a contraction ("can’t"): a
     * joiner inside a source phrase whatever the target dictionary thinks of it ("dell" is an English word).
     */
    private static boolean isElision(String text, List<Words.Word> words, int j) {
        Words.Word w = words.get(j);
        if (w.text().length() <= 2 && w.start() > 0 && (text.charAt(w.start() - 1) == '\'' || text.charAt(w.start() - 1) == '\u2019')) {
            return true; // the clitic of a contraction: "can’t", "l’État"
        }
        if (j + 1 >= words.size() || w.text().length() > 5 || w.end() >= text.length()) {
            return false;
        }
        char c = text.charAt(w.end());
        Words.Word next = words.get(j + 1);
        return (c == '\'' || c == '\u2019') && next.start() == w.end() + 1 && w.isLowercase()
                && !ENGLISH_CLITICS.contains(next.lower());
    }

    /** What follows an apostrophe in English contractions ("it's", "don't", "we'll"): no elided source word. */
    private static final java.util.Set<String> ENGLISH_CLITICS = java.util.Set.of("s", "t", "re", "ve", "ll", "d", "m");

    private static boolean joinedByWhitespace(String text, Words.Word a, Words.Word b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            // Elisions ("dell'anno", "l'État") join words as a space does.
            if (c != ' ' && c != '\u00A0' && c != '\n' && c != '\r' && c != '\t' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    private static boolean insideAny(Words.Word w, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (w.start() >= r[0] && w.end() <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
