package io.mtlint.model;

import java.util.List;
import java.util.function.DoubleConsumer;

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

    /** The checks whose ids this rule's findings carry. */
    default List<RuleInfo> checks() {
        return info().reportedAs();
    }

    /** Whether anything this rule can report survives {@code selection}; a rule that cannot is not run. */
    default boolean mayReport(RuleSelection selection) {
        return checks().stream().anyMatch(c -> selection.selectsId(c.id()) && selection.selectsCategory(c.category()));
    }

    /** Starts slow loading in the background, so it overlaps with reading files; optional. */
    default void prepare() {
    }

    /**
     * Whether this rule reads what the other rules found: such rules run after the others and are told their
     * findings, so they can skip work on what is already explained.
     */
    default boolean reviewsOthers() {
        return false;
    }

    /** Checks {@code document} knowing what the rules that do not review others found ({@code others}). */
    default void check(Document document, FindingSink sink, List<Finding> others) {
        check(document, sink);
    }

    /**
     * As {@link #check(Document, FindingSink, List)}, telling {@code progress} the share of the document done (0 to
     * 1) as it goes, for a rule slow enough to show it; most never call it.
     */
    default void check(Document document, FindingSink sink, List<Finding> others, DoubleConsumer progress) {
        check(document, sink, others);
    }

    /**
     * Whether {@code mine}, a finding of this rule, only says again what {@code other}, another rule's, says. Only
     * findings that overlap or touch can restate each other.
     */
    default boolean restates(Finding mine, Finding other) {
        return false;
    }

    /**
     * Whether {@code finding}, one of this rule's, still holds inside text written in the source language (a
     * sentence or span left untranslated). A target-language convention does not: a German noun capital or a French
     * space before a colon is wrong in an English sentence, and the leftover is what to report there.
     */
    default boolean holdsInSourceText(Finding finding) {
        return !finding.category().isTargetConvention();
    }

    /**
     * This rule as its documented examples run. Most rules are configured by the languages alone; a rule that reads
     * a project's own files (a glossary) runs its examples with the ones they are written against.
     */
    default Rule forExamples() {
        return this;
    }
}
