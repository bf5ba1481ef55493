package io.mtlint.format;

import io.mtlint.model.InlineCode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The events of an XML document with each element's start paired to its end, to walk it as a tree. */
final class XmlTree {
    final String text;
    final List<XmlEvents.Event> events;
    private final int[] ends;

    XmlTree(String text, List<XmlEvents.Event> events) {
        this.text = text;
        this.events = events;
        this.ends = new int[events.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < events.size(); i++) {
            XmlEvents.Event e = events.get(i);
            ends[i] = i;
            if (e.type() == XmlEvents.Type.START) {
                open.push(i);
            } else if (e.type() == XmlEvents.Type.END && !open.isEmpty()) {
                ends[open.pop()] = i;
            }
        }
    }

    XmlEvents.Event at(int i) {
        return events.get(i);
    }

    /** The index of the end event of the element that starts at {@code start}. */
    int end(int start) {
        return ends[start];
    }

    /** The index of the root element's start, or -1. */
    int root() {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type() == XmlEvents.Type.START) {
                return i;
            }
        }
        return -1;
    }

    /** The start events of the element's children, in order. */
    List<Integer> children(int element) {
        List<Integer> out = new ArrayList<>();
        for (int i = element + 1; i < ends[element]; i++) {
            if (events.get(i).type() == XmlEvents.Type.START) {
                out.add(i);
                i = ends[i];
            }
        }
        return out;
    }

    /** The first child with this local name, or -1. */
    int child(int element, String name) {
        for (int c : children(element)) {
            if (events.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    String name(int i) {
        return events.get(i).name();
    }

    String attribute(int i, String name) {
        return events.get(i).attribute(name);
    }

    /** Where the element starts in the document. */
    int elementStart(int i) {
        return events.get(i).start();
    }

    /** Where it ends, after its end tag. */
    int elementEnd(int i) {
        return events.get(ends[i]).end();
    }

    /** Whether the element is written as {@code <e/>}: it has no content to edit. */
    boolean isEmptyTag(int i) {
        return events.get(i).empty();
    }

    /** Where its content starts: after the start tag. */
    int contentStart(int i) {
        return events.get(i).end();
    }

    /** Where its content ends: before the end tag. */
    int contentEnd(int i) {
        return events.get(ends[i]).start();
    }

    /** Adds the whole element as one inline code. */
    void addWholeCode(SideBuilder side, int i, InlineCode.Kind kind, String id, String reads) {
        side.code(elementStart(i), elementEnd(i), kind, name(i), id, reads);
    }
}
