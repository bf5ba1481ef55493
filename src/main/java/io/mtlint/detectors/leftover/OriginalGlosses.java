package io.mtlint.detectors.leftover;

import io.mtlint.languagetool.Lexicon;
import io.mtlint.lang.OtherScripts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text in another script that an encyclopedic page gives on purpose as the original form of a name or term: after
 * the name of its language ("(chino simplificado: 五笔字型输入法", "du grec παροικία", "Russian: Москва"), or in
 * brackets right after the name it spells ("Wang Yongmin (王永民)", "Moscow (Москва)"). A translation keeps these;
 * a common word before the bracket ("the Settings (设置) page") is no name, and stays a leftover.
 */
final class OriginalGlosses {
    /** How far back a language's name may stand: "chino tradicional :", "en griego antiguo". */
    private static final int LABEL_WINDOW = 40;
    private static final int LABEL_WORDS = 4;
    private static final Map<String, Set<String>> LANGUAGE_NAMES = new ConcurrentHashMap<>();

    private OriginalGlosses() {
    }

    static boolean is(String text, OtherScripts.Run run, String target, Lexicon lexicon) {
        return afterLanguageName(text, run.start(), target) || bracketedAfterName(text, run, lexicon);
    }

    /** The words since the last bracket, semicolon or comma before the run name a language, in the target's words. */
    private static boolean afterLanguageName(String text, int start, String target) {
        int from = Math.max(0, start - LABEL_WINDOW);
        int cut = from;
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == ';' || c == ',' || c == '[' || c == '.' && i < start - 1) {
                cut = i + 1;
                break;
            }
        }
        String label = text.substring(cut, start).replaceAll("[\\s:=\u00a0]+$", "").strip();
        String[] words = label.split("[\\s\u00a0]+");
        if (label.isEmpty() || words.length > LABEL_WORDS) {
            return false;
        }
        Set<String> names = languageNames(target);
        for (String word : words) {
            if (names.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "(王永民)" right after a name: a capitalised word the lexicon does not know, or knows only as a name. */
    private static boolean bracketedAfterName(String text, OtherScripts.Run run, Lexicon lexicon) {
        int open = skipSpaceBackward(text, run.start());
        int close = skipSpaceForward(text, run.end());
        if (open == 0 || text.charAt(open - 1) != '(' || close >= text.length() || ",;)".indexOf(text.charAt(close)) < 0) {
            return false;
        }
        int end = skipSpaceBackward(text, open - 1);
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1))
                || start > 1 && "-'\u2019".indexOf(text.charAt(start - 1)) >= 0 && Character.isLetter(text.charAt(start - 2)))) {
            start--; // "Bong-Foo", "O'Neill": the whole name
        }
        if (start == end || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        String name = text.substring(start, end);
        return !lexicon.knowsAnyCase(name) || lexicon.hasProperNounReading(name)
                && !lexicon.knows(name.toLowerCase(Locale.ROOT));
    }

    private static int skipSpaceBackward(String text, int at) {
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int skipSpaceForward(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Every language's name in the target language, lowercase, as the JDK's locale data gives them. */
    private static Set<String> languageNames(String target) {
        return LANGUAGE_NAMES.computeIfAbsent(target, t -> {
            Locale in = Locale.forLanguageTag(t);
            Set<String> names = new HashSet<>();
            for (String code : Locale.getISOLanguages()) {
                String name = Locale.forLanguageTag(code).getDisplayLanguage(in).toLowerCase(in);
                if (!name.isEmpty() && !name.equals(code)) {
                    names.add(name);
                }
            }
            return Set.copyOf(names);
        });
    }
}
