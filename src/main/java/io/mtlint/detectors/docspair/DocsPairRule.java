package io.mtlint.detectors.docspair;

import io.mtlint.analysis.RuleEnvironment;
import io.mtlint.format.MarkdownParts;
import io.mtlint.format.PairedSource;
import io.mtlint.format.PathLanguage;
import io.mtlint.model.Category;
import io.mtlint.model.Document;
import io.mtlint.model.Example;
import io.mtlint.model.Finding;
import io.mtlint.model.FindingSink;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Rule;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A translated Markdown page against the source page beside it: what must not change in translation (code,
 * link destinations, the number of headings, numbers) changed. Findings are on the translation.
 */
public final class DocsPairRule implements Rule {
    public static final String ID = "mt.docs-pair";

    static final RuleInfo CODE_BLOCK = RuleInfo.check(ID, "code-block", Category.MARKUP_MISMATCH, Severity.ERROR,
            "A fenced code block differs from the source's",
            "The n-th fenced code block of the translation is not the n-th of the source: machine translation "
                    + "translated a comment, a string or a command in it, or a block was lost or added.",
            Example.badTranslation("Run:\n\n```\nmake install\n```\n",
                    "Ejecute:\n\n<marker>```\nhacer instalar\n```</marker>\n").asMarkdown().in("en", "es"),
            Example.goodTranslation("Run:\n\n```\nmake install\n```\n", "Ejecute:\n\n```\nmake install\n```\n")
                    .asMarkdown().in("en", "es"));
    static final RuleInfo INLINE_CODE = RuleInfo.check(ID, "inline-code", Category.MARKUP_MISMATCH, Severity.ERROR,
            "Inline code the source does not have",
            "Inline code in the translation that is nowhere in the source: a command, option or identifier that "
                    + "was translated or changed.",
            Example.badTranslation("Set `timeout` to 10.\n", "Ajuste <marker>`tiempo de espera`</marker> a 10.\n")
                    .asMarkdown().in("en", "es"),
            Example.goodTranslation("Set `timeout` to 10.\n", "Ajuste `timeout` a 10.\n").asMarkdown().in("en", "es"));
    static final RuleInfo LINK = RuleInfo.check(ID, "link", Category.URL_MISMATCH, Severity.ERROR,
            "A link or image destination the source does not have",
            "A link or image in the translation points where no link of the source does: the path or address was "
                    + "translated or broken. A destination that only adds the page's language (/fr/) is the same.",
            Example.badTranslation("See [the guide](docs/setup.md).\n",
                    "Consulte [la guía](<marker>docs/configuracion.md</marker>).\n").asMarkdown().in("en", "es"),
            Example.goodTranslation("See [the guide](docs/setup.md).\n", "Consulte [la guía](docs/setup.md).\n")
                    .asMarkdown().in("en", "es"));
    static final RuleInfo HEADINGS = RuleInfo.check(ID, "heading-count", Category.MARKUP_MISMATCH, Severity.WARNING,
            "A different number of headings than the source",
            "The translation has more or fewer headings than its source: a section was lost, merged or split, or "
                    + "a heading's marker was translated away. Reported on the first heading past the source's count, "
                    + "or on the last one when headings are missing.",
            Example.badTranslation("# Setup\n\nText.\n", "# Instalación\n\nTexto.\n\n<marker># Más</marker>\n")
                    .asMarkdown().in("en", "es"),
            Example.goodTranslation("# Setup\n\nText.\n", "# Instalación\n\nTexto.\n").asMarkdown().in("en", "es"));
    static final RuleInfo NUMBER = RuleInfo.check(ID, "number", Category.NUMBER_MISMATCH, Severity.ERROR,
            "A number the source does not have",
            "A number in the translation's prose that is nowhere in the source's, by its value: \"1,000\" and "
                    + "\"1.000\", \"3:30 PM\" and \"15:30\", \"12/25/2024\" and \"25.12.2024\" are the same. A figure "
                    + "changed in translation.",
            Example.badTranslation("Wait 30 seconds.\n", "Espere <marker>300</marker> segundos.\n").asMarkdown()
                    .in("en", "es"),
            Example.goodTranslation("It costs 1,500.50 euros.\n", "Cuesta 1.500,50 euros.\n").asMarkdown()
                    .in("en", "es"),
            Example.goodTranslation("It runs at 3:30 PM for 1.5 hours on 12/25/2024.\n",
                    "Er läuft um 15:30 Uhr 1,5 Stunden lang am 25.12.2024.\n").asMarkdown().in("en", "de"));

