package io.mtlint.format;

import io.mtlint.lang.LanguageCodes;

/**
 * The language a file's name gives when its content names none: {@code fr.po}, {@code pt_BR.po},
 * {@code messages.fr.xlf}, {@code strings.de-DE.xliff}.
 */
final class FileNameLanguage {
    private FileNameLanguage() {
    }

    /** The language code in the name's last part before the extension, or null. */
    static String of(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        int inner = stem.lastIndexOf('.');
        String candidate = PoParser.language(inner >= 0 ? stem.substring(inner + 1) : stem);
        if (candidate == null || candidate.length() > 8 || !LanguageCodes.isKnown(candidate)) {
            return null;
        }
        int base = LanguageCodes.base(candidate).length();
        return base == 2 || base == 3 ? candidate : null;
    }
}
