package io.mtlint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the markup that software strings carry inside their text: printf conversions ({@code %s}, {@code %1$d},
 * {@code %(name)s}), brace placeholders ({@code {0}}, {@code {name}}, {@code {{name}}}, {@code ${name}}) and HTML
 * tags. A translation must keep them, and they are not prose.
 */
public final class Placeholders {
    /** What a match is: a value placeholder, or an HTML tag that opens, closes or stands alone. */
    public enum Kind { PLACEHOLDER, OPENING, CLOSING, STANDALONE }

    /**
     * One piece of markup in a text: where it is, what it is, and its normal form (the placeholder as written, or
     * the tag's lowercase name).
     */
    public record Match(int start, int end, Kind kind, String form) {
        /** Whether the order of this placeholder among its siblings carries meaning (a printf conversion without a position). */
        public boolean ordered() {
            return kind == Kind.PLACEHOLDER && form.startsWith("%") && !form.contains("$") && !form.startsWith("%(");
        }
    }

    /** How eagerly to read {@code %} sequences: a string flagged as a printf format, or ordinary text. */
    public enum Printf { FORMAT, TEXT }

    // A string flagged as a format: every C conversion, with flags, width, precision and length.
    private static final String PRINTF_FORMAT =
            "%(?:\\d+\\$)?[-+ 0#']*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@]";
    // Ordinary text: no space flag, and only conversions that rarely follow a percent sign in prose ("50% off").
    private static final String PRINTF_TEXT = "%(?:\\d+\\$)?[-+0#]*\\d*(?:\\.\\d+)?(?:ll|l|h|z)?[sdifuxXc@](?![a-z])";
    private static final String PYTHON = "%\\([A-Za-z_]\\w*\\)[-+ 0#]*\\d*(?:\\.\\d+)?[sdifrxXeEgGc]";
    private static final String BRACES = "\\{\\{\\s*[A-Za-z_][\\w.]*\\s*}}|\\$\\{[A-Za-z_][\\w.]*}"
            + "|\\{\\d+(?:,\\s*\\w+(?:,[^{}]*)?)?}|\\{[A-Za-z_][\\w.]*}";
    private static final String TAG = "</?[A-Za-z][\\w:-]*(?:\\s+[^<>]*?)?\\s*/?>";
    private static final Pattern WITH_FORMAT = Pattern.compile("%%|" + PYTHON + "|" + PRINTF_FORMAT + "|" + BRACES
            + "|" + TAG);
    private static final Pattern IN_TEXT = Pattern.compile("%%|" + PYTHON + "|" + PRINTF_TEXT + "|" + BRACES + "|" + TAG);

    /** HTML elements that never have content. */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "wbr", "area",
            "base", "col", "embed", "source", "track", "param");
    /** Elements that break a line where they stand, so the prose around them reads as separate lines. */
    private static final Set<String> BREAKING = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "td", "th",
            "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "pre");

    private Placeholders() {
    }

    public static List<Match> find(CharSequence text, Printf printf) {
        List<Match> out = new ArrayList<>();
        if (!mayHold(text)) {
            return out; // most strings have none of the characters markup starts with: skip the regex
        }
        Matcher m = (printf == Printf.FORMAT ? WITH_FORMAT : IN_TEXT).matcher(text);
        while (m.find()) {
            String s = m.group();
            if (s.equals("%%")) {
                continue;
            }
            if (s.charAt(0) == '<') {
                boolean closing = s.charAt(1) == '/';
                String name = tagName(s);
                Kind kind = closing ? Kind.CLOSING : s.endsWith("/>") || VOID.contains(name) ? Kind.STANDALONE
                        : Kind.OPENING;
                out.add(new Match(m.start(), m.end(), kind, name));
            } else {
                out.add(new Match(m.start(), m.end(), Kind.PLACEHOLDER, s.replaceAll("\\s+", "")));
            }
        }
        return out;
    }

    private static boolean mayHold(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '{' || c == '<' || c == '$') {
                return true;
            }
        }
        return false;
    }

    /** The lowercase element name of a tag such as {@code <a href="x">} or {@code </b>}. */
    public static String tagName(String tag) {
        int i = tag.startsWith("</") ? 2 : 1;
        int j = i;
        while (j < tag.length() && (Character.isLetterOrDigit(tag.charAt(j)) || tag.charAt(j) == ':'
                || tag.charAt(j) == '-' || tag.charAt(j) == '_')) {
            j++;
        }
        return tag.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /** Whether an HTML element of this name ends a line where it stands. */
    public static boolean breaksLine(String name) {
        return BREAKING.contains(name);
    }
}
