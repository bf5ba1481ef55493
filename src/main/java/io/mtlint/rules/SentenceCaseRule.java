package io.mtlint.rules;

import io.mtlint.core.Category;
import io.mtlint.core.Example;
import io.mtlint.core.ProseBlock;
import io.mtlint.core.RuleInfo;
import io.mtlint.core.Severity;
import io.mtlint.languagetool.Lexicon;

import java.util.List;
import java.util.Locale;

/**
 * Sentence case broken by machine translation: a sentence that starts in lowercase after a full stop
 * ("analysts say. think tank."), and a capitalised common word in mid-sentence right after an editorial
 * insertion ("the problem [de estas medidas] It's"), where the translator restarted the sentence.
 */
public final class SentenceCaseRule extends EnvironmentRule {
    public static final String ID = "mt.sentence-case";

    private static final RuleInfo INFO = RuleInfo.builtIn(ID, Category.SENTENCE_CASE, Severity.ERROR,
            "Sentence starts in lowercase, or restarts in capitals mid-sentence",
            "After a full stop, question or exclamation mark a new sentence starts with a capital; machine "
                    + "translation leaves fragments such as \"analysts say. think tank.\". Where the next word is a "
                    + "preposition or conjunction the stop itself is the error (see mt.punctuation). After an "
                    + "editorial insertion in mid-sentence, a capitalised common word shows the translator "
                    + "restarted the sentence. Abbreviations (\"e.g.\", \"U.S.\"), ellipses and brands such as "
                    + "\"iPhone\" stay clean. Fix (not automatic): change the case.",
            Example.bad("The ministers met on Friday. <marker>most</marker> of them left early.",
                    "The ministers met on Friday. Most of them left early.").in(null, "en"),
            Example.bad("The council studied the plan [de la ciudad] <marker>It</marker> was approved.",
                    "The council studied the plan [de la ciudad] it was approved.").in(null, "en"),
            Example.good("Prices rose, e.g. on bread and milk, and the U.S. economy slowed.").in(null, "en"),
            Example.good("He paused... then spoke. Apple sold the iPhone. She asked, \u201cWhy?\u201d and left.").in(null, "en"));

    public SentenceCaseRule(RuleEnvironment env) {
        super(INFO, env);
    }

    @Override
    protected void checkBlock(ProseBlock block, DocumentContext context, BlockReporter out) {
        String text = block.text();
        Lexicon target = env.targetLexicon();
        for (LowercaseAfterStop.Break b : LowercaseAfterStop.of(env, context.document(), block)) {
            if (b.strayStop()) {
                continue;
            }
            String word = text.substring(b.wordStart(), b.wordEnd());
            out.report(b.wordStart(), b.wordEnd(),
                    "Sentence starts in lowercase: \u201c" + word + "\u201d after \u201c" + text.charAt(b.stop()) + "\u201d",
                    BlockFix.replace(b.wordStart(), b.wordStart() + Character.charCount(word.codePointAt(0)),
                            ProperNounCaseRule.capitalise(word).substring(0,
                                    Character.charCount(ProperNounCaseRule.capitalise(word).codePointAt(0))),
                            false, "capitalise"));
        }
        restartsAfterInsertion(text, target, out);
    }

    private void restartsAfterInsertion(String text, Lexicon target, BlockReporter out) {
        for (int[] bracket : Brackets.find(text, 200)) {
            int before = bracket[0] - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            if (before < 0 || ".!?:;\u2026\u201c\u201d\"".indexOf(text.charAt(before)) >= 0) {
                continue;
            }
            int after = bracket[1];
            if (after >= text.length() || text.charAt(after) != ' ') {
                continue;
            }
            List<Words.Word> next = Words.of(text, after + 1, Math.min(text.length(), after + 40));
            if (next.isEmpty() || next.get(0).start() != after + 1) {
                continue;
            }
            Words.Word w = next.get(0);
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (!w.isCapitalised() || w.isAllCaps() || w.hasInnerCapital() || w.text().equals("I")
                    || !target.knows(lower) || target.hasProperNounReading(w.text())) {
                continue;
            }
            out.report(w.start(), w.end(), "Capitalised \u201c" + w.text()
                            + "\u201d in mid-sentence after an insertion: the sentence was restarted",
                    BlockFix.replace(w.start(), w.start() + 1, lower.substring(0, 1), false, "lowercase"));
        }
    }
}
