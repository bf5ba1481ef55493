package io.mtlint.text;

/** Words that belong to an address, handle, file name or number rather than to prose. */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Whether {@code [start, end)} of {@code text} is part of a URL, e-mail address, hashtag, file or domain name
     * or a code such as "5g": it touches a dot, slash, at sign, underscore, hash or digit. A ticker ("$tsla"), a
     * markup tag or attribute ({@code <section id=}) and a URL's scheme ("https://") are not prose either.
     */
    public static boolean isPartOfAddress(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        return before == '.' || before == '@' || before == '/' || before == '#' || before == '_'
                || before == '$' || before == '<' || before == '=' || after == '='
                || after == '@' || after == '/' || after == '_' || (after == '.' && Character.isLetterOrDigit(afterNext))
                || after == ':' && afterNext == '/'
                || Character.isDigit(before) || Character.isDigit(after);
    }
}
