package io.mtlint.lang;

/**
 * The double quotation marks a target language uses. Marks of other languages are foreign and are converted to
 * this language's marks when a fix is unambiguous.
 */
public record QuoteStyle(String languageName, char open, char close, String nativeMarks, boolean commaInside) {
    private static final String ALL_DOUBLE = "“”\"«»„";

    /** The marks the language's descriptor names (English marks, under the name English, when it names none). */
    public static QuoteStyle forLanguage(String code) {
        LanguageDescriptor language = Languages.of(code);
        LanguageDescriptor.Quotes q = language.quoteMarks();
        String name = language.quotes() == null ? "English" : language.name();
        return new QuoteStyle(name, q.open(), q.close(), q.nativeMarks(), q.commaInside());
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
