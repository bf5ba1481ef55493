package io.mtlint.detectors.bilingual;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.lang.Languages;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Segment;
import io.mtlint.model.Severity;
import io.mtlint.text.Words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of the source missing, changed or added in the translation. A number may change its format with the
 * language (1.500 and 1,500, 10.30 and 10:30, 1 500) and a small one may be spelled out ("3" and "three").
 */
public final class NumberMismatchRule extends SegmentRule {
    public static final String ID = "mt.number-mismatch";

    // A time written the French way ("9 h 30") first, then digits with their separators.
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,2}[\u00A0\u202F ]?h[\u00A0\u202F ]?\\d{2}(?!\\d)"
                    + "|(?<![\\p{L}\\d])\\d+(?:[.,\u00A0\u202F\u2009'\u2019:]\\d+| \\d{3}(?!\\d))*");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s?[:h]\\s?(\\d{2})");

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.NUMBER_MISMATCH, Severity.ERROR,
            "Number missing, changed or added in the translation",
            "Every number of the source must be in the translation, and the translation must have no number the "
                    + "source lacks. The format may follow the target language (1.500 and 1,500, 10.30 and 10:30, "
                    + "1 500), and a number from zero to twelve may be spelled out. Numbers inside URLs and "
                    + "placeholders are left to their own rules.",
            Example.badTranslation("El presupuesto es de 1.500 millones.", "The budget is <marker>1,600</marker> million.")
                    .in("es", "en"),
            Example.badTranslation("Call us before 18:00 on 3 May.", "<marker>Appelez-nous avant 18 h.</marker>")
                    .in("en", "fr"),
            Example.goodTranslation("El presupuesto es de 1.500 millones.", "The budget is 1,500 million.").in("es", "en"),
            Example.goodTranslation("The meeting starts at 10.30 with 3 speakers.",
                    "La réunion commence à 10:30 avec trois intervenants.").in("en", "fr"),
            Example.goodTranslation("Open from 9:30 to 18:00.", "Ouvert de 9 h 30 à 18 h.").in("en", "fr"));

    private record Number(int start, int end, String text, String shape, Set<BigDecimal> values) {
    }

    public NumberMismatchRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkSegment(Document document, Segment segment, SegmentReporter out) {
        if (segment.target() == null) {
            return;
        }
        String sourceCode = env.sourceFor(document);
        LanguageDescriptor.Numbers sourceNumbers = sourceCode == null ? null : Languages.of(sourceCode).numbers();
        List<Number> source = numbers(segment.sourceText(), sourceNumbers);
        List<Number> target = numbers(segment.targetText(), env.targetLanguage().numbers());
        if (source.isEmpty() && target.isEmpty()) {
            return;
        }
        List<Number> missing = new ArrayList<>();
        List<Number> extra = new ArrayList<>(target);
        for (Number s : source) {
            Number match = extra.stream().filter(t -> same(s, t)).findFirst().orElse(null);
            if (match != null) {
                extra.remove(match);
            } else {
                missing.add(s);
            }
        }
        Set<Integer> usedTargetWords = new HashSet<>();
        missing.removeIf(s -> spelledOut(s, segment.targetText(), env.targetBase(), usedTargetWords));
        Set<Integer> usedSourceWords = new HashSet<>();
        String sourceBase = sourceCode == null ? null : io.mtlint.lang.LanguageCodes.base(sourceCode);
        extra.removeIf(t -> sourceBase != null && spelledOut(t, segment.sourceText(), sourceBase, usedSourceWords));
        int changed = Math.min(missing.size(), extra.size());
        for (int i = 0; i < changed; i++) {
            Number t = extra.get(i);
            out.onTarget(t.start(), t.end(), "Number changed: the source has \u201c" + missing.get(i).text()
                    + "\u201d, the translation \u201c" + t.text() + "\u201d");
        }
        for (int i = changed; i < missing.size(); i++) {
            out.onSegment("Number \u201c" + missing.get(i).text() + "\u201d of the source is missing in the translation");
        }
        for (int i = changed; i < extra.size(); i++) {
            Number t = extra.get(i);
            out.onTarget(t.start(), t.end(), "Number \u201c" + t.text() + "\u201d is not in the source");
        }
    }

    private static boolean same(Number a, Number b) {
        if (a.shape().equals(b.shape())) {
            return true;
        }
        for (BigDecimal v : a.values()) {
            for (BigDecimal w : b.values()) {
                if (v.compareTo(w) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a small whole number is written out as a word of the other text (each word counts once). */
    private static boolean spelledOut(Number n, String other, String languageBase, Set<Integer> used) {
        int value = -1;
        for (BigDecimal v : n.values()) {
            if (v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0) {
                value = v.intValue();
            }
        }
        if (value < 0 || value > 12 || n.values().size() != 1) {
            return false;
        }
        for (Words.Word w : Words.of(other)) {
            if (!used.contains(w.start()) && NumberWords.value(languageBase, w.text()) == value) {
                used.add(w.start());
                return true;
            }
        }
        return false;
    }

    private static List<Number> numbers(String text, LanguageDescriptor.Numbers conventions) {
        List<Links.Link> links = Links.of(text);
        List<Number> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (Links.inside(links, m.start(), m.end())) {
                continue;
            }
            String raw = m.group();
            out.add(new Number(m.start(), m.end(), raw, raw.replaceAll("[^0-9]+", "#"), values(raw, conventions)));
        }
        return out;
    }

    /**
     * What a number may mean: its separators as thousands marks (when every group after the first has three
     * digits) or its last one as the decimal mark. A language whose conventions are known rules out the reading
     * its marks contradict.
     */
    private static Set<BigDecimal> values(String raw, LanguageDescriptor.Numbers conventions) {
        Set<BigDecimal> values = new HashSet<>();
        Matcher time = TIME.matcher(raw.replace('\u00a0', ' ').replace('\u202f', ' '));
        if (time.matches()) {
            // A full hour may drop its minutes in translation: "18:00" is "18 h".
            if (time.group(2).equals("00")) {
                values.add(new BigDecimal(time.group(1)));
            }
            return values;
        }
        String[] groups = raw.split("[^0-9]");
        List<Character> separators = new ArrayList<>();
        for (char c : raw.toCharArray()) {
            if (!Character.isDigit(c)) {
                separators.add(c);
            }
        }
        if (separators.isEmpty()) {
            values.add(new BigDecimal(raw));
            return values;
        }
        char last = separators.get(separators.size() - 1);
        boolean threes = true;
        for (int i = 1; i < groups.length; i++) {
            threes &= groups[i].length() == 3;
        }
        boolean decimalAllowed = conventions == null || conventions.decimal() == last;
        boolean groupingAllowed = conventions == null || separators.stream().allMatch(c -> conventions.groupsWith(c)
                || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009');
        if (threes && groupingAllowed && last != ':') {
            values.add(new BigDecimal(String.join("", groups)));
        }
        if (decimalAllowed && last != ':' && separators.stream().limit(separators.size() - 1L).noneMatch(c -> c == last)) {
            String whole = String.join("", java.util.Arrays.copyOf(groups, groups.length - 1));
            values.add(new BigDecimal(whole + "." + groups[groups.length - 1]));
        }
        return values;
    }
}
