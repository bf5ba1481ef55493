package io.mtlint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of one source language that machine translation renders word for word ("The Country" for El País,
 * "Citizens" for the party Ciudadanos), read from {@code io/mtlint/lang/literal-names/<code>.yaml}: for each name,
 * its literal renderings by target language and the form the target writes. Renderings that are also ordinary
 * words or titles of the target count only after a cue ({@code needsCue}); a few are wrong in any case
 * ({@code anyCase}: "brigade of research").
 */
public record LiteralNames(String source, List<Name> names) {
    static final String DIRECTORY = "/io/mtlint/lang/literal-names/";
    /** The kinds of name, which choose the cues of {@link NameCues}. */
    public static final Set<String> KINDS = Set.of("newspaper", "broadcaster", "party", "institution", "company", "place", "product");
    static final LiteralNames NONE = new LiteralNames(null, List.of());

    public record Name(String name, String kind, Map<String, List<String>> literal, Map<String, String> correct,
                       Set<String> needsCue, Set<String> anyCase) {
        public Name {
            if (name == null || !KINDS.contains(kind)) {
                throw new IllegalArgumentException("a literal name needs a name and one of the kinds " + KINDS + ": " + name);
            }
            literal = literal == null ? Map.of() : Map.copyOf(literal);
            correct = correct == null ? Map.of() : Map.copyOf(correct);
            needsCue = needsCue == null ? Set.of() : Set.copyOf(needsCue);
            anyCase = anyCase == null ? Set.of() : Set.copyOf(anyCase);
        }

        /** How the target language writes the name: its own form when the data gives one, else the name itself. */
        public String correctIn(String target) {
            return correct.getOrDefault(target, name);
        }
    }

    /** One literal rendering in a target language, with the name it renders. */
    public record Rendering(String text, Name name, boolean needsCue, boolean anyCase) {
    }

    public LiteralNames {
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** Every rendering of these names in {@code target} (a base code). */
    public List<Rendering> renderingsInto(String target) {
        List<Rendering> out = new ArrayList<>();
        for (Name n : names) {
            for (String text : n.literal().getOrDefault(target, List.of())) {
                out.add(new Rendering(text, n, n.needsCue().contains(text), n.anyCase().contains(text)));
            }
        }
        return out;
    }

    static LiteralNames load(String base) {
        return LanguageData.read("literal names " + base, DIRECTORY + base + ".yaml", LiteralNames.class, () -> NONE);
    }
}
