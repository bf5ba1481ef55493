package io.mtlint.detectors.names;

import io.mtlint.analysis.LowercaseSurname;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.lang.LanguageDescriptor;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.text.Capitalisation;
import io.mtlint.text.Sentences;
import io.mtlint.text.search.Alternatives;
import io.mtlint.text.search.SparseMatcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The casing of institutions and offices, from the target language's descriptor: a ministry's portfolio in
 * lowercase after its head ("Ministry of health", "Ministry of foreign Affairs", "Ministerio de defensa") or before
 * it ("the foreign Ministry"), and an office capitalised as English does in a language that writes offices in
 * lowercase ("el Presidente", "la Secretaria").
 */
final class InstitutionCase {
    private record Patterns(Pattern portfolio, SparseMatcher.StartTest portfolioStart, Pattern portfolioFirst,
                            SparseMatcher.StartTest portfolioFirstStart, Pattern office,
                            SparseMatcher.StartTest officeStart) {
    }

    private static final Map<String, Patterns> BY_LANGUAGE = new ConcurrentHashMap<>();

    private InstitutionCase() {
    }

    /** Reports portfolios, and offices too unless {@code officeCheck} is null (a source that gave no capital). */
    static void check(ProseBlock block, LanguageDescriptor target, Lexicon targetLexicon, Lexicon source,
                      RuleInfo portfolioCheck, RuleInfo officeCheck, BlockReporter out) {
        Patterns p = BY_LANGUAGE.computeIfAbsent(target.code(), k -> patterns(target.institutions()));
        String text = block.text();
        if (p.portfolio() != null) {
            SparseMatcher m = SparseMatcher.of(p.portfolio(), text, null, p.portfolioStart());
            while (m.find()) {
                String portfolio = m.group(2);
                String fixed = capitaliseWords(portfolio, target.institutions());
                if (!portfolio.equals(portfolio.toLowerCase(Locale.ROOT)) && !partlyLowercase(portfolio, fixed)) {
                    continue;
                }
                out.report(portfolioCheck, m.start(2), m.end(2), "\u201c" + m.group(1) + " " + portfolio
                                + "\u201d: the portfolio is part of the institution's name; " + target.name() + " writes \u201c"
                                + fixed + "\u201d",
                        BlockFix.replace(m.start(2), m.end(2), fixed, false, "capitalise as " + fixed));
            }
        }
        if (p.portfolioFirst() != null) {
            SparseMatcher m = SparseMatcher.of(p.portfolioFirst(), text, null, p.portfolioFirstStart());
            while (m.find()) {
                String portfolio = m.group(1);
                String fixed = capitaliseWords(portfolio, target.institutions());
                out.report(portfolioCheck, m.start(1), m.end(1), "\u201c" + m.group() + "\u201d: the portfolio is part "
                                + "of the institution's name, as its capitalised head shows; " + target.name() + " writes \u201c"
                                + fixed + " " + m.group(2) + "\u201d",
                        BlockFix.replace(m.start(1), m.end(1), fixed, false, "capitalise as " + fixed));
            }
        }
        if (officeCheck != null && p.office() != null && block.kind() != ProseBlock.Kind.HEADING) {
            SparseMatcher m = SparseMatcher.of(p.office(), text, null, p.officeStart());
            while (m.find()) {
                if (Sentences.startsSentence(text, m.start()) || m.group().equals(m.group().toLowerCase(Locale.ROOT))
                        || afterAddressForm(text, m.start(), target.institutions().addressForms())
                        || target.institutions().conventionalCapitals().stream().anyMatch(c -> text.startsWith(c, m.start()))
                        || LowercaseSurname.afterCapitalisedArticle(text, m.start(), targetLexicon, source)) {
                    continue;
                }
                String fixed = m.group().toLowerCase(Locale.ROOT);
                out.report(officeCheck, m.start(), m.end(), "\u201c" + m.group() + "\u201d: " + target.name()
                                + " writes offices in lowercase (\u201c" + fixed + "\u201d)",
                        BlockFix.replace(m.start(), m.end(), fixed, false, "write " + fixed));
            }
        }
    }

