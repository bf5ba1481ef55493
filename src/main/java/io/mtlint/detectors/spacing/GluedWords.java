package io.mtlint.detectors.spacing;

import io.mtlint.analysis.EnglishWords;
import io.mtlint.analysis.FunctionWords;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Addresses;
import io.mtlint.text.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.LinkedHashMap;

/**
 * Two words run together where translation lost the space between them: a word the target's speller rejects
 * that splits into two it knows, where the second is a function word ("securityafter", "briefingwhich",
 * "Erdoğanund"), a sentence opener after a case change ("dotThis", "SelenskyjNachdem"), a common noun after an
 * article ("theminister"), or a common word after a known name ("Obradorpresident"). Brands written in camel case ("iPhone", "YouTube"), names the speller
 * knows, compounds (German writes them as one word, and its speller knows how they are built), addresses,
 * hashtags and handles stay clean.
 */
final class GluedWords {
    static final RuleInfo GLUED = RuleInfo.check(SpacingRule.ID, "glued-words", Category.SPACING, Severity.ERROR,
            "Two words run together by a lost space",
            "A word the target's speller rejects that is two words it knows: a word and a function word "
                    + "(\"councilwhich\"), a word and a capitalised sentence opener (\"portThe\"), an acronym and "
                    + "a function word (\"UNHCRthe\"), an article and a common noun (\"theminister\"), a preposition and an article (\"bythe\"), a name "
                    + "and a common word, two function words the second of which opens a sentence (\"andIt\"), or, "
                    + "where the language writes no compounds as one word, a name the document also writes on its own "
                    + "and a function word or a verb (\"Okonkwothe\", \"Assemblyvotes\"). Camel-case brands, names and compounds the speller knows, words of the "
                    + "source language or of English (\"refund\" in a German page, not \"ref und\"), addresses and "
                    + "hashtags stay clean. Which words are function words, articles and nouns comes from the "
                    + "language's part-of-speech tags. Removed links glue a function word to the capitalised word "
                    + "after it (\"elMinisterio\", \"deBerlín\"): reported when a paragraph has two such words, "
                    + "one of them before a name, or one before a name that is no word in lowercase (\"ofTexas\"), "
                    + "since one may be a brand (\"laSexta\") and code glues no names (\"forEach\", \"forRoot\"). "
                    + "Fix (suggested): insert the space; after a sentence end, the stop may be lost "
                    + "too.",
            Example.bad("The mayor spoke to the <marker>councilwhich</marker> met on Friday.",
                    "The mayor spoke to the council which met on Friday.").in(null, "en"),
            Example.bad("Many <marker>peoplewho</marker> left came back.", "Many people who left came back.")
                    .in(null, "en"),
            Example.bad("They returned <marker>laterat</marker> night.", "They returned later at night.").in(null, "en"),
            Example.bad("The report was <marker>publishedin</marker> May.", "The report was published in May.").in(null, "en"),
            Example.bad("The plan was drafted <marker>bythe</marker> council.", "The plan was drafted by the council.")
                    .in(null, "en"),
            Example.bad("Reporters asked <marker>theminister</marker> about the port.",
                    "Reporters asked the minister about the port.").in(null, "en"),
            Example.bad("The senator <marker>ofTexas</marker> voted against.", "The senator of Texas voted against.")
                    .in(null, "en"),
            Example.bad("El puerto depende de <marker>laAutoridad</marker> Portuaria, con sede enValencia.")
                    .in(null, "es"),
            Example.good("Lo emite laSexta desde su plató de San Sebastián de los Reyes.").in(null, "es"),
            Example.good("Watch it on YouTube or iPlayer, follow #SaveTheHarbour and @PortAuthority, read "
                    + "harbour-news.org and the McKinsey report on PowerPoint.").in(null, "en"));

