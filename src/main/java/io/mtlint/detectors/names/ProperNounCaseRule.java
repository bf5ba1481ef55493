package io.mtlint.detectors.names;

import io.mtlint.analysis.BlockWords;
import io.mtlint.text.Capitalisation;
import io.mtlint.text.Credits;
import io.mtlint.text.Addresses;
import io.mtlint.analysis.DocumentCode;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.EnglishWords;
import io.mtlint.analysis.DocumentNames;
import io.mtlint.analysis.LowercaseName;
import io.mtlint.analysis.LowercaseSurname;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.analysis.SourceLanguageSpans;
import io.mtlint.analysis.TargetExpressions;
import io.mtlint.detectors.BlockFix;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.text.Identifiers;
import io.mtlint.text.LanguageNames;
import io.mtlint.text.Sentences;
import io.mtlint.text.WordForm;
import io.mtlint.text.Words;
import io.mtlint.text.FormMemo;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.lang.Initialisms;
import io.mtlint.lang.Languages;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names written in lowercase ("kyiv", "washington", "monday" in English). A lowercase word is flagged when the
 * target dictionary does not know it in lowercase but knows its capitalised (or all-caps) form as a proper
 * noun, when the gazetteer in the rule packs lists it, or when the document itself writes it capitalised in
 * mid-sentence. Words that are common nouns in lowercase ("bill", "china", "turkey") are known, so never flagged.
 */
public final class ProperNounCaseRule extends EnvironmentRule {
    public static final String ID = "mt.proper-noun-case";
    /** The longest name of the names packs matched as a whole ("Nagorno Karabakh", "Chasiv Yar"). */
    private static final int MAX_NAME_WORDS = 3;

    static final RuleInfo KNOWN_NAME = RuleInfo.check(ID, "known-name", Category.PROPER_NOUN_CASE, Severity.ERROR,
            "A name the dictionary, the gazetteer or the document writes capitalised",
            "Source languages such as Spanish write demonyms, days and months in lowercase, and machine "
                    + "translation often lowercases transliterated names. A lowercase word is a name when the "
                    + "target language's dictionary knows it only capitalised, when the names gazetteer of the rule "
                    + "packs lists it (names of two or three words, \"chasiv yar\", are matched and reported whole), or when "
                    + "the same document writes it capitalised mid-sentence, unless it writes it in lowercase more "
                    + "often (a title capitalised the text's own common noun). Words of two letters count only when "
                    + "the gazetteer or the document gives them (\"eu\"; not a lone \"se\" or \"de\"). A word the "
                    + "document also writes in its code (inline or in a block), that names a file or package, or "
                    + "that a technical document calls (\"chr(13)\"), is an identifier and stays as written. Fix (safe): the canonical spelling.",
            Example.bad("Talks in <marker>kyiv</marker> resumed on Tuesday.", "Talks in Kyiv resumed on Tuesday.").in(null, "en"),
            Example.bad("The talks resumed on <marker>monday</marker> morning.",
                    "The talks resumed on Monday morning.").in(null, "en"),
            Example.bad("Officials in <marker>washington</marker> declined to comment.",
                    "Officials in Washington declined to comment.").in(null, "en"),
            Example.bad("A tanker sank in the <marker>black sea</marker> on Sunday.",
                    "A tanker sank in the Black Sea on Sunday.").in(null, "en"),
            Example.good("The bill was passed in May by a vote of the china and turkey importers.").in(null, "en"),
            Example.good("With `eol = lf` the reader ignores chr(13) at the end of each line.").in(null, "en")
                    .asMarkdown());
    static final RuleInfo PRODUCT_NAME = RuleInfo.check(ID, "product-name", Category.PROPER_NOUN_CASE, Severity.WARNING,
            "A product written otherwise than its makers write it",
            "In a technical document (one with code), a product whose makers set capitals inside its name "
                    + "(\"PyTorch\", \"macOS\", \"GitHub\": the products lists of the rule packs) written with a capital "
                    + "at the start only or otherwise mixed (\"Pytorch\", \"MacOS\", \"Github\"). Lowercase forms are "
                    + "left alone, since they are often the command or the package (\"pip install numpy\"), and so are "
                    + "capitals throughout and news prose, where a house may write \"Whatsapp\". A warning: the source "
                    + "may spell it so too. Fix (safe): the makers' spelling.",
            Example.bad("Install <marker>Pytorch</marker> first:\n\n```\npip install torch\n```\n",
                    "Install PyTorch first:\n\n```\npip install torch\n```\n").in(null, "en").asMarkdown(),
            Example.good("Install numpy and PyTorch on macOS:\n\n```\npip install numpy\n```\n").in(null, "en")
                    .asMarkdown(),
            Example.good("Die Nutzer von Whatsapp und Youtube wurden gewarnt.").in(null, "de"));
    static final RuleInfo NOUN = RuleInfo.check(ID, "noun", Category.PROPER_NOUN_CASE, Severity.ERROR,
            "A common noun in lowercase in a language that capitalises nouns",
            "German capitalises every noun; a noun the dictionary knows only capitalised, written in lowercase, "
                    + "lost its capital in translation. The first part of a compound whose end is left to the next "
                    + "word (\"salz- und zuckerarm\") takes the case of the whole and stays clean. "
                    + "Fix (safe): the capitalised spelling.",
            Example.bad("Die Minister haben am Montag die neue <marker>regierung</marker> vorgestellt.",
                    "Die Minister haben am Montag die neue Regierung vorgestellt.").in(null, "de"),
            Example.good("Die Regierung hat am Montag die Reform beschlossen.").in(null, "de"));
    static final RuleInfo SURNAME = RuleInfo.check(ID, "surname", Category.PROPER_NOUN_CASE, Severity.WARNING,
            "A lowercase word no dictionary knows, right after a given name",
            "\"Volker wissing\", \"Marco verratti\": a surname that lost its capital. A warning with a fix that is "
                    + "not applied automatically, since a typo looks the same.",
            Example.bad("The midfielder Marco <marker>verratti</marker> signed for two seasons.").in(null, "en"),
            Example.bad("The minister josé luis <marker>escrivá</marker> defended the reform.").in("es", "en"));
    static final RuleInfo UNLISTED_NAME = RuleInfo.check(ID, "unlisted-name", Category.PROPER_NOUN_CASE,
            Severity.WARNING, "A name no dictionary lists, found by its place",
            "Two lowercase words that neither the target's nor the source's dictionary knows, right after the noun "
                    + "or acronym that introduces them (\"the head of the administration oleh syniehubov\"), and such a "
                    + "word before a name found otherwise (\"the premier giorgia meloni\"); the words of such names "
                    + "are then names wherever the text repeats them (\"wrote gladkov\"). A warning with a fix that "
                    + "is not applied automatically.",
            Example.bad("The head of the regional administration <marker>oleh</marker> syniehubov said it.").in("es", "en"),
            Example.bad("The premier giorgia <marker>meloni</marker> spoke.").in("es", "en"));

