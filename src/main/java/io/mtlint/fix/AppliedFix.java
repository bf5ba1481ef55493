package io.mtlint.fix;

import io.mtlint.model.Finding;
import io.mtlint.model.Fix;

/** A fix the fixer applied, with the finding it repaired (positions refer to the text of its round). */
public record AppliedFix(Finding finding, Fix fix, int round) {
}
