package io.mtlint.languagetool.accel;

import io.mtlint.support.Trace;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.chunking.Chunker;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.Properties;

/**
 * Speeds up a LanguageTool chunker without changing its answers: its part-of-speech model is searched by
 * {@link TaggerSearch} and its chunking model by {@link ChunkerSearch} (or, should either model be of another
 * kind, the model remembers its answers: {@link RememberingModel}). LanguageTool's English
 * chunker keeps its OpenNLP model packages in static fields and builds a new tagger and chunker around them for
 * every sentence, so the models are swapped inside those packages: OpenNLP runs a sequence model it finds in a
 * package instead of its own beam search. This reaches into private fields of LanguageTool and OpenNLP; should
 * either change, the chunker keeps its own models and only the speed-up is lost.
 */
final class FasterChunker {
    private static final String CHUNKER_ENTRY = "chunker.model";
    private static final String TAGGER_ENTRY = "pos.model";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    /** OpenNLP's beams for models whose manifest names none. */
    private static final int DEFAULT_CHUNKER_BEAM = 10;
    private static final int DEFAULT_TAGGER_BEAM = 3;

    private FasterChunker() {
    }

    /** Returns how many of the chunker's models are replaced now (English: two). */
    static int install(Chunker chunker) {
        int replaced = 0;
        if (chunker == null) {
            return replaced;
        }
        try {
            Field artifacts = BaseModel.class.getDeclaredField("artifactMap");
            artifacts.setAccessible(true);
            for (Field field : chunker.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                if (POSModel.class.isAssignableFrom(field.getType()) && field.get(null) != null) {
                    replaced += search(artifactsOf(artifacts, field.get(null)), TAGGER_ENTRY, DEFAULT_TAGGER_BEAM,
                            TaggerSearch::of);
                } else if (ChunkerModel.class.isAssignableFrom(field.getType()) && field.get(null) != null) {
                    replaced += search(artifactsOf(artifacts, field.get(null)), CHUNKER_ENTRY, DEFAULT_CHUNKER_BEAM,
                            ChunkerSearch::of);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            Trace.mark("chunker keeps its own models: " + e);
        }
        return replaced;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> artifactsOf(Field artifacts, Object modelPackage) throws IllegalAccessException {
        return (Map<String, Object>) artifacts.get(modelPackage);
    }

    /** Puts a faster search in place of the package's model, or failing that a remembering model. */
    private static int search(Map<String, Object> artifacts, String entry, int defaultBeam,
                              BiFunction<Object, Integer, Optional<? extends LinkedBeamSearch<?>>> faster) {
        Object model = artifacts.get(entry);
        if (model instanceof LinkedBeamSearch || model instanceof RememberingModel) {
            return 1;
        }
        String beam = artifacts.get(MANIFEST_ENTRY) instanceof Properties manifest
                ? manifest.getProperty("BeamSize") : null;
        int beamSize = beam == null ? defaultBeam : Integer.parseInt(beam);
        Optional<? extends LinkedBeamSearch<?>> search = faster.apply(model, beamSize);
        if (search.isPresent()) {
            artifacts.put(entry, search.get());
            return 1;
        }
        if (model instanceof AbstractModel maxent) {
            artifacts.put(entry, new RememberingModel(maxent));
            return 1;
        }
        return 0;
    }
}