    static final RuleInfo PORTFOLIO = RuleInfo.check(ID, "portfolio", Category.PROPER_NOUN_CASE, Severity.ERROR,
            "A ministry's portfolio in lowercase",
            "\"Ministry of health\", \"Ministerio de defensa\": the portfolio is part of the institution's name and "
                    + "is capitalised after the ministry or minister (English capitalises the head too; Spanish, "
                    + "Portuguese, Italian and French write \"ministro de Defensa\"). The heads, linking words and "
                    + "portfolios are the target language's descriptor data. A portfolio partly capitalised "
                    + "(\"Ministry of foreign Affairs\") counts, and in English one in lowercase before a capitalised "
                    + "head (\"the foreign Ministry\"). A language whose names capitalise their first noun only "
                    + "(French \"ministère des Affaires étrangères\") capitalises the portfolio so. Fix (suggested): "
                    + "capitalise.",
            Example.bad("The Ministry of <marker>health</marker> confirmed the figures.",
                    "The Ministry of Health confirmed the figures.").in(null, "en"),
            Example.bad("The Ministry of <marker>foreign Affairs</marker> summoned the envoy.",
                    "The Ministry of Foreign Affairs summoned the envoy.").in(null, "en"),
            Example.bad("The <marker>defence</marker> Ministry denied it.", "The Defence Ministry denied it.").in(null, "en"),
            Example.bad("El ministro de <marker>defensa</marker> viajó a Kiev.", "El ministro de Defensa viajó a Kiev.")
                    .in(null, "es"),
            Example.bad("Le ministère des <marker>affaires étrangères</marker> a convoqué l’ambassadeur.",
                    "Le ministère des Affaires étrangères a convoqué l’ambassadeur.").in(null, "fr"),
            Example.good("The ministry of the interior said the health ministry would act.").in(null, "en"));
    static final RuleInfo LOWERCASE_TITLE = RuleInfo.check(ID, "lowercase-title", Category.PROPER_NOUN_CASE,
            Severity.WARNING, "A title before a name in lowercase, as the source writes it",
            "Spanish, French, Italian and Portuguese write an office or a rank before a name in lowercase (\"el "
                    + "presidente Andrés López\", \"il capitano Giovanni Rossi\"); English capitalises it there "
                    + "(\"President Andrés López\"), and translation from those languages keeps the lowercase. "
                    + "Read where the target's descriptor lists such titles (titles-before-names), the source writes "
                    + "offices in lowercase, a full name of two capitalised words follows, and the title opens its "
                    + "noun phrase: after a sentence start, a mark, an article or a preposition (after \"to\" only "
                    + "a title that is no verb: \"to judge Pedro Sánchez\"; not after \"as\", a role). After a modifier "
                    + "British style keeps it in lowercase (\"Kemerovo region governor Aman Tuleyev\"), and that "
                    + "stays clean. Fix (suggested): capitalise.",
            Example.bad("The medal went to <marker>colonel</marker> Giovanni Rossi and two privates.",
                    "The medal went to Colonel Giovanni Rossi and two privates.").in("it", "en"),
            Example.bad("To avoid the virus, <marker>president</marker> Andrés López asked for calm.",
                    "To avoid the virus, President Andrés López asked for calm.").in("es", "en"),
            Example.good("The regional governor Aman Tuleyev resigned; the captain said nothing.").in("es", "en"),
            Example.good("Kemerovo region governor Aman Tuleyev resigned on Sunday.").in("es", "en"),
            Example.good("It is too early to judge Pedro Sánchez. As chancellor Angela Merkel led Germany.")
                    .in("es", "en"),
            Example.bad("The minister thanked (<marker>president</marker> Andrés López) for the visit.").in("es", "en"));
    static final RuleInfo CAPITALISED_OFFICE = RuleInfo.check(ID, "capitalised-office", Category.PROPER_NOUN_CASE,
            Severity.ERROR, "An office capitalised as in English",
            "Spanish, Portuguese, Italian and French write offices in lowercase (\"el presidente\", \"le ministre\"); "
                    + "machine translation from English keeps the capital (\"el Presidente\", \"la Secretaria\"). "
                    + "Headings, sentence starts and offices after a form of address that capitalises them "
                    + "(\"Monsieur le Ministre\", from the descriptor) are left alone, as is an office the language's "
                    + "own convention capitalises (French \"le Président de la République\"). A translation from a language that "
                    + "writes offices in lowercase too (Spanish, French, Italian, Portuguese) had no capital to keep, so "
                    + "a capital there is the outlet's style and is left alone. Fix (suggested): lowercase.",
            Example.bad("Ayer habló <marker>el Presidente</marker> del Gobierno.".replace("<marker>el ", "el <marker>"),
                    "Ayer habló el presidente del Gobierno.").in("en", "es"),
            Example.good("El presidente y la ministra de Economía viajaron a Bruselas.").in(null, "es"),
            Example.good("\u2014 Madame l\u2019Ambassadrice, merci. Le pr\u00e9fet a remerci\u00e9 Monsieur le Maire.")
                    .in("en", "fr"),
            Example.good("Le d\u00e9jeuner r\u00e9unit le Pr\u00e9sident de la R\u00e9publique et le pr\u00e9sident du S\u00e9nat.")
                    .in("en", "fr"),
            Example.bad("Le <marker>Ministre</marker> de la Sant\u00e9 a parl\u00e9 hier.", "Le ministre de la Sant\u00e9 a parl\u00e9 hier.")
                    .in("en", "fr"),
            Example.good("Ayer habl\u00f3 el Ministro del Interior en Par\u00eds.").in("fr", "es"));

