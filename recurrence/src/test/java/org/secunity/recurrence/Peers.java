package org.secunity.recurrence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/** Adapters that expand a rule with the peer engines, lib-recur 0.17.1 and ical4j 4.1.1. */
final class Peers {

    private Peers() {
    }

    /** A peer's answer: occurrences before the window end, or the exception it threw. */
    static final class Outcome {
        final List<LocalDateTime> occurrences;
        final RuntimeException failure;

        Outcome(List<LocalDateTime> occurrences, RuntimeException failure) {
            this.occurrences = occurrences;
            this.failure = failure;
        }

        @Override
        public String toString() {
            return failure != null ? "threw " + failure : occurrences.toString();
        }
    }

    static Outcome libRecur(RecurrenceRule rule, LocalDateTime start, LocalDateTime end, int max) {
        return libRecur(rule, start, end, max, false);
    }

    /**
     * Expands with lib-recur from a floating start or, when {@code date}, from the DATE of
     * {@code start} (its occurrences then come back at midnight).
     */
    static Outcome libRecur(RecurrenceRule rule, LocalDateTime start, LocalDateTime end, int max, boolean date) {
        List<LocalDateTime> out = new ArrayList<>();
        try {
            org.dmfs.rfc5545.recur.RecurrenceRule r = new org.dmfs.rfc5545.recur.RecurrenceRule(
                    (date ? rule : floatingUntil(rule)).toString(),
                    org.dmfs.rfc5545.recur.RecurrenceRule.RfcMode.RFC5545_STRICT);
            RecurrenceRuleIterator it = r.iterator(date
                    ? new DateTime(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth())
                    : new DateTime(start.getYear(), start.getMonthValue() - 1,
                    start.getDayOfMonth(), start.getHour(), start.getMinute(), start.getSecond()));
            while (it.hasNext() && out.size() < max) {
                DateTime d = it.nextDateTime();
                LocalDateTime t = LocalDateTime.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth(),
                        d.isAllDay() ? 0 : d.getHours(), d.isAllDay() ? 0 : d.getMinutes(),
                        d.isAllDay() ? 0 : d.getSeconds());
                if (!t.isBefore(end)) {
                    break;
                }
                out.add(t);
            }
            return new Outcome(out, null);
        } catch (RuntimeException | org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException e) {
            return new Outcome(out, e instanceof RuntimeException ? (RuntimeException) e : new RuntimeException(e));
        }
    }

    /**
     * Returns the rule with its UNTIL as the floating DATE-TIME this engine reads it as from a
     * floating start (a UTC time on the wall clock, a DATE up to its last second): lib-recur's
     * strict mode refuses the other forms with a floating start.
     */
    static RecurrenceRule floatingUntil(RecurrenceRule rule) {
        if (rule.until().isEmpty()) {
            return rule;
        }
        java.time.temporal.Temporal u = rule.until().get();
        if (u instanceof java.time.LocalDate) {
            return rule.withUntil(((java.time.LocalDate) u).atTime(23, 59, 59));
        }
        if (u instanceof java.time.Instant) {
            return rule.withUntil(LocalDateTime.ofInstant((java.time.Instant) u, java.time.ZoneOffset.UTC));
        }
        return rule;
    }

    static Outcome ical4j(RecurrenceRule rule, LocalDateTime start, LocalDateTime end, int max) {
        try {
            Recur<LocalDateTime> r = new Recur<>(rule.toString());
            List<LocalDateTime> all = r.getDates(start, start, end, max + 1);
            List<LocalDateTime> out = new ArrayList<>();
            for (LocalDateTime t : all) {
                if (t.isBefore(end) && out.size() < max) {
                    out.add(t);
                }
            }
            return new Outcome(out, null);
        } catch (RuntimeException e) {
            return new Outcome(List.of(), e);
        }
    }
}
