package io.mtlint.model;

/**
 * A check over a document. Implementations must be thread-safe: one instance checks many documents at once.
 */
public interface Rule {
    RuleInfo info();

    /** Reports every finding of this rule in {@code document} to {@code sink}. */
    void check(Document document, FindingSink sink);

    default String id() {
        return info().id();
    }

    /**
     * This rule as its documented examples run. Most rules are configured by the languages alone; a rule that reads
     * a project's own files (a glossary) runs its examples with the ones they are written against.
     */
    default Rule forExamples() {
        return this;
    }
}
