package io.mtlint.text;

/** Raising the first letter of a word, the one case change the detectors and rule packs make. */
public final class Capitalisation {
    private Capitalisation() {
    }

    /** {@code word} with its first character in title case ("kyiv" gives "Kyiv"); empty stays empty. */
    public static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + word.substring(Character.charCount(first));
    }

    /** {@code replacement} with its first letter raised when {@code matched} starts with a capital. */
    public static String followCase(String matched, String replacement) {
        if (replacement.isEmpty() || matched.isEmpty()) {
            return replacement;
        }
        if (Character.isUpperCase(matched.codePointAt(0)) && Character.isLowerCase(replacement.codePointAt(0))) {
            return capitalise(replacement);
        }
        return replacement;
    }
}
