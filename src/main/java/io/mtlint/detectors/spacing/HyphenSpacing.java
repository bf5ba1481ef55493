package io.mtlint.detectors.spacing;

import io.mtlint.analysis.FunctionWords;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A space on one side of a hyphen: before it in a compound ("five -year", "state -of -the -art", "Cloud
 * -Dienst"), after it ("PDP-10- Computer"), or a dash glued to the word after it ("(media) -Easter egg") or
 * before it ("codes- Wikipedia"). A spaced dash ("a - b", "a – b"), a suspended hyphen ("pre- and post-war",
 * "Ein- und Ausgang"), minus signs, ranges and command-line options stay clean.
 */
final class HyphenSpacing {
    static final RuleInfo AROUND_HYPHEN = RuleInfo.check(SpacingRule.ID, "around-hyphen", Category.SPACING,
            Severity.ERROR, "A space on one side of a hyphen",
            "\"two -day\", \"state -of -the -art\", \"Cloud -Dienst\", \"non -BOSS\", \"PDP-10- Rechner\": a "
                    + "compound split by a stray space; a compound the dictionary lists, spaced on both sides (\"plate - "
                    + "forme\", \"cease \u2013 fire\", not in languages that write compounds as one word); a dash glued to the next word after a bracket, or to the word "
                    + "before a capitalised one (\"codes- Wikipedia\"), or to the word that ends an aside a spaced "
                    + "dash opened (\"– a-t-il dit- des\"). A spaced dash, a suspended hyphen "
                    + "(\"pre- and post-war\", \"Ein- und Ausgang\"), an aside between hyphens (\"the report -published on "
                    + "Monday- found\", a dash problem), suffixes (\"the ending -ai\"), minus signs and options "
                    + "(\"-v\", \"set -DEBUG\") stay clean. Fix (suggested): close up the compound, or space the dash.",
            Example.bad("The <marker>two -day</marker> summit ended early.", "The two-day summit ended early.").in(null, "en"),
            Example.bad("It was a <marker>state -of -the -art</marker> port.", "It was a state-of-the-art port.").in(null, "en"),
            Example.bad("Read the annual <marker>report- Overview</marker> first.").in(null, "en"),
            Example.good("Pre- and post-war prices fell 5 - 7 % - a record; run it with -v; temperatures of -12 "
                    + "degrees.").in(null, "en"));

    /** A word, then one or more " -word" links of a compound. */
    private static final Pattern SPACE_BEFORE = Pattern.compile("(?<=[\\p{L}\\p{N})]) -(\\p{L}[\\p{L}\\p{M}]+)"
            + "(?: -\\p{L}[\\p{L}\\p{M}]+)*(?![\\p{L}\\p{N}])");
    private static final Pattern SPACE_AFTER = Pattern.compile("(?<=[\\p{L}\\p{N}])- (\\p{L}[\\p{L}\\p{M}]+)");
    /** Two lowercase words either side of a spaced hyphen or dash: "plate - forme", "cease – fire". */
    private static final Pattern SPACED_BOTH = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Ll}[\\p{L}\\p{M}]*) [-\u2013] (\\p{Ll}[\\p{L}\\p{M}]*)(?![\\p{L}\\p{N}-])");
    /** The end of an aside set between hyphens glued to it ("the report -published on Monday- found"). */
    private static final Pattern ASIDE_END = Pattern.compile("[\\p{L}\\p{N}%)]-(?=[\\s,;:.]|$)");
    /** A dictionary compound torn apart by spaces around a hyphen or dash: "plate - forme", "cease \u2013 fire". */
    private static void spacedCompounds(String text, Lexicon target, BlockReporter out) {
        if (text.indexOf('-') < 0 && text.indexOf('\u2013') < 0) {
            return;
        }
        Matcher m = SPACED_BOTH.matcher(text);
        while (m.find()) {
            // The dictionary has it hyphenated, or, of two longer parts, closed up ("cease - fire"; not "in - to").
            String left = m.group(1);
            String right = m.group(2);
            String compound = listed(target, left + "-" + right) ? left + "-" + right
                    : left.length() >= MIN_CLOSED_PART && right.length() >= MIN_CLOSED_PART
                    && listed(target, left + right) ? left + right : null;
            if (compound != null) {
                out.report(AROUND_HYPHEN, m.start(), m.end(), "Spaces around the hyphen of the compound \u201c"
                                + compound + "\u201d",
                        BlockFix.replace(m.start(), m.end(), compound, false, "close up: " + compound));
            }
        }
    }

    /**
     * A word the speller's word list holds, not one the tagger builds from its parts (Spanish tags any
     * "opcional-mayor").
     */
    private static boolean listed(Lexicon target, String word) {
        return target.knows(word) && target.frequency(word) >= 0;
    }

    /** Each part of a compound the dictionary writes closed up, at least, before a spaced dash counts. */
    private static final int MIN_CLOSED_PART = 4;
    /** How far an aside's closing hyphen is looked for. */
    private static final int MAX_ASIDE = 80;

    private HyphenSpacing() {
    }

    static void check(String text, Lexicon target, BlockReporter out) {
        // German's speller accepts any two of its words joined by a hyphen, so only a language that lists its
        // compounds can tell one torn apart from a dash between clauses.
        if (!target.descriptor().writesCompounds()) {
            spacedCompounds(text, target, out);
        }
        if (text.indexOf('-') < 0) {
            return;
        }
        Matcher m = SPACE_BEFORE.matcher(text);
        while (m.find()) {
            int wordStart = wordBefore(text, m.start());
            if (wordStart == m.start()) {
                out.report(AROUND_HYPHEN, m.start(), m.end(), "Dash glued to \u201c" + m.group(1) + "\u201d: space it on "
                                + "both sides",
                        BlockFix.replace(m.start(), m.start() + 2, " \u2013 ", false, "a spaced dash"));
                continue;
            }
            if (!isCompound(text, wordStart, m, target) || opensAside(text, m.end())) {
                continue;
            }
            List<BlockFix.Edit> edits = new ArrayList<>();
            for (int i = m.start(); i < m.end(); i++) {
                if (text.charAt(i) == ' ') {
                    edits.add(new BlockFix.Edit(i, i + 1, ""));
                }
            }
            String compound = text.substring(wordStart, m.end());
            out.report(AROUND_HYPHEN, wordStart, m.end(), "Space before the hyphen of the compound \u201c"
                            + compound.replace(" -", "-") + "\u201d",
                    new BlockFix(edits, false, "close up: " + compound.replace(" -", "-")));
        }
        m = SPACE_AFTER.matcher(text);
        while (m.find()) {
            String next = m.group(1);
            int wordStart = wordBefore(text, m.start());
            String designation = text.substring(wordStart, m.start());
            char opener = spacedAsideOpener(text, wordStart, m, target);
            if (opener != 0) {
                out.report(AROUND_HYPHEN, wordStart, m.end(), "Dash glued to \u201c" + designation + "\u201d closes the "
                                + "aside a spaced dash opened: space it on both sides",
                        BlockFix.replace(m.start(), m.start() + 1, " " + opener, false, "a spaced dash"));
                continue;
            }
            if (isGluedDash(text, wordStart, m, target)) {
                out.report(AROUND_HYPHEN, wordStart, m.end(), "Dash glued to \u201c" + designation + "\u201d: space it "
                                + "on both sides, or close up the compound",
                        BlockFix.replace(m.start(), m.start(), " ", false, "a spaced dash"),
                        BlockFix.replace(m.start() + 1, m.start() + 2, "", false, "close up the compound"));
                continue;
            }
            if (!designation.contains("-") || !Character.isDigit(designation.charAt(designation.length() - 1))
                    || !target.knowsAnyCase(next) || FunctionWords.is(target, next) || isAbbreviation(text, m.end(), next)
                    || text.lastIndexOf("-,", m.start()) > Math.max(0, m.start() - 40)) {
                continue; // "Ein- und Ausgang", "5-, 7- and 9- fold": a suspended hyphen
            }
            out.report(AROUND_HYPHEN, wordStart, m.end(), "Space after the hyphen of the compound \u201c"
                            + text.substring(wordStart, m.end()).replace("- ", "-") + "\u201d",
                    BlockFix.replace(m.start() + 1, m.start() + 2, "", false, "close up the compound"));
        }
    }

    /**
     * "five -year", "state -of -the -art": links to known words. A single link must follow a word that is no
     * preposition or conjunction and be a content word of three letters or more, not in capitals: "end in -era",
     * "endings -in" and "-XX" talk about suffixes and options.
     */
    private static boolean isCompound(String text, int wordStart, Matcher m, Lexicon target) {
        String[] links = text.substring(m.start() + 2, m.end()).split(" -");
        if (links.length > 1) {
            return java.util.Arrays.stream(links).allMatch(target::knowsAnyCase);
        }
        String left = text.substring(wordStart, m.start());
        if (target.knows(left + "-" + links[0]) && Character.isLetter(left.charAt(0))) {
            return true; // "plug -in": the dictionary writes the compound
        }
        if (left.length() <= 2 || FunctionWords.is(target, left)) {
            return false; // "end in -era", "and -logia": a suffix talked about
        }
        String link = links[0];
        boolean capitals = link.chars().allMatch(Character::isUpperCase);
        return link.length() >= 3 && (!capitals || isModifier(target, left)) && target.knowsAnyCase(link)
                && !FunctionWords.is(target, link) && (m.end() >= text.length() || text.charAt(m.end()) != ':');
    }

    /**
     * A lowercase word that cannot be a verb ("non", "anti", "high"): before it, a link in capitals is a
     * compound's ("non -BOSS"); after a verb or command it is an option ("set -DEBUG").
     */
    private static boolean isModifier(Lexicon target, String word) {
        var tags = target.lookup(word).tags();
        return word.chars().allMatch(Character::isLowerCase) && !tags.isEmpty()
                && tags.stream().noneMatch(target.descriptor()::isVerbTag);
    }

    /**
     * "codes- Wikipedia", "Cloud- Dienst": a hyphen glued to a plain word and spaced from the capitalised word
     * after it, a dash or a compound that lost a space on the wrong side. A suspended hyphen is followed by a
     * conjunction in lowercase ("first- and second-year", "Ein- und Ausgang"), a capitalised one only in titles.
     */
    private static boolean isGluedDash(String text, int wordStart, Matcher m, Lexicon target) {
        String left = text.substring(wordStart, m.start());
        String next = m.group(1);
        boolean standsAlone = wordStart == 0 || Character.isWhitespace(text.charAt(wordStart - 1));
        return standsAlone && left.length() >= 2 && left.chars().allMatch(Character::isLetter)
                && Character.isUpperCase(next.charAt(0)) && next.chars().skip(1).allMatch(Character::isLowerCase)
                && next.length() >= 2 && target.knowsAnyCase(left)
                && !FunctionWords.is(target, next.toLowerCase(java.util.Locale.ROOT))
                && !FunctionWords.is(target, left.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "mais ce sont – a-t-il dit- des raisons": a hyphen glued to a word and spaced from the next closes an aside
     * that a spaced dash opened shortly before on the line, with no other dash between; in a language that does not
     * write compounds as one word, where a suspended hyphen ("Ein- und Ausgang") is rare. Returns the opening dash,
     * which the closing one repeats, or 0.
     */
    private static char spacedAsideOpener(String text, int wordStart, Matcher m, Lexicon target) {
        String next = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (target.descriptor().writesCompounds() || wordStart == 0 || !Character.isWhitespace(text.charAt(wordStart - 1))
                || FunctionWords.is(target, next)
                && target.lookup(next).tags().stream().anyMatch(target.descriptor()::isCoordinatingTag)) {
            return 0;
        }
        for (int i = wordStart - 1; i >= Math.max(1, wordStart - MAX_ASIDE) && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            boolean inWord = c == '-' && Character.isLetterOrDigit(text.charAt(i - 1)) && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1)); // "a-t-il"
            if ((c == '\u2013' || c == '\u2014' || c == '-') && !inWord) {
                return text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ' ? c : 0;
            }
        }
        return 0;
    }

    /**
     * Whether a hyphen glued to the end of a word closes, within the line, what the hyphen before {@code from}
     * opened: an aside between hyphens, which {@code en.hyphen-aside} and its kin report as dashes.
     */
    private static boolean opensAside(String text, int from) {
        int end = Math.min(text.length(), from + MAX_ASIDE);
        int line = text.indexOf('\n', from);
        Matcher close = ASIDE_END.matcher(text).region(from - 1, line >= 0 && line < end ? line : end)
                .useAnchoringBounds(false);
        return close.find();
    }

    /** "bzw.", "usw.": a short word with a stop, which joins like a conjunction. */
    private static boolean isAbbreviation(String text, int end, String word) {
        return word.length() <= 4 && end < text.length() && text.charAt(end) == '.';
    }

    /** The start of the hyphenated word or figure that ends at {@code end} ("PDP-10" in "PDP-10- Rechner"). */
    private static int wordBefore(String text, int end) {
        int i = end;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || Character.getType(text.charAt(i - 1))
                == Character.NON_SPACING_MARK || text.charAt(i - 1) == '-' && i - 1 > 0
                && Character.isLetterOrDigit(text.charAt(i - 2)))) {
            i--;
        }
        return i;
    }
}
