package io.mtlint.detectors.leftover;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.CapitalisedWords;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.FindingSink;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Capitalisation;
import io.mtlint.text.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A Russian or Ukrainian name spelled as English romanises it ("Zelensky", "Lavrov", "Dmitry") in a target that
 * romanises it otherwise (German Selenskyj, Lawrow; Spanish Dmitri): machine translation pivots through English
 * and keeps its spelling. A word counts when it ends as English romanises Russian or Ukrainian names (their
 * descriptors' {@code englishNameEndings}), the target's dictionary does not know it, and one of the target's
 * respellings ({@code romanisation}) is a person's name the dictionary knows, or a word the document writes.
 */
final class PivotRomanisations {
    static final RuleInfo ROMANISATION = RuleInfo.check(SourceLeftoverRule.ID, "romanisation",
            Category.SOURCE_LEFTOVER, Severity.WARNING, "A name romanised as English romanises it",
            "Names from Russian or Ukrainian spelled the English way in a target that romanises them otherwise: "
                    + "\"Zelensky\", \"Lavrov\", \"Navalny\" in German (Selenskyj, Lawrow, Nawalny), \"Dmitry\", "
                    + "\"Zelenskyy\" in Spanish (Dmitri, Zelenski). Machine translation pivots through English and "
                    + "keeps its spelling. The word must end as English romanises Russian or Ukrainian names and be "
                    + "unknown to the target's dictionary; the respellings are the target descriptor's data, and one "
                    + "counts only when the dictionary knows the result as a person's name, or the document itself "
                    + "writes it. Fix (suggested): the target's spelling.",
            Example.bad("Außenminister <marker>Lavrov</marker> traf am Montag in Genf ein.",
                    "Außenminister Lawrow traf am Montag in Genf ein.").in("en", "de"),
            Example.bad("El portavoz <marker>Dmitry</marker> Peskov habló el lunes.",
                    "El portavoz Dmitri Peskov habló el lunes.").in("en", "es"),
            Example.good("Außenminister Lawrow traf Präsident Selenskyj; Marshall und Valls schwiegen.").in("en", "de"));

    /** More respellings than this in one word would try too many spellings; no name needs them. */
    private static final int MAX_RESPELLINGS = 8;

    private PivotRomanisations() {
    }

    static void report(RuleEnvironment env, Document document, RuleInfo family, FindingSink sink) {
        List<Respelling> respellings = COMPILED.computeIfAbsent(env.targetLanguage().romanisation(),
                PivotRomanisations::respellings);
        if (respellings.isEmpty()) {
            return;
        }
        Lexicon lexicon = env.targetLexicon();
        Predicate<String> inDocument = name -> CapitalisedWords.of(document).contains(name); // built on first need
        Map<String, String> spelled = new HashMap<>();
        for (ProseBlock block : document.blocks()) {
            if (block.kind() != ProseBlock.Kind.PARAGRAPH) {
                continue;
            }
            String text = block.text();
            BlockReporter out = null;
            for (Words.Word w : BlockWords.of(document, block)) {
                if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || w.text().length() < 4
                        || !block.isVerbatim(w.start(), w.end()) || lexicon.knowsAnyCase(w.form())) {
                    continue;
                }
                String target = spelled.computeIfAbsent(w.text(), word -> respell(word, respellings, lexicon, inDocument));
                if (target.isEmpty()) {
                    continue;
                }
                if (out == null) {
                    out = new BlockReporter(family, block, sink);
                }
                out.report(ROMANISATION, w.start(), w.end(), "\u201c" + w.text() + "\u201d is the English romanisation; "
                                + env.targetLanguage().name() + " writes \u201c" + target + "\u201d",
                        BlockFix.replace(w.start(), w.end(), target, false, "write " + target));
            }
        }
    }

    /**
     * The target's spelling of the word, or "" when none of its respellings is a name the dictionary or the
     * document knows.
     */
    private static String respell(String word, List<Respelling> respellings, Lexicon lexicon,
                                  Predicate<String> inDocument) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NameEndings.ALL.stream().noneMatch(p -> p.matcher(lower).find())) {
            return "";
        }
        List<Respelling> applicable = new ArrayList<>();
        for (Respelling r : respellings) {
            if (r.from().matcher(lower).find()) {
                applicable.add(r);
            }
        }
        if (applicable.isEmpty() || applicable.size() > MAX_RESPELLINGS) {
            return "";
        }
        for (int mask = 1; mask < 1 << applicable.size(); mask++) {
            String candidate = lower;
            for (int i = 0; i < applicable.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    candidate = applicable.get(i).from().matcher(candidate).replaceAll(applicable.get(i).to());
                }
            }
            String name = Capitalisation.capitalise(candidate);
            if (!name.equals(word) && (isName(name, lexicon) || inDocument.test(name))) {
                return name;
            }
        }
        return "";
    }

    /**
     * A person's name by the dictionary's tags (German "Lawrow", a surname), or a proper noun where the tags do not
     * tell persons from places; a word also known in lowercase is none.
     */
    private static boolean isName(String name, Lexicon lexicon) {
        var language = lexicon.descriptor();
        Set<String> tags = lexicon.peek(name).tags(); // a spelling tried, not the text's: kept out of the memo
        boolean person = language.tags().personName() != null
                ? tags.stream().anyMatch(language::isPersonNameTag) : tags.stream().anyMatch(language::isProperNounTag);
        return person && !lexicon.knows(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The endings of the names English romanises from the languages whose descriptors give them (Russian "ov"),
     * read from every descriptor on first need, so that a target without respellings loads none of them.
     */
    private static final class NameEndings {
        static final List<Pattern> ALL = io.mtlint.lang.Languages.all()
                .map(io.mtlint.lang.LanguageDescriptor::englishNameEndings).filter(java.util.Objects::nonNull).toList();
    }

    private record Respelling(Pattern from, String to) {
    }

    private static final Map<List<List<String>>, List<Respelling>> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Respelling> respellings(List<List<String>> pairs) {
        List<Respelling> result = new ArrayList<>(pairs.size());
        for (List<String> pair : pairs) {
            result.add(new Respelling(Pattern.compile(pair.get(0)), pair.get(1)));
        }
        return result;
    }
}
