package io.mtlint.fix;

import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.TextEdit;
import io.mtlint.format.DocumentLoader;
import io.mtlint.check.CheckResult;
import io.mtlint.check.Checker;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies fixes in rounds: each round checks the current text, applies a set of fixes whose edits do not
 * overlap, and the next round checks again, until nothing is left to fix (or a bound is reached, so two rules
 * that undo each other cannot loop). The result is therefore a fixed point: fixing it again changes nothing.
 */
public final class Fixer {
    static final int MAX_ROUNDS = 10;

    private final Checker checker;
    private final FixPolicy policy;

    public Fixer(Checker checker, FixPolicy policy) {
        this.checker = checker;
        this.policy = policy;
    }

    /** How each round's text is checked: a checker, or results stored by the text's bytes. */
    @FunctionalInterface
    public interface Check<E extends Exception> {
        CheckResult check(Document current) throws E;
    }

    public FixResult fix(Document document) {
        return fix(document, policy, checker::check);
    }

    /** Fixes {@code document}, each round's text checked by {@code check}. */
    public static <E extends Exception> FixResult fix(Document document, FixPolicy policy, Check<E> check) throws E {
        String text = document.text();
        List<AppliedFix> applied = new ArrayList<>();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            Document current = round == 1 ? document
                    : DocumentLoader.fromText(document.path(), text, document.format());
            List<AppliedFix> chosen = choose(policy, check.check(current).findings(), round);
            if (chosen.isEmpty()) {
                break;
            }
            text = apply(text, chosen);
            applied.addAll(chosen);
        }
        return new FixResult(document, text, applied);
    }

    /** The fixes of one round: in document order, skipping any that touches an edit already chosen. */
    private static List<AppliedFix> choose(FixPolicy policy, List<Finding> findings, int round) {
        List<AppliedFix> chosen = new ArrayList<>();
        TakenEdits taken = new TakenEdits();
        for (Finding f : findings) {
            Fix fix = policy.choose(f);
            if (fix == null || taken.overlapsAny(fix.edits())) {
                continue;
            }
            taken.addAll(fix.edits());
            chosen.add(new AppliedFix(f, fix, round));
        }
        return chosen;
    }

    static String apply(String text, List<AppliedFix> fixes) {
        List<TextEdit> edits = new ArrayList<>();
        fixes.forEach(a -> edits.addAll(a.fix().edits()));
        edits.sort(null);
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        for (TextEdit e : edits) {
            out.append(text, cursor, e.start()).append(e.replacement());
            cursor = e.end();
        }
        return out.append(text, cursor, text.length()).toString();
    }
}
