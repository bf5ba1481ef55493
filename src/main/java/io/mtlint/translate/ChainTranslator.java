package io.mtlint.translate;

import java.util.ArrayList;
import java.util.List;

/** Asks each translator in turn for the spans the previous ones could not translate. */
public final class ChainTranslator implements Translator {
    private final List<Translator> translators;

    public ChainTranslator(List<Translator> translators) {
        this.translators = List.copyOf(translators);
    }

    @Override
    public List<String> translate(List<String> texts) {
        List<String> result = new ArrayList<>(texts.stream().map(t -> (String) null).toList());
        for (Translator t : translators) {
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (result.get(i) == null) {
                    open.add(i);
                }
            }
            if (open.isEmpty()) {
                break;
            }
            List<String> answers = t.translate(open.stream().map(texts::get).toList());
            for (int k = 0; k < open.size(); k++) {
                result.set(open.get(k), answers.get(k));
            }
        }
        return result;
    }

    @Override
    public String name() {
        return String.join(" + ", translators.stream().map(Translator::name).toList());
    }
}
