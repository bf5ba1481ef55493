package io.mtlint.format;

import io.mtlint.model.Document;
import io.mtlint.model.InlineCode;
import io.mtlint.model.ProseBlock;
import io.mtlint.model.Segment;
import io.mtlint.model.TargetEditing;
import io.mtlint.text.Placeholders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads XLIFF 1.2 and 2.x: every translatable segment's source and target, with inline elements as codes. In
 * 1.2, units marked {@code translate="no"} (or in such a group), {@code <alt-trans>} proposals and binary units
 * are skipped; a unit segmented with {@code <seg-source>} and {@code <mrk mtype="seg">} gives one segment per
 * marker. In 2.x each {@code <segment>} is a segment and {@code <ignorable>} is skipped.
 */
final class XliffParser {
    private final XmlTree tree;
    private final List<Segment> segments = new ArrayList<>();
    private String sourceLanguage;
    private String targetLanguage;

    private XliffParser(XmlTree tree) {
        this.tree = tree;
    }

    static Document.Structure parse(String path, String text) throws DocumentException {
        XmlTree tree = new XmlTree(text, XmlEvents.read(path, text));
        int root = tree.root();
        if (root < 0 || !tree.name(root).equals("xliff")) {
            throw new DocumentException(path, "not an XLIFF file (the root element is "
                    + (root < 0 ? "missing" : "<" + tree.name(root) + ">") + ", expected <xliff>)");
        }
        XliffParser p = new XliffParser(tree);
        String version = tree.attribute(root, "version");
        if (version != null && version.startsWith("2")) {
            p.sourceLanguage = tree.attribute(root, "srcLang");
            p.targetLanguage = tree.attribute(root, "trgLang");
            p.walk2(root, true);
        } else {
            p.walk12(root, true);
        }
        if (p.targetLanguage == null || p.targetLanguage.isBlank()) {
            p.targetLanguage = FileNameLanguage.of(path); // Angular writes messages.fr.xlf without target-language
        }
        List<ProseBlock> blocks = new ArrayList<>();
        for (Segment s : p.segments) {
            if (s.target() != null) {
                blocks.add(s.target());
            }
        }
        return new Document.Structure(blocks, List.of(), p.segments, p.sourceLanguage, p.targetLanguage);
    }

    // ---- XLIFF 1.2 ----

    private void walk12(int element, boolean translate) {
        for (int c : tree.children(element)) {
            String name = tree.name(c);
            boolean here = translate && !"no".equals(tree.attribute(c, "translate"));
            switch (name) {
                case "file" -> {
                    if (sourceLanguage == null) {
                        sourceLanguage = tree.attribute(c, "source-language");
                        targetLanguage = tree.attribute(c, "target-language");
                    }
                    walk12(c, translate);
                }
                case "group", "body" -> walk12(c, here);
                case "trans-unit" -> {
                    if (here) {
                        unit12(c);
                    }
                }
                default -> {
                    // header, bin-unit, alt-trans, note, extensions: nothing to check
                }
            }
        }
    }

    private void unit12(int unit) {
        String id = unitId(unit);
        int source = tree.child(unit, "source");
        int segSource = tree.child(unit, "seg-source");
        int target = tree.child(unit, "target");
        if (source < 0) {
            return;
        }
        Map<String, Integer> sourceMarks = segSource < 0 ? Map.of() : segmentMarks(segSource);
        Map<String, Integer> targetMarks = target < 0 ? Map.of() : segmentMarks(target);
        if (!sourceMarks.isEmpty() && !targetMarks.isEmpty()) {
            for (Map.Entry<String, Integer> t : targetMarks.entrySet()) {
                Integer s = sourceMarks.get(t.getKey());
                if (s != null) {
                    int mark = t.getValue();
                    add(id + "/" + t.getKey(), s, mark, tree.elementStart(mark), tree.elementEnd(mark), mark, 1);
                }
            }
            return;
        }
        add(id, source, target, tree.elementStart(unit), tree.elementEnd(unit), unit, 1);
    }

