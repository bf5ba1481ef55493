package io.mtlint.lang;

/**
 * The double quotation marks a target language uses. Marks of other languages are foreign and are converted to
 * this language's marks when a fix is unambiguous.
 */
public record QuoteStyle(String languageName, char open, char close, String nativeMarks) {
    private static final String ALL_DOUBLE = "\u201c\u201d\"\u00ab\u00bb\u201e";

    public static QuoteStyle forLanguage(String base) {
        return switch (base) {
            case "fr" -> new QuoteStyle("French", '\u00ab', '\u00bb', "\u00ab\u00bb\u201c\u201d\"");
            case "es", "it", "pt", "ca" -> new QuoteStyle(io.mtlint.lang.LanguageCodes.englishName(base), '\u00ab', '\u00bb',
                    "\u00ab\u00bb\u201c\u201d\"");
            case "de" -> new QuoteStyle("German", '\u201e', '\u201c', "\u201e\u201c\u00bb\u00ab\"");
            default -> new QuoteStyle("English", '\u201c', '\u201d', "\u201c\u201d\"");
        };
    }

    /**
     * Whether a comma that ends a quoted clause goes inside the closing mark ("…," she said), as in American
     * English; Spanish, French, Italian, Portuguese and German put it after the mark ("…», dijo).
     */
    public boolean commaInside() {
        return languageName.equals("English");
    }

    public boolean isDoubleQuote(char c) {
        return ALL_DOUBLE.indexOf(c) >= 0;
    }

    public boolean isNative(char c) {
        return nativeMarks.indexOf(c) >= 0;
    }

    /** Whether {@code c} opens a quotation (straight quotes are decided by position, not here). */
    public boolean isOpening(char c) {
        if (c == '\u201c') {
            return open != '\u201e'; // in German, “ closes „
        }
        return c == '\u00ab' || c == '\u201e';
    }

    public char closingFor(char opening) {
        return switch (opening) {
            case '\u201c' -> '\u201d';
            case '\u00ab' -> '\u00bb';
            case '\u201e' -> '\u201c';
            default -> opening == '"' ? '"' : close;
        };
    }

    public char openingFor(char closing) {
        return switch (closing) {
            case '\u201d' -> '\u201c';
            case '\u00bb' -> '\u00ab';
            default -> closing == '"' ? '"' : open;
        };
    }
}