    private static final RuleInfo INFO = RuleInfo.family(ID, "A translated page against its source page",
            "When a Markdown page's path names its language (README.es.md, docs/fr/guide.md, "
                    + "i18n/fr/docusaurus-plugin-content-docs/current/guide.md) and the source page is beside it "
                    + "(README.md, docs/guide.md), the two are compared: code blocks and inline code must be "
                    + "identical, link and image destinations the same, headings as many, numbers the same.",
            List.of(Example.goodTranslation("# Setup\n\nRun `make` in [the repo](https://example.org).\n",
                    "# Instalación\n\nEjecute `make` en [el repositorio](https://example.org).\n").asMarkdown()
                    .in("en", "es")),
            CODE_BLOCK, INLINE_CODE, LINK, HEADINGS, NUMBER);

    private final RuleEnvironment env;

    public DocsPairRule(RuleEnvironment env) {
        this.env = env;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * The path and a digest of the page {@code document} is checked against, for a {@code sourceLanguage} that
     * may be null or a detection mode; empty when there is none. The findings change when it does.
     */
    public static String sourcePage(Document document, String sourceLanguage) {
        Document source = PairedSource.of(document, sourceLanguage);
        return source == null ? "" : source.path() + "\u0000" + io.mtlint.support.Digest.hex(source.bytes());
    }

    @Override
    public void check(Document document, FindingSink sink) {
        Document source = PairedSource.of(document, env.pair().source());
        if (source == null) {
            return;
        }
        MarkdownParts.Parts mine = MarkdownParts.of(document.text());
        MarkdownParts.Parts theirs = MarkdownParts.of(source.text());
        codeBlocks(mine.fencedCode(), theirs.fencedCode(), sink);
        notInSource(INLINE_CODE, mine.inlineCode(), theirs.inlineCode(), "Inline code not in the source: ", sink);
        links(document, mine, theirs.destinations(), sink);
        headings(mine.headings(), theirs.headings(), sink);
        numbers(document, source, sink);
    }

    private static void codeBlocks(List<MarkdownParts.Part> mine, List<MarkdownParts.Part> theirs, FindingSink sink) {
        for (int i = 0; i < mine.size(); i++) {
            MarkdownParts.Part block = mine.get(i);
            if (i >= theirs.size()) {
                report(sink, CODE_BLOCK, block.start(), block.end(), "Code block " + (i + 1) + " is not in the source ("
                        + theirs.size() + " code blocks there)");
            } else if (!block.value().equals(theirs.get(i).value())) {
                report(sink, CODE_BLOCK, block.start(), block.end(), "Code block " + (i + 1)
                        + " differs from the source's: " + firstDifference(block.value(), theirs.get(i).value()));
            }
        }
    }

    /** The first line that differs, as "“here” where the source has “there”". */
    private static String firstDifference(String mine, String theirs) {
        String[] a = mine.split("\n", -1);
        String[] b = theirs.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        String here = i < a.length ? a[i].strip() : "";
        String there = i < b.length ? b[i].strip() : "";
        return "\u201c" + here + "\u201d where the source has \u201c" + there + "\u201d";
    }

    private static void notInSource(RuleInfo check, List<MarkdownParts.Part> mine, List<MarkdownParts.Part> theirs,
                                    String message, FindingSink sink) {
        Map<String, Integer> left = counts(theirs);
        for (MarkdownParts.Part part : mine) {
            if (left.merge(part.value(), -1, Integer::sum) < 0) {
                report(sink, check, part.start(), part.end(), message + "\u201c" + part.value() + "\u201d");
            }
        }
    }

    private static void links(Document document, MarkdownParts.Parts mine, List<MarkdownParts.Part> theirs,
                              FindingSink sink) {
        List<String> known = new ArrayList<>();
        theirs.forEach(p -> known.add(withoutLanguage(p.value())));
        java.util.Set<String> anchors = new java.util.HashSet<>();
        mine.headings().forEach(h -> anchors.add("#" + slug(document.text().substring(h.start(), h.end()))));
        String page = pageWithoutLanguage(document.path());
        for (MarkdownParts.Part part : mine.destinations()) {
            if (!known.contains(withoutLanguage(part.value())) && !anchors.contains(decoded(part.value()))
                    && !(page != null && page.equals(pageWithoutLanguage(part.value())))) {
                report(sink, LINK, part.start(), part.end(), "Destination not in the source: \u201c" + part.value()
                        + "\u201d");
            }
        }
    }

    /**
     * The anchor a heading gets on the page ("## Inicio rápido" gives "inicio-rápido"): a translated heading has a
     * translated anchor, and the page's own table of contents follows it.
     */
    private static String slug(String heading) {
        String text = heading.strip().replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s*#+\\s*$", "")
                .replaceFirst("\\n[=-]+\\s*$", "");
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]|\uFE0F", "").replace(' ', '-');
    }

