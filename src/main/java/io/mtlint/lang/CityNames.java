package io.mtlint.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cities whose names differ between languages ("London", Spanish "Londres", German "London"), from CLDR's exemplar
 * cities of the time zones as ICU publishes them, in the Latin-script languages mtlint describes. Read from
 * {@code io/mtlint/lang/city-names.tsv}, which a test regenerates from ICU and compares.
 */
public final class CityNames {
    static final String RESOURCE = "/io/mtlint/lang/city-names.tsv";
    private static volatile CityNames instance;

    private final List<String> languages;
    private final List<String[]> rows;

    private CityNames(List<String> languages, List<String[]> rows) {
        this.languages = List.copyOf(languages);
        this.rows = rows;
    }

    public static CityNames get() {
        CityNames names = instance;
        if (names == null) {
            names = load();
            instance = names;
        }
        return names;
    }

    /**
     * Each city's name in {@code source} mapped to its name in {@code target}, for the cities that both languages
     * name in Latin script; empty when either language has no column.
     */
    public void pairs(String source, String target, Map<String, String> into) {
        int from = languages.indexOf(source);
        int to = languages.indexOf(target);
        if (from < 0 || to < 0) {
            return;
        }
        for (String[] row : rows) {
            String name = row[from];
            String other = row[to];
            if (!name.isEmpty() && !other.isEmpty() && !sameName(name, other)) {
                into.putIfAbsent(name, other);
            }
        }
    }

    /**
     * Two spellings a text may use for the same city in either language: one without the other's accents ("Berlín",
     * "São Paulo", "Sydney"/"Sídney"), one the other shortened or lengthened ("Ho Chi Minh City", a man's name
     * too; "Santiago de Chile"), or a saint's name against its "St." form ("San Vicente", "Santa Lucia").
     */
    private static boolean sameName(String a, String b) {
        String x = withoutAccents(a).toLowerCase(java.util.Locale.ROOT);
        String y = withoutAccents(b).toLowerCase(java.util.Locale.ROOT);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ") || x.endsWith(" " + y)
                || y.endsWith(" " + x) || SAINT.matcher(a).lookingAt() || SAINT.matcher(b).lookingAt();
    }

    private static final java.util.regex.Pattern SAINT = java.util.regex.Pattern.compile(
            "(?:San|Santa|Santo|São|Saint|Sainte|Sankt|St\\.?|Ste\\.?|Sv\\.?|Sveti|Święt\\p{L}*) ");

    private static String withoutAccents(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static CityNames load() {
        try (InputStream in = CityNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> languages = null;
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (languages == null) {
                    languages = List.of(cells).subList(1, cells.length);
                } else {
                    rows.add(Arrays.copyOfRange(cells, 1, cells.length));
                }
            }
            return new CityNames(languages == null ? List.of() : languages, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
