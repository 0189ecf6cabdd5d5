package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;

/** lib-recur 0.17.1: {@code RecurrenceRule.iterator(DateTime)}, {@code nextDateTime} and {@code fastForward}. */
final class LibRecurEngine implements Engine {

    private final RecurrenceRule rule;
    private final @Nullable TimeZone zone;
    private final DateTime start;
    private final DateTime target;

    LibRecurEngine(String rule, LocalDateTime start, LocalDateTime target, @Nullable ZoneId zone) {
        this.rule = parse(rule);
        this.zone = zone == null ? null : TimeZone.getTimeZone(zone);
        this.start = dateTime(start);
        this.target = dateTime(target);
    }

    /** Parses RRULE text the way lib-recur's users do, in strict RFC 5545 mode. */
    static RecurrenceRule parse(String rule) {
        try {
            return new RecurrenceRule(rule, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException e) {
            throw new IllegalStateException("lib-recur cannot parse " + rule, e);
        }
    }

    private DateTime dateTime(LocalDateTime t) {
        return zone == null
                ? new DateTime(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                        t.getSecond())
                : new DateTime(zone, t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(),
                        t.getMinute(), t.getSecond());
    }

    private LocalDateTime value(DateTime d) {
        if (zone != null) {
            return LocalDateTime.ofEpochSecond(Math.floorDiv(d.getTimestamp(), 1000L), 0, ZoneOffset.UTC);
        }
        return LocalDateTime.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth(), d.getHours(), d.getMinutes(),
                d.getSeconds());
    }

    @Override
    public void first(int n, Blackhole blackhole) {
        RecurrenceRuleIterator it = rule.iterator(start);
        if (zone == null) {
            for (int i = 0; i < n; i++) {
                blackhole.consume(it.nextDateTime());
            }
            return;
        }
        // a DateTime with a time zone works out its instant (the offset in force, DST gaps) only when
        // asked, and keeps it: ask, so lib-recur places every occurrence in the zone as ours
        // (ZonedDateTime) and ical4j do, and hand over the object, as the others do. Consuming the
        // bare DateTime measured iteration on the wall clock only; consuming only the long let the
        // JIT drop the DateTime (1.8 B per occurrence), which a caller that keeps it never sees.
        for (int i = 0; i < n; i++) {
            DateTime next = it.nextDateTime();
            next.getTimestamp();
            blackhole.consume(next);
        }
    }

    @Override
    public List<LocalDateTime> firstList(int n) {
        RecurrenceRuleIterator it = rule.iterator(start);
        List<LocalDateTime> out = new ArrayList<>();
        while (out.size() < n && it.hasNext()) {
            out.add(value(it.nextDateTime()));
        }
        return out;
    }

    @Override
    public Object seek() {
        RecurrenceRuleIterator it = rule.iterator(start);
        it.fastForward(target);
        return it.nextDateTime();
    }

    @Override
    public LocalDateTime seekValue() {
        return value((DateTime) seek());
    }
}
