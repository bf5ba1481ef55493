package io.mtlint.lang;

import io.mtlint.text.LanguageNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Text in a script the target language does not write, which in a translation is always left over from the
 * source: Han, kana, Hangul, Arabic, Hebrew, Thai, Devanagari, Cyrillic, Greek. Latin is never counted (names,
 * code and product names are written in it everywhere), and a lone letter of an alphabet is a symbol (the
 * α of a formula), while a lone ideograph or syllable is a word. CJK full-width punctuation and the ideographic
 * space belong to the run they touch; alone, they are runs of their own with no letter.
 */
public final class OtherScripts {
    /** A run of another script's text, with the scripts of its letters (none for punctuation alone). */
    public record Run(int start, int end, Set<Character.UnicodeScript> scripts) {
        public boolean isPunctuationOnly() {
            return scripts.isEmpty();
        }
    }

    private OtherScripts() {
    }

    /** Below Greek every character is Latin, common or inherited: most prose is skipped without a script lookup. */
    private static final char FIRST_NON_LATIN = '\u0370';

    /**
     * The runs in {@code text} of scripts {@code target} does not write, outside addresses and language names
     * ("日本語" in a list of translations). {@code contiguous} tells whether a range of {@code text} is one
     * stretch of the document, so that a run does not reach across link markup into the next link's text.
     */
    public static List<Run> find(String text, LanguageDescriptor target, BiPredicate<Integer, Integer> contiguous) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < FIRST_NON_LATIN) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!isOther(cp, target) && !isFullWidth(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
            int letters = 0;
            boolean wordLetter = false;
            int end = i;
            int at = i;
            while (at < text.length()) {
                int c = text.codePointAt(at);
                int width = Character.charCount(c);
                if (at > start && !contiguous.test(at - Character.charCount(text.codePointBefore(at)), at + width)) {
                    break;
                }
                if (isOther(c, target)) {
                    scripts.add(Character.UnicodeScript.of(c));
                    letters++;
                    wordLetter |= isWordByItself(c);
                    end = at + width;
                } else if (isFullWidth(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                    end = at + width;
                } else if (isLatinInsideUnspacedScript(text, at, target)) {
                    at = latinRunEnd(text, at);
                    continue;
                } else if (!joinsRun(c) || !continuesAfter(text, at, target)) {
                    break;
                }
                at += width;
            }
            if ((letters == 0 || letters > 1 || wordLetter) && !isInAddress(text, start, end)
                    && !LanguageNames.isAutonym(text.substring(start, end))) {
                runs.add(new Run(start, end, scripts));
            }
            i = Math.max(end, start + Character.charCount(cp));
        }
        return runs;
    }

    /**
     * The language that writes every script of a run, preferring {@code source} and then the one language
     * whose scripts fit the run most closely ("设置" is Chinese, "設定する" Japanese); null when several
     * languages fit equally (Cyrillic: Russian, Ukrainian, Bulgarian…).
     */
    public static LanguageDescriptor writer(Set<Character.UnicodeScript> scripts, String source) {
        if (scripts.isEmpty()) {
            return null;
        }
        if (source != null && Languages.isDescribed(source) && Languages.of(source).scripts().containsAll(scripts)) {
            return Languages.of(source);
        }
        List<LanguageDescriptor> writers = Languages.all().filter(l -> l.scripts().containsAll(scripts))
                .sorted(Comparator.comparingInt(l -> l.scripts().size())).toList();
        boolean tie = writers.size() > 1 && writers.get(1).scripts().size() == writers.get(0).scripts().size();
        if (writers.isEmpty() || tie) {
            return null;
        }
        return writers.get(0);
    }

    /** The English name of a script: "Cyrillic", "Han". */
    public static String name(Character.UnicodeScript script) {
        String lower = script.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * Whether the run is part of a URL, e-mail address or path ("https://例子.cn/文档", "docs/指南.md"): the
     * whitespace-delimited token around it holds a slash, backslash or at sign. Digits do not count, unlike for
     * words: "第3章" is text.
     */
    private static boolean isInAddress(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String token = text.substring(from, to);
        return token.indexOf('/') >= 0 || token.indexOf('\\') >= 0 || token.indexOf('@') >= 0;
    }

    /** A letter of a script some described language writes and the target does not, Latin aside. */
    public static boolean isOther(int cp, LanguageDescriptor target) {
        if (!Character.isLetter(cp)) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
                && s != Character.UnicodeScript.INHERITED && !target.writes(s) && isWritten(s);
    }

    /** CJK punctuation, the ideographic space and full-width forms of ASCII (，：（ ）「」　). */
    public static boolean isFullWidth(int cp) {
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60;
    }

    private static boolean isWritten(Character.UnicodeScript s) {
        return Written.SCRIPTS.contains(s);
    }

    /** The scripts of the described languages, read once. */
    private static final class Written {
        static final Set<Character.UnicodeScript> SCRIPTS = Languages.all().flatMap(l -> l.scripts().stream())
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Character.UnicodeScript.class)));
    }

    /** An ideograph or a syllable is a word alone; a lone letter of an alphabet is usually a symbol. */
    private static boolean isWordByItself(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return Character.isIdeographic(cp) || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** The most Latin letters and digits a run of Chinese or Japanese takes in without a space ("特定VPS服务商"). */
    private static final int MAX_LATIN_INSIDE = 12;

    /**
     * Latin letters glued on both sides to Han or kana, which write no spaces between words: an acronym inside the
     * source's sentence ("禁止国内特定VPS服务商的IP或ASN"), one leftover with it.
     */
    private static boolean isLatinInsideUnspacedScript(String text, int at, LanguageDescriptor target) {
        if (at == 0 || !isUnspaced(text.codePointBefore(at), target)) {
            return false;
        }
        int end = latinRunEnd(text, at);
        return end > at && end - at <= MAX_LATIN_INSIDE && end < text.length() && isUnspaced(text.codePointAt(end), target);
    }

    private static int latinRunEnd(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) < 0x80 && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isUnspaced(int cp, LanguageDescriptor target) {
        if (!isOther(cp, target)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Spaces, digits and ordinary punctuation stay inside a run when more of its script follows. */
    private static boolean joinsRun(int cp) {
        return Character.isWhitespace(cp) && cp != '\n' || Character.isDigit(cp)
                || !Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.COMMON
                && cp != '\n' && "()[]{}\"\u201c\u201d".indexOf(cp) < 0;
    }

    private static boolean continuesAfter(String text, int at, LanguageDescriptor target) {
        int i = at;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isOther(c, target)) {
                return true;
            }
            if (!joinsRun(c) || i - at > 3) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
