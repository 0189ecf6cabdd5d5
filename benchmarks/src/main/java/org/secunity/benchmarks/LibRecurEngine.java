package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.openjdk.jmh.infra.Blackhole;

/** lib-recur 0.17.1: {@code RecurrenceRule.iterator(DateTime)}, {@code nextDateTime} and {@code fastForward}. */
final class LibRecurEngine implements Engine {

    private final RecurrenceRule rule;
    private final DateTime start;

    LibRecurEngine(String rule, LocalDateTime start) {
        try {
            this.rule = new RecurrenceRule(rule, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException e) {
            throw new IllegalStateException("lib-recur cannot parse " + rule, e);
        }
        this.start = dateTime(start);
    }

    private static DateTime dateTime(LocalDateTime t) {
        return new DateTime(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond());
    }

    private static LocalDateTime local(DateTime d) {
        return LocalDateTime.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth(), d.getHours(), d.getMinutes(),
                d.getSeconds());
    }

    @Override
    public void first(int n, Blackhole blackhole) {
        RecurrenceRuleIterator it = rule.iterator(start);
        for (int i = 0; i < n; i++) {
            blackhole.consume(it.nextDateTime());
        }
    }

    @Override
    public List<LocalDateTime> firstList(int n) {
        RecurrenceRuleIterator it = rule.iterator(start);
        List<LocalDateTime> out = new ArrayList<>();
        while (out.size() < n && it.hasNext()) {
            out.add(local(it.nextDateTime()));
        }
        return out;
    }

    @Override
    public Object seek(LocalDateTime target) {
        RecurrenceRuleIterator it = rule.iterator(start);
        it.fastForward(dateTime(target));
        return it.nextDateTime();
    }

    @Override
    public LocalDateTime seekValue(LocalDateTime target) {
        return local((DateTime) seek(target));
    }
}
