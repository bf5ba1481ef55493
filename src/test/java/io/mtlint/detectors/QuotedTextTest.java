package io.mtlint.detectors;

import io.mtlint.format.DocumentLoader;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A message that quotes the text it reports quotes the file, not the prose view rules read. */
class QuotedTextTest {
    private static final RuleInfo QUOTING = RuleInfo.check("mt.quoting", "test", Category.SPACING, Severity.INFO,
            "Quotes its span", "Reports a span and quotes it.");

    @Test
    void aQuoteOverInlineCodeShowsTheCode() {
        String page = "Open the **harbour** gate with `gate-ctl --north` tonight.\n";
        Document d = DocumentLoader.fromText("gate.md", page, Format.MARKDOWN);
        ProseBlock block = d.blocks().get(0);
        String view = block.text();
        int from = view.indexOf("harbour");
        int to = view.indexOf(" tonight");
        List<Finding> found = new ArrayList<>();
        new BlockReporter(QUOTING, block, found::add).report(from, to, "Seen: \u201c" + view.substring(from, to)
                + "\u201d");
        new BlockReporter(QUOTING, block, found::add).report(0, 4, "Seen: \u201c" + view.substring(0, 4) + "\u201d");
        assertEquals(List.of("Seen: \u201charbour** gate with `gate-ctl --north`\u201d", "Seen: \u201cOpen\u201d"),
                found.stream().map(Finding::message).toList());
    }

    @Test
    void anUntranslatedSentenceIsQuotedAsWritten() {
        String page = "# Equipo\n\nEl equipo revisa cada cambio antes de publicarlo.\n\n"
                + "Maintainers with release access to `wheel-builder`.\n";
        List<String> messages = Checkers.check(Checkers.get("es", "en", false), page, Format.MARKDOWN).findings()
                .stream().filter(f -> page.substring(f.start(), f.end()).contains("`")).map(Finding::message).toList();
        assertTrue(!messages.isEmpty() && messages.stream().allMatch(m -> m.contains("`wheel-builder`")),
                messages.toString());
    }
}
