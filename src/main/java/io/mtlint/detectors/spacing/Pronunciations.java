package io.mtlint.detectors.spacing;

import java.util.ArrayList;
import java.util.List;

/**
 * Pronunciation guides copied from encyclopedias ("Derby ( / ˈdɑːrbi / ( listen ) )"): parentheses around
 * phonetic symbols, spaced as their templates render them. Their spacing is scrape damage, not translation.
 */
final class Pronunciations {
    private Pronunciations() {
    }

    /** {@code [open, close]} of each parenthesis that holds an IPA symbol (the outermost one around it). */
    static List<int[]> of(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!isPhonetic(text.charAt(i)) || inside(spans, i)) {
                continue;
            }
            int open = outermostOpening(text, i);
            if (open >= 0) {
                spans.add(new int[] {open, closing(text, open)});
            }
        }
        return spans;
    }

    static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at <= s[1]) {
                return true;
            }
        }
        return false;
    }

    /** IPA extensions and spacing modifier letters (ɑ, ʃ, ˈ, ː). */
    private static boolean isPhonetic(char c) {
        return c >= '\u0250' && c <= '\u02ff';
    }

    private static int outermostOpening(String text, int from) {
        int depth = 0;
        int found = -1;
        for (int j = from - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    found = j;
                } else {
                    depth--;
                }
            }
        }
        return found;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        return text.length();
    }
}
