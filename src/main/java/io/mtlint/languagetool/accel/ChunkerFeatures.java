package io.mtlint.languagetool.accel;

import opennlp.tools.ml.model.Context;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chunking model's feature weights, arranged the way OpenNLP's default chunking context generator asks for
 * them. The generator describes a word by strings such as {@code t0=NN}, and combines most of them with the
 * previous chunk tag ({@code p_1=B-NPt0=NN}); the model keeps one map from every such string to its weights.
 * Here a word's string leads to its own weights and to those of all its combinations with a previous tag, so a
 * word needs one lookup per string however many tags the beam holds. Most strings are not even looked up: a
 * word of the sentence leads to its strings at all five positions at once, and the strings made of the tagger's
 * tags are tables by tag number, filled on first use; only the two strings of word pairs are looked up each time.
 * Every weight is the model's own object: nothing is copied or recomputed.
 */
final class ChunkerFeatures {
    /** How the word's own strings begin; the generator puts one of them after the previous tag. */
    private static final String[] WORD_PREFIXES = {"t_2=", "t_1=", "t0=", "t1=", "t2=", "w_2=", "w_1=", "w0=", "w1=",
            "w2="};
    private static final String LAST = "p_1=";
    /** The generator's word and tag for places before the sentence's start, and its first previous tag. */
    static final String START = "bos";
    /** How the generator names a word two back, one back, the word itself, one on and two on. */
    static final String[] WORD_POSITIONS = {"w_2=", "w_1=", "w0=", "w1=", "w2="};
    /** The same for tags; the generator's tag n-grams join these strings in this order. */
    static final String[] TAG_POSITIONS = {"t_2=", "t_1=", "t0=", "t1=", "t2="};
    /** The generator's word and tag for places after the sentence's end (before its start is {@code bos}). */
    static final String AFTER_END = "eos";
    /** Tags numbered at most: the trigram tables grow with the cube. Tags beyond are looked up by string. */
    private static final int MAX_TAGS = 100;
    /** A word with no string in the model. */
    private static final Feature[] UNKNOWN_WORD = {Feature.UNKNOWN, Feature.UNKNOWN, Feature.UNKNOWN,
            Feature.UNKNOWN, Feature.UNKNOWN};

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
    /** Every word with a string of the model, to its features at the five positions, in WORD_POSITIONS order. */
    private final Map<String, Feature[]> words;
    /** Tag names (the tagger's tags, and the start and end markers) numbered for the tag tables. */
    private final Map<String, Integer> tagIds;
    private final String[] tagNames;
    /**
     * tagTables[count - 1][p]: the features made of {@code count} neighbouring tags from position {@code p} on,
     * by their numbers, looked up on first use by the exact string the generator writes. Filled racily on purpose:
     * each entry is one of {@link #features}' values or {@link Feature#UNKNOWN}, all complete before this object
     * is, so a thread that sees an entry sees the feature whole, and a thread that sees null only looks it up again.
     */
    private final Feature[][][] tagTables;
    private final Context[] lastAlone;
    private final Context[] beforeLastAlone;
    private final Context[][] pairs;

    private ChunkerFeatures(Map<String, Feature> features, Context[] lastAlone, Context[] beforeLastAlone,
                            Context[][] pairs) {
        this.features = features;
        this.words = wordsAtPositions(features);
        this.tagIds = tagIds(features);
        this.tagNames = new String[tagIds.size()];
        tagIds.forEach((name, id) -> tagNames[id] = name);
        this.tagTables = new Feature[3][][];
        for (int count = 1, cells = tagNames.length; count <= 3; count++, cells *= tagNames.length) {
            tagTables[count - 1] = new Feature[TAG_POSITIONS.length - count + 1][cells];
        }
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

    /**
     * A word's features at the five positions ({@link #WORD_POSITIONS}): the same features as looking up
     * {@code "w_2=" + word} and so on, in one lookup. A word missing from the index has no string in the model at
     * any position, since every word that follows a position's prefix in a model string is indexed.
     */
    Feature[] word(String word) {
        return words.getOrDefault(word, UNKNOWN_WORD);
    }

    /** A tag's number for the tag tables, or -1 for a tag the model does not name (looked up by string). */
    int tag(String tag) {
        Integer id = tagIds.get(tag);
        return id == null ? -1 : id;
    }

    /**
     * The feature of {@code count} neighbouring tags (one to three), numbered {@code a}, {@code b}, {@code c}, the
     * first at position {@code p} of {@link #TAG_POSITIONS}: {@code t0=NN}, {@code t_1=DTt0=NN} and so on. Numbers
     * beyond {@code count} are ignored.
     */
    Feature tags(int p, int count, int a, int b, int c) {
        Feature[] table = tagTables[count - 1][p];
        int cell = a;
        if (count > 1) {
            cell = cell * tagNames.length + b;
        }
        if (count > 2) {
            cell = cell * tagNames.length + c;
        }
        Feature known = table[cell];
        if (known == null) {
            int[] ids = {a, b, c};
            String[] names = new String[count];
            for (int t = 0; t < count; t++) {
                names[t] = tagNames[ids[t]];
            }
            known = feature(tagsString(p, names));
            table[cell] = known;
        }
        return known;
    }

    /** The generator's string for neighbouring tags, the first at position {@code p}: {@code t_1=DTt0=NN}. */
    static String tagsString(int p, String... tags) {
        StringBuilder string = new StringBuilder();
        for (int t = 0; t < tags.length; t++) {
            string.append(TAG_POSITIONS[p + t]).append(tags[t]);
        }
        return string.toString();
    }

    /**
     * Every word that follows a word position's prefix in one of the model's strings. A string made of two words
     * ({@code w_1=aw0=b}) yields a word that is not one ({@code aw0=b}); its entry is what the generator would
     * look up for a token spelled that way, so it is right, only unused.
     */
    private static Map<String, Feature[]> wordsAtPositions(Map<String, Feature> features) {
        Map<String, Feature[]> words = new HashMap<>();
        for (String key : features.keySet()) {
            for (String prefix : WORD_POSITIONS) {
                if (key.startsWith(prefix)) {
                    words.computeIfAbsent(key.substring(prefix.length()), word -> {
                        Feature[] at = new Feature[WORD_POSITIONS.length];
                        for (int p = 0; p < at.length; p++) {
                            at[p] = features.getOrDefault(WORD_POSITIONS[p] + word, Feature.UNKNOWN);
                        }
                        return at;
                    });
                }
            }
        }
        return words;
    }

    /**
     * The tags the model names in the one place where a tag string stands alone ({@code t2=}: no tag n-gram
     * begins there), and the start and end markers. Any numbering is right, since a table entry is looked up by
     * the exact string; a tag left out is only slower.
     */
    private static Map<String, Integer> tagIds(Map<String, Feature> features) {
        Map<String, Integer> ids = new HashMap<>();
        ids.put(START, 0);
        ids.put(AFTER_END, 1);
        String alone = TAG_POSITIONS[TAG_POSITIONS.length - 1];
        for (String key : features.keySet()) {
            if (key.startsWith(alone) && ids.size() < MAX_TAGS) {
                ids.putIfAbsent(key.substring(alone.length()), ids.size());
            }
        }
        return ids;
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
