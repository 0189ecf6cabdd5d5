package org.secunity.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/** The rule-only expansion of a rule from a floating start; see {@link RecurrenceRule#occurrences(LocalDateTime)}. */
final class OfRule implements Recurrence<LocalDateTime> {

    private final RecurrenceRule rule;
    private final LocalDateTime start;
    private final long until;
    private final Expansion expansion;

    OfRule(RecurrenceRule rule, LocalDateTime start) {
        this(rule, start, localUntil(rule));
    }

    /** Creates the expansion with an explicit local limit (inclusive epoch second, or MAX_VALUE). */
    OfRule(RecurrenceRule rule, LocalDateTime start, long until) {
        this.rule = rule;
        this.start = start;
        this.until = until;
        this.expansion = new Expansion(rule.plan(), start);
    }

    static long localUntil(RecurrenceRule rule) {
        if (rule.until().isEmpty()) {
            return Long.MAX_VALUE;
        }
        Temporal u = rule.until().get();
        if (u instanceof LocalDate) {
            return ((LocalDate) u).plusDays(1).toEpochDay() * 86_400 - 1;
        }
        if (u instanceof Instant) {
            return ((Instant) u).getEpochSecond();
        }
        return ((LocalDateTime) u).toEpochSecond(ZoneOffset.UTC);
    }

    @Override
    public RecurrenceIterator<LocalDateTime> iterator() {
        return new RuleIterator(expansion, rule.plan().maxDays, start,
                rule.count().orElse(0), until);
    }

    @Override
    public boolean isFinite() {
        return rule.isFinite();
    }

    @Override
    public String toString() {
        return "OfRule[" + rule + " from " + start + "]";
    }
}
