package io.mtlint.spark;

import io.mtlint.check.CheckResult;
import io.mtlint.fix.FixResult;
import io.mtlint.fix.Fixer;
import io.mtlint.model.Document;

/**
 * Checks one document as {@code mtlint check} does and, when asked, fixes it as {@code mtlint fix} does. A rule
 * that fails on a document fails that document only.
 */
final class DocumentCheck {
    /** The result of checking, the fixed text (null when not fixing), or why the document could not be checked. */
    record Outcome(CheckResult result, FixResult fixed, String problem) {
        Totals totals(String key) {
            if (problem != null) {
                return Totals.failed(key, problem);
            }
            Totals t = Totals.checked(result);
            return fixed == null ? t : t.withFixes(fixed.applied().size(), fixed.changed());
        }
    }

    private DocumentCheck() {
    }

    /**
     * Checks with the languages a record names ({@code lang}, {@code source}), else those the document declares or
     * its {@code layoutPath} names.
     */
    static Outcome run(Document document, OptionsSnapshot options, String lang, String source, String layoutPath,
                       boolean fix, boolean unsafe) {
        String target = lang != null ? lang : document.declaredTargetLanguage();
        String from = source != null ? source : document.declaredSourceLanguage();
        // A record's own fields need no hint about where its languages came from.
        boolean hint = lang == null && source == null;
        Checkers.Entry checker = Checkers.get(options, target, from, layoutPath, hint);
        if (checker.problem() != null) {
            return new Outcome(null, null, document.path() + ": " + checker.problem());
        }
        try {
            CheckResult result = checker.checker().check(document);
            FixResult fixed = null;
            if (fix) {
                Checkers.Entry fixing = Checkers.forFixing(options, target, from, layoutPath, hint);
                if (fixing.problem() != null) {
                    return new Outcome(null, null, document.path() + ": " + fixing.problem());
                }
                fixed = new Fixer(fixing.checker(), Checkers.policy(fixing.checker(), options, unsafe)).fix(document);
            }
            return new Outcome(result, fixed, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, null, document.path() + ": cannot be checked: " + e);
        }
    }
}
