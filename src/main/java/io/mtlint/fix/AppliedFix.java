package io.mtlint.fix;

import io.mtlint.core.Finding;
import io.mtlint.core.Fix;

/** A fix the fixer applied, with the finding it repaired (positions refer to the text of its round). */
public record AppliedFix(Finding finding, Fix fix, int round) {
}
