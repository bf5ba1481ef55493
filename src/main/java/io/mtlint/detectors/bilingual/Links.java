package io.mtlint.detectors.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs and e-mail addresses in a text: a translation must keep them as they are. */
final class Links {
    record Link(int start, int end, String text) {
    }

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'()\\[\\]{}]*[^\\s<>\"'()\\[\\]{}.,;:!?]"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private Links() {
    }

    static List<Link> of(String text) {
        List<Link> out = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            out.add(new Link(m.start(), m.end(), m.group()));
        }
        return out;
    }

    static boolean inside(List<Link> links, int start, int end) {
        return links.stream().anyMatch(l -> start >= l.start() && end <= l.end());
    }
}
