package io.mtlint.detectors.sentencecase;

import io.mtlint.analysis.DocumentNames;
import io.mtlint.text.Capitalisation;
import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.FunctionWords;
import io.mtlint.analysis.LowercaseAfterStop;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.text.Brackets;
import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.languagetool.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence case broken by machine translation: a sentence that starts in lowercase after a full stop
 * ("analysts say. think tank.") or at the start of a paragraph that follows a finished one, and a
 * capitalised common word in mid-sentence right after an editorial insertion ("the problem [de estas medidas]
 * It's"), where the translator restarted the sentence.
 */
public final class SentenceCaseRule extends EnvironmentRule {
    public static final String ID = "mt.sentence-case";

    static final RuleInfo AFTER_STOP = RuleInfo.check(ID, "after-stop", Category.SENTENCE_CASE, Severity.ERROR,
            "A sentence that starts in lowercase after a full stop",
            "After a full stop, question or exclamation mark a new sentence starts with a capital; machine "
                    + "translation leaves fragments such as \"analysts say. think tank.\". Where the next word is a "
                    + "preposition or conjunction the stop itself is the error (mt.punctuation.splitting-stop). "
                    + "A full stop inside a closing quotation mark ends the sentence too (\"twice a day.\u201d added "
                    + "the captain\"), unlike a question or exclamation mark there. "
                    + "Abbreviations (\"e.g.\", \"U.S.\"), ellipses and brands such as \"iPhone\" stay clean. Fix "
                    + "(suggested): capitalise.",
            Example.bad("The ministers met on Friday. <marker>most</marker> of them left early.",
                    "The ministers met on Friday. Most of them left early.").in(null, "en"));
    static final RuleInfo PARAGRAPH_START = RuleInfo.check(ID, "paragraph-start", Category.SENTENCE_CASE,
            Severity.ERROR, "A paragraph that starts in lowercase",
            "A paragraph that is a whole sentence and starts in lowercase with a word that only opens clauses, an "
                    + "article, pronoun, preposition or conjunction (\"the unions ...\", \"on 4 june ...\"), after a heading, the title line or a finished paragraph lost its capital; so "
                    + "did a short heading line between two paragraphs that starts with a lowercase noun (\"teacher "
                    + "shortages\"). List items, lines that start with a verb, and paragraphs that continue a colon, "
                    + "a comma or a code block are left alone. Fix (suggested): capitalise.",
            Example.bad("<marker>the</marker> unions, however, celebrated the agreement.",
                    "The unions, however, celebrated the agreement.").in(null, "en"),
            Example.bad("Schools reopen on Monday.\n<marker>teacher</marker> shortages\nSeveral districts still lack "
                    + "staff for the new term.").in(null, "en"));
    static final RuleInfo AFTER_INSERTION = RuleInfo.check(ID, "after-insertion", Category.SENTENCE_CASE,
            Severity.ERROR, "A capital in mid-sentence after an editorial insertion",
            "After a bracketed insertion in mid-sentence, a capitalised common word shows the translator restarted "
                    + "the sentence. Fix (suggested): lowercase.",
            Example.bad("The council studied the plan [de la ciudad] <marker>It</marker> was approved.",
                    "The council studied the plan [de la ciudad] it was approved.").in(null, "en"));

    static final RuleInfo AFTER_SEMICOLON = RuleInfo.check(ID, "after-semicolon", Category.SENTENCE_CASE,
            Severity.WARNING, "A capital after a semicolon",
            "A semicolon joins two parts of one sentence, so the word after it keeps its lowercase unless it is a "
                    + "name (or, in German, a noun); machine translation that splits or joins sentences leaves "
                    + "\"; Floods and landslides\". Fix (suggested): lowercase.",
            Example.bad("The river rose on several occasions; <marker>Floods</marker> and landslides followed.",
                    "The river rose on several occasions; floods and landslides followed.").in(null, "en"),
            Example.good("Offices in Madrid; Paris; London. Guests: Ana Ruiz; The Guardian's editor.").in(null, "en"),
            Example.good("Der Mond ist nah; Menschen wollen ihn sehen.").in(null, "de"),
            Example.good("La mairie a interdit les chaises. ; Nombreux sont ceux qui protestent.").in(null, "fr"));

    static final RuleInfo MID_SENTENCE = RuleInfo.check(ID, "mid-sentence", Category.SENTENCE_CASE,
            Severity.WARNING, "A pronoun, preposition or conjunction capitalised in mid-sentence",
            "A function word with a capital right after a word or a comma is the start of a sentence whose full "
                    + "stop was lost (\"on several occasions He said\"), or a capital the translation left where "
                    + "it joined two sentences. Names that begin with such a word (\"in The Hague\", \"Los "
                    + "Angeles\"), the pronouns a language always capitalises (the descriptor's "
                    + "typography.capitalised-pronouns: English \"I\", German \"Sie\") and headings stay clean; "
                    + "after emphasis, only emphasis closed in mid-sentence counts (\", **n** Um ...\"), not a label "
                    + "that opens a line (\"**Hinweis** F\u00fcr ...\"). A preposition that is also a verb form "
                    + "counts before a word that can only be a verb (Spanish \"**n** Para instalar\"). "
                    + "A personal subject pronoun (the descriptor's typography.subject-pronouns) before a lowercase word "
                    + "counts after a name too, since it begins no name (\"Pedro S\u00e1nchez Ils ont\"), except after "
                    + "the author of a work (typography.work-nouns: \"la chanson de Johnny Hallyday Je te promets\"). "
                    + "Fix (suggested): a full stop before it, or lowercase.",
            Example.bad("The alert is at the highest level <marker>He</marker> said it will last until Sunday.",
                    "The alert is at the highest level. He said it will last until Sunday.").in(null, "en"),
            Example.good("They met in The Hague and flew to Los Angeles, where I spoke.").in(null, "en"),
            Example.bad("The plan was presented to the council by Roberto Gualtieri, <marker>He</marker> said it was ready.")
                    .in(null, "en"),
            Example.bad("Hier soir, le maire Jean Dupont <marker>Il</marker> a annonc\u00e9 sa d\u00e9mission.")
                    .in(null, "fr"),
            Example.good("La chanson de Johnny Hallyday Je te promets a \u00e9t\u00e9 diffus\u00e9e hier.").in(null, "fr"),
            Example.good("Bonjour, Je relis Rivi\u00e8res de sang, Courir, Le mus\u00e9e de l'innocence.").in(null, "fr"),
            Example.good("Wir danken Ihnen, und Sie sind eingeladen.").in(null, "de"),
            Example.bad("Tippen Sie **j**, um alles zu laden, oder **n** <marker>Um</marker> nur den Kern zu laden.")
                    .in(null, "de").asMarkdown(),
            Example.good("**Hinweis** F\u00fcr die Einrichtung braucht man Adminrechte.").in(null, "de").asMarkdown(),
            Example.bad("Escriba **s** para borrar la copia, o **n** <marker>Para</marker> conservarla.")
                    .in(null, "es").asMarkdown());

    static final RuleInfo LOST_STOP = RuleInfo.check(ID, "lost-stop", Category.PUNCTUATION, Severity.WARNING,
            "A sentence run on into the next one without its full stop",
            "An article, a demonstrative or an adverb that opens a sentence (\"The\", \"This\", \"There\", "
                    + "\"Les\"), capitalised right after a noun, a figure or a closing bracket, is the start of a "
                    + "new sentence whose full stop the translation lost (\"for the next three days The warning "
                    + "...\"), or a heading run into the text. Names that begin with such a word (\"in The Hague\"), "
                    + "a brand before it (\"Azure Data Los informes\"), "
                    + "titles, and a capital after a verb or preposition (mt.sentence-case.mid-sentence) are left "
                    + "alone. An adverb or preposition that opens sentences and begins no name (the descriptor's "
                    + "typography.sentence-openers: \"According to\", \"However,\", \"Selon\") counts too, "
                    + "capitalised after a word other than a determiner and one space; a preposition only before a "
                    + "lowercase word, since one before a capital may open a title (\"The World According to Garp\"). "
                    + "Fix (suggested): a full stop before it.",
            Example.bad("Rain is expected across the north for two days <marker>The</marker> rivers are already high.",
                    "Rain is expected across the north for two days. The rivers are already high.").in(null, "en"),
            Example.good("Fans in Leeds read The Guardian and watched The Office (series two) at home.").in(null, "en"),
            Example.good("Il a choisi La Rochelle pour Le Monde des livres.").in(null, "fr"),
            Example.good("He read The World According to Garp and the Gospel According to Matthew.").in(null, "en"),
            Example.bad("Prices rose by 2.4% over the year to August <marker>According</marker> to the statistics office, "
                    + "rents rose fastest.", "Prices rose by 2.4% over the year to August. According to the statistics "
                    + "office, rents rose fastest.").in(null, "en"),
            Example.bad("Los bomberos apagaron el fuego de madrugada <marker>Según</marker> los vecinos, empezó en un "
                    + "garaje.").in(null, "es"),
            Example.good("El libro \u00abSegún pasan los años\u00bb se public\u00f3 en marzo.").in(null, "es"));

    private static final RuleInfo INFO = RuleInfo.family(ID,
            "Sentence starts in lowercase, or restarts in capitals mid-sentence",
            "Sentence case broken by machine translation: a sentence or paragraph that starts in lowercase, and a "
                    + "sentence restarted with a capital after an insertion.",
            List.of(Example.good("Prices rose, e.g. on bread and milk, and the U.S. economy slowed.").in(null, "en"),
                    Example.good("He paused... then spoke. Apple sold the iPhone. She asked, \u201cWhy?\u201d and left.").in(null, "en")),
            AFTER_STOP, PARAGRAPH_START, AFTER_INSERTION, AFTER_SEMICOLON, MID_SENTENCE, LOST_STOP, HeadingCase.CHECK);

    public SentenceCaseRule(RuleEnvironment env) {
        super(INFO, env);
    }

    /** Every language written in capitals starts its sentences, paragraphs and headings with one. */
    @Override
    public boolean holdsInSourceText(io.mtlint.model.Finding finding) {
        String id = finding.ruleId();
        return id.equals(AFTER_STOP.id()) || id.equals(PARAGRAPH_START.id()) || id.equals(AFTER_INSERTION.id())
                || id.equals(HeadingCase.CHECK.id());
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String text = block.text();
        Lexicon target = env.targetLexicon();
        for (LowercaseAfterStop.Break b : LowercaseAfterStop.of(env, context.document(), block)) {
            if (b.strayStop()) {
                continue;
            }
            String word = text.substring(b.wordStart(), b.wordEnd());
            out.report(AFTER_STOP, b.wordStart(), b.wordEnd(),
                    "Sentence starts in lowercase: \u201c" + word + "\u201d after \u201c" + text.charAt(b.stop()) + "\u201d",
                    BlockFix.replace(b.wordStart(), b.wordStart() + Character.charCount(word.codePointAt(0)),
                            Capitalisation.capitalise(word).substring(0,
                                    Character.charCount(Capitalisation.capitalise(word).codePointAt(0))),
                            false, "capitalise"));
        }
        startsParagraphInLowercase(block, context, target, out);
        HeadingCase.check(block, context.document(), target, env.vocabulary(), out);
        restartsAfterInsertion(text, target, out);
        capitalAfterSemicolon(block, context.document(), target, out);
        if (block.kind() == ProseBlock.Kind.PARAGRAPH) {
            capitalFunctionWords(block, context.document().text(), BlockWords.of(context.document(), block), target, out);
        }
    }

    private void capitalFunctionWords(ProseBlock block, String documentText, List<Words.Word> words, Lexicon target,
                                      BlockReporter out) {
        String text = block.text();
        if (isMostlyCapitalised(words)) {
            return; // a title or a list of names
        }
        java.util.Set<String> alwaysCapital = target.descriptor().typography().capitalisedPronouns();
        boolean nouns = target.descriptor().capitalisesNouns();
        for (int i = 1; i < words.size(); i++) {
            Words.Word w = words.get(i);
            Words.Word previous = words.get(i - 1);
            if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || alwaysCapital.contains(w.text())
                    || block.hidesMarkupBetween(previous.end(), w.start())
                    && !emphasisClosedInSentence(block, documentText, previous.end(), w.start())) {
                continue;
            }
            if (opensSentenceAfterWord(text, previous, w, target)) {
                reportLostStop(w, previous.end(), out);
                continue;
            }
            boolean afterAside = closesAside(text, previous, w.start());
            if (!afterAside && !follows(text, previous, w.start())) {
                continue;
            }
            boolean nameFollows = i + 1 < words.size() && words.get(i + 1).isCapitalised()
                    && onlySpaceBetween(text, w.end(), words.get(i + 1).start());
            // "the From: field", "From_iPhone", "You's poem": a label, an identifier or a name.
            boolean labelOrName = w.end() < text.length() && ":_'\u2019".indexOf(text.charAt(w.end())) >= 0;
            // "the From field", "the In crowd": a capitalised word after an article is a label or a title.
            boolean afterArticle = FunctionWords.isDeterminer(target, previous.text().toLowerCase(Locale.ROOT));
            // A new sentence goes on with a word; a determiner with a noun phrase ("An was plotting" is a name).
            Words.Word after = i + 1 < words.size() && onlySpaceBetween(text, w.end(), words.get(i + 1).start())
                    ? words.get(i + 1) : null;
            String lower = w.text().toLowerCase(Locale.ROOT);
            boolean goesOn = after != null && (!FunctionWords.isDeterminer(target, lower)
                    || !FunctionWords.isVerbOnly(target, after.text()));
            // The tagger reads a function word in either case; a word it reads only in lowercase is a name whose
            // last part looks like one (German "Bad Kreuznach", read as "nach").
            boolean untaggedCapital = target.lookup(w.form()).tags().isEmpty();
            // Two function words in a row make no sentence ("la casa de Al", "a Al"): the capital marks a name.
            // A preposition counts though it also names its letter (Spanish "a" is a noun too).
            String previousLower = previous.text().toLowerCase(Locale.ROOT);
            Set<String> previousTags = target.lookup(previousLower).tags();
            boolean afterFunctionWord = (FunctionWords.is(target, previousLower)
                    || previousTags.stream().anyMatch(target.descriptor()::isConnectiveTag)
                    && previousTags.stream().noneMatch(target.descriptor()::isVerbTag))
                    && target.lookup(lower).tags().stream().allMatch(target.descriptor()::isConnectiveTag);
            if (!goesOn || nameFollows || labelOrName || afterArticle || untaggedCapital || afterFunctionWord
                    || w.text().length() < 2 || target.hasProperNounReading(w.form())) {
                continue;
            }
            int stopAt = afterAside ? w.start() - 1 : previous.end();
            // "FREE His and Her", "Regain Some of Last Weeks": capitals that run on are a title, not a restart.
            boolean titleGoesOn = previous.isAllCaps() || i + 3 < words.size() && words.get(i + 3).isCapitalised()
                    && onlySpaceBetween(text, after.end(), words.get(i + 2).start())
                    && onlySpaceBetween(text, words.get(i + 2).end(), words.get(i + 3).start());
            if (!nouns && after.isLowercase() && !titleGoesOn && opensSentence(target, lower)
                    && text.charAt(stopAt) == ' ' && (afterAside || endsPhrase(target, previous)
                    && !endsForeignName(text, words, i - 1, target))) {
                reportLostStop(w, stopAt, out);
                continue;
            }
            // After a capitalised word, in a language that capitalises only names, it is a heading or dateline
            // run into the text, or a name ("Plan A"); a comma after a name in running text ends it ("… by
            // Gualtieri, This"), unless the name opens the sentence ("Bonjour, Je") or is one of a list of titles.
            boolean afterCapital = !nouns && (previous.isCapitalised() && !commaAfterNameInText(text, words, i - 1)
                    || previous.start() > 0 && "'\u2019".indexOf(text.charAt(previous.start() - 1)) >= 0);
            // A subject pronoun begins no name: after one ("le maire Jean Dupont Il a"), it restarts
            // the sentence the translation broke.
            if (afterCapital && !previous.isAllCaps() && previous.end() + 1 == w.start() && text.charAt(previous.end()) == ' '
                    && after.isLowercase() && restartsAfterName(target, text, words, i, lower)) {
                afterCapital = false;
            }
            if (afterAside || afterCapital
                    || nouns && target.lookup(w.form()).tags().stream().anyMatch(target.descriptor()::isNounTag)
                    || !FunctionWords.is(target, lower) && !FunctionWords.isDeterminer(target, lower)
                    && !prepositionBeforeVerb(target, lower, after)) {
                continue;
            }
            int stopEnd = text.charAt(stopAt) == ',' ? stopAt + 1 : stopAt;
            out.report(MID_SENTENCE, w.start(), w.end(), "Capitalised \u201c" + w.text() + "\u201d in mid-sentence: "
                            + "a lost full stop before it, or a capital to lowercase",
                    BlockFix.replace(stopAt, stopEnd, ".", false, "end the sentence before it"),
                    BlockFix.replace(w.start(), w.start() + 1, lower.substring(0, 1), false, "lowercase"));
        }
    }

    /**
     * A personal subject pronoun (the descriptor's typography.subject-pronouns) after a name or noun, not after a
     * verb or function word of a title ("She's Gotta Have It"), nor after the name of a work's author (a
     * typography.work-nouns word just before), where it may open the work's title ("la chanson de Johnny Hallyday
     * Je te promets").
     */
    private static boolean restartsAfterName(Lexicon target, String text, List<Words.Word> words, int i, String lower) {
        if (!target.descriptor().typography().subjectPronouns().contains(lower)) {
            return false;
        }
        Words.Word previous = words.get(i - 1);
        Set<String> before = target.lookup(previous.form()).tags();
        if (before.stream().anyMatch(t -> target.descriptor().isVerbTag(t) || target.descriptor().isFunctionTag(t))) {
            return false;
        }
        int first = i - 1;
        while (first > 0 && words.get(first - 1).isCapitalised() && onlySpaceBetween(text, words.get(first - 1).end(),
                words.get(first).start())) {
            first--;
        }
        // "la chanson de Johnny Hallyday", "the adaptation of Stephen King": a work and its author's preposition.
        Set<String> works = target.descriptor().typography().workNouns();
        for (int k = Math.max(0, first - WORDS_BEFORE_AUTHOR); k < first; k++) {
            if (works.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A work noun, then a preposition, and perhaps an article, before the author's name. */
    private static final int WORDS_BEFORE_AUTHOR = 3;

    private static void reportLostStop(Words.Word w, int stopAt, BlockReporter out) {
        out.report(LOST_STOP, w.start(), w.end(), "\u201c" + w.text() + "\u201d starts a new sentence: "
                        + "the full stop before it was lost",
                BlockFix.replace(stopAt, stopAt, ".", false, "end the sentence before it"));
    }

    /**
     * One of the language's sentence openers ("According to", "However,") right after a word and one space, in a
     * sentence running on. A determiner before it makes it part of a name or a noun; a preposition that opens a
     * title ("The World According to Garp", "Selon Matthieu") goes on with a capital, so only one followed by a
     * lowercase word counts.
     */
    private static boolean opensSentenceAfterWord(String text, Words.Word previous, Words.Word w, Lexicon target) {
        String opener = sentenceOpenerAt(text, w.start(), target.descriptor().typography().sentenceOpeners());
        if (opener == null || !follows(text, previous, w.start()) || text.charAt(previous.end()) != ' '
                || FunctionWords.isDeterminer(target, previous.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (opener.endsWith(",")) {
            return true;
        }
        int after = w.start() + opener.length();
        if (after >= text.length() || text.charAt(after) != ' ') {
            return false;
        }
        Words.Word next = Words.at(text, after + 1, Math.min(text.length(), after + 65));
        return next != null && next.isLowercase();
    }

    /** The language's sentence opener ("According to", "However,") that starts at {@code at}, or null. */
    private static String sentenceOpenerAt(String text, int at, List<String> openers) {
        for (String opener : openers) {
            int end = at + opener.length();
            if (text.startsWith(opener, at) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return opener;
            }
        }
        return null;
    }

    /**
     * Whether the capitalised word at {@code k} is followed by a comma and stands in running text: a word, with
     * only a space between, right before it ("by Roberto Gualtieri,"; not "Bonjour," nor "Courir, Le musée,").
     */
    private static boolean commaAfterNameInText(String text, List<Words.Word> words, int k) {
        Words.Word name = words.get(k);
        if (k < 1 || name.end() >= text.length() || text.charAt(name.end()) != ',') {
            return false;
        }
        Words.Word before = words.get(k - 1);
        return onlySpaceBetween(text, before.end(), name.start());
    }

    /**
     * A word that is also a verb form but here, before a word that can only be a verb, reads as the preposition
     * or conjunction it also is (Spanish "Para instalar", where "para" is also a form of "parar").
     */
    private static boolean prepositionBeforeVerb(Lexicon target, String lower, Words.Word after) {
        Set<String> tags = target.lookup(lower).tags();
        return after != null && after.isLowercase() && FunctionWords.isVerbOnly(target, after.text())
                && tags.stream().anyMatch(target.descriptor()::isConnectiveTag)
                && tags.stream().noneMatch(target.descriptor()::isNominalTag);
    }

    /**
     * A word that opens a noun phrase or a clause ("the", "this", "there", "les"), neither linking the sentence
     * on (a preposition or conjunction) nor standing for a noun already named (a personal pronoun, which machine
     * translation also capitalises where the source repeats the subject).
     */
    private static boolean opensSentence(Lexicon target, String lower) {
        return (FunctionWords.is(target, lower) || FunctionWords.isDeterminer(target, lower))
                && !FunctionWords.isPronounOnly(target, lower)
                && target.lookup(lower).tags().stream().noneMatch(target.descriptor()::isConnectiveTag);
    }

    /**
     * A word after which a noun phrase cannot go on without a boundary: a figure, a capitalised word (a name or
     * a heading) or a noun; not a verb, which takes an object ("predicted The"), nor a function word.
     */
    private static boolean endsPhrase(Lexicon target, Words.Word previous) {
        String word = previous.text();
        if (Character.isDigit(word.codePointAt(0))) {
            return true;
        }
        if (previous.isCapitalised()) {
            // A word of the language's own ("Health", "June") ends a heading or date; a brand ("GitHub",
            // "Automate" in Spanish) may run into anything.
            return !previous.hasInnerCapital() && target.knowsAnyCase(word);
        }
        var tags = target.lookup(word).tags();
        return FunctionWords.isContentNominal(target, word)
                && (tags.stream().anyMatch(target.descriptor()::isNounTag) || tags.stream().noneMatch(target.descriptor()::isVerbTag));
    }

    /**
     * The capitalised word at {@code k} ends a name whose earlier word the language does not know or knows only
     * as a name ("Azure Data"): a brand, which may run into anything, however its last word reads.
     */
    private static boolean endsForeignName(String text, List<Words.Word> words, int k, Lexicon target) {
        if (k < 1 || !words.get(k).isCapitalised() || !onlySpaceBetween(text, words.get(k - 1).end(), words.get(k).start())) {
            return false;
        }
        Words.Word before = words.get(k - 1);
        return before.isCapitalised() && (!target.knowsAnyCase(before.form()) || target.isProperNounOnly(before.form()));
    }

    /** A closing bracket or quotation mark and one space between the previous word and {@code start}. */
    private static boolean closesAside(String text, Words.Word previous, int start) {
        String between = text.substring(previous.end(), start);
        return between.length() == 2 && ")]\u201d\u00bb".indexOf(between.charAt(0)) >= 0 && between.charAt(1) == ' ';
    }

    /** Whether only spaces, or a comma and spaces, stand between the previous word and {@code start}. */
    private static boolean follows(String text, Words.Word previous, int start) {
        if (previous.text().isEmpty() || !Character.isLetterOrDigit(previous.text().codePointBefore(previous.text().length()))) {
            return false;
        }
        String between = text.substring(previous.end(), start);
        return between.equals(" ") || between.equals(", ");
    }


    /**
     * Emphasis closed right after the previous word, opened in mid-sentence (", **n** Para instalar"): the
     * sentence runs on past it, unlike a label that opens a line or a sentence ("**Nota** Para instalar").
     */
    private static boolean emphasisClosedInSentence(ProseBlock block, String documentText, int from, int to) {
        int docFrom = block.toDocumentEnd(from);
        int docTo = block.toDocument(to);
        String between = block.text().substring(from, to);
        if (docFrom < 0 || docTo <= docFrom || !documentText.substring(docFrom, docTo).endsWith(between)) {
            return false;
        }
        String marker = documentText.substring(docFrom, docTo - between.length());
        if (marker.isEmpty() || !marker.chars().allMatch(c -> c == '*' || c == '_')) {
            return false;
        }
        int open = documentText.lastIndexOf(marker, docFrom - marker.length() - 1);
        int before = open - 1;
        while (before >= 0 && documentText.charAt(before) == ' ') {
            before--;
        }
        return open > 0 && before >= 0 && before < open - 1
                && (Character.isLetterOrDigit(documentText.charAt(before)) || documentText.charAt(before) == ',');
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        return text.substring(from, to).equals(" ");
    }

    /** Titles and lists of names capitalise most of their words. */
    private static boolean isMostlyCapitalised(List<Words.Word> words) {
        long capitalised = words.stream().filter(Words.Word::isCapitalised).count();
        return words.size() < 4 || capitalised * 2 > words.size();
    }

    /**
     * ". ; Nombreux": a stray semicolon after a finished sentence, whose next one rightly opens with a capital; not
     * after the stop of an abbreviation ("etc.;", "U.S.;"), which ends no sentence.
     */
    private boolean afterSentenceEnd(String text, int semicolon) {
        int before = semicolon - 1;
        while (before >= 0 && Character.isSpaceChar(text.charAt(before))) {
            before--;
        }
        if (before < 0 || ".!?\u2026".indexOf(text.charAt(before)) < 0) {
            return false;
        }
        return text.charAt(before) != '.' || !LowercaseAfterStop.endsWithAbbreviation(text, before, env.vocabulary());
    }

    private void capitalAfterSemicolon(ProseBlock block, io.mtlint.model.Document document, Lexicon target,
                                       BlockReporter out) {
        String text = block.text();
        for (int semicolon = text.indexOf(';'); semicolon >= 0; semicolon = text.indexOf(';', semicolon + 1)) {
            int start = semicolon + 1;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start == semicolon + 1 || start >= text.length() || afterSentenceEnd(text, semicolon)) {
                continue;
            }
            List<Words.Word> next = Words.of(text, start, Math.min(text.length(), start + 60));
            if (next.isEmpty() || next.get(0).start() != start) {
                continue;
            }
            Words.Word w = next.get(0);
            // "; The Guardian", "; New York": a capital on the next word too marks a name; "; Listing 13-12",
            // "; Chapter 6" a label; a word the document capitalises in mid-sentence is its name ("; Cargo").
            boolean nameFollows = next.size() > 1 && next.get(1).isCapitalised() && !target.descriptor().capitalisesNouns();
            if (nameFollows || !isRestartedCommonWord(w, target) || !block.isVerbatim(w.start(), w.end())
                    || isLabel(text, w, target) || !FunctionWords.is(target, w.text().toLowerCase(Locale.ROOT))
                    && DocumentNames.of(document, SentenceCaseRule.class.getName(),
                    b -> b.kind() != ProseBlock.Kind.HEADING).contains(w.text())) {
                continue;
            }
            String lower = w.text().toLowerCase(Locale.ROOT);
            out.report(AFTER_SEMICOLON, w.start(), w.end(), "Capitalised \u201c" + w.text()
                            + "\u201d after a semicolon, which does not end the sentence",
                    BlockFix.replace(w.start(), w.start() + 1, lower.substring(0, 1), false, "lowercase"));
        }
    }

    /**
     * "Listing 13-12", "Figure 2": a capitalised noun before a number labels it; a preposition or adverb ("By
     * 2030", "Nearly 300") restarts a sentence.
     */
    private static boolean isLabel(String text, Words.Word w, Lexicon target) {
        if (w.end() + 1 >= text.length() || text.charAt(w.end()) != ' ' || !Character.isDigit(text.charAt(w.end() + 1))) {
            return false;
        }
        Set<String> tags = target.lookup(w.lower()).tags();
        return tags.stream().anyMatch(target.descriptor()::isNominalTag)
                && tags.stream().noneMatch(target.descriptor()::isFunctionTag);
    }

    /**
     * A capitalised word that the language writes in lowercase in mid-sentence: known in lowercase, no reading as
     * a name, and not a noun where the language capitalises nouns.
     */
    private static boolean isRestartedCommonWord(Words.Word w, Lexicon target) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || w.text().equals("I")
                || !target.knows(lower) || target.hasProperNounReading(w.form())
                || target.descriptor().typography().capitalisedNouns().contains(w.text())) {
            return false;
        }
        return !target.descriptor().capitalisesNouns()
                || target.lookup(w.form()).tags().stream().noneMatch(target.descriptor()::isNounTag);
    }

    /**
     * The block's first word is a common word in lowercase, and what comes before is the start of the file, a
     * heading, a title line or a paragraph that ended its sentence, with nothing but white space and block markup
     * between. The block is a whole sentence opened by a determiner, or a heading line between two paragraphs.
     */
    private void startsParagraphInLowercase(ProseBlock block, DocumentContext context, Lexicon target,
                                            BlockReporter out) {
        String text = block.text();
        if (block.kind() != ProseBlock.Kind.PARAGRAPH || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return;
        }
        Words.Word w = Words.at(text, 0, Math.min(text.length(), 64));
        if (w == null || w.start() != 0 || w.hasInnerCapital() || !w.isLowercase() || w.end() < text.length()
                && ".@/_'’-".indexOf(text.charAt(w.end())) >= 0
                || !target.knows(w.form()) || env.vocabulary().casing(w.text()) != null) {
            return;
        }
        String documentText = context.document().text();
        ProseBlock previous = context.previous(block);
        int gapStart = previous == null ? 0 : previous.docEnd();
        if (!isBlockMarkupOnly(documentText, gapStart, block.docStart()) || isListItem(documentText, block.docStart())
                || previous != null && previous.kind() != ProseBlock.Kind.HEADING && !endsSentence(previous.text())
                && !isTitleLine(previous, context, target)) {
            return;
        }
        List<Words.Word> words = Words.of(text, 0, Math.min(text.length(), 200));
        ProseBlock next = context.next(block);
        // A title has no full stop: the document's first block is a whole sentence when a paragraph follows.
        boolean sentence = opensClause(w.text(), target) && words.size() >= 6
                && (endsSentence(text) || previous == null && next != null);
        if (!sentence && !isHeadingLine(text, words, next, target)) {
            return;
        }
        String capital = Capitalisation.capitalise(w.text()).substring(0, Character.charCount(w.text().codePointAt(0)));
        out.report(PARAGRAPH_START, 0, w.end(), "Paragraph starts in lowercase: \u201c" + w.text() + "\u201d",
                BlockFix.replace(0, Character.charCount(w.text().codePointAt(0)), capital, false, "capitalise"));
    }

    /**
     * The document's first block, short and without a full stop: its title; not a sentence broken off after a
     * function word ("He wrote that").
     */
    private static boolean isTitleLine(ProseBlock block, DocumentContext context, Lexicon target) {
        String text = block.text().strip();
        List<Words.Word> words = Words.of(text);
        return context.previous(block) == null && block.kind() == ProseBlock.Kind.PARAGRAPH && !words.isEmpty()
                && words.size() <= 20 && !text.contains("\n") && ".,;:".indexOf(text.charAt(text.length() - 1)) < 0
                && !FunctionWords.is(target, words.get(words.size() - 1).lower());
    }

    /**
     * A short line of words with no stop or colon, opened by a common noun or adjective and followed by a
     * paragraph that starts with a capital and ends its sentence: a heading, which starts with a capital too.
     */
    private static boolean isHeadingLine(String text, List<Words.Word> words, ProseBlock next, Lexicon target) {
        if (words.size() < 2 || words.size() > 8 || text.contains("\n") || next == null
                || next.kind() != ProseBlock.Kind.PARAGRAPH || next.text().isEmpty()
                || !Character.isUpperCase(next.text().codePointAt(0)) || !endsSentence(next.text())
                || Words.of(next.text()).size() <= words.size()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (".!?:;,\u2026()[]\"\u201c\u201d\u00ab\u00bb|/@#*_`".indexOf(text.charAt(i)) >= 0 || Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        // A verb first is an instruction or a fragment ("look forward not behind"), not a heading.
        String first = words.get(0).text();
        return FunctionWords.isContentNominal(target, first) && !target.hasProperNounReading(first)
                && target.lookup(first).tags().stream().noneMatch(target.descriptor()::isVerbTag);
    }

    /**
     * Only an article or determiner ("the", "this", "los") opens a paragraph that is surely a whole sentence;
     * fragments quoted or continued from elsewhere start with conjunctions, pronouns and adverbs.
     */
    /**
     * A word that opens a sentence and nothing else: a determiner, pronoun, preposition or conjunction ("the",
     * "there", "on", "since"), never a verb; a paragraph that starts with one in lowercase lost its capital.
     */
    private static boolean opensClause(String word, Lexicon target) {
        var tags = target.lookup(word).tags();
        return isDeterminerOnly(word, target) || !tags.isEmpty()
                && tags.stream().anyMatch(target.descriptor()::isFunctionTag)
                && tags.stream().noneMatch(target.descriptor()::isVerbTag);
    }

    private static boolean isDeterminerOnly(String word, Lexicon target) {
        var tags = target.lookup(word).tags();
        return !tags.isEmpty() && tags.stream().anyMatch(target.descriptor()::isDeterminerTag)
                && tags.stream().noneMatch(target.descriptor()::isConnectiveTag);
    }

    /** White space, heading and quotation markers, emphasis and rules: no text, code or list between. */
    private static boolean isBlockMarkupOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "#>*_=-\uFEFF".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A list marker ("- ", "* ", "+ ", "1. ", "2) ") before the block on its line. */
    private static boolean isListItem(String text, int blockStart) {
        int lineStart = blockStart;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String prefix = text.substring(lineStart, blockStart).strip();
        return prefix.matches("(>\\s*)*([-*+]|\\d{1,9}[.)])");
    }

    /** Reference marks after the stop ("... in 1682. [2]") do not continue the sentence. */
    private static final String CITATION = "\\[\\d{1,3}\\]";
    private static final java.util.regex.Pattern CITATIONS = java.util.regex.Pattern.compile("(\\s*" + CITATION + ")+\\s*$");
    private static final java.util.regex.Pattern CITATION_MARK = java.util.regex.Pattern.compile(CITATION);

    private static boolean endsSentence(String text) {
        text = CITATIONS.matcher(text).replaceFirst("");
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || Sentences.isClosingMark(text.charAt(end - 1))
                || text.charAt(end - 1) == ')' || text.charAt(end - 1) == ']')) {
            end--;
        }
        return end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0 && !text.startsWith("..", Math.max(0, end - 2));
    }

    private void restartsAfterInsertion(String text, Lexicon target, BlockReporter out) {
        for (int[] bracket : Brackets.find(text, 200)) {
            // Square brackets are the editor's; a parenthesis closes an aside of the text itself.
            if (text.charAt(bracket[0]) != '[') {
                continue;
            }
            int before = bracket[0] - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            // A run of reference marks after a stop ("... peu après. [1] [2] Une bataille") is no insertion.
            if (CITATION_MARK.matcher(text.substring(bracket[0], bracket[1])).matches()
                    && endsSentence(text.substring(0, bracket[0]))) {
                continue;
            }
            if (before < 0 || ".!?:;\u2026\u201c\u201d\"".indexOf(text.charAt(before)) >= 0) {
                continue;
            }
            int after = bracket[1];
            if (after >= text.length() || text.charAt(after) != ' ') {
                continue;
            }
            List<Words.Word> next = Words.of(text, after + 1, Math.min(text.length(), after + 40));
            if (next.isEmpty() || next.get(0).start() != after + 1) {
                continue;
            }
            Words.Word w = next.get(0);
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (!isRestartedCommonWord(w, target)) {
                continue;
            }
            out.report(AFTER_INSERTION, w.start(), w.end(), "Capitalised \u201c" + w.text()
                            + "\u201d in mid-sentence after an insertion: the sentence was restarted",
                    BlockFix.replace(w.start(), w.start() + 1, lower.substring(0, 1), false, "lowercase"));
        }
    }
}
