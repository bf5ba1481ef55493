package io.mtlint.text;

import java.util.regex.Pattern;

/** Three or more words joined by stops with no space ("Microsoft.Extensions.Logging"): a namespace or package. */
public final class DottedNames {
    private static final Pattern DOTTED_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:\\.\\p{L}[\\p{L}\\p{N}]*){2,}");

    private DottedNames() {
    }

    /** True when the stop at {@code at} joins the parts of a dotted name, never two sentences. */
    public static boolean joinsAt(String text, int at) {
        if (at < 0 || at >= text.length() || text.charAt(at) != '.') {
            return false;
        }
        int start = at;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        int end = at;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        while (end > at && text.charAt(end - 1) == '.') {
            end--;
        }
        return DOTTED_NAME.matcher(text.substring(start, end)).matches();
    }
}
