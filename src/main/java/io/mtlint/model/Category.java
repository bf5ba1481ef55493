package io.mtlint.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of defect mtlint reports; the ids are part of the JSON contract. */
public enum Category {
    SOURCE_LEFTOVER("source-leftover"),
    PROPER_NOUN_CASE("proper-noun-case"),
    PUNCTUATION("punctuation"),
    QUOTES("quotes"),
    SENTENCE_CASE("sentence-case"),
    NUMBER_FORMAT("number-format"),
    CALQUE("calque"),
    SPACING("spacing"),
    TYPOGRAPHY("typography"),
    GRAMMAR("grammar"),
    SPELLING("spelling"),
    STYLE("style"),
    UNTRANSLATED("untranslated"),
    NUMBER_MISMATCH("number-mismatch"),
    MARKUP_MISMATCH("markup-mismatch"),
    URL_MISMATCH("url-mismatch"),
    TERMINOLOGY("terminology"),
    LENGTH("length");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
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
