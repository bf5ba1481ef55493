package io.mtlint.format;

import java.util.regex.Pattern;

/**
 * The tags of the template languages sites are built with (Liquid, Jinja, Hugo and Go templates, ERB): code in the
 * page's source, never prose. An expression ({@code {{ page.title }}}) stands for words on the rendered page; a
 * statement or comment ({@code {% if %}}, {@code {# … #}}) for none.
 */
final class TemplateTags {
    /** The longest tag looked for, so an unclosed {@code {{} cannot make a search run to the end. */
    static final int MAX_TAG = 2000;
    static final String STATEMENT = "\\{%[\\s\\S]{0," + MAX_TAG + "}?%\\}";
    static final String EXPRESSION = "\\{\\{[\\s\\S]{0," + MAX_TAG + "}?\\}\\}";
    static final String COMMENT = "\\{#[\\s\\S]{0," + MAX_TAG + "}?#\\}";
    static final String ERB = "<%[\\s\\S]{0," + MAX_TAG + "}?%>";
    /** Any tag; group 1 is set when the tag is an expression. */
    static final Pattern ANY = Pattern.compile("(" + EXPRESSION + "|" + ERB.replace("<%", "<%=") + ")|"
            + STATEMENT + "|" + COMMENT + "|" + ERB);

    private TemplateTags() {
    }
}
