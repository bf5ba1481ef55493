package io.mtlint.detectors.names;

import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.analysis.BlockWords;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.lang.Languages;
import io.mtlint.languagetool.Lexicon;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.text.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names machine translation rendered as common words. A given name followed by a lowercase word that is the
 * English meaning of a common surname of the source language ("Marta castle" for Marta Castillo, "Ana white"
 * for Ana Blanco): the surnames and their meanings are the source language's descriptor data.
 */
public final class NameTranslationRule extends EnvironmentRule {
    public static final String ID = "mt.name-translation";

    static final RuleInfo SURNAME = RuleInfo.check(ID, "surname", Category.NAME_TRANSLATION, Severity.WARNING,
            "A surname translated as a common word",
            "After a given name, a lowercase word that is what a common surname of the source language means: "
                    + "\"Marta castle\" (Castillo), \"Ana white\" (Blanco), \"Luca reds\" (Rossi). The given name must be a "
                    + "name to the dictionaries, and the word must end the noun phrase (a verb, a preposition or "
                    + "punctuation follows), so \"Ana white dress\" stays clean. Fix (suggested): the surname.",
            Example.bad("The report by Marta <marker>castle</marker> was published on Monday.",
                    "The report by Marta Castillo was published on Monday.").in("es", "en"),
            Example.good("They gave Ana white roses and a castle in Spain.").in("es", "en"));

    static final RuleInfo LITERAL_NAME = RuleInfo.check(ID, "literal-name", Category.NAME_TRANSLATION,
            Severity.WARNING, "A newspaper, party, institution or place translated word for word",
            "The names of the source language that machine translation renders word for word, from a list shipped "
                    + "for each source (Spanish, French, Italian, Portuguese, German, Russian, Ukrainian, and English "
                    + "names in Spanish, French and German text): \"The Country\" for El País, \"Citizens\" for "
                    + "Ciudadanos, \"the Courts\" for las Cortes, \"West France\" for Ouest-France, \"The Mirror\" "
                    + "for Der Spiegel, and software products that docs keep in English (\"acciones GitHub\" for "
                    + "GitHub Actions, \"App-Quelle\" for AppSource). A rendering of ordinary words counts where the text treats it as a name: one "
                    + "of its ordinary words capitalised in mid-sentence, or a cue of its kind around it (\"according "
                    + "to\", \"the newspaper\", \"party\", \"install from\", quotation marks). Renderings that are also titles or "
                    + "words of the target (\"The World\", \"Liberation\") need the cue; a rendering that runs into "
                    + "a longer capitalised name (\"Citizens United\", \"The World Bank\") is left alone. Standard "
                    + "forms of the target (\"Civil Guard\", \"Five Star Movement\", \"the Moncloa Palace\") are "
                    + "not listed. Runs when the source is given or detected. Fix: the name as the target writes it "
                    + "(applied automatically only when the rendering is unambiguous and needs no cue).",
            Example.bad("The socialists will negotiate the budget with the party <marker>Citizens</marker> next week.",
                    "The socialists will negotiate the budget with the party Ciudadanos next week.").in("es", "en"),
            Example.bad("The editorial, published by the newspaper <marker>The World</marker>, angered Moscow.",
                    "The editorial, published by the newspaper El Mundo, angered Moscow.").in("es", "en"),
            Example.bad("Le maire a répondu aux questions du <marker>Journal de Wall Street</marker> mardi.",
                    "Le maire a répondu aux questions du The Wall Street Journal mardi.").in("en", "fr"),
            Example.good("The citizens of the world took the matter to the courts.").in("es", "en"),
            Example.good("The World Bank praised Citizens United for its campaign.").in("es", "en"));

