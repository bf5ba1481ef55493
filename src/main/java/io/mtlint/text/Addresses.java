package io.mtlint.text;

/** Words that belong to an address, handle, file name or number rather than to prose. */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Whether {@code [start, end)} of {@code text} is part of a URL, e-mail address, hashtag, file or domain name
     * or a code such as "5g", a cashtag or variable ("$tsla"), or a markup tag ("<body>", "<div id=top>"): it
     * touches a dot, slash, at sign, underscore, hash, dollar sign, digit, angle bracket or equals sign, or starts a
     * URL.
     */
    public static boolean isPartOfAddress(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        return before == '.' || before == '@' || before == '/' || before == '#' || before == '$' || before == '_' || before == '<'
                || after == '@' || after == '/' || after == '_' || after == '>' || after == '='
                || (after == '.' && Character.isLetterOrDigit(afterNext))
                || Character.isDigit(before) || Character.isDigit(after)
                || after == ':' && text.startsWith("//", end + 1); // a URL's scheme: "https://"
    }
}
