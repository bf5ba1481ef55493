package io.mtlint.check;

import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.LanguagePair;
import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.model.Rule;
import io.mtlint.lang.Vocabulary;
import io.mtlint.languagetool.LanguageRegistry;
import io.mtlint.languagetool.LanguageToolRule;
import io.mtlint.languagetool.LanguageToolSettings;
import io.mtlint.packs.PackLoader;
import io.mtlint.packs.RulePacks;
import io.mtlint.config.YamlException;
import io.mtlint.detectors.calques.CalqueRule;
import io.mtlint.detectors.docspair.DocsPairRule;
import io.mtlint.detectors.numbers.NumberFormatRule;
import io.mtlint.detectors.names.NameTranslationRule;
import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.detectors.punctuation.PunctuationRule;
import io.mtlint.detectors.quotes.QuotesRule;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.analysis.SourcePassages;
import io.mtlint.detectors.sentencecase.SentenceCaseRule;
import io.mtlint.detectors.leftover.SourceLeftoverRule;
import io.mtlint.detectors.spacing.SpacingRule;
import io.mtlint.detectors.titlecase.TitleCaseRule;
import io.mtlint.detectors.bilingual.DoubledWordRule;
import io.mtlint.detectors.bilingual.EndPunctuationRule;
import io.mtlint.detectors.bilingual.LengthRatioRule;
import io.mtlint.detectors.bilingual.MarkupMismatchRule;
import io.mtlint.detectors.bilingual.NumberMismatchRule;
import io.mtlint.detectors.bilingual.TerminologyRule;
import io.mtlint.detectors.bilingual.UntranslatedRule;
import io.mtlint.detectors.bilingual.UrlMismatchRule;
import io.mtlint.detectors.bilingual.WhitespaceMismatchRule;
import io.mtlint.support.Digest;
import io.mtlint.translate.ApertiumTranslator;
import io.mtlint.translate.ChainTranslator;
import io.mtlint.translate.GlossaryTranslator;
import io.mtlint.translate.Translator;

import java.util.ArrayList;
import java.util.List;

/** Assembles a {@link Checker} from options: built-in detectors, rule packs and the LanguageTool layer. */
public final class CheckerFactory {
    private CheckerFactory() {
    }

    /**
     * Starts loading the list of languages and the shipped rule packs on background threads. Every checker needs
     * both, so a command-line run starts them before parsing its arguments.
     */
    public static void startLoading() {
        LanguageRegistry.preload();
        PackLoader.preload();
    }

    /** Builds the checker; fails with a one-line message on a bad language, rule pack or rule file. */
    public static Checker create(CheckOptions options) throws ConfigException {
        return create(options, false);
    }

    /** {@code everyRule}: rules that are off by default run too (for listing what is available). */
    private static Checker create(CheckOptions options, boolean everyRule) throws ConfigException {
        LanguageRegistry.preload();
        RulePacks packs;
        try {
            packs = PackLoader.load(options.pair(), options.ruleDirectories());
        } catch (YamlException e) {
            throw new ConfigException(e.getMessage());
        }
        validateLanguages(options);
        Vocabulary vocabulary = packs.vocabulary();
        options.acceptedWords().forEach(vocabulary::addAccepted);
        RuleEnvironment env = new RuleEnvironment(options.pair(), vocabulary,
                source -> translator(options, source, vocabulary));
        io.mtlint.lang.Glossary glossary = glossary(options);
        List<Rule> all = new ArrayList<>(builtInRules(env));
        all.add(new TerminologyRule(env, glossary));
        for (Rule rule : packs.rules()) {
            if (everyRule || !packs.isOffByDefault(rule.id()) || options.enabledRules().contains(rule.id())
                    || options.onlyRules().contains(rule.id())) {
                List<String> sources = packs.sourcesOf(rule.id());
                all.add(options.pair().detectsSource() && !sources.isEmpty()
                        ? new SourceBoundRule(rule, sources, env::sourceFor) : rule);
            }
        }
        if (options.languageTool()) {
            // By LanguageTool's own code, so that es-MX and es-CO share one engine with es.
            all.add(new LanguageToolRule(new LanguageToolSettings(LanguageRegistry.variantFor(options.pair().target()),
                    options.languageToolEnabled(), options.languageToolDisabled(), vocabulary.acceptedSpellings(),
                    packs.languageToolRuleFiles(), options.languageToolPicky())));
        }
        all.add(new UnusedDisableRule(formerIds(all)));
        RuleReferences.Resolved references = RuleReferences.resolve(options, all, () -> allIds(options));
        CheckOptions resolved = references.options();
        FindingFilter filter = new FindingFilter(resolved.disabledRules(), resolved.disabledCategories(),
                resolved.onlyRules(), resolved.onlyCategories());
        boolean reportUnused = options.reportUnusedDisables()
                || resolved.enabledRules().contains(UnusedDisableRule.ID);
        List<Rule> enabled = all.stream().filter(r -> r.mayReport(filter))
                .filter(r -> reportUnused || !(r instanceof UnusedDisableRule)).toList();
        return new Checker(enabled, options.pair().target(), resolved.severityOverrides(), filter,
                env::sourceFor, document -> SourcePassages.of(env, document), options.timings(), references.warnings());
    }

