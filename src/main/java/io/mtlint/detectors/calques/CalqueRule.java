package io.mtlint.detectors.calques;

import io.mtlint.analysis.BlockWords;
import io.mtlint.analysis.DocumentContext;
import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.detectors.BlockReporter;
import io.mtlint.detectors.EnvironmentRule;
import io.mtlint.lang.Constructions;
import io.mtlint.model.Example;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;

import java.util.List;

/**
 * Calques found by their construction rather than their words: the tagger's readings of each sentence and the
 * target's construction data ({@link Constructions}) show a verb built with the source's complement, a weekday
 * dated the source's way, a reporting verb before its speaker or with no subject, an adjective after its noun.
 * Every check is a warning: native writers use some of these.
 */
public final class CalqueRule extends EnvironmentRule {
    public static final String ID = "mt.calque";

    private static final List<SentenceCheck> ENGLISH = List.of(new ThisWeekdayCheck(), new DayReferenceCheck(),
            new InversionCheck(), new VerbComplementCheck(), new TitleCheck(), new FrontedVerbCheck(),
            new PassiveAttributionCheck(), new HearsayConditionalCheck(), new AdjectiveOrderCheck(),
            new CountryArticleCheck(), new NominalisedAdjectiveCheck(), new DroppedSubjectCheck());

    private static final RuleInfo INFO = RuleInfo.family(ID, "Calques by construction",
            "Constructions of the source language carried into the target word for word: a verb with the source's "
                    + "complement (\"denounced that\", \"informed that\" with nobody informed), a past day dated "
                    + "\"this Tuesday\", a reporting verb before its speaker after a quotation (\"…,\u201d explained "
                    + "the minister\"), a sentence that opens with its verb of saying (\"Insists that…\"), an office "
                    + "translated word for word, an adjective after its noun. Found "
                    + "from the tagger's readings and the target's construction data, so they hold for sentences no "
                    + "rule has seen. Warnings: native writers use some of these.",
            List.of(Example.good("On Tuesday the minister said that the talks had failed.").in(null, "en")),
            ENGLISH.stream().map(SentenceCheck::info).toArray(RuleInfo[]::new));

    public CalqueRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected boolean mayMatch(DocumentContext context) {
        return env.targetBase().equals("en");
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        Constructions language = Constructions.of(env.targetBase());
        List<TaggedSentence> sentences = TaggedSentences.of(block, BlockWords.of(context.document(), block),
                env.targetLexicon(), env.vocabulary());
        for (TaggedSentence sentence : sentences) {
            if (sentence.size() == 0) {
                continue;
            }
            for (SentenceCheck check : ENGLISH) {
                check.check(sentence, language, env.targetLexicon(), out);
            }
        }
    }
}
