package io.mtlint.format;

import io.mtlint.lang.LanguageCodes;
import io.mtlint.model.Document;
import io.mtlint.model.InlineCode;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Segment;
import io.mtlint.model.TargetEditing;
import io.mtlint.text.Placeholders;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TMX memory: each {@code <tu>} pairs the variant in the source language (the unit's or the header's
 * {@code srclang}, the first variant when that is {@code *all*}) with the variant in the target language, the
 * first other language of the file. Variants in further languages are not checked.
 */
final class TmxParser {
    private TmxParser() {
    }

    static Document.Structure parse(String path, String text) throws DocumentException {
        XmlTree tree = new XmlTree(text, XmlEvents.read(path, text));
        int root = tree.root();
        if (root < 0 || !tree.name(root).equals("tmx")) {
            throw new DocumentException(path, "not a TMX file (the root element is "
                    + (root < 0 ? "missing" : "<" + tree.name(root) + ">") + ", expected <tmx>)");
        }
        int header = tree.child(root, "header");
        String headerSource = header < 0 ? null : tree.attribute(header, "srclang");
        int body = tree.child(root, "body");
        List<Integer> units = new ArrayList<>();
        if (body >= 0) {
            for (int c : tree.children(body)) {
                if (tree.name(c).equals("tu")) {
                    units.add(c);
                }
            }
        }
        String source = headerSource == null || headerSource.equals("*all*") ? null : headerSource;
        String target = null;
        for (int tu : units) {
            String unitSource = sourceOf(tree, tu, source);
            for (int tuv : variants(tree, tu)) {
                String lang = lang(tree, tuv);
                if (target == null && lang != null && unitSource != null && !sameLanguage(lang, unitSource)) {
                    target = lang;
                }
            }
            if (source == null) {
                source = unitSource;
            }
        }
        List<Segment> segments = new ArrayList<>();
        List<ProseBlock> blocks = new ArrayList<>();
        int n = 0;
        for (int tu : units) {
            n++;
            String unitSource = sourceOf(tree, tu, source);
            int sourceSeg = -1;
            int targetVariant = -1;
            for (int tuv : variants(tree, tu)) {
                String lang = lang(tree, tuv);
                if (lang == null) {
                    continue;
                }
                if (sourceSeg < 0 && unitSource != null && sameLanguage(lang, unitSource)) {
                    sourceSeg = tree.child(tuv, "seg");
                } else if (targetVariant < 0 && target != null && lang.equalsIgnoreCase(target)) {
                    targetVariant = tuv;
                }
            }
            if (sourceSeg < 0) {
                continue;
            }
            SideBuilder sourceSide = new SideBuilder(text, Placeholders.Printf.TEXT);
            inline(tree, sourceSide, sourceSeg);
            SideBuilder.Side src = sourceSide.build();
            if (src.isEmpty()) {
                continue;
            }
            String id = tree.attribute(tu, "tuid") != null ? tree.attribute(tu, "tuid") : String.valueOf(n);
            int targetSeg = targetVariant < 0 ? -1 : tree.child(targetVariant, "seg");
            SideBuilder.Side tgt = null;
            TargetEditing editing = null;
            int anchorStart;
            int anchorEnd;
            if (targetSeg < 0) {
                anchorStart = tree.elementStart(tu);
                anchorEnd = tree.at(tu).end();
            } else if (tree.isEmptyTag(targetSeg)) {
                anchorStart = tree.elementStart(targetSeg);
                anchorEnd = tree.elementEnd(targetSeg);
            } else {
                SideBuilder targetSide = new SideBuilder(text, Placeholders.Printf.TEXT);
                inline(tree, targetSide, targetSeg);
                tgt = targetSide.build();
                int cs = tree.contentStart(targetSeg);
                editing = new TargetEditing(cs, tree.contentEnd(targetSeg), TargetEditing.Escaping.XML, tgt.locked(),
                        tgt.literal());
                anchorStart = tgt.isEmpty() ? cs : tgt.block().docStart();
                anchorEnd = tgt.isEmpty() ? cs : tgt.block().docEnd();
                if (!tgt.isEmpty()) {
                    blocks.add(tgt.block());
                }
            }
            segments.add(new Segment(id, src.block(), tgt == null ? null : tgt.block(), src.codes(),
                    tgt == null ? List.of() : tgt.codes(), tree.elementStart(tu), tree.elementEnd(tu), anchorStart,
                    anchorEnd, editing));
        }
        return new Document.Structure(blocks, List.of(), segments, source, target);
    }

    private static List<Integer> variants(XmlTree tree, int tu) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(tu)) {
            if (tree.name(c).equals("tuv")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The unit's source language: its own srclang, the file's, or (for {@code *all*}) its first variant's. */
    private static String sourceOf(XmlTree tree, int tu, String fileSource) {
        String own = tree.attribute(tu, "srclang");
        if (own != null && !own.equals("*all*")) {
            return own;
        }
        if (fileSource != null) {
            return fileSource;
        }
        List<Integer> v = variants(tree, tu);
        return v.isEmpty() ? null : lang(tree, v.get(0));
    }

    private static String lang(XmlTree tree, int tuv) {
        String lang = tree.attribute(tuv, "xml:lang");
        return lang != null ? lang : tree.attribute(tuv, "lang");
    }

    /** "en" and "en-US" are the same source language; a variant in "en-GB" is not the target "en-US" either. */
    private static boolean sameLanguage(String a, String b) {
        return a.equalsIgnoreCase(b) || LanguageCodes.base(a).equals(LanguageCodes.base(b))
                && (a.length() == 2 || b.length() == 2);
    }

    private static void inline(XmlTree tree, SideBuilder side, int element) {
        for (int i = element + 1; i < tree.end(element); i++) {
            XmlEvents.Event e = tree.at(i);
            switch (e.type()) {
                case TEXT, CDATA -> XmlEvents.addText(side, tree.text, e);
                case START -> {
                    String id = tree.attribute(i, "i") != null ? tree.attribute(i, "i") : tree.attribute(i, "x");
                    switch (tree.name(i)) {
                        case "bpt" -> tree.addWholeCode(side, i, InlineCode.Kind.OPENING, id, "");
                        case "ept" -> tree.addWholeCode(side, i, InlineCode.Kind.CLOSING, id, "");
                        case "ph", "ut" -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id,
                                SideBuilder.PLACEHOLDER);
                        case "it" -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id, "");
                        case "hi" -> {
                            if (tree.isEmptyTag(i)) {
                                side.hidden(tree.elementStart(i), tree.elementEnd(i));
                            } else {
                                side.hidden(e.start(), e.end());
                                inline(tree, side, i);
                                XmlEvents.Event close = tree.at(tree.end(i));
                                side.hidden(close.start(), close.end());
                            }
                        }
                        default -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id, "");
                    }
                    i = tree.end(i);
                }
                default -> side.hidden(e.start(), e.end());
            }
        }
    }
}
