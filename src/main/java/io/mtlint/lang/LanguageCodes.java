package io.mtlint.lang;

import io.mtlint.support.Memo;
import java.util.Locale;

/** Language codes as users and LanguageTool write them: {@code en-US}, {@code pt_BR}, {@code es}. */
public final class LanguageCodes {
    /** Looking a name up in the JDK's locale data costs more than many rules' whole work on a paragraph. */
    private static final Memo<String, String> ENGLISH_NAMES = new Memo<>(1_000, code -> {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    });

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
