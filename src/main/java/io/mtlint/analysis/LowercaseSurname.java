package io.mtlint.analysis;

import io.mtlint.text.Sentences;
import io.mtlint.text.Words;
import io.mtlint.languagetool.Lexicon;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lowercase word no dictionary of the target knows, right after a word that is only a name ("Volker wissing",
 * "Giulia tempesta"): machine translation lowercases surnames that are also words of the source language, that it
 * cannot place, or that it transliterates ("Oleh synehubov"). A word the target knows ("Tesla model") is left
 * alone, and so is a word after a name that is also a common word ("Chancellor", "Tesla") or a brand ("GitHub
 * watchers"), or one shaped like the Latin epithet of a species ("Plasmodium falciparum"; "Escherichia coli" is
 * not caught).
 */
public final class LowercaseSurname {
    private static final String[] LATIN_EPITHET_ENDINGS = {"ae", "um", "us", "ii", "ensis", "oides", "iformis"};
    /**
     * Endings of Slavic, Georgian and Armenian surnames, which transliteration gives English no dictionary of:
     * after a capitalised word no dictionary knows either ("Oleh synehubov"), the pair is a name.
     */
    private static final String[] SURNAME_ENDINGS = {"ov", "ova", "ev", "eva", "enko", "chuk", "yuk", "sky", "skyi",
            "skiy", "ski", "ska", "vich", "vych", "shvili", "dze", "yan"};

    /** Per language, its names of months and weekdays, lowercase. */
    private static final Map<String, Set<String>> CALENDAR_NAMES = new ConcurrentHashMap<>();

    private LowercaseSurname() {
    }

    /**
     * Whether {@code word}, lowercase, is a surname written after its given name. A word the source language
     * ({@code source}, may be null) knows only as a verb or a function word is not ("Sánchez dijo").
     */
    public static boolean follows(String text, Words.Word word, Lexicon target, Lexicon source) {
        if (!word.isLowercase() || word.text().length() < 3 || !word.text().codePoints().allMatch(Character::isLetter)
                || endsWithAny(word.text(), LATIN_EPITHET_ENDINGS)) {
            return false;
        }
        Words.Word name = wordBefore(text, word.start());
        return name != null && name.isCapitalised() && !name.isAllCaps()
                && !afterCapitalisedArticle(text, name.start(), target, source)
                && followsName(name.text(), word, target, source);
    }

    /** The word that ends one space before {@code offset}, or null. */
    private static Words.Word wordBefore(String text, int offset) {
        int end = offset - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return null;
        }
        int start = end;
        while (start > 0 && Words.isWordPart(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        Words.Word w = Words.at(text, start, end);
        return w != null && w.end() == end ? w : null;
    }

    /**
     * Whether a capitalised article stands inside the sentence right before {@code start}: what starts there
     * belongs to a name of a party, a paper, a place or a person ("La France insoumise", "Bruno Le Maire", "La Voix
     * du Nord"), so it keeps the capitals the name has and is no given name.
     */
    public static boolean afterCapitalisedArticle(String text, int start, Lexicon target, Lexicon source) {
        Words.Word article = wordBefore(text, start);
        if (article == null || !article.isCapitalised()
                || Sentences.startsSentenceOrQuotation(text, article.start())) {
            return false;
        }
        String lower = article.lower();
        return FunctionWords.isDeterminer(target, lower) || source != null && FunctionWords.isDeterminer(source, lower);
    }

    /**
     * Whether {@code word}, lowercase, is a surname after the given name {@code name}, written capitalised: the
     * name as the text has it, or as another check restores it ("josé luis escrivá" is "José Luis" and a surname).
     */
    public static boolean followsName(String name, Words.Word word, Lexicon target, Lexicon source) {
        if (!word.isLowercase() || word.text().length() < 3 || !word.text().codePoints().allMatch(Character::isLetter)
                || endsWithAny(word.text(), LATIN_EPITHET_ENDINGS)) {
            return false;
        }
        return name.length() > 2 && !hasInnerCapital(name) && !target.knowsAnyCase(word.form())
                && (isName(name, target, source) && (source == null || canBeName(source, word.text()))
                        || !target.knowsAnyCase(name) && endsWithAny(word.text(), SURNAME_ENDINGS));
    }

    /**
     * Only a name to the target's tagger, or unknown to it and only a name to the source's ("Xabi"). Taggers list
     * weekdays and months as proper nouns too, and "on Wednesday ujutro" is a leftover, not a surname.
     */
    private static boolean isName(String word, Lexicon target, Lexicon source) {
        if (isCalendarName(word, target) || source != null && isCalendarName(word, source)) {
            return false;
        }
        return target.isProperNounOnly(word)
                || source != null && target.lookup(word).tags().isEmpty() && source.isProperNounOnly(word);
    }

    /** "GitHub", "PowerShell": a brand or product, which no given name is shaped like. */
    private static boolean hasInnerCapital(String name) {
        return name.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    private static boolean isCalendarName(String word, Lexicon lexicon) {
        Locale locale = Locale.forLanguageTag(lexicon.languageCode());
        return CALENDAR_NAMES.computeIfAbsent(lexicon.languageCode(), code -> calendarNames(locale))
                .contains(word.toLowerCase(locale));
    }

    private static Set<String> calendarNames(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Set<String> names = new HashSet<>();
        for (String[] list : new String[][] {symbols.getMonths(), symbols.getWeekdays()}) {
            for (String name : list) {
                if (!name.isEmpty()) {
                    names.add(name.toLowerCase(locale));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static boolean canBeName(Lexicon source, String word) {
        var tags = source.lookup(word).tags();
        return tags.isEmpty() || tags.stream().anyMatch(source.descriptor()::isNominalTag);
    }

    private static boolean endsWithAny(String word, String[] endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