    private static String decoded(String destination) {
        try {
            return java.net.URLDecoder.decode(destination.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return destination;
        }
    }

    /**
     * A page's file name less its language (README_es.md and README.fr.md give README.md), when the path or link
     * names a file beside the page; else null. A link from a translation to its sibling in another language is the
     * page's list of translations, which the source words differently.
     */
    private static String pageWithoutLanguage(String path) {
        String name = path.replaceFirst("[#?].*$", "");
        return name.contains("://") ? null : PathLanguage.fileNameWithoutLanguage(name);
    }

    /** A destination less a language directory or file-name part, which a translation may add ("/fr/", ".fr.md"). */
    private static String withoutLanguage(String destination) {
        return destination.replaceAll("(^|/)[a-z]{2}(?:[-_][A-Za-z]{2,4})?(?=/)", "$1")
                .replaceAll("/{2,}", "/")
                .replaceAll("\\.[a-z]{2}(?:[-_][A-Za-z]{2,4})?(\\.(?:md|mdx|html)(?:#.*)?)$", "$1");
    }

    private static void headings(List<MarkdownParts.Part> mine, List<MarkdownParts.Part> theirs, FindingSink sink) {
        if (mine.size() == theirs.size() || mine.isEmpty()) {
            return;
        }
        MarkdownParts.Part at = mine.size() > theirs.size() ? mine.get(theirs.size()) : mine.get(mine.size() - 1);
        report(sink, HEADINGS, at.start(), at.end(), mine.size() + " headings here, " + theirs.size()
                + " in the source");
    }

    private static void numbers(Document document, Document source, FindingSink sink) {
        Map<String, Integer> left = new HashMap<>();
        for (ProseBlock block : source.blocks()) {
            PairNumbers.of(block.text()).forEach(f -> PairNumbers.count(left, f));
        }
        for (ProseBlock block : document.blocks()) {
            for (PairNumbers.Figure f : PairNumbers.of(block.text())) {
                if (!PairNumbers.take(left, f)) {
                    int start = block.toDocument(f.start());
                    int end = Math.max(start, block.toDocumentEnd(f.end()));
                    report(sink, NUMBER, start, end, "Number not in the source: \u201c" + f.written() + "\u201d");
                }
            }
        }
    }

    private static Map<String, Integer> counts(List<MarkdownParts.Part> parts) {
        Map<String, Integer> counts = new HashMap<>();
        parts.forEach(p -> counts.merge(p.value(), 1, Integer::sum));
        return counts;
    }

    private static void report(FindingSink sink, RuleInfo check, int start, int end, String message) {
        sink.accept(new Finding(check.id(), check.category(), check.severity(), start, end, message, List.of()));
    }
}
