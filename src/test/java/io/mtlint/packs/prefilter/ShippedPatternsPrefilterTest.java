package io.mtlint.packs.prefilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The word prefilter of every shipped pattern rule never rejects a text its expression matches, on every rule's
 * examples rewritten as real text varies: the other apostrophe, line breaks and no-break spaces between words,
 * doubled spaces, and the whole text in lower and upper case. The examples alone run as rule tests; these are the
 * spellings they leave out.
 */
class ShippedPatternsPrefilterTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void noShippedRuleLosesAMatchOnVariedSpellings() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                read(YAML.readTree(file.toFile()), patterns, texts);
            }
        }
        List<String> varied = new ArrayList<>();
        for (String text : texts) {
            varied.addAll(variants(text));
        }
        int matched = 0;
        for (Pattern pattern : patterns) {
            Optional<RequiredLiterals> required = RequiredLiterals.of(pattern);
            if (required.isEmpty()) {
                continue;
            }
            for (String text : varied) {
                if (pattern.matcher(text).find()) {
                    matched++;
                    if (!required.get().foundIn(FoldedText.of(text))) {
                        fail("prefilter " + required.get() + " of /" + pattern + "/ rejects matching text: " + text);
                    }
                }
            }
        }
        assertTrue(patterns.size() > 200, "too few pattern rules read: " + patterns.size());
        assertTrue(matched > 2000, "too few matches exercised: " + matched);
    }

    private static void read(JsonNode pack, List<Pattern> patterns, List<String> texts) {
        if (pack == null || !pack.path("rules").isArray()) {
            return;
        }
        for (JsonNode rule : pack.path("rules")) {
            if (rule.hasNonNull("pattern")) {
                boolean ignoreCase = rule.path("ignore-case").asBoolean(false);
                patterns.add(Pattern.compile(rule.get("pattern").asText(),
                        ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
            }
            for (JsonNode example : rule.path("examples")) {
                for (String kind : List.of("bad", "good", "fixed")) {
                    if (example.hasNonNull(kind)) {
                        texts.add(example.get(kind).asText().replaceAll("</?marker>", ""));
                    }
                }
            }
        }
    }

    private static List<String> variants(String text) {
        List<String> out = new ArrayList<>();
        out.add(text);
        out.add(text.replace('\u2019', '\u0000').replace('\'', '\u2019').replace('\u0000', '\''));
        out.add(text.replace(' ', '\n'));
        out.add(text.replace(' ', '\u00A0'));
        out.add(text.replace(" ", "  "));
        out.add(text.toLowerCase(Locale.ROOT));
        out.add(text.toUpperCase(Locale.ROOT));
        return out;
    }
}
