package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;
import org.secunity.recurrence.RecurrenceIterator;
import org.secunity.recurrence.RecurrenceRule;

/**
 * This engine: {@link RecurrenceRule#occurrences(LocalDateTime)} (or its zoned form) and its
 * seeking iterator, built from the parsed rule inside every measured call.
 */
final class SecunityEngine implements Engine {

    private final RecurrenceRule rule;
    private final LocalDateTime start;
    private final LocalDateTime target;
    /** The start and the target in the rule's zone, for a zoned rule; else null. */
    private final @Nullable ZonedDateTime zonedStart;
    private final @Nullable ZonedDateTime zonedTarget;

    SecunityEngine(String rule, LocalDateTime start, LocalDateTime target, @Nullable ZoneId zone) {
        this.rule = RecurrenceRule.parse(rule);
        this.start = start;
        this.target = target;
        this.zonedStart = zone == null ? null : start.atZone(zone);
        this.zonedTarget = zone == null ? null : target.atZone(zone);
    }

    private RecurrenceIterator<?> iterator() {
        return zonedStart == null ? rule.occurrences(start).iterator() : rule.occurrences(zonedStart).iterator();
    }

    @Override
    public void first(int n, Blackhole blackhole) {
        RecurrenceIterator<?> it = iterator();
        for (int i = 0; i < n; i++) {
            blackhole.consume(it.next());
        }
    }

    @Override
    public List<LocalDateTime> firstList(int n) {
        RecurrenceIterator<?> it = iterator();
        List<LocalDateTime> out = new ArrayList<>();
        while (out.size() < n && it.hasNext()) {
            out.add(value(it.next()));
        }
        return out;
    }

    @Override
    public Object seek() {
        if (zonedStart == null || zonedTarget == null) {
            RecurrenceIterator<LocalDateTime> it = rule.occurrences(start).iterator();
            it.skipTo(target);
            return it.next();
        }
        RecurrenceIterator<ZonedDateTime> it = rule.occurrences(zonedStart).iterator();
        it.skipTo(zonedTarget);
        return it.next();
    }

    @Override
    public LocalDateTime seekValue() {
        return value(seek());
    }

    private static LocalDateTime value(Object o) {
        return o instanceof ZonedDateTime
                ? LocalDateTime.ofInstant(((ZonedDateTime) o).toInstant(), ZoneOffset.UTC) : (LocalDateTime) o;
    }
}
