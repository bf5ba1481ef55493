package io.mtlint.lang;

import io.mtlint.support.Memo;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Language codes as users and LanguageTool write them: {@code en-US}, {@code pt_BR}, {@code es}. */
public final class LanguageCodes {
    /** Looking a name up in the JDK's locale data costs more than many rules' whole work on a paragraph. */
    private static final Memo<String, String> ENGLISH_NAMES = new Memo<>(1_000, code -> {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    });

    /** A language, then perhaps a script, a region of two letters or three digits, and variants. */
    private static final Pattern WELL_FORMED = Pattern.compile(
            "[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\\d{3}))?(?:[-_](?:[A-Za-z\\d]{5,8}|\\d[A-Za-z\\d]{3}))*");
    private static final Memo<String, String> NORMAL_FORMS = new Memo<>(1_000,
            code -> Locale.forLanguageTag(code.replace('_', '-')).toLanguageTag());
    /**
     * ISO 3166 regions, and the UN M.49 areas the JDK names ("419", Latin America); an unknown digit code
     * has no name but itself.
     */
    private static final Memo<String, Boolean> KNOWN_REGIONS = new Memo<>(1_000, region -> !region.isEmpty()
            && (Character.isDigit(region.charAt(0))
                    ? !new Locale("", region).getDisplayCountry(Locale.ENGLISH).equals(region)
                    : Set.of(Locale.getISOCountries()).contains(region)));

    private LanguageCodes() {
    }

    /** The language without its region, lowercase: {@code en-US} gives {@code en}; null stays null. */
    public static String base(String code) {
        if (code == null) {
            return null;
        }
        int cut = 0;
        while (cut < code.length() && code.charAt(cut) != '-' && code.charAt(cut) != '_') {
            cut++;
        }
        return code.substring(0, cut).toLowerCase(Locale.ROOT);
    }

    /**
     * The code in its canonical form, as BCP 47 writes it: {@code es_mx} gives {@code es-MX}, {@code ES-419} gives
     * {@code es-419}, {@code ca-es-valencia} gives {@code ca-ES-valencia}. Anything that is not a language tag
     * ("auto", a typo with digits) comes back trimmed and otherwise as written, for the caller to refuse.
     */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String trimmed = code.trim();
        if (!WELL_FORMED.matcher(trimmed).matches()) {
            return trimmed;
        }
        return NORMAL_FORMS.get(trimmed);
    }

    /**
     * The region of {@code code}, uppercase ({@code MX} for {@code es_mx}, {@code 419} for {@code es-419}), or null
     * when it names none or one neither ISO 3166 nor the UN's area codes know ({@code es-XX}): such a code is read
     * as its bare language.
     */
    public static String region(String code) {
        String normal = normalise(code);
        if (normal == null || !WELL_FORMED.matcher(normal).matches()) {
            return null;
        }
        String region = Locale.forLanguageTag(normal).getCountry();
        return KNOWN_REGIONS.get(region) ? region : null;
    }

    /** Whether {@code code} names a language ISO 639 lists, with or without a region. */
    public static boolean isKnown(String code) {
        String b = base(code);
        return b != null && java.util.Arrays.asList(Locale.getISOLanguages()).contains(b);
    }

    /** The language's name in English ({@code es} gives "Spanish"), or the code itself when the JDK has none. */
    public static String englishName(String code) {
        return ENGLISH_NAMES.get(code);
    }
}
