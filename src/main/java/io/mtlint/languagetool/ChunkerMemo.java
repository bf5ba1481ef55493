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

/**
 * Makes the part-of-speech and chunking models of a LanguageTool chunker remember their answers
 * ({@link RememberingModel}). LanguageTool's English chunker keeps its OpenNLP model packages in static fields
 * and builds a new tagger and chunker around them for every sentence, so the models are swapped inside those
 * packages. This reaches into private fields of LanguageTool and OpenNLP; should either change, the chunker keeps
 * its own models and only the speed-up is lost.
 */
final class ChunkerMemo {
    private ChunkerMemo() {
    }

    /** Returns how many of the chunker's models remember their answers now (English: two). */
    static int install(Chunker chunker) {
        int remembering = 0;
        if (chunker == null) {
            return remembering;
        }
        try {
            Field artifacts = BaseModel.class.getDeclaredField("artifactMap");
            artifacts.setAccessible(true);
            for (Field field : chunker.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && sequenceModelPackage(field.getType())) {
                    field.setAccessible(true);
                    Object modelPackage = field.get(null);
                    if (modelPackage != null) {
                        remembering += remember(artifactsOf(artifacts, modelPackage));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            Trace.mark("chunker keeps its own models: " + e);
        }
        return remembering;
    }

    /** The packages whose models OpenNLP runs in a beam search, asking the same question once per sequence. */
    private static boolean sequenceModelPackage(Class<?> type) {
        return POSModel.class.isAssignableFrom(type) || ChunkerModel.class.isAssignableFrom(type);
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
}
