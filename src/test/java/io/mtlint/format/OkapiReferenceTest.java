package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.InlineCode;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Segment;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.po.POFilter;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * mtlint reads XLIFF, PO and TMX itself, to know where every character of a translation is; the Okapi Framework's
 * filters, the reference readers, must find the same translatable units with the same source and target text
 * (inline codes and placeholders left out, white space collapsed).
 */
class OkapiReferenceTest {
    private static final String PRINTF = "%(?:\\d+\\$)?[-+ 0#]*\\d*(?:\\.\\d+)?(?:ll|l|h|z|j)?[diouxXeEfFgGcspmu]";

    @ParameterizedTest
    @ValueSource(strings = {"po/pmcputemp.fr.po", "po/ndisc6.fr.po", "injected/ndisc6-injected.fr.po",
            "xliff/receipt.fr.xlf", "injected/receipt-injected.fr.xlf", "tmx/museum.en-fr.tmx"})
    void findsTheSameUnitsAsOkapi(String name) throws Exception {
        Path file = Path.of("test-corpus", "bilingual").resolve(name);
        Document doc = DocumentLoader.load(file, name, null);
        List<String> ours = new ArrayList<>();
        for (Segment s : doc.segments()) {
            ours.add(normal(withoutCodes(doc, s.source(), s.sourceCodes())) + " => "
                    + normal(s.target() == null ? "" : withoutCodes(doc, s.target(), s.targetCodes())));
        }
        assertEquals(okapi(file, doc.declaredSourceLanguage(), doc.declaredTargetLanguage()), ours);
    }

    private static List<String> okapi(Path file, String source, String target) {
        String name = file.getFileName().toString();
        IFilter filter = name.endsWith(".po") ? new POFilter() : name.endsWith(".tmx") ? new TmxFilter()
                : new XLIFFFilter();
        LocaleId src = LocaleId.fromString(source);
        LocaleId trg = LocaleId.fromString(target);
        List<String> units = new ArrayList<>();
        try (filter) {
            filter.open(new RawDocument(file.toUri(), "UTF-8", src, trg));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (!e.isTextUnit() || !e.getTextUnit().isTranslatable()) {
                    continue;
                }
                ITextUnit tu = e.getTextUnit();
                TextContainer t = tu.getTarget(trg);
                String sourceText = normal(tu.getSource().getUnSegmentedContentCopy().getText());
                if (!sourceText.isEmpty() || tu.getSource().getUnSegmentedContentCopy().hasCode()) {
                    units.add(sourceText + " => " + normal(t == null ? "" : t.getUnSegmentedContentCopy().getText()));
                }
            }
        }
        return units;
    }

    /** The side's text as written, without its inline codes and placeholders. */
    private static String withoutCodes(Document doc, ProseBlock block, List<InlineCode> codes) {
        StringBuilder sb = new StringBuilder();
        for (ProseBlock.Piece p : block.pieces()) {
            boolean code = codes.stream().anyMatch(c -> c.docStart() == p.docStart() && c.docEnd() == p.docEnd());
            if (!code) {
                sb.append(p.interpretAs());
            }
        }
        return sb.toString();
    }

    private static String normal(String text) {
        return text.replaceAll(PRINTF, "").replaceAll("[\\s\u00a0\u202f]+", " ").strip();
    }
}
