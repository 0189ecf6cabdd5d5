package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceIterator;
import org.secunity.recurrence.RecurrenceRule;

/** This engine: {@link RecurrenceRule#occurrences(LocalDateTime)} and its seeking iterator. */
final class SecunityEngine implements Engine {

    private final Recurrence<LocalDateTime> recurrence;

    SecunityEngine(String rule, LocalDateTime start) {
        this.recurrence = RecurrenceRule.parse(rule).occurrences(start);
    }

    @Override
    public void first(int n, Blackhole blackhole) {
        RecurrenceIterator<LocalDateTime> it = recurrence.iterator();
        for (int i = 0; i < n; i++) {
            blackhole.consume(it.next());
        }
    }

    @Override
    public List<LocalDateTime> firstList(int n) {
        return recurrence.take(n);
    }

    @Override
    public Object seek(LocalDateTime target) {
        RecurrenceIterator<LocalDateTime> it = recurrence.iterator();
        it.skipTo(target);
        return it.next();
    }

    @Override
    public LocalDateTime seekValue(LocalDateTime target) {
        return (LocalDateTime) seek(target);
    }
}
