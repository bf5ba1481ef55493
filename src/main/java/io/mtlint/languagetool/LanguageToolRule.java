package io.mtlint.languagetool;

import io.mtlint.format.Placeholder;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.FindingSink;
import io.mtlint.model.Fix;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import io.mtlint.model.OverlapIndex;

/**
 * Runs LanguageTool over a document's prose and reports its matches as {@code lt.<RULE_ID>} findings. The
 * prose goes in as annotated text, so LanguageTool's positions come back as offsets of the original file.
 */
public final class LanguageToolRule implements Rule {
    public static final String PREFIX = "lt.";
    private static final int MAX_SUGGESTIONS = 3;

    private static final RuleInfo INFO = new RuleInfo("lt.*", Category.GRAMMAR, Severity.WARNING,
            "LanguageTool's grammar, spelling and punctuation checks for the target language",
            "Every LanguageTool rule that is active for the target language, minus mtlint's news-prose "
                    + "exclusions, reported as lt.<LanguageTool rule id>. Spelling alarms on words that are "
                    + "plausibly names are dropped.",
            List.of(Example.bad("She <marker>go</marker> to school every day.")), "LanguageTool");

    private final LanguageToolSettings settings;
    private final int chunkSize;

    public LanguageToolRule(LanguageToolSettings settings) {
        this(settings, Chunks.SIZE);
    }

    /** A rule that sends LanguageTool ranges of about {@code chunkSize} characters. */
    LanguageToolRule(LanguageToolSettings settings, int chunkSize) {
        this.settings = settings;
        this.chunkSize = chunkSize;
    }

    public LanguageToolSettings settings() {
        return settings;
    }

    /** Every LanguageTool rule of the settings' language, active or not, by LanguageTool id (without the prefix). */
    public java.util.Map<String, LanguageToolRuleInfo> catalog() {
        return LanguageToolEngine.get(settings).catalog();
    }