    /**
     * A portfolio written partly capitalised ("foreign Affairs"): a word the name capitalises is in lowercase before
     * one that is capitalised. A capital followed by lowercase is how French and Italian write every name
     * ("Affaires étrangères"); short words are left out, so "the Interior" stays clean.
     */
    private static boolean partlyLowercase(String portfolio, String fixed) {
        String[] written = portfolio.split(" ");
        String[] wanted = fixed.split(" ");
        boolean lowered = false;
        for (int k = 0; k < written.length && k < wanted.length; k++) {
            if (written[k].length() <= 3) {
                continue;
            }
            if (lowered && Character.isUpperCase(written[k].charAt(0))) {
                return true;
            }
            lowered |= !written[k].equals(wanted[k]) && Character.isLowerCase(written[k].charAt(0));
        }
        return false;
    }

    /** Whether a form of address ("Monsieur le") stands right before {@code at}, which capitalises the office. */
    private static boolean afterAddressForm(String text, int at, List<String> forms) {
        String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
        for (String form : forms) {
            boolean elided = form.endsWith("'") || form.endsWith("\u2019");
            String expected = elided ? form : form + " ";
            if (before.endsWith(expected) && (before.length() == expected.length()
                    || !Character.isLetter(before.charAt(before.length() - expected.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Patterns patterns(LanguageDescriptor.Institutions i) {
        Pattern portfolio = null;
        if (!i.heads().isEmpty() && !i.portfolios().isEmpty()) {
            String heads = i.heads().stream().map(h -> i.headsAnyCase() ? "(?i:" + Pattern.quote(h) + ")" : Pattern.quote(h))
                    .collect(Collectors.joining("|"));
            String links = i.linkingWords().stream().map(Pattern::quote).collect(Collectors.joining("|"));
            String portfolios = Alternatives.longestFirst(i.portfolios());
            // The portfolio right after the head and its linking word, in any case: all in lowercase, or partly.
            portfolio = Pattern.compile("(?<![\\p{L}\\p{M}])((?:" + heads + ") (?:" + links + ")) ?((?i:" + portfolios
                    + "))(?![\\p{L}\\p{M}])");
        }
        Pattern portfolioFirst = null;
        List<String> before = i.portfoliosFirst();
        if (!before.isEmpty()) {
            // A lowercase portfolio before a capitalised head ("the foreign Ministry").
            portfolioFirst = Pattern.compile("(?<![\\p{L}\\p{M}])(" + Alternatives.longestFirst(before) + ") ("
                    + i.heads().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}])");
        }
        Pattern office = null;
        if (!i.lowercaseOffices().isEmpty()) {
            office = Pattern.compile("(?<![\\p{L}\\p{M}])(?i:" + Alternatives.longestFirst(i.lowercaseOffices())
                    + ")(?![\\p{L}\\p{M}])");
        }
        return new Patterns(portfolio, portfolio == null ? null : SparseMatcher.atWordsStartingAnyOf(i.heads()),
                portfolioFirst, portfolioFirst == null ? null : SparseMatcher.atWordsStartingAnyOf(before),
                office, office == null ? null : SparseMatcher.atWordsStartingAnyOf(i.lowercaseOffices()));
    }

    /**
     * The portfolio as the language writes it in a name: every significant word capitalised ("Foreign Affairs",
     * "Asuntos Exteriores"), or, where names capitalise their first noun only (the descriptor lists such
     * {@code bodyNouns}), the first word and the first after a linking word ("Affaires étrangères", "Europe et des
     * Affaires étrangères").
     */
    private static String capitaliseWords(String phrase, LanguageDescriptor.Institutions institutions) {
        java.util.List<String> linkingWords = institutions.linkingWords();
        boolean firstNounOnly = !institutions.bodyNouns().isEmpty();
        StringBuilder out = new StringBuilder();
        boolean afterLink = true;
        for (String word : phrase.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean link = linkingWords.contains(word);
            boolean capital = firstNounOnly ? afterLink && !link
                    : !link && (word.length() > 3 || out.isEmpty());
            out.append(capital ? Capitalisation.capitalise(word) : word);
            afterLink = link;
        }
        return out.toString();
    }
}