    static final RuleInfo CAPITALISED_TITLE = RuleInfo.check(ID, "capitalised-title", Category.PROPER_NOUN_CASE,
            Severity.WARNING, "A title of nobility or royalty capitalised as in English",
            "Spanish and French write titles of nobility in lowercase (\"el duque de Alba\", \"la comtesse de "
                    + "S\u00e9gur\"), and these languages, Italian and Portuguese write a royal title before the name "
                    + "it goes with so too (\"la reina Isabel\", \"le prince Harry\"); machine translation keeps the "
                    + "capital of \"the Duke of\", \"Queen Elizabeth\". A royal title alone is left alone (the press "
                    + "capitalises \"el Rey\" for a reigning monarch), as is one before anything but a name the "
                    + "dictionary knows (\"el Príncipe Azul\", a fictional \"Reina Eirwen\"). The title must follow an "
                    + "article or a preposition, with at most one adjective between (after a noun it is a surname: "
                    + "\"el presidente Duque\"), and start no run of capitalised words (\"el Bar\u00f3n Rojo\"). A word the "
                    + "dictionary knows as a name, or that the document writes inside a name, is left alone. The titles "
                    + "are the descriptor's data. Fix (suggested): lowercase.",
            Example.bad("La finca pasó a manos del <marker>Marqués</marker> de Comillas en 1880.",
                    "La finca pasó a manos del marqués de Comillas en 1880.").in("en", "es"),
            Example.good("El marqués de Comillas vendió la finca; el Barón Rojo voló sobre ella.").in("en", "es"),
            Example.bad("Le discours de la <marker>Reine</marker> Elizabeth a été diffusé mardi.",
                    "Le discours de la reine Elizabeth a été diffusé mardi.").in("en", "fr"),
            Example.good("Le Roi a reçu le prince Harry ; la reine Elizabeth était absente.").in("en", "fr"));
    static final RuleInfo CAPITALISED_ADJECTIVE = RuleInfo.check(ID, "capitalised-adjective", Category.PROPER_NOUN_CASE,
            Severity.WARNING, "An adjective capitalised after a lowercase noun",
            "\"el sector Tecnol\u00f3gico\", \"la politique Mon\u00e9taire\": English capitalised the phrase as a name "
                    + "or a label, and translation kept the capital on the adjective alone. A name that capitalises its "
                    + "adjective capitalises its noun too (\"el Banco Central\"). The noun must read only as a common "
                    + "noun and the adjective as no verb, name or function word, stand in a paragraph (not a heading, "
                    + "a table or a title line), outside quotations, and start no run of capitalised words; a word "
                    + "the document writes inside a name is left alone. Fix (suggested): lowercase.",
            Example.bad("Las ventas del comercio <marker>Electrónico</marker> subieron en marzo.",
                    "Las ventas del comercio electrónico subieron en marzo.").in("en", "es"),
            Example.bad("La croissance du secteur <marker>Pharmaceutique</marker> ralentit.",
                    "La croissance du secteur pharmaceutique ralentit.").in("en", "fr"),
            Example.good("Las ventas del Comercio Electrónico Nacional subieron, como en el océano Pacífico.")
                    .in("en", "es"));
    static final RuleInfo NAME_ADJECTIVE = RuleInfo.check(ID, "name-adjective", Category.PROPER_NOUN_CASE,
            Severity.WARNING, "An adjective capitalised inside a name that capitalises its first noun only",
            "French names of bodies capitalise their first noun and leave the adjectives after it in lowercase "
                    + "(\"la Garde civile\", \"l'Union europ\u00e9enne\", \"le Sauvetage maritime\"); Spanish and "
                    + "English capitalise every significant word (\"Guardia Civil\", \"Maritime Rescue\"), and "
                    + "translation keeps their capitals. Reported on the capitalised adjectives right after a "
                    + "capitalised noun that starts the names of bodies (the descriptor's institutions.body-nouns: "
                    + "\"garde\", \"service\", \"union\"), in a paragraph, outside quotations. Titles (\"Ma\u00eetre "
                    + "Petit\"), nicknames (\"Barbe Noire\") and brands start with other nouns; a noun inside a name "
                    + "that starts before it (\"Lions Club International\"), a name carried over whole (\"Universit\u00e9 "
                    + "Internationale Men\u00e9ndez Pelayo\"), a word the dictionary knows as a name (\"la Maison "
                    + "Blanche\") and a hyphenated name stay clean. Fix (suggested): lowercase the adjectives.",
            Example.bad("Les migrants ont été secourus par la Garde <marker>Civile</marker> au large d'Almería.",
                    "Les migrants ont été secourus par la Garde civile au large d'Almería.").in(null, "fr"),
            Example.bad("Le Service <marker>Maritime Provincial</marker> a coordonné les recherches.",
                    "Le Service maritime provincial a coordonné les recherches.").in(null, "fr"),
            Example.good("La Garde civile, la Maison Blanche et la Croix-Rouge se sont réunies près de la mer Rouge.")
                    .in(null, "fr"));
    static final RuleInfo CAPITALISED_EXPANSION = RuleInfo.check(ID, "capitalised-expansion", Category.PROPER_NOUN_CASE,
            Severity.WARNING, "An acronym spelled out with only its first word capitalised",
            "A spelled-out acronym capitalises its significant words when it is a name (\"Fondo Monetario "
                    + "Internacional (FMI)\") and none when it is a common noun (\"fondos cotizados en bolsa (ETF)\"). "
                    + "Translation of an English expansion often keeps only the first capital: a common noun after an "
                    + "article or a preposition, followed by lowercase words up to a bracketed acronym that does not "
                    + "start with its initial (the acronym is the English one, so the words are a translation, not "
                    + "the name the acronym abbreviates). Fix (suggested): lowercase the first word.",
            Example.bad("Aumentó el uso de <marker>Redes privadas virtuales</marker> (VPN) en la empresa.",
                    "Aumentó el uso de redes privadas virtuales (VPN) en la empresa.").in("en", "es"),
            Example.good("Aumentó el uso de redes privadas virtuales (VPN) y de la Ley de servicios digitales (LSD).")
                    .in("en", "es"));

