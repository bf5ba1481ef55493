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
}
