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
    private final @Nullable ZoneId zone;

    SecunityEngine(String rule, LocalDateTime start, @Nullable ZoneId zone) {
        this.rule = RecurrenceRule.parse(rule);
        this.start = start;
        this.zone = zone;
    }

    private RecurrenceIterator<?> iterator() {
        return zone == null ? rule.occurrences(start).iterator() : rule.occurrences(start.atZone(zone)).iterator();
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
    public Object seek(LocalDateTime target) {
        if (zone == null) {
            RecurrenceIterator<LocalDateTime> it = rule.occurrences(start).iterator();
            it.skipTo(target);
            return it.next();
        }
        RecurrenceIterator<ZonedDateTime> it = rule.occurrences(start.atZone(zone)).iterator();
        it.skipTo(target.atZone(zone));
        return it.next();
    }

    @Override
    public LocalDateTime seekValue(LocalDateTime target) {
        return value(seek(target));
    }

    private static LocalDateTime value(Object o) {
        return o instanceof ZonedDateTime
                ? LocalDateTime.ofInstant(((ZonedDateTime) o).toInstant(), ZoneOffset.UTC) : (LocalDateTime) o;
    }
}
