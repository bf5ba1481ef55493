package io.mtlint.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of defect mtlint reports; the ids are part of the JSON contract. */
public enum Category {
    SOURCE_LEFTOVER("source-leftover", "Untranslated source text", "untranslated", false),
    PROPER_NOUN_CASE("proper-noun-case", "Proper noun case", "misspelling", true),
    PUNCTUATION("punctuation", "Punctuation", "typographical", true),
    QUOTES("quotes", "Quotation marks", "typographical", true),
    SENTENCE_CASE("sentence-case", "Capitalisation", "typographical", true),
    NUMBER_FORMAT("number-format", "Number format", "locale-violation", true),
    CALQUE("calque", "Calques", "mistranslation", true),
    NAME_TRANSLATION("name-translation", "Names translated as words", "mistranslation", true),
    SPACING("spacing", "Spacing", "whitespace", true),
    TYPOGRAPHY("typography", "Typography", "typographical", true),
    GRAMMAR("grammar", "Grammar", "grammar", true),
    SPELLING("spelling", "Spelling", "misspelling", true),
    STYLE("style", "Style", "style", true),
    UNTRANSLATED("untranslated", "Untranslated segment", "untranslated", false),
    NUMBER_MISMATCH("number-mismatch", "Numbers changed in translation", "numbers", false),
    MARKUP_MISMATCH("markup-mismatch", "Tags and placeholders", "markup", false),
    URL_MISMATCH("url-mismatch", "Addresses changed in translation", "inconsistent-entities", false),
    TERMINOLOGY("terminology", "Terminology", "terminology", false),
    LENGTH("length", "Length", "length", false);

    private final String id;
    private final String title;
    private final String issueType;
    private final boolean targetConvention;

    Category(String id, String title, String issueType, boolean targetConvention) {
        this.id = id;
        this.title = title;
        this.issueType = issueType;
        this.targetConvention = targetConvention;
    }

    /**
     * Whether the category's findings hold the text to the target language's conventions (its casing, punctuation,
     * spacing, grammar), which text left in the source language does not follow.
     */
    public boolean isTargetConvention() {
        return targetConvention;
    }

    public String id() {
        return id;
    }

    /** The category's name for people: "Untranslated source text". */
    public String title() {
        return title;
    }

    /** The ITS 2.0 localization-quality issue type closest to the category (what LanguageTool's clients show). */
    public String issueType() {
        return issueType;
    }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id.equalsIgnoreCase(id.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "' (valid: " + validIds() + ")");
    }

    public static String validIds() {
        return Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", "));
    }
}
