package io.mtlint.check;

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
import io.mtlint.detectors.numbers.NumberFormatRule;
import io.mtlint.detectors.names.ProperNounCaseRule;
import io.mtlint.detectors.punctuation.PunctuationRule;
import io.mtlint.detectors.quotes.QuotesRule;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.sentencecase.SentenceCaseRule;
import io.mtlint.detectors.leftover.SourceLeftoverRule;
import io.mtlint.detectors.spacing.SpacingRule;
import io.mtlint.detectors.titlecase.TitleCaseRule;
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
        LanguageRegistry.preload();
        RulePacks packs;
        try {
            packs = PackLoader.load(options.target, options.source, options.ruleDirectories);
        } catch (YamlException e) {
            throw new ConfigException(e.getMessage());
        }
        validateLanguages(options);
        Vocabulary vocabulary = packs.vocabulary();
        options.acceptedWords.forEach(vocabulary::addAccepted);
        RuleEnvironment env = new RuleEnvironment(options.target, options.source, vocabulary,
                source -> translator(options, source, vocabulary));
        List<Rule> all = new ArrayList<>(builtInRules(env));
        all.addAll(packs.rules());
        if (options.languageTool) {
            all.add(new LanguageToolRule(new LanguageToolSettings(options.target, options.languageToolEnabled,
                    options.languageToolDisabled, options.acceptedWords, packs.languageToolRuleFiles())));
        }
        CheckOptions resolved = options.copy();
        List<String> warnings = RuleReferences.resolve(resolved, all, () -> allRuleIds(options));
        FindingFilter filter = new FindingFilter(resolved.disabledRules, resolved.disabledCategories,
                resolved.onlyRules, resolved.onlyCategories);
        List<Rule> enabled = all.stream().filter(r -> mayReport(r, filter)).toList();
        return new Checker(enabled, options.target, resolved.severityOverrides, filter, options.reportUnusedDisables,
                options.fingerprint() + "|" + packs.contentHash() + "|apertium=" + (apertiumAvailable(options) && options.translate),
                env::sourceFor, options.timings, warnings);
    }

    private static java.util.Set<String> allRuleIds(CheckOptions options) throws ConfigException {
        try {
            return PackLoader.allRuleIds(options.ruleDirectories);
        } catch (YamlException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** Every rule the options would make available, enabled or not, for {@code rules list}. */
    public static List<Rule> availableRules(CheckOptions options) throws ConfigException {
        CheckOptions all = options.copy();
        all.disabledRules.clear();
        all.disabledCategories.clear();
        all.onlyRules.clear();
        all.onlyCategories.clear();
        return create(all).rules();
    }

    public static List<Rule> builtInRules(RuleEnvironment env) {
        return List.of(new SourceLeftoverRule(env), new ProperNounCaseRule(env), new PunctuationRule(env),
                new SpacingRule(), new QuotesRule(env), new SentenceCaseRule(env), new TitleCaseRule(env),
                new NumberFormatRule(env));
    }

    /** A rule is skipped up front when the filter would drop everything it can report. */
    private static boolean mayReport(Rule rule, FindingFilter filter) {
        if (rule instanceof LanguageToolRule) {
            return !filter.disabledRules().contains("lt.*")
                    && (filter.onlyRules().isEmpty() || filter.onlyRules().stream().anyMatch(r -> r.startsWith("lt.")))
                    && (filter.onlyCategories().isEmpty() || filter.onlyCategories().stream().anyMatch(
                            c -> !c.equals("source-leftover") && !c.equals("proper-noun-case") && !c.equals("quotes")
                                    && !c.equals("sentence-case") && !c.equals("number-format") && !c.equals("calque")));
        }
        String id = rule.id();
        String category = rule.info().category().id();
        if (FindingFilter.matchesAny(filter.disabledRules(), id) || filter.disabledCategories().contains(category)) {
            return false;
        }
        if (!filter.onlyRules().isEmpty() && !FindingFilter.matchesAny(filter.onlyRules(), id)) {
            return false;
        }
        return filter.onlyCategories().isEmpty() || filter.onlyCategories().contains(category);
    }

    private static Translator translator(CheckOptions options, String source, Vocabulary vocabulary) {
        if (source == null) {
            return Translator.NONE;
        }
        List<Translator> chain = new ArrayList<>();
        String targetBase = io.mtlint.lang.LanguageCodes.base(options.target);
        ApertiumTranslator apertium = options.translate ? ApertiumTranslator.detect(source, targetBase) : null;
        if (apertium != null) {
            chain.add(apertium);
        }
        chain.add(new GlossaryTranslator(vocabulary.glossary(source)));
        return new ChainTranslator(chain);
    }

    /** Whether Apertium can translate the options' language pair on this machine. */
    public static boolean apertiumAvailable(CheckOptions options) {
        return options.source != null && !RuleEnvironment.AUTO.equals(options.source)
                && ApertiumTranslator.detect(options.source, io.mtlint.lang.LanguageCodes.base(options.target)) != null;
    }

    private static void validateLanguages(CheckOptions options) throws ConfigException {
        if (!LanguageRegistry.isSupported(options.target)) {
            throw new ConfigException(options.at(CheckOptions.LANG, "unsupported target language '" + options.target
                    + "' (available: " + LanguageRegistry.available() + ")"));
        }
        if (options.source != null && !RuleEnvironment.AUTO.equals(options.source)
                && !LanguageRegistry.isSupported(options.source)) {
            throw new ConfigException(options.at(CheckOptions.SOURCE, "unsupported source language '"
                    + options.source + "' (available: " + LanguageRegistry.available() + ")"));
        }
    }
}
