package io.mtlint.detectors;

import java.util.List;

/** A fix expressed in a block's own offsets: one or more edits, safe or not. */
public record BlockFix(List<Edit> edits, boolean safe, String description) {
    /** Replace {@code [from, to)} of the block text. */
    public record Edit(int from, int to, String replacement) {
    }

    public static BlockFix replace(int from, int to, String replacement, boolean safe, String description) {
        return new BlockFix(List.of(new Edit(from, to, replacement)), safe, description);
    }
}
