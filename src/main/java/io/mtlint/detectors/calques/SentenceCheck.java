package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.RuleInfo;

/** One check of {@link CalqueRule}: a construction looked for in each tagged sentence. */
interface SentenceCheck {
    RuleInfo info();

    /** {@code lexicon} answers what the tagged tokens do not: how common a word is, the readings of its stem. */
    void check(TaggedSentence sentence, Constructions language, Lexicon lexicon, BlockReporter out);
}
