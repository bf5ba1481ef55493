package io.mtlint.detectors.calques;

import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.Constructions;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Capitalisation;

import java.util.List;

/**
 * A day named the source's way: Portuguese "terça-feira, 8" and Brazilian "nesta quinta-feira (21)" or "hoje (9)"
 * give the day of the month after the weekday, alone or in brackets; German "morgen Freitag" and Spanish "ayer
 * martes" put the weekday after "tomorrow" or "yesterday"; Spanish "el pasado martes" becomes "the past Tuesday".
 * English writes "on Tuesday", "Tuesday (8 October)", "on Friday", "last Tuesday".
 */
final class DayReferenceCheck implements SentenceCheck {
    static final RuleInfo CHECK = new RuleInfo(CalqueRule.ID + ".day-reference", Category.CALQUE, Severity.WARNING,
            "A day named the source's way (\"Tuesday, 8\", \"today (9)\", \"tomorrow Friday\", \"the past Monday\")",
            "Portuguese and Brazilian news give the day of the month after the weekday (\"terça-feira, 8\", "
                    + "\"nesta quinta-feira (21)\", \"hoje (9)\"); German and Spanish put the weekday after "
                    + "\"tomorrow\" or \"yesterday\" (\"morgen Freitag\", \"ayer martes\", Arabic and Spanish \"today, Tuesday,\" as an aside); Spanish \"el pasado "
                    + "martes\" is \"the past Tuesday\" word for word. English writes \"on Tuesday\" or the full date "
                    + "(\"Tuesday, 8 October\"), \"on Friday\", \"last Tuesday\". Fix (suggested) where it is one.",
            List.of(Example.bad("The governor resigned on <marker>Thursday, 14</marker>, after the vote.",
                            "The governor resigned on Thursday, after the vote.").in(null, "en"),
                    Example.bad("The new fares apply from tomorrow <marker>(12)</marker> on every line.").in(null, "en"),
                    Example.bad("The stadium reopens <marker>tomorrow Sunday</marker> after the repairs.",
                            "The stadium reopens on Sunday after the repairs.").in(null, "en"),
                    Example.bad("The minister said <marker>today, Tuesday</marker>, that talks would resume.",
                            "The minister said on Tuesday that talks would resume.").in(null, "en"),
                    Example.good("Appointments are available today, Tuesday, and Friday.").in(null, "en"),
                    Example.bad("The deal was signed <marker>the past Monday</marker> in Lima.",
                            "The deal was signed last Monday in Lima.").in(null, "en"),
                    Example.good("The governor resigned on Thursday, 14 March, at 8, and on Friday, 3 p.m. was "
                            + "chosen; see note (12), and this past Monday was calm.").in(null, "en")),
            "built-in", List.of("pt-en.weekday-day-in-brackets"));

    @Override
    public RuleInfo info() {
        return CHECK;
    }

