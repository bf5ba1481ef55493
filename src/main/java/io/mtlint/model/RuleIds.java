package io.mtlint.model;

/**
 * How a user's rule selector names rule ids: exactly, as a family ({@code mt.spacing} names
 * {@code mt.spacing.double-space}; {@code es-en} names every {@code es-en.…} rule), or with a trailing
 * {@code *} ({@code lt.*}).
 */
public final class RuleIds {
    private RuleIds() {
    }

    public static boolean selects(String selector, String id) {
        if (selector.endsWith("*")) {
            return id.startsWith(selector.substring(0, selector.length() - 1));
        }
        return id.equals(selector) || id.length() > selector.length() && id.startsWith(selector)
                && id.charAt(selector.length()) == '.';
    }

    /** The family an id belongs to ({@code mt.spacing} for {@code mt.spacing.double-space}), or null at the top. */
    public static String familyOf(String id) {
        int dot = id.lastIndexOf('.');
        return dot <= 0 ? null : id.substring(0, dot);
    }
}
