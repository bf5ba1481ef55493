package io.mtlint.lang;

/**
 * The double quotation marks a target language uses. Marks of other languages are foreign and are converted to
 * this language's marks when a fix is unambiguous.
 */
public record QuoteStyle(String languageName, char open, char close, String nativeMarks, boolean commaInside,
                         boolean spacedInside, String innerMarks, boolean guillemetsEitherWay) {
    private static final String ALL_DOUBLE = "“”\"«»„";
    private static final String ENGLISH_MARKS = "“”\"";

    /** The marks the language's descriptor names (English marks, under the name English, when it names none). */
    public static QuoteStyle forLanguage(String code) {
        LanguageDescriptor language = Languages.of(code);
        LanguageDescriptor.Quotes q = language.quoteMarks();
        String name = language.quotes() == null ? "English" : language.name();
        return new QuoteStyle(name, q.open(), q.close(), q.nativeMarks(), q.commaInside(), q.spacedInside(), q.innerMarks(),
                q.guillemetsEitherWay());
    }

    public boolean isDoubleQuote(char c) {
        return ALL_DOUBLE.indexOf(c) >= 0;
    }

    public boolean isNative(char c) {
        return nativeMarks.indexOf(c) >= 0;
    }

    /** A mark the language uses only inside a quotation (French “ within « … »). */
    public boolean isInnerOnly(char c) {
        return innerMarks.indexOf(c) >= 0;
    }

    /** A mark of English quotation ("straight" or “curly”) that this language does not use. */
    public boolean isForeignEnglishMark(char c) {
        return ENGLISH_MARKS.indexOf(c) >= 0 && !isNative(c);
    }

    /** Whether the language writes straight double quotes at all (English and Spanish do; French and German not). */
    public boolean acceptsStraightQuotes() {
        return isNative('"');
    }

    /** German opens with „ and closes with “, and its guillemets point inwards: »so«. */
    private boolean lowNine() {
        return open == '\u201e';
    }

    /** Whether the glyph {@code c} is made to open a quotation in this language (straight quotes are decided by position). */
    public boolean isOpening(char c) {
        return switch (c) {
            case '\u201e' -> true;
            case '\u201c' -> !lowNine(); // in German, “ closes „
            case '\u00ab' -> !lowNine();
            case '\u00bb' -> lowNine();
            default -> false;
        };
    }

    /** Whether the glyph {@code c} is made to close a quotation in this language. */
    public boolean isClosing(char c) {
        return c != '"' && isDoubleQuote(c) && !isOpening(c);
    }

    /** The mark that closes a quotation opened with {@code opening}: “ … ”, « … », „ … “, » … «. */
    public char closingFor(char opening) {
        return switch (opening) {
            case '\u201c' -> '\u201d';
            case '\u00ab' -> '\u00bb';
            case '\u201e' -> '\u201c';
            case '\u00bb' -> '\u00ab';
            default -> opening == '"' ? '"' : close;
        };
    }

    /** The mark that opens a quotation closed with {@code closing}, in this language's reading of the glyphs. */
    public char openingFor(char closing) {
        return switch (closing) {
            case '\u201d' -> '\u201c';
            case '\u00bb' -> '\u00ab';
            case '\u00ab' -> '\u00bb';
            case '\u201c' -> '\u201e';
            default -> closing == '"' ? '"' : open;
        };
    }

    /** Whether {@code opening} … {@code closing} is a pair of one system: “ ”, « », „ “, » «, " ". */
    public boolean pairs(char opening, char closing) {
        return opening == '"' ? closing == '"' : closingFor(opening) == closing;
    }

    /** The marks a quotation inside a quotation opened with {@code opening} takes, or null when none are set. */
    public static String innerMarksFor(char opening) {
        return switch (opening) {
            case '\u201c' -> "\u2018\u2019";
            case '\u00ab' -> "\u201c\u201d";
            case '\u201e' -> "\u201a\u2018";
            case '\u00bb' -> "\u203a\u2039";
            default -> null;
        };
    }
}
