package io.mtlint.languagetool.accel;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

import java.util.function.IntFunction;

/**
 * A sequence model that OpenNLP runs in place of its own beam search over a maximum-entropy model, searching with
 * {@link LinkedBeam} when it knows the context generator and the validator (their exact classes), and handing any
 * others to OpenNLP's {@link BeamSearch} over the same model.
 */
abstract class LinkedBeamSearch<T> implements SequenceClassificationModel<T> {
    /** What OpenNLP's beam search gives the generator when the caller gives nothing. */
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private final MaxentModel model;
    private final int beamSize;
    private final Class<?> knownContexts;
    private final Class<?> knownValidator;
    protected final MaxentSums sums;
    protected final String[] outcomes;

    LinkedBeamSearch(MaxentModel model, int beamSize, MaxentSums sums, Class<?> knownContexts,
                     Class<?> knownValidator) {
        this.model = model;
        this.beamSize = beamSize;
        this.sums = sums;
        this.outcomes = sums.outcomes();
        this.knownContexts = knownContexts;
        this.knownValidator = knownValidator;
    }

    /** The words of one sentence, for contexts and a validator of the known classes. */
    protected abstract IntFunction<LinkedBeam.Word> words(T[] sequence, Object[] additionalContext,
                                                          BeamSearchContextGenerator<T> contexts,
                                                          SequenceValidator<T> validator);

    @Override
    public final Sequence bestSequence(T[] sequence, Object[] additionalContext,
                                       BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        Sequence[] best = bestSequences(1, sequence, additionalContext, contexts, validator);
        return best.length > 0 ? best[0] : null;
    }

    @Override
    public final Sequence[] bestSequences(int count, T[] sequence, Object[] additionalContext,
                                          BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return bestSequences(count, sequence, additionalContext, LinkedBeam.LOWEST_SCORE, contexts, validator);
    }

    @Override
    public final Sequence[] bestSequences(int count, T[] sequence, Object[] additionalContext, double minimumScore,
                                          BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        if (contexts == null || contexts.getClass() != knownContexts
                || validator == null || validator.getClass() != knownValidator) {
            return new BeamSearch<T>(beamSize, model)
                    .bestSequences(count, sequence, additionalContext, minimumScore, contexts, validator);
        }
        Object[] additional = additionalContext == null ? NO_ADDITIONAL_CONTEXT : additionalContext;
        return LinkedBeam.search(beamSize, count, sequence.length, minimumScore, outcomes,
                words(sequence, additional, contexts, validator));
    }

    @Override
    public final String[] getOutcomes() {
        return outcomes.clone();
    }
}
