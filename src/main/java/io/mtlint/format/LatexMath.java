package io.mtlint.format;

import java.util.regex.Pattern;

/**
 * LaTeX mathematics in prose ("$x^2$", "\(a \land b\)", "\[ \frac{a}{b} \]", "$$ … $$"), which study and wiki
 * pages publish and machine translation passes through: formulas, not sentences. A single dollar opens only before
 * a non-space and closes only after one, not before a digit, so amounts ("$5 and $10") stay prose.
 */
final class LatexMath {
    /** The longest formula looked for, so an unclosed delimiter cannot make a search run on. */
    private static final int MAX = 2000;
    static final Pattern SPAN = Pattern.compile(String.join("|",
            "\\$\\$[\\s\\S]{1," + MAX + "}?\\$\\$",
            "\\\\\\[[\\s\\S]{1," + MAX + "}?\\\\\\]",
            "\\\\\\([\\s\\S]{1," + MAX + "}?\\\\\\)",
            "(?<![\\\\$\\p{N}])\\$(?=[^\\s$])[^$\\n]{1,300}?(?<=[^\\s\\\\])\\$(?![\\p{N}$])"));

    private LatexMath() {
    }

    /** Whether {@code text[start, end)} has a character a formula opens with; most paragraphs have none. */
    static boolean mayHold(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '$' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
