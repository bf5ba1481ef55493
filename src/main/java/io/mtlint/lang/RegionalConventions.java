package io.mtlint.lang;

import io.mtlint.lang.LanguageDescriptor.Numbers;
import io.mtlint.lang.LanguageDescriptor.Quotes;
import io.mtlint.lang.LanguageDescriptor.Region;
import io.mtlint.lang.LanguageDescriptor.RegionNumbers;
import io.mtlint.lang.LanguageDescriptor.RegionQuotes;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A language as one region writes it. Number marks come from CLDR, the Unicode locale data the Java runtime
 * ships: where CLDR formats the region's numbers unlike the language's home locale ({@code es-MX} against
 * {@code es}: "21,000.50" against "21.000,50"; the currency sign before the amount), the region takes CLDR's
 * marks; where CLDR agrees, the descriptor's own, which are what the language's press writes. The descriptor's
 * {@code regions:} entries then override both, for quotation marks and where news text differs from CLDR.
 */
final class RegionalConventions {
    private RegionalConventions() {
    }

    /** The descriptor for {@code language} in {@code region} (ISO 3166 or UN M.49, uppercase); the same one when nothing differs. */
    static LanguageDescriptor apply(LanguageDescriptor language, String region) {
        Region entry = language.region(region);
        Numbers numbers = numbers(language, region, entry == null ? null : entry.numbers());
        Quotes quotes = quotes(language, entry == null ? null : entry.quotes());
        if (Objects.equals(numbers, language.numbers()) && Objects.equals(quotes, language.quotes())) {
            return language;
        }
        String place = new Locale("", region).getDisplayCountry(Locale.ENGLISH);
        return new LanguageDescriptor(language.code(), language.name() + " (" + place + ")", language.script(),
                language.apertium(), language.sourceDetection(), language.capitalisesNouns(), language.writesCompounds(),
                language.languagetool(),
                quotes, numbers, language.typography(), language.tags(), language.nameParticles(),
                language.institutions(), language.surnamesAsEnglishWords(), language.romanisation(), language.englishNameEndings(),
                language.alsoWrites(),
                language.wordPrefixes(), language.regions());
    }

    /** A locale's marks as CLDR gives them: decimal mark, grouping mark, where the currency sign goes. */
    record Marks(char decimal, char grouping, String currencySign) {
        static Marks of(Locale locale) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            char grouping = symbols.getGroupingSeparator();
            return new Marks(symbols.getDecimalSeparator(), Character.isSpaceChar(grouping) ? ' ' : grouping,
                    currencySign(locale));
        }

        /** "¤#,##0.00" before, "¤ #,##0.00" before with a space, "#,##0.00 ¤" after. */
        private static String currencySign(Locale locale) {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            if (!(format instanceof DecimalFormat decimal)) {
                return "";
            }
            String pattern = decimal.toPattern();
            int sign = pattern.indexOf('\u00a4');
            int digit = -1;
            for (int i = 0; i < pattern.length() && digit < 0; i++) {
                digit = pattern.charAt(i) == '#' || pattern.charAt(i) == '0' ? i : -1;
            }
            if (sign < 0 || digit < 0) {
                return "";
            }
            if (sign > digit) {
                return "after";
            }
            return Character.isSpaceChar(pattern.charAt(sign + 1)) ? "before-spaced" : "before";
        }
    }

    private static Numbers numbers(LanguageDescriptor language, String region, RegionNumbers override) {
        Numbers home = language.numbers();
        if (home == null) {
            return null;
        }
        Marks here = Marks.of(Locale.forLanguageTag(language.code() + "-" + region));
        Marks cldrHome = Marks.of(Locale.forLanguageTag(language.code()));
        char decimal = home.decimal();
        List<Character> grouping = home.grouping();
        if (here.decimal() != cldrHome.decimal()) {
            decimal = here.decimal();
            grouping = withTypedForm(List.of(here.grouping()));
        } else if (here.grouping() != cldrHome.grouping() && !grouping.contains(here.grouping())) {
            // A second accepted mark, not the preferred one: the descriptor's is what the press writes.
            List<Character> more = new ArrayList<>(grouping);
            more.addAll(withTypedForm(List.of(here.grouping())));
            grouping = more;
        }
        String sign = home.currencySign();
        if (!sign.isEmpty() && !here.currencySign().isEmpty() && !here.currencySign().equals(cldrHome.currencySign())) {
            sign = here.currencySign();
        }
        if (override != null) {
            decimal = override.decimal() == null ? decimal : override.decimal();
            grouping = override.grouping() == null ? grouping : override.grouping();
            sign = override.currencySign() == null ? sign : override.currencySign();
        }
        if (decimal == home.decimal() && grouping.equals(home.grouping()) && sign.equals(home.currencySign())) {
            return home;
        }
        return new Numbers(decimal, grouping, sign, home.afterNumber(), home.pluralNounTag(), home.modifierTag(),
                home.months(), home.calquedMagnitudes(), home.thousandWords(), home.ordinalDot(), home.dateOrder(),
                home.clock());
    }

    /** CLDR's typographic apostrophe (Swiss "1’000") with the typewriter one writers type as often. */
    private static List<Character> withTypedForm(List<Character> marks) {
        List<Character> all = new ArrayList<>(marks);
        if (all.contains('\u2019') && !all.contains('\'')) {
            all.add(all.indexOf('\u2019') + 1, '\'');
        }
        return all;
    }

    private static Quotes quotes(LanguageDescriptor language, RegionQuotes override) {
        Quotes home = language.quotes();
        if (override == null) {
            return home;
        }
        Quotes base = language.quoteMarks();
        return new Quotes(or(override.open(), base.open()), or(override.close(), base.close()),
                or(override.nativeMarks(), base.nativeMarks()), or(override.commaInside(), base.commaInside()),
                or(override.spacedInside(), base.spacedInside()), or(override.innerMarks(), base.innerMarks()),
                base.guillemetsEitherWay());
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
