package io.mtlint.languagetool;

import opennlp.tools.ml.model.Context;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chunking model's feature weights, arranged the way OpenNLP's default chunking context generator asks for
 * them. The generator describes a word by strings such as {@code t0=NN}, and combines most of them with the
 * previous chunk tag ({@code p_1=B-NPt0=NN}); the model keeps one map from every such string to its weights.
 * Here a word's string leads to its own weights and to those of all its combinations with a previous tag, so a
 * word needs one lookup per string however many tags the beam holds; the features made of tags alone are
 * tables. Every weight is the model's own object: nothing is copied or recomputed.
 */
final class ChunkerFeatures {
    /** How the word's own strings begin; the generator puts one of them after the previous tag. */
    private static final String[] WORD_PREFIXES = {"t_2=", "t_1=", "t0=", "t1=", "t2=", "w_2=", "w_1=", "w0=", "w1=",
            "w2="};
    private static final String LAST = "p_1=";
    private static final String START = "bos";

    /** The weights of one of a word's strings, alone and after each previous tag (the start last). */
    static final class Feature {
        static final Feature UNKNOWN = new Feature(new Context[0]);

        /** Set only while the arrangement is built, before it is published through a final field. */
        private Context alone;
        private final Context[] afterLast;

        private Feature(Context[] afterLast) {
            this.afterLast = afterLast;
        }

        Context alone() {
            return alone;
        }

        Context after(int last) {
            return last < afterLast.length ? afterLast[last] : null;
        }
    }

    private final Map<String, Feature> features;
    private final Context[] lastAlone;
    private final Context[] beforeLastAlone;
    private final Context[][] pairs;

    private ChunkerFeatures(Map<String, Feature> features, Context[] lastAlone, Context[] beforeLastAlone,
                            Context[][] pairs) {
        this.features = features;
        this.lastAlone = lastAlone;
        this.beforeLastAlone = beforeLastAlone;
        this.pairs = pairs;
    }

    /**
     * Arranges a chunking model's weights; tag index {@code outcomes.length} stands for the start of the sentence.
     * Empty if a tag's name has a letter that begins a word's string ({@code t} or {@code w}), since a feature
     * could then be read as two different tags followed by a word's string.
     */
    static Optional<ChunkerFeatures> of(Map<String, Context> predicates, String[] outcomes) {
        String[] tags = new String[outcomes.length + 1];
        System.arraycopy(outcomes, 0, tags, 0, outcomes.length);
        tags[outcomes.length] = START;
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int tag = 0; tag < tags.length; tag++) {
            if (tags[tag].indexOf('t') >= 0 || tags[tag].indexOf('w') >= 0) {
                return Optional.empty();
            }
            tagIndex.put(tags[tag], tag);
        }
        Map<String, Feature> features = new HashMap<>();
        for (Map.Entry<String, Context> entry : predicates.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(LAST)) {
                int word = wordStringFrom(key, LAST.length());
                Integer tag = word < 0 ? null : tagIndex.get(key.substring(LAST.length(), word));
                if (tag != null) {
                    features.computeIfAbsent(key.substring(word), w -> new Feature(new Context[tags.length]))
                            .afterLast[tag] = entry.getValue();
                }
            } else if (wordStringAt(key, 0)) {
                features.computeIfAbsent(key, w -> new Feature(new Context[tags.length])).alone = entry.getValue();
            }
        }
        Context[] lastAlone = new Context[tags.length];
        Context[] beforeLastAlone = new Context[tags.length];
        Context[][] pairs = new Context[tags.length][tags.length];
        for (int tag = 0; tag < tags.length; tag++) {
            lastAlone[tag] = predicates.get(lastFeature(tags, tag));
            beforeLastAlone[tag] = predicates.get(beforeLastFeature(tags, tag));
            for (int last = 0; last < tags.length; last++) {
                pairs[tag][last] = predicates.get(beforeLastFeature(tags, tag) + lastFeature(tags, last));
            }
        }
        return Optional.of(new ChunkerFeatures(features, lastAlone, beforeLastAlone, pairs));
    }

    /** Where the first word's string begins in the key: at its first {@code t} or {@code w}, or -1. */
    private static int wordStringFrom(String key, int from) {
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 't' || c == 'w') {
                return wordStringAt(key, i) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean wordStringAt(String key, int from) {
        for (String prefix : WORD_PREFIXES) {
            if (key.startsWith(prefix, from)) {
                return true;
            }
        }
        return false;
    }

    /** As the generator writes the previous tag ({@code p_1=B-NP}, {@code p_1=bos}). */
    private static String lastFeature(String[] tags, int tag) {
        return LAST + tags[tag];
    }

    /** As the generator writes the tag before it: without the equals sign, except at the start. */
    private static String beforeLastFeature(String[] tags, int tag) {
        return tag == tags.length - 1 ? "p_2=" + START : "p_2" + tags[tag];
    }

    /** One of a word's strings, such as {@code w0=Kyiv}. */
    Feature feature(String wordString) {
        return features.getOrDefault(wordString, Feature.UNKNOWN);
    }

    Context lastAlone(int last) {
        return lastAlone[last];
    }

    Context beforeLastAlone(int beforeLast) {
        return beforeLastAlone[beforeLast];
    }

    Context pair(int beforeLast, int last) {
        return pairs[beforeLast][last];
    }
}
