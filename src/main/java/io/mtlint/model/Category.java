package io.mtlint.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of defect mtlint reports; the ids are part of the JSON contract. */
public enum Category {
    SOURCE_LEFTOVER("source-leftover", "Untranslated source text", "untranslated"),
    PROPER_NOUN_CASE("proper-noun-case", "Proper noun case", "misspelling"),
    PUNCTUATION("punctuation", "Punctuation", "typographical"),
    QUOTES("quotes", "Quotation marks", "typographical"),
    SENTENCE_CASE("sentence-case", "Capitalisation", "typographical"),
    NUMBER_FORMAT("number-format", "Number format", "locale-violation"),
    CALQUE("calque", "Calques", "mistranslation"),
    NAME_TRANSLATION("name-translation", "Names translated as words", "mistranslation"),
    SPACING("spacing", "Spacing", "whitespace"),
    TYPOGRAPHY("typography", "Typography", "typographical"),
    GRAMMAR("grammar", "Grammar", "grammar"),
    SPELLING("spelling", "Spelling", "misspelling"),
    STYLE("style", "Style", "style"),
    UNTRANSLATED("untranslated", "Untranslated segment", "untranslated"),
    NUMBER_MISMATCH("number-mismatch", "Numbers changed in translation", "numbers"),
    MARKUP_MISMATCH("markup-mismatch", "Tags and placeholders", "markup"),
    URL_MISMATCH("url-mismatch", "Addresses changed in translation", "inconsistent-entities"),
    TERMINOLOGY("terminology", "Terminology", "terminology"),
    LENGTH("length", "Length", "length");

    private final String id;
    private final String title;
    private final String issueType;

    Category(String id, String title, String issueType) {
        this.id = id;
        this.title = title;
        this.issueType = issueType;
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
