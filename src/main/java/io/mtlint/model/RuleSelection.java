package io.mtlint.model;

/** Which rule ids and categories a run keeps, as a rule asks before it does any work. */
public interface RuleSelection {
    boolean selectsId(String id);

    /** Whether some id starting with {@code prefix} may be kept (for rules that make their ids as they go). */
    boolean selectsSomeIdStartingWith(String prefix);

    boolean selectsCategory(Category category);
}
