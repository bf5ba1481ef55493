package io.mtlint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.Arrays;
import java.util.List;

/** A unified diff of a file's text before and after fixing, as {@code diff -u} would print it. */
public final class UnifiedDiff {
    private static final int CONTEXT = 2;

    private UnifiedDiff() {
    }

    public static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        String name = path.startsWith("/") ? path.substring(1) : path;
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a, patch, CONTEXT);
        return String.join("\n", diff) + "\n";
    }

    /** Lines without their terminators (a CR of a CRLF shows as part of the line, as diff shows it). */
    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
