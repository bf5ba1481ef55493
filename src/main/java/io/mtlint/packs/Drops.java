package io.mtlint.packs;

import io.mtlint.detectors.BlockFix;
import io.mtlint.text.Sentences;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fix that deletes a flagged phrase: with the comma and spaces after it, re-capitalising the sentence. */
final class Drops {
    private static final Pattern AFTER = Pattern.compile(",?[ \\t]*");

    private Drops() {
    }

    static BlockFix fix(String text, int start, int end, boolean safe) {
        Matcher after = AFTER.matcher(text).region(end, text.length());
        int to = after.lookingAt() ? after.end() : end;
        BlockFix.Edit edit = new BlockFix.Edit(start, to, "");
        if (Sentences.startsSentence(text, start) && to < text.length()) {
            int cp = text.codePointAt(to);
            if (Character.isLowerCase(cp)) {
                edit = new BlockFix.Edit(start, to + Character.charCount(cp),
                        new String(Character.toChars(Character.toTitleCase(cp))));
            }
        }
        return new BlockFix(List.of(edit), safe, "remove \u201c" + text.substring(start, end).strip() + "\u201d");
    }
}
