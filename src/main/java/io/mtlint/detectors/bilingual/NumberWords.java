package io.mtlint.detectors.bilingual;

import java.util.List;
import java.util.Map;

/** The numbers from zero to twelve written out, in the languages mtlint checks: a translation may spell a digit out. */
final class NumberWords {
    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve"),
            "es", List.of("cero", "uno|un|una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                    "diez", "once", "doce"),
            "fr", List.of("zéro", "un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                    "onze", "douze"),
            "de", List.of("null", "eins|ein|eine|einen|einem|einer", "zwei", "drei", "vier", "fünf", "sechs",
                    "sieben", "acht", "neun", "zehn", "elf", "zwölf"),
            "pt", List.of("zero", "um|uma", "dois|duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
                    "dez", "onze", "doze"),
            "it", List.of("zero", "uno|un|una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
                    "dieci", "undici", "dodici"),
            "ca", List.of("zero", "u|un|una", "dos|dues", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou", "deu",
                    "onze", "dotze"),
            "ru", List.of("ноль", "один|одна|одно", "два|две", "три", "четыре", "пять", "шесть", "семь", "восемь",
                    "девять", "десять", "одиннадцать", "двенадцать"),
            "uk", List.of("нуль", "один|одна|одне", "два|дві", "три", "чотири", "п'ять|п’ять", "шість", "сім",
                    "вісім", "дев'ять|дев’ять", "десять", "одинадцять", "дванадцять"));

    private NumberWords() {
    }

    /** The value a word spells out in the language, or -1. */
    static int value(String languageBase, String word) {
        List<String> words = WORDS.get(languageBase);
        if (words == null) {
            return -1;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (int n = 0; n < words.size(); n++) {
            for (String form : words.get(n).split("\\|")) {
                if (form.equals(lower)) {
                    return n;
                }
            }
        }
        return -1;
    }
}