    /** The shortest run of letters worth splitting, and the shortest part on either side. */
    private static final int MIN_WORD = 5;
    private static final int MIN_PART = 3;
    /**
     * A two-letter function word ("at", "in") is looked for after a common word of five letters or more
     * ("laterat"): shorter words and rare ones end too many names and foreign words.
     */
    private static final int MIN_SHORT_FUNCTION_WORD = 2;
    /** Function words longer than this are not looked for at the end of a run. */
    private static final int MAX_FUNCTION_WORD = 10;
    /**
     * A common word, on the speller's frequency scale (0 rare to about 22 for "the"): "week", "court" and
     * "president" are 14, "museum" and "bank", which brands and foreign compounds end with, 13.
     */
    private static final int FREQUENT = 14;
    /** The lemma of an inflected form ("looked", "voted") common enough: "look" is 13, as frequent as a noun. */
    private static final int COMMON_FORM_LEMMA = 13;
    /**
     * An article glued to a noun: the article among the commonest words ("the" 22, "las" 20, "his" 19, "all" 17),
     * the noun a common one ("minister" and "medidas" are 13, "panic" 10).
     */
    private static final int ARTICLE = 17;
    private static final int COMMON_NOUN = 12;
    /** A name glued to a word is at least this long: three letters are too often a fragment ("Wal" in "Walper"). */
    private static final int MIN_NAME = 4;
    /** Distinct words glued after a function word that make a paragraph's link damage, not a brand. */
    private static final int MIN_LINK_DAMAGE = 2;
    /** A determiner common enough to open sentences glued after a function word: "the", "this", "that". */
    private static final int OPENING_DETERMINER = 19;

    /** Laughter and other sounds written as one syllable said again and again ("hehehe", "hahaha"). */
    private static final java.util.regex.Pattern REPEATED_SYLLABLE =
            java.util.regex.Pattern.compile("(?iu)(\\p{L}{1,3})\\1{2,}\\p{L}?");

    private GluedWords() {
    }

    /**
     * {@code spellings} are the target's lexicon and those of its other accepted variants ("colour" is English
     * too); {@code source} is the source language's, or null; {@code documentWords} tells the capitalised words the
     * document writes on their own.
     */
    static void check(String text, List<Words.Word> words, List<Lexicon> spellings, Lexicon source,
                      Vocabulary vocabulary, Predicate<String> documentWords, BlockReporter out) {
        Lexicon target = spellings.get(0);
        Map<Words.Word, Integer> afterFunctionWord = new LinkedHashMap<>();
        for (Words.Word w : words) {
            String word = w.text();
            // Most words are known: the lexicons' per-form answers go first, before the vocabulary's hashes.
            if (word.codePointCount(0, word.length()) < MIN_WORD || w.isAllCaps() || knownToAny(spellings, w)
                    || isAddress(text, w) || vocabulary.isAccepted(word) || vocabulary.casing(w.lower()) != null
                    || REPEATED_SYLLABLE.matcher(word).matches() || isSourceOrEnglishWord(w, target, source)) {
                continue;
            }
            int split = split(word, target, source, documentWords);
            if (split < 0) {
                int glued = functionWordBeforeCapital(word, target);
                if (glued > 0) {
                    afterFunctionWord.put(w, glued);
                }
                continue;
            }
            if (split > 0) {
                report(w, split, out);
            }
        }
        // Removed links glue every link's first word to the word before it ("elMinisterio", "deBerlín"). One such
        // word alone may be a brand ("laSexta"); several in a paragraph, one of them before a name, are the page's
        // damage. A single one is a lost space only before a name that is no word in lowercase ("deIowa"; "forRoot"
        // is code); a function word after it ("forEach") never counts.
        afterFunctionWord.keySet().removeIf(w -> FunctionWords.is(target, w.text().substring(afterFunctionWord.get(w))));
        boolean linkDamage = afterFunctionWord.keySet().stream().map(Words.Word::text).distinct().count() >= MIN_LINK_DAMAGE
                && afterFunctionWord.entrySet().stream().anyMatch(e -> target.hasProperNounReading(e.getKey().text()
                .substring(e.getValue())));
        afterFunctionWord.forEach((w, split) -> {
            String right = w.text().substring(split);
            if (linkDamage || target.hasProperNounReading(right) && !target.knows(right.toLowerCase(Locale.ROOT))) {
                report(w, split, out);
            }
        });
    }

    private static void report(Words.Word w, int split, BlockReporter out) {
        String word = w.text();
        out.report(GLUED, w.start(), w.end(), "\u201c" + word + "\u201d runs two words together: \u201c"
                        + word.substring(0, split) + " " + word.substring(split) + "\u201d",
                BlockFix.replace(w.start() + split, w.start() + split, " ", false, "insert a space"));
    }

