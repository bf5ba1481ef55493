package io.mtlint.fix.interactive;

import io.mtlint.model.Finding;
import io.mtlint.model.Fix;
import io.mtlint.model.TextEdit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The state of one file in an interactive session: the current text, the findings still to visit (kept in step
 * with the text as fixes shift it), what was decided, and an undo history.
 */
final class FileSession {
    private record Snapshot(String text, List<Pending> queue, int applied, int skipped, Set<String> ignored) {
    }

    private String text;
    private List<Pending> queue;
    private int applied;
    private int skipped;
    private final Set<String> ignoredRules;
    private final Deque<Snapshot> history = new ArrayDeque<>();

    FileSession(String text, List<Finding> findings, Set<String> ignoredRules) {
        this.text = text;
        this.queue = new ArrayList<>(findings.stream().map(Pending::of).toList());
        this.ignoredRules = ignoredRules;
    }

    String text() {
        return text;
    }

    int applied() {
        return applied;
    }

    int skipped() {
        return skipped;
    }

    int remaining() {
        return (int) queue.stream().filter(p -> !ignoredRules.contains(p.finding().ruleId())).count();
    }

    /** The next finding to show, skipping rules ignored for the run; null when the file is done. */
    Pending current() {
        while (!queue.isEmpty() && ignoredRules.contains(queue.get(0).finding().ruleId())) {
            queue.remove(0);
        }
        return queue.isEmpty() ? null : queue.get(0);
    }

    void apply(Fix fix) {
        remember();
        queue.remove(0);
        applyEdits(fix.edits());
        applied++;
    }

    void replace(String replacement) {
        Pending p = current();
        remember();
        queue.remove(0);
        applyEdits(List.of(new TextEdit(p.start(), p.end(), replacement)));
        applied++;
    }

    void skip() {
        remember();
        queue.remove(0);
        skipped++;
    }

    void ignoreRule() {
        remember();
        ignoredRules.add(queue.get(0).finding().ruleId());
        queue.remove(0);
        skipped++;
    }

    /** Applies the current finding's first fix to it and to every later finding of the same rule on the same text. */
    int applyToAllIdentical() {
        Pending p = current();
        String flagged = text.substring(p.start(), p.end());
        String replacement = p.fixes().get(0).replacementFor(text, p.start(), p.end());
        remember();
        List<TextEdit> edits = new ArrayList<>();
        List<Pending> rest = new ArrayList<>();
        int count = 0;
        for (Pending q : queue) {
            if (q.finding().ruleId().equals(p.finding().ruleId()) && !q.fixes().isEmpty()
                    && text.substring(q.start(), q.end()).equals(flagged)
                    && q.fixes().get(0).replacementFor(text, q.start(), q.end()).equals(replacement)
                    && q.fixes().get(0).edits().stream().noneMatch(e -> edits.stream().anyMatch(e::overlaps))) {
                edits.addAll(q.fixes().get(0).edits());
                count++;
            } else {
                rest.add(q);
            }
        }
        queue = rest;
        applyEdits(edits);
        applied += count;
        return count;
    }

    boolean undo() {
        Snapshot s = history.pollFirst();
        if (s == null) {
            return false;
        }
        text = s.text();
        queue = new ArrayList<>(s.queue());
        applied = s.applied();
        skipped = s.skipped();
        ignoredRules.clear();
        ignoredRules.addAll(s.ignored());
        return true;
    }

    boolean changed(String original) {
        return !text.equals(original);
    }

    private void remember() {
        history.push(new Snapshot(text, List.copyOf(queue), applied, skipped, Set.copyOf(ignoredRules)));
    }

    /** Applies edits to the text; the findings still queued move with the text, or vanish where it changed. */
    private void applyEdits(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        int cursor = 0;
        for (TextEdit e : sorted) {
            sb.append(text, cursor, e.start()).append(e.replacement());
            cursor = e.end();
        }
        text = sb.append(text.substring(cursor)).toString();
        List<Pending> next = new ArrayList<>();
        for (Pending p : queue) {
            Pending moved = p.after(sorted);
            if (moved != null) {
                next.add(moved);
            }
        }
        queue = next;
    }
}
