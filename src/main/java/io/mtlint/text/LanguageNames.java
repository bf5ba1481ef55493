package io.mtlint.text;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names languages give themselves ("日本語", "한국어", "Русский"), from the locale data: a page's list of its
 * translations writes them in their own script on purpose.
 */
public final class LanguageNames {
    private static final Set<String> AS_WRITTEN = LocaleSnapshots.orDerive(LocaleSnapshots.AUTONYMS,
            LanguageNames::fromLocales);
    private static final Set<String> AUTONYMS = AS_WRITTEN.stream().map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private LanguageNames() {
    }

    /** Whether {@code text} is a language's name for itself, in any case. */
    public static boolean isAutonym(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        if (AUTONYMS.contains(name)) {
            return true;
        }
        for (String suffix : VERSION_WORDS) {
            if (name.endsWith(suffix) && AUTONYMS.contains(name.substring(0, name.length() - suffix.length()).strip())) {
                return true;
            }
        }
        return false;
    }

    /** "Version" as Chinese, Japanese and Korean links to a page's translations add it ("日本語版", "한국어 버전"). */
    private static final java.util.List<String> VERSION_WORDS = java.util.List.of("版本", "版", "バージョン", "버전");

    /** Whether {@code text} is a language's name for itself as that language writes it ("français", "Deutsch"). */
    public static boolean isAutonymAsWritten(String text) {
        return AS_WRITTEN.contains(text);
    }

    /** Every locale's name for its language in that locale: most of a second of CPU, since it reads every locale. */
    static Set<String> fromLocales() {
        return Stream.of(Locale.getAvailableLocales())
                .map(l -> l.getDisplayLanguage(l))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
