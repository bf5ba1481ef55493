package io.mtlint.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML elements whose content is code, not prose: {@code <code>}, {@code <kbd>}, {@code <samp>}, {@code <var>}. */
final class HtmlCodeTags {
    private static final Set<String> CODE_ELEMENTS = Set.of("code", "kbd", "samp", "var", "tt");
    private static final Pattern TAG = Pattern.compile("^<(/?)([A-Za-z][A-Za-z0-9-]*)\\b[^>]*?(/?)>$", Pattern.DOTALL);

    private HtmlCodeTags() {
    }

    /** +1 for an opening code element's tag, -1 for a closing one, 0 for any other inline HTML. */
    static int depthChange(String inlineHtml) {
        Matcher m = TAG.matcher(inlineHtml.strip());
        if (!m.matches() || !CODE_ELEMENTS.contains(m.group(2).toLowerCase(Locale.ROOT)) || !m.group(3).isEmpty()) {
            return 0;
        }
        return m.group(1).isEmpty() ? 1 : -1;
    }
}
