package io.mtlint.spark;

/**
 * One input record: its id as the findings show it ({@code key}, and as text for messages), its text and
 * optional languages and format, what the fixed output is made from ({@code original}), or why it is unusable.
 */
record Record(Object key, String keyText, String text, String lang, String source, String format, Object original,
              String problem) {
    static Record unusable(Object key, String keyText, Object original, String problem) {
        return new Record(key, keyText, null, null, null, null, original, problem);
    }
}