    /**
     * What decides the findings of the checker {@link #create} builds from {@code options}, worked out without
     * building it: the options, the bytes of the user's rule packs, glossaries and aligned source file, and whether
     * Apertium is installed. Part of result-cache keys, so that an unchanged file is found in the cache before
     * any rule is compiled.
     */
    public static String fingerprint(CheckOptions options) throws ConfigException {
        Digest digest = Digest.sha256().add(options.fingerprint());
        try {
            digest.add(PackLoader.digest(options.ruleDirectories()));
        } catch (YamlException e) {
            throw new ConfigException(e.getMessage());
        }
        for (java.nio.file.Path file : options.glossaries()) {
            digest.add("glossary").add(bytesOf(file));
        }
        if (options.alignedSource() != null) {
            digest.add("aligned").add(bytesOf(options.alignedSource()));
        }
        return digest.add("apertium=" + (options.translate() && apertiumAvailable(options))).hex();
    }

    /**
     * What the rules read about {@code document} besides its own bytes, as a string that changes when that does:
     * the page a translated doc is checked against ({@link DocsPairRule#sourcePage}). Part of result-cache keys.
     */
    public static String otherInputs(CheckOptions options, io.mtlint.model.Document document) {
        return DocsPairRule.sourcePage(document, options.pair().source());
    }

    /** The ids each rule's checks had before they were renamed, by their current ids. */
    private static java.util.Map<String, List<String>> formerIds(List<Rule> rules) {
        java.util.Map<String, List<String>> former = new java.util.HashMap<>();
        for (Rule rule : rules) {
            for (io.mtlint.model.RuleInfo check : rule.checks()) {
                if (!check.formerIds().isEmpty()) {
                    former.put(check.id(), check.formerIds());
                }
            }
        }
        return former;
    }

    private static byte[] bytesOf(java.nio.file.Path file) throws ConfigException {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static io.mtlint.lang.Glossary glossary(CheckOptions options) throws ConfigException {
        io.mtlint.lang.Glossary all = io.mtlint.lang.Glossary.EMPTY;
        for (java.nio.file.Path file : options.glossaries()) {
            try {
                all = all.plus(io.mtlint.format.GlossaryReader.read(file));
            } catch (io.mtlint.format.DocumentException e) {
                throw new ConfigException(e.getMessage());
            }
        }
        return all;
    }

    private static io.mtlint.packs.PackIds allIds(CheckOptions options) throws ConfigException {
        try {
            return PackLoader.allIds(options.ruleDirectories());
        } catch (YamlException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** Every rule the options would make available, enabled or not, for {@code rules list}. */
    public static List<Rule> availableRules(CheckOptions options) throws ConfigException {
        CheckOptions.Builder all = options.toBuilder().reportUnusedDisables(true);
        all.disabledRules().clear();
        all.disabledCategories().clear();
        all.onlyRules().clear();
        all.onlyCategories().clear();
        return create(all.build(), true).rules();
    }

    public static List<Rule> builtInRules(RuleEnvironment env) {
        return List.of(new SourceLeftoverRule(env), new ProperNounCaseRule(env), new PunctuationRule(env),
                new SpacingRule(env), new QuotesRule(env), new SentenceCaseRule(env), new TitleCaseRule(env),
                new NameTranslationRule(env), new NumberFormatRule(env), new UntranslatedRule(env),
                new NumberMismatchRule(env), new MarkupMismatchRule(env), new UrlMismatchRule(env),
                new WhitespaceMismatchRule(env), new EndPunctuationRule(env), new LengthRatioRule(env),
                new DoubledWordRule(env), new CalqueRule(env), new DocsPairRule(env));
    }

    private static Translator translator(CheckOptions options, String source, Vocabulary vocabulary) {
        if (source == null) {
            return Translator.NONE;
        }
        List<Translator> chain = new ArrayList<>();
        String targetBase = options.pair().targetBase();
        ApertiumTranslator apertium = options.translate() ? ApertiumTranslator.detect(source, targetBase) : null;
        if (apertium != null) {
            chain.add(apertium);
        }
        chain.add(new GlossaryTranslator(vocabulary.glossary(source)));
        return new ChainTranslator(chain);
    }

    /**
     * Whether building the checker for {@code options} may warn about the rule ids they name (a rule renamed):
     * false when they name none.
     */
    public static boolean mayWarnAboutRuleIds(CheckOptions options) {
        return RuleReferences.namesAny(options);
    }

    /** Whether Apertium can translate the options' language pair on this machine. */
    public static boolean apertiumAvailable(CheckOptions options) {
        return options.pair().hasSource()
                && ApertiumTranslator.detect(options.pair().sourceBase(), options.pair().targetBase()) != null;
    }

    private static void validateLanguages(CheckOptions options) throws ConfigException {
        LanguagePair pair = options.pair();
        if (!LanguageRegistry.isSupported(pair.target())) {
            throw new ConfigException(options.at(CheckOptions.LANG, "unsupported target language '" + pair.target()
                    + "' (available: " + LanguageRegistry.availableBases() + ", each with any region: es-MX, de-CH)"));
        }
        // A source without LanguageTool data still has its script, number conventions and rule packs.
        if (pair.hasSource() && !LanguageRegistry.isSupported(pair.source()) && !LanguageCodes.isKnown(pair.source())) {
            throw new ConfigException(options.at(CheckOptions.SOURCE, "unknown source language '" + pair.source()
                    + "' (an ISO 639 code such as es, fr, zh; or auto, none)"));
        }
    }
}
