package io.mtlint.languagetool;

import io.mtlint.core.Trace;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.chunking.Chunker;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Properties;

/**
 * Speeds up a LanguageTool chunker without changing its answers: its part-of-speech model remembers its answers
 * ({@link RememberingModel}) and its chunking model is searched by {@link ChunkerSearch}. LanguageTool's English
 * chunker keeps its OpenNLP model packages in static fields and builds a new tagger and chunker around them for
 * every sentence, so the models are swapped inside those packages: OpenNLP runs a sequence model it finds in a
 * package instead of its own beam search. This reaches into private fields of LanguageTool and OpenNLP; should
 * either change, the chunker keeps its own models and only the speed-up is lost.
 */
final class FasterChunker {
    private static final String CHUNKER_ENTRY = "chunker.model";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    /** OpenNLP's beam for a chunking model whose manifest names none. */
    private static final int DEFAULT_CHUNKER_BEAM = 10;

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
                    replaced += remember(artifactsOf(artifacts, field.get(null)));
                } else if (ChunkerModel.class.isAssignableFrom(field.getType()) && field.get(null) != null) {
                    replaced += search(artifactsOf(artifacts, field.get(null)));
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

    private static int remember(Map<String, Object> artifacts) {
        artifacts.replaceAll((name, artifact) -> artifact instanceof AbstractModel model
                && !(artifact instanceof RememberingModel) ? new RememberingModel(model) : artifact);
        return (int) artifacts.values().stream().filter(RememberingModel.class::isInstance).count();
    }

    private static int search(Map<String, Object> artifacts) {
        if (artifacts.get(CHUNKER_ENTRY) instanceof ChunkerSearch) {
            return 1;
        }
        String beam = artifacts.get(MANIFEST_ENTRY) instanceof Properties manifest
                ? manifest.getProperty("BeamSize") : null;
        int beamSize = beam == null ? DEFAULT_CHUNKER_BEAM : Integer.parseInt(beam);
        return ChunkerSearch.of(artifacts.get(CHUNKER_ENTRY), beamSize).map(search -> {
            artifacts.put(CHUNKER_ENTRY, search);
            return 1;
        }).orElse(0);
    }
}
