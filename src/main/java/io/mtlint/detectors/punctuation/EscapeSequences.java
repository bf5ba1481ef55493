package io.mtlint.detectors.punctuation;

import org.commonmark.internal.util.Html5Entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character escapes a translation pipeline left in the prose: HTML character references ("&amp;quot;",
 * "&amp;#39;") and backslash-escaped quotation marks ("\""). Markdown reads its own escapes and entities
 * before the prose reaches the rules, so what is found here is shown to the reader as written.
 */
final class EscapeSequences {
    private EscapeSequences() {
    }

    // An entity name runs to 31 characters in HTML5's table; a backslash doubled escapes itself, not the quote.
    private static final Pattern ESCAPE = Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|(?<!\\\\)\\\\[\"'\u201c\u201d\u2018\u2019]");

    /** One escape: where it is and the text it stands for. */
    record Escape(int start, int end, String meaning) {
    }

    /** The escapes in {@code text} that stand for a printable character; unknown entity names are left alone. */
    static java.util.List<Escape> in(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('\\') < 0) {
            return java.util.List.of();
        }
        java.util.List<Escape> found = new java.util.ArrayList<>();
        Matcher m = ESCAPE.matcher(text);
        while (m.find()) {
            String escape = m.group();
            String meaning = escape.charAt(0) == '\\' ? escape.substring(1) : decode(escape);
            if (meaning != null) {
                found.add(new Escape(m.start(), m.end(), meaning));
            }
        }
        return found;
    }

    /** The character a reference names, or null when it names none or only a control character. */
    private static String decode(String reference) {
        String decoded = Html5Entities.entityToString(reference);
        if (decoded.equals(reference) || decoded.isEmpty()) {
            return null; // not an HTML5 name ("&Co;"), or a number beyond Unicode
        }
        int cp = decoded.codePointAt(0);
        return Character.isISOControl(cp) || cp == 0xFFFD ? null : decoded;
    }
}
