package io.mtlint.languagetool;

/**
 * Numbers the word forms and lemmas of analysed sentences, so that a rule's verdict on a word can be remembered by
 * number (see {@link WordRequirement}). Unlike tags, words come from the text, so the numbering stops at
 * {@link #LIMIT}: a sentence with a word that has no number has no word numbers, which turns the word filtering
 * off for it instead of making it wrong, and the memory stays bounded however long the process runs.
 */
final class WordForms {
    static final int LIMIT = 1 << 18;
    private static final Numbering FORMS = new Numbering(LIMIT);

    private WordForms() {
    }

    /** The number of {@code form}, or -1 when {@link #LIMIT} forms are numbered already. */
    static int id(String form) {
        return FORMS.id(form);
    }

    /** The form numbered {@code id}; every number {@link #id} has given out has one. */
    static String form(int id) {
        return FORMS.text(id);
    }
}