    private static final RuleInfo INFO = RuleInfo.family(ID, "Proper noun written in lowercase",
            "Names that machine translation left in lowercase: known to the dictionaries, listed in the names "
                    + "gazetteer, capitalised elsewhere in the document, or recognisable by their place.",
            List.of(Example.good("Charles de Gaulle read the report on elDiario.es and the iPhone.").in(null, "en")),
            KNOWN_NAME, PRODUCT_NAME, NOUN, SURNAME, UNLISTED_NAME, PORTFOLIO, CAPITALISED_OFFICE, LOWERCASE_TITLE, CAPITALISED_TITLE,
            CAPITALISED_ADJECTIVE, NAME_ADJECTIVE, CAPITALISED_EXPANSION);

    /**
     * Lowercase words that are right as they are wherever they stand: a name particle, a word the packs accept,
     * or one the target dictionary knows with no house casing. Most words of a text are.
     */
    private final FormMemo<Boolean> plainWords;
    /** Whether a name of several words from the names packs starts with the word, by its form. */
    private final FormMemo<Boolean> startsMultiWordName;
    /** Made on first use: the target language's lexicon may not be loaded when the rule is made. */
    private volatile TargetExpressions expressions;

    public ProperNounCaseRule(RuleEnvironment env) {
        super(INFO, env);
        this.plainWords = new FormMemo<>(form -> {
            String word = form.text();
            Lexicon target = env.targetLexicon();
            Vocabulary vocabulary = env.vocabulary();
            return target.descriptor().isNameParticle(word) || vocabulary.isAccepted(word)
                    || vocabulary.casing(word) == null && (target.knows(word)
                    || EnglishWords.isFunctionWordIn(target, word));
        });
        this.startsMultiWordName = new FormMemo<>(form -> env.vocabulary().startsMultiWordName(form.lower()));
    }

    /**
     * "blei- und nickelfrei", "hand-, feder- oder ferngesteuert": the first part of a compound whose end is left to
     * the next word takes the case of the whole compound, which is an adjective as often as a noun.
     */
    private static boolean isSuspendedCompoundPart(String text, Words.Word w) {
        int hyphen = w.end();
        if (hyphen >= text.length() || text.charAt(hyphen) != '-') {
            return false;
        }
        return hyphen + 1 == text.length() || Character.isWhitespace(text.charAt(hyphen + 1))
                || ",/".indexOf(text.charAt(hyphen + 1)) >= 0;
    }

    /**
     * A source that writes offices in lowercase too ("el ministro", "le président") gave the translation no capital
     * to keep: a capitalised office there is the outlet's own style.
     */
    private boolean sourceLowercasesOffices(Document document) {
        String source = env.sourceFor(document);
        return source != null && Languages.isDescribed(RuleEnvironment.base(source))
                && !Languages.of(RuleEnvironment.base(source)).institutions().lowercaseOffices().isEmpty();
    }

