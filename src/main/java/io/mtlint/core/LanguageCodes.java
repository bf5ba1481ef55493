package io.mtlint.core;

import java.util.Locale;

/** Language codes as users and LanguageTool write them: {@code en-US}, {@code pt_BR}, {@code es}. */
public final class LanguageCodes {
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
}
