package io.mtlint.text;

import java.util.ArrayList;
import java.util.List;

/** Finds innermost square-bracketed and parenthesised insertions within a paragraph. */
public final class Brackets {
    private Brackets() {
    }

    /** {@code [open, close + 1)} of each innermost bracket pair whose content is at most {@code maxContent} long. */
    public static List<int[]> find(String text, int maxContent) {
        List<int[]> result = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char open = text.charAt(i);
            char close = open == '[' ? ']' : open == '(' ? ')' : 0;
            if (close == 0) {
                continue;
            }
            for (int j = i + 1; j < text.length() && j - i - 1 <= maxContent; j++) {
                char c = text.charAt(j);
                if (c == close) {
                    result.add(new int[] {i, j + 1});
                    break;
                }
                if (c == '[' || c == '(' || c == ']' || c == ')' || c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                    break;
                }
            }
        }
        return result;
    }
}
