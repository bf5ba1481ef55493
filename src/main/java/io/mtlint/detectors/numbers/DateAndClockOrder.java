package io.mtlint.detectors.numbers;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * American conventions for dates and times carried into a language that has neither: the month first in a numeric
 * date ("12/25/2024", which only the month-first order can read) and the 12-hour clock ("3 p.m."). Which order and
 * clock a language writes is its descriptor's data (numbers.date-order, numbers.clock), so any source is checked.
 */
final class DateAndClockOrder {
    static final RuleInfo MONTH_FIRST_CHECK = RuleInfo.check(NumberFormatRule.ID, "month-first-date",
            Category.NUMBER_FORMAT, Severity.WARNING, "A numeric date with the month first",
            "\"12/25/2024\" can only be read month first, the American order; languages that write the day first "
                    + "(numbers.date-order: day-month-year) read it as the 12th of a 25th month. Only dates whose "
                    + "second number is above 12 are certain. Fix (suggested): the day first.",
            Example.bad("La entrega está prevista para el <marker>12/25/2024</marker>.",
                    "La entrega está prevista para el 25/12/2024.").in("en", "es"),
            Example.good("La entrega está prevista para el 25/12/2024 o el 07/04/2025.").in("en", "es"));

    static final RuleInfo TWELVE_HOUR_CHECK = RuleInfo.check(NumberFormatRule.ID, "twelve-hour-clock",
            Category.NUMBER_FORMAT, Severity.WARNING, "The 12-hour clock in a language that writes the 24-hour one",
            "\"3 p.m.\" and \"10:30 AM\" are English; French, German, Italian and Portuguese write the time on the "
                    + "24-hour clock (15 h, 15 Uhr, 10:30), which is each language's descriptor data "
                    + "(numbers.clock: 24-hour). Spanish, whose American press writes \"3 p. m.\", is not marked.",
            Example.bad("La réunion commence à <marker>3 p.m.</marker> mardi.").in("en", "fr"),
            Example.bad("Die Sitzung beginnt um <marker>10:30 AM</marker> im Rathaus.").in("en", "de"),
            Example.good("La réunion commence à 15 h mardi ; l'AM et le PM sont des sigles.").in("en", "fr"));

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\d/.])(0?[1-9]|1[0-2])/(1[3-9]|2\\d|3[01])/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern TWELVE_HOUR = Pattern.compile(
            "(?<![\\d:.,])(0?[1-9]|1[0-2])(?::([0-5]\\d))?[ \\u00A0]?([ap]\\.[ \\u00A0]?m\\.|[AP]M\\b|[AP]\\.M\\.)");

    private DateAndClockOrder() {
    }

    static void check(ProseBlock block, LanguageDescriptor target, BlockReporter out) {
        LanguageDescriptor.Numbers numbers = target.numbers();
        String text = block.text();
        if ("day-month-year".equals(numbers.dateOrder()) && text.indexOf('/') >= 0) {
            Matcher m = MONTH_FIRST.matcher(text);
            while (m.find()) {
                String fixed = m.group(2) + "/" + m.group(1) + "/" + m.group(3);
                out.report(MONTH_FIRST_CHECK, m.start(), m.end(), "\u201c" + m.group() + "\u201d puts the month "
                                + "first, the American order; " + target.name() + " writes " + fixed,
                        BlockFix.replace(m.start(), m.end(), fixed, false, "write " + fixed));
            }
        }
        if ("24-hour".equals(numbers.clock())) {
            Matcher m = TWELVE_HOUR.matcher(text);
            while (m.find()) {
                int hour = Integer.parseInt(m.group(1)) % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
                String time = String.format("%02d:%s", hour, m.group(2) == null ? "00" : m.group(2));
                out.report(TWELVE_HOUR_CHECK, m.start(), m.end(), "\u201c" + m.group() + "\u201d is the English "
                        + "12-hour clock; " + target.name() + " writes the 24-hour one (" + time + ")");
            }
        }
    }
}
