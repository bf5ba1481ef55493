package io.mtlint.languagetool;

import io.mtlint.text.DottedNames;
import io.mtlint.text.Emoticons;

import java.util.List;

/**
 * LanguageTool matches that misread a face (":(", ":D") as punctuation: the space before it is the space before
 * a word, and the colon opens no list. An editorial "(!)" or "(?)" is the writer's aside on the word before it,
 * not the end of an exclamation or question that needs an opening "¡" or "¿". A stop inside a dotted namespace
 * ("Contoso.Billing.Core") needs no space after it.
 */
final class MisreadPunctuation {
    private MisreadPunctuation() {
    }

    static boolean isFalseAlarm(String text, int start, int end, List<String> suggestions) {
        return coversFace(text, start, end) || opensBeforeAside(text, start, end, suggestions)
                || joinsDottedName(text, start, end);
    }

    static boolean coversFace(String text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
            if (Emoticons.startsAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    static boolean joinsDottedName(String text, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
            if (text.charAt(i) == '.' && DottedNames.joinsAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Every suggestion puts an opening mark before the match, and the first such closing mark after it is an aside. */
    static boolean opensBeforeAside(String text, int start, int end, List<String> suggestions) {
        if (suggestions.isEmpty() || start < 0 || end > text.length()) {
            return false;
        }
        String matched = text.substring(start, end);
        char opening = suggestions.get(0).isEmpty() ? ' ' : suggestions.get(0).charAt(0);
        int closing = opening == '\u00a1' ? '!' : opening == '\u00bf' ? '?' : -1;
        if (closing < 0 || suggestions.stream().anyMatch(s -> !s.equals(opening + matched))) {
            return false;
        }
        int mark = text.indexOf(closing, end);
        return mark > 0 && text.charAt(mark - 1) == '(' && mark + 1 < text.length() && text.charAt(mark + 1) == ')';
    }
}