    /**
     * A name the rule found by its place ("vyacheslav gladkov" after "the governor") is the same name when the
     * article repeats the surname alone ("wrote gladkov"), so the whole document is scanned first and the words
     * of such names are then looked for everywhere.
     */
    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        FirstPass pass = context.document().derived(this, () -> firstPass(context));
        List<Finding> found = pass.findings().getOrDefault(block, List.of());
        found.forEach(out::forward);
        boolean lowercaseOffices = sourceLowercasesOffices(context.document());
        InstitutionCase.check(block, env.targetLanguage(), env.targetLexicon(), env.sourceLexicon(context.document()),
                PORTFOLIO, lowercaseOffices ? null : CAPITALISED_OFFICE, out);
        if (lowercaseOffices) {
            LowercaseTitles.check(block, env.targetLexicon(), LOWERCASE_TITLE, out);
        }
        CalquedCapitals.check(block, context, env.targetLexicon(), env.vocabulary(), CAPITALISED_TITLE,
                CAPITALISED_ADJECTIVE, CAPITALISED_EXPANSION, out);
        NameAdjectives.check(block, context, env.targetLexicon(), env.vocabulary(), NAME_ADJECTIVE, out);
        productNames(block, context, out);
        if (pass.namesByPlace().isEmpty()) {
            return;
        }
        for (Words.Word w : BlockWords.of(context.document(), block)) {
            int start = block.toDocument(w.start());
            if (w.isLowercase() && pass.namesByPlace().contains(w.text())
                    && found.stream().noneMatch(f -> f.overlaps(start, start + 1))) {
                reportUnlistedName(w, out, ", as it is a name elsewhere in the text");
            }
        }
    }

    /**
     * "Pytorch", "MacOS", "Github" in a document with code: a product whose makers set capitals inside its name,
     * written with a capital at the start only or otherwise mixed. Lowercase is often the command or the package,
     * capitals throughout are a heading's or an emphasis's style, and news prose keeps its house's spelling.
     */
    private void productNames(ProseBlock block, DocumentContext context, BlockReporter out) {
        if (!DocumentCode.of(context.document()).any()) {
            return;
        }
        String text = block.text();
        for (Words.Word w : BlockWords.of(context.document(), block)) {
            if (w.isLowercase() || w.isAllCaps()) {
                continue;
            }
            String canonical = env.vocabulary().product(w.text().toLowerCase(Locale.ROOT));
            if (canonical == null || canonical.equals(w.text()) || namesCode(text, w, context.document())) {
                continue;
            }
            out.report(PRODUCT_NAME, w.start(), w.end(), "\u201c" + w.text() + "\u201d: its makers write \u201c"
                            + canonical + "\u201d",
                    BlockFix.replace(w.start(), w.end(), canonical, true, "write " + canonical));
        }
    }

    /** Each block's findings, and the lowercase words reported as names by their place alone. */
    private record FirstPass(Map<ProseBlock, List<Finding>> findings, Set<String> namesByPlace) {
    }

    private FirstPass firstPass(DocumentContext context) {
        Map<ProseBlock, List<Finding>> findings = new IdentityHashMap<>();
        Set<String> names = new HashSet<>();
        for (ProseBlock b : context.document().blocks()) {
            List<Finding> list = new ArrayList<>();
            scan(b, context, new BlockReporter(info(), b, list::add), names);
            if (!list.isEmpty()) {
                findings.put(b, List.copyOf(list));
            }
        }
        return new FirstPass(findings, Set.copyOf(names));
    }

    private void scan(ProseBlock block, DocumentContext context, BlockReporter out, Set<String> namesByPlace) {
        String text = block.text();
        // An English heading capitalises every word: its capitals name nothing ("Storing Lists Of Mutexes").
        boolean titleCaseHeadings = env.targetLexicon().descriptor().typography().titleCaseHeadings();
        DocumentCode code = DocumentCode.of(context.document());
        boolean technical = code.any();
        Set<String> documentNames = DocumentNames.of(context.document(), ProperNounCaseRule.class.getName(),
                b -> !titleCaseHeadings || b.kind() != ProseBlock.Kind.HEADING, technical);
        Set<String> standaloneNames = technical ? documentNames : DocumentNames.of(context.document(),
                ProperNounCaseRule.class.getName() + ".standing-alone",
                b -> !titleCaseHeadings || b.kind() != ProseBlock.Kind.HEADING, true);
        CaseUses uses = context.document().derived(CaseUses.class,
                () -> CaseUses.of(context.document(), b -> !titleCaseHeadings || b.kind() != ProseBlock.Kind.HEADING));
        List<SourceLanguageSpans.Span> sourceSpans = SourceLanguageSpans.of(env, context.document(), block);
        List<SourceLanguageSpans.Span> sourcePhrases = sourceSpans.stream()
                .filter(s -> s.bracketed() || s.nameTail() || s.words() > 1).toList();
        Lexicon target = env.targetLexicon();
        Lexicon source = env.sourceLexicon(context.document());
        Vocabulary vocabulary = env.vocabulary();
        List<Words.Word> words = BlockWords.of(context.document(), block);
        // The last word reported as a lowercase name, capitalised, and where it ends: a surname may follow it.
        String lastName = null;
        int lastNameEnd = -1;
        // Where the last name no dictionary lists ends, so that no word of it is reported twice.
        int lastUnlistedEnd = -1;
        for (int k = 0; k < words.size(); k++) {
            Words.Word w = words.get(k);
            int nameWords = startsMultiWordName.get(w.form()) ? reportMultiWordName(text, words, k, vocabulary, out) : 0;
            if (nameWords > 0) {
                k += nameWords - 1;
                continue;
            }
            if (!w.isLowercase() || w.text().length() < 2 || plainWords.get(w.form()) || isContraction(text, w)
                    || isHyphenatedPart(text, w, target) || Credits.isTrailingCredit(text, w.start(), w.end())
                    || Credits.isDatelineCredit(text, w.start(), w.end())
                    || Addresses.isPartOfAddress(text, w.start(), w.end()) || sourcePhrases.stream().anyMatch(s -> s.contains(w.start(), w.end()))
                    || namesCode(text, w, context.document())
                    || technical && (isPackageName(text, w) || isQuotedValue(text, w)
                        || code.hasWord(w.text()) && !target.hasProperNounReading(Capitalisation.capitalise(w.text())))
                    || LanguageNames.isAutonymAsWritten(w.text())) {
                continue;
            }
            String canonical = canonicalForm(text, w, target, vocabulary, documentNames, standaloneNames, source, uses,
                    technical);
            boolean afterReportedName = lastName != null && lastNameEnd == w.start() - 1 && text.charAt(lastNameEnd) == ' ';
            if (canonical == null && (LowercaseSurname.follows(text, w, target, source)
                    || afterReportedName && LowercaseSurname.followsName(lastName, w, target, source))) {
                String surname = Capitalisation.capitalise(w.text());
                namesByPlace.add(w.text());
                out.report(SURNAME, w.start(), w.end(), Severity.WARNING, "Surname in lowercase after a given name: \u201c"
                                + w.text() + "\u201d should probably be \u201c" + surname + "\u201d",
                        List.of(BlockFix.replace(w.start(), w.end(), surname, false, "capitalise as " + surname)));
                continue;
            }
            if (canonical == null && k + 1 < words.size()
                    && LowercaseName.isPair(text, words, k, target, source, plainWords::get)) {
                reportNameFoundByPlace(w, out, namesByPlace);
                reportNameFoundByPlace(words.get(k + 1), out, namesByPlace);
                k++;
                lastUnlistedEnd = words.get(k).end();
                continue;
            }
            if (canonical != null && !target.hasProperNounReading(canonical) && vocabulary.casing(w.text()) == null
                    && sourceSpans.stream().anyMatch(s -> s.contains(w.start(), w.end()))) {
                // Only the document's own capitals ("CGT-Cheminots") call it a name, and the source language
                // claims the word ("cheminots"): mt.source-leftover reports it once, as untranslated.
                continue;
            }
            if (canonical != null && (isNameParticle(text, words, k, canonical) || isAbbreviation(text, w, canonical))) {
                continue;
            }
            if (canonical != null && source != null && !target.knows(w.form())
                    && source.lookup(w.form()).tags().stream().anyMatch(source.descriptor()::isFunctionTag)
                    && (sourceOnly(words, k - 1, target, source) || sourceOnly(words, k + 1, target, source))) {
                // "Use this template": a function word of a source-language phrase left in, not a name.
                continue;
            }
            if (canonical != null && !afterReportedName && vocabulary.casing(w.text()) == null
                    && (!documentNames.contains(canonical) || isEnglishCommonWordOnly(canonical, target))
                    && (!target.descriptor().capitalisesNouns() || target.hasProperNounReading(canonical))
                    && EnglishWords.isLowercaseWordIn(target, w.text())) {
                // English left in: "complètement lost" is no "Lost"; nor is "de modeling" where the text also
                // writes "technologie Modeling", since translation capitalises an English loanword as readily.
                continue;
            }
            if (canonical != null && !expressions().coversLowercase(text, words, k)) {
                String what = target.descriptor().capitalisesNouns() && !target.hasProperNounReading(canonical)
                        ? "Noun in lowercase (nouns are capitalised in this language)" : "Proper noun in lowercase";
                if (what.startsWith("Noun") && isSuspendedCompoundPart(text, w)) {
                    continue;
                }
                if (canonical.equals(Capitalisation.capitalise(w.text())) && words.get(Math.max(0, k - 1)).end() > lastUnlistedEnd
                        && lastNameEnd < w.start() - 1 && LowercaseName.isGivenNameBefore(text, words, k, target, source, plainWords::get)) {
                    reportNameFoundByPlace(words.get(k - 1), out, namesByPlace);
                }
                // A word only the source language knows, with no name of that spelling in the dictionary or the
                // packs, may be a leftover: capitals would hide it, so the fix waits for a reader.
                boolean sourceWord = source != null && !target.hasProperNounReading(canonical)
                        && vocabulary.casing(w.text()) == null && !target.knows(w.form()) && source.knows(w.text());
                out.report(what.startsWith("Noun") ? NOUN : KNOWN_NAME, w.start(), w.end(), what + ": \u201c" + w.text() + "\u201d should be \u201c"
                                + canonical + "\u201d",
                        BlockFix.replace(w.start(), w.end(), canonical, !sourceWord, "capitalise as " + canonical));
                lastName = canonical;
                lastNameEnd = w.end();
            }
        }
    }

    /** A capitalised word that no dictionary, the target's or English, knows as a name. */
    private static boolean isEnglishCommonWordOnly(String capitalised, Lexicon target) {
        return !target.hasProperNounReading(capitalised) && !EnglishWords.isEnglishName(capitalised);
    }

    /** Whether the word at {@code k} exists and only the source language knows it. */
    private static boolean sourceOnly(List<Words.Word> words, int k, Lexicon target, Lexicon source) {
        return k >= 0 && k < words.size() && !target.knows(words.get(k).text()) && source.knows(words.get(k).text());
    }

    /**
     * A lowercase word with a stop before a lowercase word ("au cours de chr. maladie"), where the dictionary knows
     * the letters only as an acronym ("CHR"): an abbreviation, which keeps its case; the sentence goes on after it.
     */
    private static boolean isAbbreviation(String text, Words.Word w, String canonical) {
        int after = w.end() + 2;
        return canonical.equals(canonical.toUpperCase(Locale.ROOT)) && after < text.length()
                && text.charAt(w.end()) == '.' && text.charAt(w.end() + 1) == ' '
                && Character.isLowerCase(text.codePointAt(after));
    }

    /**
     * A short lowercase word between two capitalised ones that the dictionary knows only as an acronym: a particle
     * of a foreign name ("Ústí nad Labem", "Frankfurt am Main"), not "NAD" or "AM" in lowercase.
     */
    private static boolean isNameParticle(String text, List<Words.Word> words, int k, String canonical) {
        if (k == 0 || k + 1 >= words.size() || canonical.length() > 4 || !canonical.equals(canonical.toUpperCase(Locale.ROOT))) {
            return false;
        }
        Words.Word before = words.get(k - 1);
        Words.Word after = words.get(k + 1);
        Words.Word w = words.get(k);
        return before.end() == w.start() - 1 && text.charAt(before.end()) == ' ' && after.start() == w.end() + 1
                && text.charAt(w.end()) == ' ' && Character.isUpperCase(before.text().codePointAt(0))
                && Character.isUpperCase(after.text().codePointAt(0)) && !after.isAllCaps();
    }

    /**
     * A name of two or three words from the names packs written with a lowercase word ("chasiv yar", "khan
     * younis"): reported once, over the words from the first to the last miscased, with the name's spelling.
     * Returns how many words the name covers, or 0.
     */
    private static int reportMultiWordName(String text, List<Words.Word> words, int k, Vocabulary vocabulary,
                                           BlockReporter out) {
        if (k + 1 >= words.size() || !vocabulary.startsMultiWordName(words.get(k).lower())) {
            return 0;
        }
        for (int n = MAX_NAME_WORDS; n >= 2; n--) {
            if (k + n > words.size()) {
                continue;
            }
            StringBuilder joined = new StringBuilder(words.get(k).text());
            boolean spaced = true;
            for (int j = k + 1; j < k + n && spaced; j++) {
                int gap = words.get(j - 1).end();
                spaced = words.get(j).start() == gap + 1 && text.charAt(gap) == ' ';
                joined.append(' ').append(words.get(j).text());
            }
            Vocabulary.CasingEntry entry = spaced ? vocabulary.casing(joined.toString()) : null;
            if (entry == null) {
                continue;
            }
            String[] canonical = entry.canonical().split(" ");
            if (canonical.length != n || entry.canonical().equals(joined.toString())
                    || entry.midSentenceOnly() && Sentences.startsSentence(text, words.get(k).start())) {
                return n;
            }
            int first = 0;
            while (words.get(k + first).text().equals(canonical[first])) {
                first++;
            }
            int last = n - 1;
            while (words.get(k + last).text().equals(canonical[last])) {
                last--;
            }
            int start = words.get(k + first).start();
            int end = words.get(k + last).end();
            String written = text.substring(start, end);
            String spelling = String.join(" ", java.util.Arrays.asList(canonical).subList(first, last + 1));
            out.report(KNOWN_NAME, start, end, "Proper noun in lowercase: \u201c" + written + "\u201d should be \u201c"
                            + spelling + "\u201d (" + entry.canonical() + ")",
                    BlockFix.replace(start, end, spelling, true, "capitalise as " + spelling));
            return n;
        }
        return 0;
    }

    /**
     * A lowercase part of a hyphenated word that is right as it stands: after a capitalised part, as names write
     * it ("Kim Jong-un"); in a compound the dictionary lists ("double-decker"); or before a lowercase part in a
     * language that capitalises nouns, where such a compound is an adjective ("rheinland-pfälzisch").
     */
    private static boolean isHyphenatedPart(String text, Words.Word w, Lexicon target) {
        if (w.start() > 0 && text.charAt(w.start() - 1) == '-'
                && (w.start() == 1 || !Character.isLetterOrDigit(text.charAt(w.start() - 2)))) {
            return true; // a compound's tail or a suffix cited alone: "Forderungen und -verbindlichkeiten", "-ben"
        }
        boolean afterHyphen = w.start() > 1 && text.charAt(w.start() - 1) == '-' && Character.isLetter(text.charAt(w.start() - 2));
        boolean beforeHyphen = w.end() + 1 < text.length() && text.charAt(w.end()) == '-' && Character.isLetter(text.charAt(w.end() + 1));
        if (!afterHyphen && !beforeHyphen) {
            return false;
        }
        int from = w.start();
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
            from--;
        }
        int to = w.end();
        while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '-')) {
            to++;
        }
        String compound = text.substring(from, to);
        if (afterHyphen && Character.isUpperCase(compound.codePointAt(0)) && from < w.start() - 1) {
            return true;
        }
        if (target.knows(compound) || beforeHyphen && target.knows(compound.replace("-", ""))) {
            return true; // "double-decker"; a prefix the dictionary writes solid: "un-minified"
        }
        return beforeHyphen && target.descriptor().capitalisesNouns() && Character.isLowerCase(text.charAt(w.end() + 1));
    }

    /**
     * A word of a personal name no dictionary lists, found by its place (see {@link LowercaseName}); it joins
     * {@code namesByPlace}, so that the rest of the document is checked for it.
     */
    private static void reportNameFoundByPlace(Words.Word w, BlockReporter out, Set<String> namesByPlace) {
        namesByPlace.add(w.text());
        reportUnlistedName(w, out, "");
    }

    private static void reportUnlistedName(Words.Word w, BlockReporter out, String reason) {
        String name = Capitalisation.capitalise(w.text());
        out.report(UNLISTED_NAME, w.start(), w.end(), Severity.WARNING, "Name in lowercase: \u201c" + w.text()
                        + "\u201d should probably be \u201c" + name + "\u201d" + reason,
                List.of(BlockFix.replace(w.start(), w.end(), name, false, "capitalise as " + name)));
    }

    private TargetExpressions expressions() {
        TargetExpressions e = expressions;
        if (e == null) {
            e = TargetExpressions.of(env);
            expressions = e;
        }
        return e;
    }

    /**
     * A word of a file, module or package name ("automation-kit-main-install.json"; "starlette-admin" where the
     * code installs it), or, in a document that shows code, a function called in the text ("chr(13)"): spelt as
     * the code spells it.
     */
    private static boolean namesCode(String text, Words.Word w, io.mtlint.model.Document document) {
        String token = Identifiers.around(text, w.start(), w.end());
        DocumentCode code = DocumentCode.of(document);
        return Identifiers.isFileOrModuleName(token) || code.hasToken(token)
                || code.any() && Identifiers.isCalledAt(text, w.end());
    }

    /** "astro-plugin-json-feed": three or more lowercase parts joined by hyphens name a package. */
    private static boolean isPackageName(String text, Words.Word w) {
        String token = Identifiers.around(text, w.start(), w.end());
        return Identifiers.joinsThreeOrMoreParts(token)
                && token.chars().allMatch(c -> c == '-' || Character.isDigit(c) || Character.isLowerCase(c));
    }

    /** A word quoted alone ("esm", 'vue') is a value cited as the code spells it. */
    private static boolean isQuotedValue(String text, Words.Word w) {
        return w.start() > 0 && w.end() < text.length() && "\"'\u201c\u2018".indexOf(text.charAt(w.start() - 1)) >= 0
                && "\"'\u201d\u2019".indexOf(text.charAt(w.end())) >= 0;
    }

    /** "isn" of "isn't", "aujourd" of "aujourd'hui": the word with its apostrophe is the word. */
    private boolean isContraction(String text, Words.Word w) {
        String negated = Words.withNegation(text, w);
        if (negated != null && plainWords.get(WordForm.of(negated, 0, negated.length()))) {
            return true;
        }
        String joined = Words.joinedAtApostrophe(text, w);
        return joined != null && env.targetLexicon().knows(joined);
    }

    private String canonicalForm(String text, Words.Word w, Lexicon target, Vocabulary vocabulary,
                                 Set<String> documentNames, Set<String> standaloneNames, Lexicon source,
                                 CaseUses uses, boolean technical) {
        Vocabulary.CasingEntry entry = vocabulary.casing(w.text());
        if (entry != null) {
            if (entry.canonical().equals(w.text())
                    || entry.midSentenceOnly() && Sentences.startsSentence(text, w.start())) {
                return null;
            }
            return entry.canonical();
        }
        if (target.knows(w.form())) {
            return null;
        }
        if (isUnitAfterFigure(text, w)) {
            return null;
        }
        String capitalised = Capitalisation.capitalise(w.text());
        // Two letters are too little to go on: the tagger lists "Se", "De", "SE" and "DE" (element symbols, state
        // codes, rare names), and a lone "se" or "de" is a word of the source language. The names packs list the
        // two-letter names worth reporting (EU, UK).
        if (w.text().length() <= 2) {
            return documentNames.contains(capitalised) ? capitalised : null;
        }
        if (target.hasProperNounReading(capitalised)) {
            return capitalised;
        }
        if (target.descriptor().capitalisesNouns()
                && target.lookup(capitalised).tags().stream().anyMatch(target.descriptor()::isNounTag)) {
            return capitalised;
        }
        // Technical writers lowercase the acronyms of their trade ("json", "url"); translation does not. Those of
        // states and organisations ("usa", "un") they write in capitals like anyone.
        String upper = w.text().toUpperCase(Locale.ROOT);
        if ((!technical || Initialisms.get().writes(env.targetBase(), upper))
                && target.hasProperNounReading(upper)) {
            return upper;
        }
        if (!documentNames.contains(capitalised) || uses.mostlyLowercase(w.text())) {
            return null;
        }
        // A word of a capitalised name ("AAA Consumer Rules") names nothing alone when it is a common word too.
        return standaloneNames.contains(capitalised) || !isCommonWord(w.text(), target, source) ? capitalised : null;
    }

    /** A lowercase word the source language or English knows: "rules" is a word whatever a title capitalises. */
    private static boolean isCommonWord(String lower, Lexicon target, Lexicon source) {
        return source != null && source.knows(lower) || EnglishWords.isLowercaseWordIn(target, lower);
    }

    /**
     * How often a document writes each word in lowercase, and each capitalised word in mid-sentence (as
     * {@link DocumentNames} counts names).
     */
    private record CaseUses(Map<String, Integer> lowercase, Map<String, Integer> capitalised) {
        static CaseUses of(Document document, Predicate<ProseBlock> include) {
            Map<String, Integer> lower = new HashMap<>();
            Map<String, Integer> capital = new HashMap<>();
            for (ProseBlock b : document.blocks()) {
                String t = b.text();
                for (Words.Word w : BlockWords.of(document, b)) {
                    if (w.isLowercase()) {
                        lower.merge(w.text(), 1, Integer::sum);
                    } else if (include.test(b) && w.isCapitalised() && !w.isAllCaps() && !Sentences.startsSentence(t, w.start())) {
                        capital.merge(w.text(), 1, Integer::sum);
                    }
                }
            }
            return new CaseUses(Map.copyOf(lower), Map.copyOf(capital));
        }

        /**
         * Whether the document writes the word in lowercase more often than capitalised in mid-sentence, and at
         * least twice: its own common noun, which a title or a product name capitalised ("the Plum Mochiko Box ...
         * each mochiko ... one mochiko"). A name that translation lowercased keeps its capital in most other places.
         */
        boolean mostlyLowercase(String word) {
            int lower = lowercase.getOrDefault(word, 0);
            return lower >= 2 && lower > capitalised.getOrDefault(Capitalisation.capitalise(word), 0);
        }
    }

    /**
     * A short word after a figure ("665 nm", "5 mo", "90 bpd") is a unit, not a name or an acronym in lowercase;
     * longer ones may be names ("in 2022 kyiv").
     */
    private static boolean isUnitAfterFigure(String text, Words.Word w) {
        int i = w.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\u202F')) {
            i--;
        }
        return w.text().length() <= 3 && i >= 0 && Character.isDigit(text.charAt(i));
    }
}