    /**
     * "elMinisterio", "deBerlín": a lowercase function word, then a capitalised word the target knows or a name,
     * to the end. The offset of the capital, or -1.
     */
    static int functionWordBeforeCapital(String word, Lexicon target) {
        int at = caseChange(word);
        if (at <= 0 || !Character.isUpperCase(word.charAt(at)) || !isLowercase(word.substring(0, at))) {
            return -1;
        }
        String right = word.substring(at);
        String left = word.substring(0, at);
        return right.length() >= MIN_NAME && (FunctionWords.is(target, left) || FunctionWords.isDeterminer(target, left))
                && (target.knowsAnyCase(right) || target.hasProperNounReading(right)) ? at : -1;
    }

    /**
     * A word of the source language, or of English, which every translated page quotes ("anycast", "refund",
     * "unique" in a German or Spanish page): one word left as it is, not two run together.
     */
    private static boolean isSourceOrEnglishWord(Words.Word w, Lexicon target, Lexicon source) {
        return source != null && source.knowsAnyCase(w.form()) || EnglishWords.isLowercaseWordIn(target, w.lower());
    }

    /**
     * "later" of "laterat", "looked" of "lookedat": the run in lowercase, its first part a common word of five letters
     * or more, or a form of a common word (inflected forms are rarer than their lemma).
     */
    private static boolean isCommonLowercaseWord(String word, String left, Lexicon target) {
        if (!isLowercase(word) || left.length() < MIN_WORD || !target.knows(left)) {
            return false;
        }
        return target.frequency(left) >= FREQUENT || target.lookup(left).lemmas().stream()
                .anyMatch(lemma -> !lemma.equals(left) && target.frequency(lemma) >= COMMON_FORM_LEMMA);
    }

    private static boolean knownToAny(List<Lexicon> spellings, Words.Word word) {
        for (Lexicon spelling : spellings) {
            if (spelling.knowsAnyCase(word.form())) {
                return true;
            }
        }
        return false;
    }

