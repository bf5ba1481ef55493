package io.mtlint.languagetool;

import io.mtlint.model.Document;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a word the speller rejects is plausibly a name: capitalised in mid-sentence, an acronym, or
 * written capitalised mid-sentence elsewhere in the same document. Spellers know few foreign names
 * ("Claudín", "Podvig"); flagging them buries the real misspellings. Not changed once built: LanguageTool's
 * worker threads ask it while they check.
 */
final class NameEvidence {
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}'’-]*");

    private final String text;
    private final Set<String> midSentenceCapitalised = new HashSet<>();

    NameEvidence(Document document) {
        this.text = document.text();
        Matcher m = CAPITALISED_WORD.matcher(text);
        while (m.find()) {
            if (!isSentenceStart(m.start())) {
                midSentenceCapitalised.add(m.group());
            }
        }
    }

    /** Whether a spelling alarm on {@code [start, end)} is on a plausible name, which mtlint does not report. */
    boolean isSpellingAlarmOnName(int start, int end) {
        return start >= 0 && start < end && end <= text.length() && isPlausibleName(start, end);
    }

    boolean isPlausibleName(int start, int end) {
        String word = text.substring(start, end);
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        if (word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return true;
        }
        return !isSentenceStart(start) || midSentenceCapitalised.contains(word) || nextWordCapitalised(end);
    }

    private boolean nextWordCapitalised(int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private boolean isSentenceStart(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || isOpeningMark(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == '#';
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '“' || c == '«' || c == '‘' || c == '(' || c == '[' || c == '*' || c == '_'
                || c == '„' || c == '¿' || c == '¡';
    }
}