    static final RuleInfo SURNAME_FORM = RuleInfo.check(ID, "surname-form", Category.NAME_TRANSLATION,
            Severity.WARNING, "A surname turned into the target's form of a given name",
            "A surname that is also a given name whose form differs between languages (Moses, Henry, Lawrence, "
                    + "George) is translated as the given name when it stands alone: the document names \"Keith "
                    + "Moses\" and then writes \"Mo\u00efse\" in French, \"Mois\u00e9s\" in Spanish. Reported where the "
                    + "target's form stands alone and the document uses the source's form as a surname after a given "
                    + "name; the forms are shipped data for English, French, Spanish, Italian, Portuguese and German. "
                    + "Fix (suggested): the surname as the document first writes it.",
            Example.bad("La police a arr\u00eat\u00e9 Daniel Moses lundi soir. Selon les enqu\u00eateurs, <marker>Mo\u00efse</marker> "
                    + "avait pris la fuite.", "La police a arr\u00eat\u00e9 Daniel Moses lundi soir. Selon les enqu\u00eateurs, "
                    + "Moses avait pris la fuite.").in("en", "fr"),
            Example.good("Le rabbin a lu l\u2019histoire de Mo\u00efse devant le public.").in("en", "fr"));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Name translated as common words",
            "A name machine translation rendered word for word as common words of the target language.",
            List.of(Example.good("Marta Castillo and Ana Blanco met in the white castle.").in("es", "en")),
            SURNAME, LITERAL_NAME, SURNAME_FORM);

    /** Tags after which a word ends its noun phrase: verbs, modals, prepositions, conjunctions, "to". */
    private static final Set<String> PHRASE_ENDERS = Set.of("VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD", "IN",
            "CC", "TO", "WDT", "WP", "RB");

    public NameTranslationRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String source = env.sourceFor(context.document());
        if (source == null) {
            return;
        }
        Lexicon target = env.targetLexicon();
        List<Words.Word> words = BlockWords.of(context.document(), block);
        LiteralNameCheck.check(block, words, source, env.targetLanguage(), target, LITERAL_NAME, out);
        SurnameForms.check(context.document(), block, words, source, env.targetBase(), target, SURNAME_FORM, out);
        if (!env.targetBase().equals("en")) {
            return; // the meanings of surnames are English words
        }
        Map<String, String> surnames = Languages.of(source).surnamesAsEnglishWords();
        if (surnames.isEmpty()) {
            return;
        }
        String text = block.text();
        for (int k = 1; k < words.size(); k++) {
            Words.Word given = words.get(k - 1);
            Words.Word w = words.get(k);
            if (!w.isLowercase() || !text.substring(given.end(), w.start()).equals(" ")) {
                continue;
            }
            int end = k;
            String surname = surnames.get(w.text());
            if (surname == null && k + 1 < words.size()) {
                surname = surnames.get(w.text() + " " + words.get(k + 1).text());
                end = k + 1;
            }
            if (surname == null || !isGivenName(given, target) || !endsPhrase(text, words, end, target)) {
                continue;
            }
            Words.Word last = words.get(end);
            out.report(SURNAME, w.start(), last.end(), "\u201c" + given.text() + " " + text.substring(w.start(), last.end())
                            + "\u201d: the surname " + surname + " translated as a word; write \u201c" + given.text() + " "
                            + surname + "\u201d",
                    BlockFix.replace(w.start(), last.end(), surname, false, "write " + surname));
        }
    }

    private static boolean isGivenName(Words.Word w, Lexicon target) {
        return w.isCapitalised() && !w.isAllCaps() && w.text().length() > 2 && target.hasProperNounReading(w.form())
                && !target.knows(w.text().toLowerCase(Locale.ROOT));
    }

    /** Whether the word at {@code k} ends its noun phrase: punctuation, or a verb, preposition or conjunction next. */
    private static boolean endsPhrase(String text, List<Words.Word> words, int k, Lexicon target) {
        Words.Word w = words.get(k);
        if (w.end() >= text.length()) {
            return true;
        }
        char after = text.charAt(w.end());
        if (after == '\'' || after == '\u2019') {
            return false; // "Marta castle's walls"
        }
        if (after != ' ') {
            return ",.;:!?)\u201d\"".indexOf(after) >= 0;
        }
        if (k + 1 >= words.size()) {
            return true;
        }
        Set<String> tags = target.lookup(words.get(k + 1).text()).tags();
        return !tags.isEmpty() && tags.stream().allMatch(PHRASE_ENDERS::contains);
    }
}