    /** Starts loading LanguageTool in the background (see {@link LanguageToolEngine#prepare}). */
    @Override
    public void prepare() {
        LanguageToolEngine.prepare(settings);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Spans of the document that findings of other rules already explain, whatever LanguageTool says of them. */
    @FunctionalInterface
    public interface Explained {
        Explained NOTHING = (start, end) -> false;

        /** Whether a spelling alarm on {@code [start, end)} would only restate another rule's finding. */
        boolean spellingAlarm(int start, int end);
    }

    @Override
    public void check(Document document, FindingSink sink) {
        check(document, sink, Explained.NOTHING);
    }

    /** LanguageTool runs after mtlint's own rules, told what they found. */
    @Override
    public boolean reviewsOthers() {
        return true;
    }

    @Override
    public void check(Document document, FindingSink sink, List<io.mtlint.model.Finding> others) {
        check(document, sink, others, done -> { });
    }

    @Override
    public void check(Document document, FindingSink sink, List<io.mtlint.model.Finding> others,
                      DoubleConsumer progress) {
        OverlapIndex index = new OverlapIndex(others);
        check(document, sink, (start, end) -> {
            if (start < 0 || end < start) {
                return false;
            }
            io.mtlint.model.Finding alarm = new io.mtlint.model.Finding(PREFIX, Category.SPELLING, Severity.WARNING,
                    start, end, "", List.of());
            return index.anyNear(start, end, o -> restates(alarm, o));
        }, progress);
    }

    /**
     * A LanguageTool finding nested in, or containing, another rule's finding, or a spelling alarm overlapping
     * one, restates it: "misiles" is a misspelling to LanguageTool and a Spanish leftover to mtlint, which
     * explains and fixes it.
     */
    @Override
    public boolean restates(io.mtlint.model.Finding mine, io.mtlint.model.Finding other) {
        if (other.ruleId().startsWith(PREFIX) || !mine.overlaps(other.start(), other.end())) {
            return false;
        }
        boolean nested = mine.start() >= other.start() && mine.end() <= other.end()
                || other.start() >= mine.start() && other.end() <= mine.end();
        return nested || mine.category() == Category.SPELLING;
    }

    /** Categories LanguageTool's findings may have: every one but those of mtlint's own detectors. */
    private static final java.util.Set<Category> CATEGORIES = java.util.EnumSet.of(Category.GRAMMAR,
            Category.SPELLING, Category.STYLE, Category.PUNCTUATION, Category.SPACING, Category.TYPOGRAPHY);

    @Override
    public boolean mayReport(io.mtlint.model.RuleSelection selection) {
        return selection.selectsSomeIdStartingWith(PREFIX) && CATEGORIES.stream().anyMatch(selection::selectsCategory);
    }

    /**
     * Checks {@code document}, leaving out spelling alarms that {@code explained} covers: the caller drops them
     * anyway, and leaving them out before LanguageTool computes their suggestions (a dictionary search each,
     * and a Spanish leftover is a misspelling per word) saves that work.
     */
    public void check(Document document, FindingSink sink, Explained explained) {
        check(document, sink, explained, done -> { });
    }

    /**
     * As {@link #check(Document, FindingSink, Explained)}, telling {@code progress} the share of the document
     * checked (0 to 1) as it goes. A long document goes to LanguageTool in chunks of whole paragraphs (a paragraph
     * longer than a chunk is cut between sentences): checked whole, 5 MB held about 5 GB at once.
     */
    public void check(Document document, FindingSink sink, Explained explained, DoubleConsumer progress) {
        if (document.blocks().isEmpty()) {
            return;
        }
        io.mtlint.support.Trace.mark("languagetool: waiting");
        LanguageToolEngine engine = LanguageToolEngine.get(settings);
        NameEvidence names = new NameEvidence(document);
        int length = document.text().length();
        for (Chunks.Range chunk : Chunks.of(document, chunkSize)) {
            int base = chunk.start();
            List<RuleMatch> matches;
            try {
                io.mtlint.support.Trace.mark("languagetool: checking");
                matches = engine.check(annotate(document, chunk.start(), chunk.end()), match -> {
                    boolean spelling = match.getRule() instanceof SpellingCheckRule;
                    int start = base + match.getFromPos();
                    int end = base + match.getToPos();
                    return spelling && (names.isSpellingAlarmOnName(start, end) || explained.spellingAlarm(start, end)
                            || insideMarkup(document, start, end));
                });
                io.mtlint.support.Trace.mark("languagetool: checked");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (RuleMatch match : matches) {
                int start = base + match.getFromPos();
                int end = base + match.getToPos();
                if (!insideMarkup(document, start, end) && !misreadsPunctuation(match, document.text(), start, end)) {
                    report(match, base, document.text(), sink);
                }
            }
            progress.accept(length == 0 ? 1.0 : (double) chunk.end() / length);
        }
    }

    /**
     * Whether {@code [start, end)} lies inside one piece of markup (inline code, a URL, a link destination), or
     * starts or ends on a stand-in word: LanguageTool read the stand-in there, not the writer's text ("Code" is
     * no Spanish word, and has a gender and case of its own).
     */
    private static boolean insideMarkup(Document document, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (ProseBlock block : document.blocks()) {
            if (block.docStart() > start) {
                break;
            }
            if (block.docEnd() < end) {
                continue;
            }
            for (ProseBlock.Piece piece : block.pieces()) {
                if (!piece.verbatim() && piece.docStart() <= start && end <= piece.docEnd()) {
                    return true;
                }
                // A match that starts or ends on the stand-in judged its spelling, gender or case, not the writer's.
                boolean standIn = !piece.verbatim() && piece.interpretAs().equals(Placeholder.WORD);
                if (standIn && (piece.docStart() <= start && start < piece.docEnd()
                        || piece.docStart() < end && end <= piece.docEnd())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean misreadsPunctuation(RuleMatch match, String text, int start, int end) {
        return !(match.getRule() instanceof SpellingCheckRule)
                && MisreadPunctuation.isFalseAlarm(text, start, end, match.getSuggestedReplacements());
    }

    private static void report(RuleMatch match, int base, String text, FindingSink sink) {
        int start = base + match.getFromPos();
        int end = base + match.getToPos();
        if (start < 0 || end > text.length() || end < start) {
            return;
        }
        boolean spelling = match.getRule() instanceof SpellingCheckRule;
        String id = PREFIX + match.getRule().getId();
        Category category = spelling ? Category.SPELLING : CategoryMapping.of(match.getRule());
        if (category == Category.PUNCTUATION && CategoryMapping.onlyAddsCommas(text.substring(start, end),
                match.getSuggestedReplacements())) {
            category = Category.STYLE;
        }
        List<Fix> fixes = new ArrayList<>();
        for (String suggestion : match.getSuggestedReplacements()) {
            if (fixes.size() == MAX_SUGGESTIONS) {
                break;
            }
            fixes.add(Fix.replace(start, end, suggestion, false, "LanguageTool suggestion"));
        }
        sink.accept(new io.mtlint.model.Finding(id, category, Severity.WARNING, start, end,
                plainMessage(match.getMessage()), fixes));
    }

    /** The whole document as LanguageTool's input (see {@link #annotate(Document, int, int)}). */
    static AnnotatedText annotate(Document document) {
        return annotate(document, 0, document.text().length());
    }

    /**
     * Builds LanguageTool's input for the document text {@code [from, to)} so that its "original" text is exactly
     * that text (positions count from {@code from}): everything that is not prose is markup, blocks are separated
     * by paragraph breaks. {@code from} and {@code to} are block edges or cuts inside verbatim prose
     * ({@link Chunks}).
     */
    static AnnotatedText annotate(Document document, int from, int to) {
        String text = document.text();
        boolean last = to == text.length();
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        int cursor = from;
        boolean first = true;
        for (ProseBlock block : document.blocks()) {
            if (!within(block.docStart(), block.docEnd(), from, to, last)) {
                if (block.docStart() > to) {
                    break;
                }
                continue;
            }
            int blockStart = Math.max(block.docStart(), from);
            if (blockStart > cursor) {
                builder.addMarkup(text.substring(cursor, blockStart), first ? "" : "\n\n");
            } else if (!first) {
                builder.addMarkup("", "\n\n");
            }
            for (ProseBlock.Piece piece : block.pieces()) {
                // A break at the block's end stays with the block, whichever chunk holds it.
                if (!within(piece.docStart(), piece.docEnd(), from, to, last || piece.docStart() == block.docEnd())) {
                    continue;
                }
                if (piece.verbatim()) {
                    builder.addText(text.substring(Math.max(piece.docStart(), from), Math.min(piece.docEnd(), to)));
                } else {
                    builder.addMarkup(text.substring(piece.docStart(), piece.docEnd()), piece.interpretAs());
                }
            }
            cursor = Math.min(block.docEnd(), to);
            first = false;
        }
        return builder.build();
    }

    /** Whether {@code [start, end)} lies in the chunk; an empty range at its end only when {@code closed}. */
    private static boolean within(int start, int end, int from, int to, boolean closed) {
        if (start == end) {
            return start >= from && (start < to || closed && start == to);
        }
        return start < to && end > from;
    }

    static String plainMessage(String message) {
        return message.replace("<suggestion>", "“").replace("</suggestion>", "”");
    }

    /** Rule ids that LanguageTool has for the settings' language, to validate configuration against. */
    public static Set<String> knownRuleIds(LanguageToolSettings settings) {
        Set<String> ids = new java.util.TreeSet<>();
        LanguageToolEngine.get(settings).activeRules().forEach(r -> ids.add(r.getId()));
        return ids;
    }
}
