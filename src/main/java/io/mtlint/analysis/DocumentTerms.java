package io.mtlint.analysis;

import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Document;
import io.mtlint.model.ProseBlock;
import io.mtlint.text.Brackets;
import io.mtlint.text.Words;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Source-language words a translated document uses as terms of its subject, as the document itself shows: the
 * word appears in its code (inline code or a code block), it is defined (a bracket naming the source language,
 * "(en inglés, pull request)", or a technical document's gloss in brackets, "flujo de trabajo (workflow)"), or a
 * technical document uses it on its own in several sentences. Such a word is no leftover; a run of more than
 * {@link #MAX_TERM_WORDS} source-language words is a sentence left in, whatever its words.
 */
public final class DocumentTerms {
    /** How the document shows a word is a term. */
    public enum Evidence { CODE, DEFINED, RECURRING }

    /** The longest run of source-language words that may be a term; a longer one is a clause left in. */
    public static final int MAX_TERM_WORDS = 3;
    /** In how many sentences a technical document must use a word on its own for it to be a term. */
    static final int MIN_SENTENCES = 3;
    private static final int MAX_BRACKET_CONTENT = 80;

    private final DocumentCode code;
    private final Map<String, Evidence> terms;

    private DocumentTerms(DocumentCode code, Map<String, Evidence> terms) {
        this.code = code;
        this.terms = Map.copyOf(terms);
    }

    private record Key(String target, String source) {
    }

    /** The terms of a document, worked out once per document. */
    public static DocumentTerms of(RuleEnvironment env, Document document) {
        String source = env.sourceFor(document);
        return document.derived(new Key(env.target(), source), () -> new Builder(env, document, source).build());
    }

    /** The evidence that a word (any case) is a term of the document, or null when there is none. */
    public Evidence evidence(String word) {
        return code.hasWord(word) ? Evidence.CODE : terms.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a span of the block (a bracketed span without its brackets) is short enough to be a term and every
     * word of it is one of the document's terms.
     */
    public boolean covers(String text, SourceLanguageSpans.Span span) {
        int from = span.bracketed() ? span.start() + 1 : span.start();
        int to = span.bracketed() ? span.end() - 1 : span.end();
        List<Words.Word> words = Words.of(text, from, to);
        return !words.isEmpty() && words.size() <= MAX_TERM_WORDS
                && words.stream().allMatch(w -> evidence(w.text()) != null);
    }

    private static final class Builder {
        private final RuleEnvironment env;
        private final Document document;
        private final String source;
        private final Lexicon target;
        private final Map<String, Evidence> terms = new HashMap<>();
        private DocumentCode code;

        Builder(RuleEnvironment env, Document document, String source) {
            this.env = env;
            this.document = document;
            this.source = source;
            this.target = env.targetLexicon();
        }

        DocumentTerms build() {
            code = DocumentCode.of(document);
            if (source == null) {
                return new DocumentTerms(code, Map.of());
            }
            boolean technical = code.any();
            Lexicon sourceLexicon = env.sourceLexicon(document);
            for (ProseBlock block : document.blocks()) {
                definitions(block.text());
                if (technical && sourceLexicon != null) {
                    glosses(block, sourceLexicon);
                }
            }
            if (technical) {
                recurring(sourceLexicon);
            }
            return new DocumentTerms(code, terms);
        }

        /**
         * A bracket that names the source language in the target language ("(del inglés workflow)", "(engl.
         * Pull Request)"): its other content words are the terms it gives; with none, the word before it is.
         */
        private void definitions(String text) {
            String name = sourceNameInTarget();
            if (name.isEmpty()) {
                return;
            }
            for (int[] b : Brackets.find(text, MAX_BRACKET_CONTENT)) {
                List<Words.Word> inside = Words.of(text, b[0] + 1, b[1] - 1);
                boolean marked = false;
                List<Words.Word> defined = new java.util.ArrayList<>();
                for (Words.Word w : inside) {
                    if (namesLanguage(text, w, name)) {
                        marked = true;
                    } else if (!FunctionWords.is(target, w.lower())) {
                        defined.add(w);
                    }
                }
                if (!marked) {
                    continue;
                }
                if (defined.isEmpty()) {
                    List<Words.Word> before = Words.of(text, Math.max(0, b[0] - 40), b[0]);
                    if (!before.isEmpty()) {
                        add(before.get(before.size() - 1).text(), Evidence.DEFINED);
                    }
                }
                defined.forEach(w -> add(w.text(), Evidence.DEFINED));
            }
        }

        /** The source language's name as the target writes it ("inglés", "anglais", "englisch"), or "". */
        private String sourceNameInTarget() {
            Locale in = Locale.forLanguageTag(env.targetBase());
            String name = Locale.forLanguageTag(RuleEnvironment.base(source)).getDisplayLanguage(in);
            return name.equalsIgnoreCase(RuleEnvironment.base(source)) ? "" : name.toLowerCase(in);
        }

        /** The language's name, inflected ("Englischen") or cut short with a stop ("ingl.", "engl."). */
        private static boolean namesLanguage(String text, Words.Word w, String name) {
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (lower.startsWith(name)) {
                return true;
            }
            return lower.length() >= 3 && name.startsWith(lower) && w.end() < text.length() && text.charAt(w.end()) == '.';
        }

        /**
         * A short bracket of source-language words right after a target-language word: the source's term given
         * beside its translation ("la pila de llamadas (call stack)"). A term is a noun phrase: a bracket holding
         * a word that may read as a function word ("(see below)"), or not ending in a noun or adjective, is a
         * phrase left in.
         */
        private void glosses(ProseBlock block, Lexicon sourceLexicon) {
            String text = block.text();
            for (SourceLanguageSpans.Span s : SourceLanguageSpans.of(env, document, block)) {
                if (!s.bracketed() || s.words() > MAX_TERM_WORDS || text.charAt(s.start()) != '(') {
                    continue;
                }
                List<Words.Word> inside = Words.of(text, s.start() + 1, s.end() - 1);
                if (inside.isEmpty() || inside.stream().anyMatch(w -> hasFunctionReading(sourceLexicon, w.lower()))
                        || !isNominal(sourceLexicon, inside.get(inside.size() - 1).lower())) {
                    continue;
                }
                List<Words.Word> before = Words.of(text, Math.max(0, s.start() - 40), s.start());
                if (before.isEmpty() || !text.substring(before.get(before.size() - 1).end(), s.start()).isBlank()) {
                    continue;
                }
                Words.Word previous = before.get(before.size() - 1);
                if (target.knows(previous.form()) && !target.isProperNounOnly(previous.form())) {
                    inside.forEach(w -> add(w.text(), Evidence.DEFINED));
                }
            }
        }

        private static boolean hasFunctionReading(Lexicon lexicon, String word) {
            return lexicon.lookup(word).tags().stream().anyMatch(lexicon.descriptor()::isFunctionTag);
        }

        private static boolean isNominal(Lexicon lexicon, String word) {
            return lexicon.lookup(word).tags().stream().anyMatch(lexicon.descriptor()::isNominalTag);
        }

        /**
         * Words of short source-language spans that the document uses on their own in {@link #MIN_SENTENCES}
         * sentences or more, counting the forms of one lemma together ("landmark", "landmarks"); a use inside a
         * longer source-language run does not count.
         */
        private void recurring(Lexicon sourceLexicon) {
            List<ProseBlock> blocks = document.blocks();
            Set<String> candidates = new HashSet<>();
            for (ProseBlock block : blocks) {
                for (SourceLanguageSpans.Span s : SourceLanguageSpans.of(env, document, block)) {
                    if (!s.bracketed() && s.words() <= MAX_TERM_WORDS) {
                        Words.of(block.text(), s.start(), s.end()).forEach(w -> candidates.add(w.lower()));
                    }
                }
            }
            candidates.removeAll(terms.keySet());
            candidates.removeIf(code::hasWord);
            // "ids" beside the code's `id`: another form of a word of the code.
            for (String word : candidates) {
                if (code.hasWord(lemma(sourceLexicon, word))) {
                    add(word, Evidence.CODE);
                }
            }
            candidates.removeAll(terms.keySet());
            if (candidates.isEmpty()) {
                return;
            }
            Map<String, Set<Long>> sentences = new HashMap<>();
            Map<String, Set<String>> forms = new HashMap<>();
            for (int b = 0; b < blocks.size(); b++) {
                ProseBlock block = blocks.get(b);
                String text = block.text();
                List<SourceLanguageSpans.Span> spans = SourceLanguageSpans.of(env, document, block);
                int[] starts = null;
                for (Words.Word w : BlockWords.of(document, block)) {
                    if (!candidates.contains(w.lower()) || insideLongRun(spans, w)) {
                        continue;
                    }
                    if (starts == null) {
                        starts = env.sentences().sentenceStarts(text);
                    }
                    int sentence = Arrays.binarySearch(starts, w.start());
                    sentence = sentence >= 0 ? sentence : -sentence - 2;
                    String lemma = lemma(sourceLexicon, w.lower());
                    sentences.computeIfAbsent(lemma, k -> new HashSet<>()).add(((long) b << 32) | sentence);
                    forms.computeIfAbsent(lemma, k -> new HashSet<>()).add(w.lower());
                }
            }
            sentences.forEach((lemma, where) -> {
                if (where.size() >= MIN_SENTENCES) {
                    forms.get(lemma).forEach(word -> add(word, Evidence.RECURRING));
                }
            });
        }

        /** The word's one lemma in the source language, or the word itself when it has none or several. */
        private static String lemma(Lexicon sourceLexicon, String word) {
            if (sourceLexicon == null) {
                return word;
            }
            Set<String> lemmas = sourceLexicon.lookup(word).lemmas();
            return lemmas.size() == 1 ? lemmas.iterator().next().toLowerCase(Locale.ROOT) : word;
        }

        private static boolean insideLongRun(List<SourceLanguageSpans.Span> spans, Words.Word w) {
            for (SourceLanguageSpans.Span s : spans) {
                if (s.words() > MAX_TERM_WORDS && s.contains(w.start(), w.end())) {
                    return true;
                }
            }
            return false;
        }

        private void add(String word, Evidence evidence) {
            terms.putIfAbsent(word.toLowerCase(Locale.ROOT), evidence);
        }
    }
}
