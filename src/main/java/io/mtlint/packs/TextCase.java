package io.mtlint.packs;

/** Carries the case of matched text over to its replacement. */
final class TextCase {
    private TextCase() {
    }

    /** {@code replacement} with its first letter raised when {@code matched} starts with a capital. */
    static String follow(String matched, String replacement) {
        if (replacement.isEmpty() || matched.isEmpty()) {
            return replacement;
        }
        int first = replacement.codePointAt(0);
        if (Character.isUpperCase(matched.codePointAt(0)) && Character.isLowerCase(first)) {
            return new String(Character.toChars(Character.toTitleCase(first)))
                    + replacement.substring(Character.charCount(first));
        }
        return replacement;
    }
}
