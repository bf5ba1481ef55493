package io.mtlint.fix.interactive;

import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.TextEdit;

import java.util.ArrayList;
import java.util.List;

/** A finding still to be shown, with its span and fixes moved to where they are in the current text. */
record Pending(Finding finding, int start, int end, List<Fix> fixes) {
    static Pending of(Finding f) {
        return new Pending(f, f.start(), f.end(), f.fixes());
    }

    /** This finding after {@code edits} were applied, or null when an edit touched it (it may be gone). */
    Pending after(List<TextEdit> edits) {
        for (TextEdit e : edits) {
            if (touches(e, start, end) || fixes.stream().anyMatch(f -> f.edits().stream().anyMatch(e::overlaps))) {
                return null;
            }
        }
        List<Fix> moved = new ArrayList<>();
        for (Fix f : fixes) {
            List<TextEdit> shifted = new ArrayList<>();
            for (TextEdit x : f.edits()) {
                shifted.add(new TextEdit(shift(x.start(), edits), shift(x.end(), edits), x.replacement()));
            }
            moved.add(new Fix(shifted, f.safe(), f.description()));
        }
        return new Pending(finding, shift(start, edits), shift(end, edits), moved);
    }

    private static boolean touches(TextEdit e, int start, int end) {
        return e.start() < Math.max(end, start + 1) && start < Math.max(e.end(), e.start() + 1);
    }

    private static int shift(int offset, List<TextEdit> edits) {
        int delta = 0;
        for (TextEdit e : edits) {
            if (e.end() <= offset) {
                delta += e.replacement().length() - (e.end() - e.start());
            }
        }
        return offset + delta;
    }
}