    /** Where to put the lost space in {@code word}, or -1 when it reads as no two words. */
    static int split(String word, Lexicon target, Lexicon source, Predicate<String> documentWords) {
        int change = caseChange(word);
        if (change > 0) {
            return caseChangeSplit(word, change, target, source);
        }
        if (!isLowercaseOrCapitalised(word)) {
            return -1;
        }
        int longest = Math.min(MAX_FUNCTION_WORD, word.length() - MIN_PART);
        for (int length = longest; length >= MIN_SHORT_FUNCTION_WORD; length--) {
            int at = word.length() - length;
            String left = word.substring(0, at);
            String right = word.substring(at);
            boolean shortRight = length < MIN_PART;
            // Romance languages attach pronouns to verbs ("darles"), which the speller may not list: a pronoun glued
            // to a verb is one word, glued to a noun ("peoplewho") two.
            // A two-letter word counts by its function reading, as "in" and "on" are also read as nouns.
            boolean functionWord = FunctionWords.is(target, right) || shortRight && FunctionWords.hasFunctionReading(target, right);
            if (functionWord && !(FunctionWords.isPronounOnly(target, right) && FunctionWords.isVerbOnly(target, left))
                    && !FunctionWords.is(target, left)
                    && (shortRight ? isCommonLowercaseWord(word, left, target)
                    : isWordOrName(left, target, source) || isNameOfTheDocument(left, target, documentWords))) {
                return at;
            }
        }
        // "Assemblyexalts": a name the document writes on its own, then a word that can only be a verb. Names built
        // of a name and a word end in a noun ("Lakewood"), not in a verb.
        if (Character.isUpperCase(word.codePointAt(0))) {
            for (int at = MIN_NAME; at <= word.length() - MIN_NAME; at++) {
                String left = word.substring(0, at);
                String right = word.substring(at);
                if (isNameOfTheDocument(left, target, documentWords) && target.knows(right)
                        && FunctionWords.isVerbOnly(target, right) && !isSourceCompound(left, right, source)) {
                    return at;
                }
            }
        }
        if (isLowercase(word)) {
            // "bythe", "tothe", "porel": a common function word, then a determiner or pronoun that opens a phrase.
            for (int at = MIN_SHORT_FUNCTION_WORD; at <= word.length() - MIN_SHORT_FUNCTION_WORD; at++) {
                String left = word.substring(0, at);
                String right = word.substring(at);
                if (FunctionWords.hasFunctionReading(target, left) && target.frequency(left) >= ARTICLE
                        && (FunctionWords.isDeterminer(target, right) || FunctionWords.isPronounOnly(target, right))
                        && target.frequency(right) >= OPENING_DETERMINER) {
                    return at;
                }
            }
            for (int at = MIN_PART; at <= word.length() - MIN_NAME; at++) {
                String left = word.substring(0, at);
                String right = word.substring(at);
                if (target.frequency(left) >= ARTICLE && FunctionWords.isDeterminer(target, left)
                        && FunctionWords.isContentNominal(target, right) && target.frequency(right) >= COMMON_NOUN) {
                    return at;
                }
            }
        }
        for (int at = MIN_NAME; at <= word.length() - 4; at++) {
            String left = word.substring(0, at);
            String right = word.substring(at);
            if (Character.isUpperCase(left.codePointAt(0)) && target.isProperNounOnly(left)
                    && target.frequency(right) >= FREQUENT && !target.hasProperNounReading(capitalised(right))
                    && !isSourceCompound(left, right, source)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * A capitalised word the document also writes on its own ("de Fournas" there, "Fournasthe" here): a name the
     * lexicon need not know. Not where compounds are one word: German builds "Reißverschlussblende" of its nouns.
     */
    private static boolean isNameOfTheDocument(String part, Lexicon target, Predicate<String> documentWords) {
        return !target.descriptor().writesCompounds() && part.length() >= MIN_NAME
                && Character.isUpperCase(part.codePointAt(0)) && isLowercaseOrCapitalised(part)
                && documentWords.test(part);
    }

    /**
     * Two common words of the source language make one of its compound names ("Blackrock", "Greenwood"): a
     * translation glues a name to a word of the target, not two source words to each other.
     */
    private static boolean isSourceCompound(String left, String right, Lexicon source) {
        return source != null && source.knows(left.toLowerCase(Locale.ROOT)) && source.knows(right);
    }

    /**
     * "dotThis", "SelenskyjNachdem": a lowercase letter, then a capitalised word to the end; "UNHCRthe": capitals,
     * then a lowercase word. The offset where the second word starts, or -1.
     */
    private static int caseChange(String word) {
        int capitals = 0;
        while (capitals < word.length() && Character.isUpperCase(word.charAt(capitals))) {
            capitals++;
        }
        if (capitals >= 2 && capitals < word.length() && isLowercase(word.substring(capitals))) {
            return capitals;
        }
        for (int i = 1; i < word.length() - 1; i++) {
            if (Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))) {
                return isLowercase(word.substring(i + 1)) ? i : -1;
            }
        }
        return -1;
    }

    private static int caseChangeSplit(String word, int at, Lexicon target, Lexicon source) {
        String left = word.substring(0, at);
        String right = word.substring(at);
        boolean acronym = left.chars().allMatch(Character::isUpperCase);
        if (right.length() < 2 || !FunctionWords.is(target, right)) {
            return -1;
        }
        if (acronym) {
            return at;
        }
        if (FunctionWords.is(target, left)) {
            // "andIt", "ofThe": a sentence opener that only a pronoun or the commonest determiners make; code
            // glues other function words ("forEach", "orElse", "isAny").
            String opener = right.toLowerCase(Locale.ROOT);
            return left.length() >= 2 && (FunctionWords.isPronounOnly(target, opener)
                    || FunctionWords.isDeterminer(target, opener) && target.frequency(opener) >= OPENING_DETERMINER) ? at : -1;
        }
        return left.length() >= MIN_PART && isWordOrName(left, target, source) ? at : -1;
    }

    /**
     * A capitalised part must be a name the lexicon knows ("Erdoğan"; "Arm" of "Armand" is not); a lowercase one a
     * word of the target or of the source language.
     */
    private static boolean isWordOrName(String part, Lexicon target, Lexicon source) {
        if (part.length() < MIN_PART) {
            return false;
        }
        if (Character.isUpperCase(part.codePointAt(0))) {
            return part.length() >= MIN_NAME && target.hasProperNounReading(part);
        }
        return target.knows(part) || source != null && source.knows(part);
    }

    private static boolean isAddress(String text, Words.Word w) {
        int before = w.start() - 1;
        return Addresses.isPartOfAddress(text, w.start(), w.end())
                || before >= 0 && (text.charAt(before) == '\'' || text.charAt(before) == '\u2019' || text.charAt(before) == '-')
                || w.end() < text.length() && (text.charAt(w.end()) == '\'' || text.charAt(w.end()) == '\u2019'
                || text.charAt(w.end()) == '-');
    }

    private static boolean isLowercaseOrCapitalised(String word) {
        return isLowercase(word.substring(Character.charCount(word.codePointAt(0))));
    }

    private static boolean isLowercase(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
