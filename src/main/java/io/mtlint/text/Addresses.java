package io.mtlint.text;

/** Words that belong to an address, handle, file name or number rather than to prose. */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Whether {@code [start, end)} of {@code text} is part of a URL, e-mail address, hashtag, file or domain name
     * or a code such as "5g", a ticker or variable ("$tsla"), a markup tag or attribute ("<body>", "<div id=top>") or
     * a URL's scheme ("https://"): it touches a dot, slash, at sign, underscore, hash, dollar sign, digit, angle
     * bracket or equals sign.
     */
    public static boolean isPartOfAddress(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        return before == '.' || before == '@' || before == '/' || before == '#' || before == '$' || before == '_'
                || before == '<' || before == '='
                || after == '@' || after == '/' || after == '_' || after == '>' || after == '='
                || (after == '.' && Character.isLetterOrDigit(afterNext))
                || after == ':' && afterNext == '/'
                || Character.isDigit(before) || Character.isDigit(after);
    }
}
