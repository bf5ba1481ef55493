package io.mtlint.model;

import io.mtlint.lang.LanguageCodes;

/**
 * A self-test of a rule, written for a language pair (null parts mean any). A bad example must produce a finding of the rule; when it marks the span with
 * {@code <marker>…</marker>} the finding must cover exactly that span, and when {@code fixed} is given, applying
 * the finding's first fix must give that text. A good example must stay clean. An example of a bilingual rule
 * has the {@code segmentSource} its text translates.
 */
public record Example(String text, String fixed, boolean bad, String source, String target, Format format,
                      String segmentSource) {
    public static final String MARKER_OPEN = "<marker>";
    public static final String MARKER_CLOSE = "</marker>";

    public Example(String text, String fixed, boolean bad, String source, String target) {
        this(text, fixed, bad, source, target, Format.TEXT, null);
    }

    /** A translation ({@code text}) of {@code segmentSource} that the rule must flag, for a bilingual rule. */
    public static Example badTranslation(String segmentSource, String text) {
        return new Example(text, null, true, null, null, Format.TEXT, segmentSource);
    }

    public static Example badTranslation(String segmentSource, String text, String fixed) {
        return new Example(text, fixed, true, null, null, Format.TEXT, segmentSource);
    }

    /** A translation of {@code segmentSource} that must stay clean. */
    public static Example goodTranslation(String segmentSource, String text) {
        return new Example(text, null, false, null, null, Format.TEXT, segmentSource);
    }

    public static Example bad(String text) {
        return new Example(text, null, true, null, null, Format.TEXT, null);
    }

    public static Example bad(String text, String fixed) {
        return new Example(text, fixed, true, null, null, Format.TEXT, null);
    }

    public static Example good(String text) {
        return new Example(text, null, false, null, null, Format.TEXT, null);
    }

    /** This example as written for a language pair (either may be null for any); others skip it. */
    public Example in(String sourceLanguage, String targetLanguage) {
        return new Example(text, fixed, bad, sourceLanguage, targetLanguage, format, segmentSource);
    }

    /** This example read as Markdown rather than plain text. */
    public Example asMarkdown() {
        return new Example(text, fixed, bad, source, target, Format.MARKDOWN, segmentSource);
    }

    /** Whether the example applies when checking {@code sourceLanguage} into {@code targetLanguage}. */
    public boolean appliesTo(String sourceLanguage, String targetLanguage) {
        return (source == null || source.equals(LanguageCodes.base(sourceLanguage))) && (target == null || target.equals(LanguageCodes.base(targetLanguage)));
    }

    /** The example's text without its markers. */
    public String plainText() {
        return text.replace(MARKER_OPEN, "").replace(MARKER_CLOSE, "");
    }

    /** The marked span as offsets into {@link #plainText()}, or null when the example marks none. */
    public int[] markedSpan() {
        int open = text.indexOf(MARKER_OPEN);
        int close = text.indexOf(MARKER_CLOSE);
        if (open < 0 || close < open) {
            return null;
        }
        return new int[] {open, close - MARKER_OPEN.length()};
    }
}