    @Override
    public void check(TaggedSentence s, Constructions language, Lexicon lexicon, BlockReporter out) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            if (ThisWeekdayCheck.isWeekday(t, language)) {
                weekdayThenDay(s, i, language, out);
                pastWeekday(s, i, out);
            } else if (language.dayWords().contains(t.lower())) {
                dayWordThenWeekday(s, i, language, out);
            }
            if (t.is("(") && dayInBrackets(s, i, language)) {
                Token close = s.get(i + 2);
                out.report(CHECK, t.start(), close.end(), "\u201c" + s.text().substring(t.start(), close.end())
                        + "\u201d gives the day of the month in brackets after the day, as Brazilian news does "
                        + "(\u201cnesta quinta-feira (21)\u201d); English writes the weekday alone or the full date.");
            }
        }
    }

    /** "tomorrow Friday", "today, Tuesday,": a weekday after the day word at {@code i}. */
    private static void dayWordThenWeekday(TaggedSentence s, int i, Constructions language, BlockReporter out) {
        Token t = s.get(i);
        Token day = weekdayAfter(s, i, language);
        if (day == null) {
            return;
        }
        String fix = Capitalisation.followCase(t.text(), "on") + " " + Capitalisation.capitalise(day.lower());
        // The aside's closing comma goes with it: "said today, Tuesday, that" becomes "said on Tuesday that".
        Token closing = s.at(i + 1) != day && s.at(i + 3) != null && s.at(i + 3).is(",") ? s.at(i + 3) : null;
        int fixEnd = closing != null ? closing.end() : day.end();
        out.report(CHECK, t.start(), day.end(), "\u201c" + s.text().substring(t.start(), day.end())
                        + "\u201d puts the weekday after \u201c" + t.lower() + "\u201d, as German \u201cmorgen "
                        + "Freitag\u201d and Spanish \u201cayer martes\u201d do; English says \u201c" + fix
                        + "\u201d or \u201c" + t.lower() + " (" + Capitalisation.capitalise(day.lower()) + ")\u201d.",
                BlockFix.replace(t.start(), fixEnd, fix, false, "replace with \u201c" + fix + "\u201d"));
    }

    /**
     * The weekday right after "today", "tomorrow" or "yesterday", or after a comma and then closed by a mark as an
     * aside ("today, Tuesday,", Arabic "اليوم الثلاثاء", Spanish "hoy, martes,"); null if none.
     */
    private static Token weekdayAfter(TaggedSentence s, int i, Constructions language) {
        Token next = s.at(i + 1);
        if (next != null && ThisWeekdayCheck.isWeekday(next, language)) {
            return next;
        }
        Token day = s.at(i + 2);
        Token after = s.at(i + 3);
        Token then = s.at(i + 4);
        // "today, Tuesday, and Friday" is a list of days.
        boolean list = after != null && after.is(",") && then != null
                && (then.is("and") || then.is("or") || ThisWeekdayCheck.isWeekday(then, language));
        return next != null && next.is(",") && day != null && ThisWeekdayCheck.isWeekday(day, language) && !list
                && (after == null || after.isMarkIn(",.;:)")) ? day : null;
    }

    /** "Tuesday, 8," with no month after the number; after "this" the weekday is mt.calque.this-weekday's. */
    private static void weekdayThenDay(TaggedSentence s, int i, Constructions language, BlockReporter out) {
        Token comma = s.at(i + 1);
        Token number = s.at(i + 2);
        Token before = s.at(i - 1);
        if (comma == null || !comma.is(",") || number == null || !dayOfMonth(number)
                || before != null && before.is("this")) {
            return;
        }
        Token after = s.at(i + 3);
        if (after != null && !after.isMarkIn(",.;:)!?")) {
            return;
        }
        Token weekday = s.get(i);
        out.report(CHECK, weekday.start(), number.end(), "\u201c" + s.text().substring(weekday.start(), number.end())
                        + "\u201d gives the day of the month after the weekday without its month, as Portuguese "
                        + "\u201cterça-feira, 8\u201d does; English writes \u201c" + weekday.text() + "\u201d or the full "
                        + "date.",
                BlockFix.replace(weekday.start(), number.end(), weekday.text(), false,
                        "replace with \u201c" + weekday.text() + "\u201d"));
    }

    /** "the past Monday", Spanish "el pasado lunes". */
    private static void pastWeekday(TaggedSentence s, int i, BlockReporter out) {
        Token past = s.at(i - 1);
        Token the = s.at(i - 2);
        if (past == null || the == null || !past.is("past") || !the.is("the")) {
            return;
        }
        Token weekday = s.get(i);
        String fix = Capitalisation.followCase(the.text(), "last") + " " + weekday.text();
        out.report(CHECK, the.start(), weekday.end(), "\u201c" + s.text().substring(the.start(), weekday.end())
                        + "\u201d is Spanish \u201cel pasado lunes\u201d word for word; English says \u201c" + fix
                        + "\u201d or \u201con " + weekday.text() + "\u201d.",
                BlockFix.replace(the.start(), weekday.end(), fix, false, "replace with \u201c" + fix + "\u201d"));
    }

    /** "(21)" or "(4/11)" within three words after a weekday or "today", "tomorrow", "yesterday". */
    private static boolean dayInBrackets(TaggedSentence s, int open, Constructions language) {
        Token number = s.at(open + 1);
        Token close = s.at(open + 2);
        if (number == null || close == null || !close.is(")") || !number.text().matches("\\d{1,2}(/\\d{1,2})?")) {
            return false;
        }
        for (int k = open - 1; k >= Math.max(0, open - 3); k--) {
            Token t = s.get(k);
            if (ThisWeekdayCheck.isWeekday(t, language) || language.dayWords().contains(t.lower())) {
                return true;
            }
            if (t.isMark()) {
                return false;
            }
        }
        return false;
    }

    private static boolean dayOfMonth(Token t) {
        if (!t.text().matches("\\d{1,2}(st|nd|rd|th)?")) {
            return false;
        }
        int day = Integer.parseInt(t.text().replaceAll("\\D", ""));
        return day >= 1 && day <= 31;
    }
}
