package io.mtlint.detectors.docspair;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a text as values a translation keeps while it localises how they are written: "1,500.50" and
 * "1.500,50", "3:30 PM" and "15:30 Uhr" or "15 h 30", "12/25/2024" and "25.12.2024" are the same.
 */
final class PairNumbers {
    /**
     * A figure at {@code [start, end)} of the text, and the values it may stand for: a clock time or a date also
     * reads as its digits ("9.30" may be a time or a decimal).
     */
    record Figure(List<String> keys, int start, int end, String written, List<String> parts) {
        Figure(List<String> keys, int start, int end, String written) {
            this(keys, start, end, written, List.of());
        }
    }

    private static final Pattern DATE = Pattern.compile("(?<![\\d.,/-])(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "|(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4}|\\d{2}))(?![\\d/-]|[.,]\\d)");
    /** A clock time: minutes after a colon, a point or "h", or an hour with "a.m.", "PM", "Uhr" or "h". */
    private static final Pattern TIME = Pattern.compile("(?<![\\d.,:])(\\d{1,2})(?:(:|\\.| ?h ?)(\\d{2})|( ?h)(?!\\w))?"
            + "(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?(?!\\w)|(\\s*Uhr)(?!\\w))?(?![\\d:]|[.,]\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\u00a0\u202f' ]\\d+)*");

    private PairNumbers() {
    }

    static List<Figure> of(String text) {
        List<Figure> figures = new ArrayList<>();
        BitSet taken = new BitSet();
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            String key = d.group(1) != null ? date(d.group(1), d.group(2), d.group(3))
                    : date(d.group(7), d.group(4), d.group(6));
            // The day, month and year also account for a date the translation writes in words ("25 de diciembre
            // de 2024").
            List<String> parts = java.util.stream.Stream.of(d.group(1), d.group(2), d.group(3), d.group(4), d.group(6),
                    d.group(7)).filter(java.util.Objects::nonNull).map(p -> String.valueOf(Integer.parseInt(p))).toList();
            figures.add(new Figure(List.of("date " + key, digits(d.group())), d.start(), d.end(), d.group(), parts));
            taken.set(d.start(), d.end());
        }
        Matcher t = TIME.matcher(text);
        while (t.find()) {
            boolean marked = t.group(3) != null || t.group(4) != null || t.group(5) != null || t.group(6) != null;
            int hour = Integer.parseInt(t.group(1));
            int minute = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            String half = t.group(5) == null ? null : t.group(5).toLowerCase(Locale.ROOT);
            if (taken.get(t.start()) || !marked || hour > 23 || minute > 59 || half != null && (hour < 1 || hour > 12)) {
                continue;
            }
            if (half != null) {
                hour = hour % 12 + (half.equals("p") ? 12 : 0);
            }
            add(figures, taken, t, "time " + hour + ":" + minute);
        }
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            if (!taken.get(n.start())) {
                figures.add(new Figure(List.of(String.valueOf(digits(n.group())).replaceFirst("^0+(?=\\d)", "")), n.start(),
                        n.end(), n.group()));
            }
        }
        figures.sort(java.util.Comparator.comparingInt(Figure::start));
        return figures;
    }

    /** Counts a source figure under each of its values. */
    static void count(Map<String, Integer> left, Figure f) {
        f.keys().forEach(k -> left.merge(k, 1, Integer::sum));
        f.parts().forEach(k -> left.merge(k, 1, Integer::sum));
    }

    /** Whether a source figure is left to account for {@code f} by one of its values; if so it is used up. */
    static boolean take(Map<String, Integer> left, Figure f) {
        for (String key : f.keys()) {
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    /** A date by its year and its other two parts in either order, as the languages write day and month. */
    private static String date(String year, String a, String b) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        String fullYear = year.length() == 2 ? "20" + year : year;
        return fullYear + "-" + Math.min(x, y) + "-" + Math.max(x, y);
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }

    private static void add(List<Figure> figures, BitSet taken, Matcher m, String key) {
        figures.add(new Figure(List.of(key, digits(m.group())), m.start(), m.end(), m.group()));
        taken.set(m.start(), m.end());
    }
}
