package io.mtlint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project's terminology: concepts, each with its approved terms per language (from a TBX or CSV glossary). A
 * language may be unknown ({@value #ANY}) when a two-column list names none: its first column is then the
 * source and its second the target.
 */
public record Glossary(List<Concept> concepts) {
    public static final String ANY = "*";
    public static final Glossary EMPTY = new Glossary(List.of());

    /** One concept: its terms by language code, as the glossary writes them (or {@value #SOURCE}/{@value #TARGET}). */
    public record Concept(Map<String, List<String>> terms) {
        public Concept {
            terms = Map.copyOf(terms);
        }
    }

    /** The column names of a list that names no languages. */
    public static final String SOURCE = "source";
    public static final String TARGET = "target";

    /** A source term and the target terms that translate it. */
    public record Entry(List<String> source, List<String> target) {
    }

    public Glossary {
        concepts = List.copyOf(concepts);
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    public Glossary plus(Glossary other) {
        List<Concept> all = new ArrayList<>(concepts);
        all.addAll(other.concepts);
        return new Glossary(all);
    }

    /** The entries for translating {@code source} into {@code target}: concepts with terms in both. */
    public List<Entry> entries(String source, String target) {
        List<Entry> out = new ArrayList<>();
        for (Concept c : concepts) {
            List<String> s = termsIn(c, source, SOURCE);
            List<String> t = termsIn(c, target, TARGET);
            if (!s.isEmpty() && !t.isEmpty()) {
                out.add(new Entry(s, t));
            }
        }
        return out;
    }

    /** The concept's terms in a language: the exact code, then any code of the same language, then the column. */
    private static List<String> termsIn(Concept c, String language, String column) {
        if (language != null) {
            String lower = language.toLowerCase(Locale.ROOT).replace('_', '-');
            List<String> exact = c.terms().get(lower);
            if (exact != null) {
                return exact;
            }
            String base = LanguageCodes.base(language);
            for (Map.Entry<String, List<String>> e : c.terms().entrySet()) {
                if (base.equals(LanguageCodes.base(e.getKey()))) {
                    return e.getValue();
                }
            }
        }
        return c.terms().getOrDefault(column, List.of());
    }
}
