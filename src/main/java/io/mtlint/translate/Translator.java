package io.mtlint.translate;

import java.util.List;

/** Translates short source-language spans into the target language, for fix suggestions. */
public interface Translator {
    /** Translations of {@code texts} in order; an element is null when that text could not be translated. */
    List<String> translate(List<String> texts);

    /** A short name for messages, such as "Apertium" or "glossary". */
    String name();

    /** A translator that knows nothing. */
    Translator NONE = new Translator() {
        @Override
        public List<String> translate(List<String> texts) {
            return texts.stream().map(t -> (String) null).toList();
        }

        @Override
        public String name() {
            return "none";
        }
    };
}
