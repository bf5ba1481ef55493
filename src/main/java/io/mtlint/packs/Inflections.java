package io.mtlint.packs;

import io.mtlint.languagetool.LanguageRegistry;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.synthesis.Synthesizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Expands the words of a phrase into all their inflected forms with LanguageTool's synthesizer. */
final class Inflections {
    private Inflections() {
    }

    /** One slot per word of {@code phrase}, each the {@code |}-joined forms of that word. */
    static List<String> expand(String language, String phrase) {
        Language lang = LanguageRegistry.language(language);
        Synthesizer synth = lang.getSynthesizer();
        List<String> slots = new ArrayList<>();
        for (String word : phrase.strip().split("\\s+")) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(word);
            if (synth != null) {
                try {
                    for (AnalyzedTokenReadings readings : lang.getTagger().tag(List.of(word))) {
                        for (AnalyzedToken t : readings) {
                            if (t.getPOSTag() == null || t.getLemma() == null) {
                                continue;
                            }
                            String family = t.getPOSTag().substring(0, Math.min(2, t.getPOSTag().length()));
                            String[] synthesized = synth.synthesize(t, java.util.regex.Pattern.quote(family) + ".*", true);
                            forms.addAll(List.of(synthesized));
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            slots.add(String.join("|", forms));
        }
        return slots;
    }
}