    /** The {@code <mrk mtype="seg">} children of a source or target, by their {@code mid}. */
    private Map<String, Integer> segmentMarks(int element) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        for (int c : tree.children(element)) {
            if (tree.name(c).equals("mrk") && "seg".equals(tree.attribute(c, "mtype"))) {
                String mid = tree.attribute(c, "mid");
                marks.put(mid == null ? String.valueOf(marks.size() + 1) : mid, c);
            }
        }
        return marks;
    }

    private void inline12(SideBuilder side, int element) {
        for (int i = element + 1; i < tree.end(element); i++) {
            XmlEvents.Event e = tree.at(i);
            switch (e.type()) {
                case TEXT, CDATA -> XmlEvents.addText(side, tree.text, e);
                case START -> {
                    inlineElement12(side, i);
                    i = tree.end(i);
                }
                default -> side.hidden(e.start(), e.end());
            }
        }
    }

    private void inlineElement12(SideBuilder side, int i) {
        String id = tree.attribute(i, "id");
        boolean lineBreak = "lb".equals(tree.attribute(i, "ctype")) || "x-lb".equals(tree.attribute(i, "ctype"));
        switch (tree.name(i)) {
            case "g" -> paired(side, i, id, this::inline12);
            case "x", "ph" -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id,
                    lineBreak ? "\n" : SideBuilder.PLACEHOLDER);
            case "bx", "bpt" -> tree.addWholeCode(side, i, InlineCode.Kind.OPENING, id, "");
            case "ex", "ept" -> tree.addWholeCode(side, i, InlineCode.Kind.CLOSING, id, "");
            case "it" -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id, "");
            case "mrk" -> {
                if ("protected".equals(tree.attribute(i, "mtype"))) {
                    tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, tree.attribute(i, "mid"),
                            SideBuilder.PLACEHOLDER);
                } else {
                    transparent(side, i, this::inline12);
                }
            }
            default -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id, "");
        }
    }

    // ---- XLIFF 2.x ----

    private void walk2(int element, boolean translate) {
        for (int c : tree.children(element)) {
            boolean here = translate && !"no".equals(tree.attribute(c, "translate"));
            switch (tree.name(c)) {
                case "file", "group" -> walk2(c, here);
                case "unit" -> {
                    if (here) {
                        unit2(c);
                    }
                }
                default -> {
                    // skeleton, notes, metadata
                }
            }
        }
    }

    private void unit2(int unit) {
        String id = unitId(unit);
        List<Integer> parts = new ArrayList<>();
        for (int c : tree.children(unit)) {
            if (tree.name(c).equals("segment")) {
                parts.add(c);
            }
        }
        for (int n = 0; n < parts.size(); n++) {
            int segment = parts.get(n);
            String segmentId = tree.attribute(segment, "id");
            String name = parts.size() == 1 ? id : id + "/" + (segmentId == null ? String.valueOf(n + 1) : segmentId);
            int source = tree.child(segment, "source");
            if (source >= 0) {
                add(name, source, tree.child(segment, "target"), tree.elementStart(segment),
                        tree.elementEnd(segment), segment, 2);
            }
        }
    }

    private void inline2(SideBuilder side, int element) {
        for (int i = element + 1; i < tree.end(element); i++) {
            XmlEvents.Event e = tree.at(i);
            switch (e.type()) {
                case TEXT, CDATA -> XmlEvents.addText(side, tree.text, e);
                case START -> {
                    inlineElement2(side, i);
                    i = tree.end(i);
                }
                default -> side.hidden(e.start(), e.end());
            }
        }
    }

    private void inlineElement2(SideBuilder side, int i) {
        String id = tree.attribute(i, "id");
        boolean lineBreak = "xlf:lb".equals(tree.attribute(i, "subType"));
        switch (tree.name(i)) {
            case "pc" -> paired(side, i, id, this::inline2);
            case "sc" -> tree.addWholeCode(side, i, InlineCode.Kind.OPENING, id, "");
            case "ec" -> tree.addWholeCode(side, i, InlineCode.Kind.CLOSING,
                    tree.attribute(i, "startRef") != null ? tree.attribute(i, "startRef") : id, "");
            case "ph" -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id,
                    lineBreak ? "\n" : SideBuilder.PLACEHOLDER);
            case "cp" -> {
                String hex = tree.attribute(i, "hex");
                String reads;
                try {
                    reads = hex == null ? "" : new String(Character.toChars(Integer.parseInt(hex, 16)));
                } catch (IllegalArgumentException e) {
                    reads = "";
                }
                side.escape(tree.elementStart(i), tree.elementEnd(i), reads);
            }
            case "mrk" -> {
                if ("no".equals(tree.attribute(i, "translate"))) {
                    tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id, SideBuilder.PLACEHOLDER);
                } else {
                    transparent(side, i, this::inline2);
                }
            }
            case "sm", "em" -> side.hidden(tree.elementStart(i), tree.elementEnd(i));
            default -> tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id, "");
        }
    }

    // ---- shared ----

    private interface Content {
        void read(SideBuilder side, int element);
    }

    /** A paired element: its start and end tags are codes, its content is part of the text. */
    private void paired(SideBuilder side, int i, String id, Content content) {
        if (tree.isEmptyTag(i)) {
            tree.addWholeCode(side, i, InlineCode.Kind.STANDALONE, id, "");
            return;
        }
        XmlEvents.Event start = tree.at(i);
        XmlEvents.Event end = tree.at(tree.end(i));
        side.code(start.start(), start.end(), InlineCode.Kind.OPENING, tree.name(i), id, "");
        content.read(side, i);
        side.code(end.start(), end.end(), InlineCode.Kind.CLOSING, tree.name(i), id, "");
    }

    /** An annotation: its tags are hidden markup, its content is text. */
    private void transparent(SideBuilder side, int i, Content content) {
        if (tree.isEmptyTag(i)) {
            side.hidden(tree.elementStart(i), tree.elementEnd(i));
            return;
        }
        XmlEvents.Event start = tree.at(i);
        XmlEvents.Event end = tree.at(tree.end(i));
        side.hidden(start.start(), start.end());
        content.read(side, i);
        side.hidden(end.start(), end.end());
    }

    private String unitId(int unit) {
        String id = tree.attribute(unit, "id");
        return id != null ? id : "#" + (segments.size() + 1);
    }

    /**
     * Adds a segment from a source element and a target element (-1 when missing); {@code opening} is the element
     * whose start tag a finding about a missing target points at.
     */
    private void add(String id, int source, int target, int start, int end, int opening, int version) {
        Content content = version == 2 ? this::inline2 : this::inline12;
        SideBuilder sourceSide = new SideBuilder(tree.text, Placeholders.Printf.TEXT);
        content.read(sourceSide, source);
        SideBuilder.Side src = sourceSide.build();
        if (src.isEmpty()) {
            return;
        }
        SideBuilder.Side tgt = null;
        TargetEditing editing = null;
        int anchorStart;
        int anchorEnd;
        if (target < 0) {
            anchorStart = tree.elementStart(opening);
            anchorEnd = tree.at(opening).end();
        } else if (tree.isEmptyTag(target)) {
            anchorStart = tree.elementStart(target);
            anchorEnd = tree.elementEnd(target);
        } else {
            SideBuilder targetSide = new SideBuilder(tree.text, Placeholders.Printf.TEXT);
            content.read(targetSide, target);
            tgt = targetSide.build();
            int cs = tree.contentStart(target);
            int ce = tree.contentEnd(target);
            editing = new TargetEditing(cs, ce, TargetEditing.Escaping.XML,
                    tgt.locked(), tgt.literal());
            anchorStart = tgt.isEmpty() ? cs : tgt.block().docStart();
            anchorEnd = tgt.isEmpty() ? cs : tgt.block().docEnd();
        }
        segments.add(new Segment(id, src.block(), tgt == null ? null : tgt.block(), src.codes(),
                tgt == null ? List.of() : tgt.codes(), start, end, anchorStart, anchorEnd, editing));
    }
}
