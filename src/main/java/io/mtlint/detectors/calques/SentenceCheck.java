package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.model.RuleInfo;

/** One check of {@link CalqueRule}: a construction looked for in each tagged sentence. */
interface SentenceCheck {
    RuleInfo info();

    void check(TaggedSentence sentence, Constructions language, BlockReporter out);
}
