package io.mtlint.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Adds up the time each rule spends checking documents, from any number of threads, for {@code mtlint check
 * --timing}: which rules of a configuration, or of a team's own rule packs, a CI run spends its time on. A rule's
 * time includes the per-paragraph data (words, folded text, source-language spans) it is the first to need, which
 * the rules after it then share.
 */
public final class RuleTimings {
    /** One rule's total: nanoseconds over {@code documents} documents. */
    public record Timing(String ruleId, long nanos, long documents) {
    }

    private record Total(LongAdder nanos, LongAdder documents) {
    }

    private final Map<String, Total> totals = new ConcurrentHashMap<>();

    public void add(String ruleId, long nanos) {
        Total t = totals.computeIfAbsent(ruleId, id -> new Total(new LongAdder(), new LongAdder()));
        t.nanos().add(nanos);
        t.documents().increment();
    }

    /** Every rule timed so far, the slowest first (ties by id, so the order is stable). */
    public List<Timing> slowestFirst() {
        List<Timing> out = new ArrayList<>();
        totals.forEach((id, t) -> out.add(new Timing(id, t.nanos().sum(), t.documents().sum())));
        out.sort(Comparator.comparingLong(Timing::nanos).reversed().thenComparing(Timing::ruleId));
        return out;
    }
}
