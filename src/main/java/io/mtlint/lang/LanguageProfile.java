package io.mtlint.lang;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Conventions of a language that LanguageTool's data does not state directly: how its tagger marks proper
 * nouns, and which short words join the parts of personal names ("de" in "Charles de Gaulle").
 */
public record LanguageProfile(String code, Predicate<String> properNounTag, Predicate<String> connectiveTag,
                              Predicate<String> determinerTag, Predicate<String> nominalTag, Set<String> nameParticles) {
    private static final Set<String> COMMON_PARTICLES = Set.of(
            "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "van", "von", "der",
            "den", "ter", "ten", "y", "e", "bin", "ibn", "al", "el", "af", "zu");

    public boolean isProperNounTag(String tag) {
        return properNounTag.test(tag);
    }

    /** Prepositions and conjunctions: words that join a sentence's parts and cannot start a new one. */
    public boolean isConnectiveTag(String tag) {
        return connectiveTag.test(tag);
    }

    public boolean isDeterminerTag(String tag) {
        return determinerTag.test(tag);
    }

    /**
     * Nouns, adjectives and names: what a surname that is also a word can be ("Tempesta", "Rossi"), and a verb
     * ("dijo") cannot. True for every tag of a language whose tags mtlint does not know.
     */
    public boolean isNominalTag(String tag) {
        return nominalTag.test(tag);
    }

    /** The script the language is written in. */
    public Character.UnicodeScript script() {
        return switch (code) {
            case "ru", "uk", "be", "bg", "sr", "mk" -> Character.UnicodeScript.CYRILLIC;
            case "el" -> Character.UnicodeScript.GREEK;
            case "ar", "fa" -> Character.UnicodeScript.ARABIC;
            case "zh", "ja" -> Character.UnicodeScript.HAN;
            default -> Character.UnicodeScript.LATIN;
        };
    }

    /** True for languages that capitalise every noun (German), not only names. */
    public boolean capitalisesNouns() {
        return code.equals("de");
    }

    /** A reading of a common noun, for languages that capitalise nouns. */
    public boolean isNounTag(String tag) {
        return code.equals("de") && tag.startsWith("SUB");
    }

    public boolean isNameParticle(String word) {
        return nameParticles.contains(word.toLowerCase(Locale.ROOT));
    }

    public static LanguageProfile of(String code) {
        String base = io.mtlint.lang.LanguageCodes.base(code);
        Predicate<String> proper = switch (base) {
            case "en" -> t -> t.equals("NNP") || t.equals("NNPS");
            case "es", "ca", "pt", "gl" -> t -> t.startsWith("NP");
            case "fr" -> t -> t.startsWith("Z");
            case "de" -> t -> t.startsWith("EIG");
            case "it" -> t -> t.startsWith("NPR");
            case "nl" -> t -> t.contains("eigen");
            default -> t -> false;
        };
        Predicate<String> connective = switch (base) {
            case "en" -> t -> t.equals("IN") || t.equals("CC") || t.equals("TO") || t.equals("RP");
            case "es", "ca", "pt", "gl", "it" -> t -> t.startsWith("SP") || t.startsWith("CC") || t.startsWith("CS")
                    || t.startsWith("CON") || t.startsWith("PRE");
            case "fr" -> t -> t.startsWith("P") && !t.startsWith("P ") || t.startsWith("C ");
            case "de" -> t -> t.startsWith("PRP") || t.startsWith("KON");
            default -> t -> false;
        };
        Predicate<String> determiner = switch (base) {
            case "en" -> t -> t.equals("DT") || t.equals("PRP$") || t.equals("WDT");
            case "es", "ca", "pt", "gl" -> t -> t.startsWith("D");
            case "fr" -> t -> t.startsWith("D ");
            case "de" -> t -> t.startsWith("ART");
            default -> t -> false;
        };
        Predicate<String> nominal = switch (base) {
            case "en" -> t -> t.startsWith("NN") || t.startsWith("JJ");
            case "es", "ca", "pt", "gl" -> t -> t.startsWith("N") || t.startsWith("AQ");
            case "fr" -> t -> t.startsWith("N ") || t.startsWith("J ") || t.startsWith("Z");
            case "de" -> t -> t.startsWith("SUB") || t.startsWith("ADJ") || t.startsWith("EIG");
            case "it" -> t -> t.startsWith("NOUN") || t.startsWith("ADJ") || t.startsWith("NPR");
            default -> t -> true;
        };
        return new LanguageProfile(base, proper, connective, determiner, nominal, COMMON_PARTICLES);
    }
}
