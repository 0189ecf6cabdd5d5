package org.secunity.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rule-only expansion of a rule from a floating start; see {@link RecurrenceRule#occurrences(LocalDateTime)}. */
final class OfRule implements Recurrence<LocalDateTime> {

    private final RecurrenceRule rule;
    private final LocalDateTime start;
    private final long until;
    /** Built on first use: the shape iterators do not need it. A benign race: it is immutable. */
    private @Nullable Expansion expansion;
    private final ExpansionOptions options;

    OfRule(RecurrenceRule rule, LocalDateTime start, ExpansionOptions options) {
        this(rule, start, localUntil(rule), options);
    }

    /** Creates the expansion with an explicit local limit (inclusive epoch second, or MAX_VALUE). */
    OfRule(RecurrenceRule rule, LocalDateTime start, long until, ExpansionOptions options) {
        this.rule = rule;
        this.start = start;
        this.until = until;
        this.options = options;
    }

    private Expansion expansion() {
        Expansion e = expansion;
        if (e == null) {
            e = new Expansion(rule.plan(), start, options.openPointReading());
            expansion = e;
        }
        return e;
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
        return iterator(new Budget(options.maxSteps()));
    }

    /** Returns an iterator that charges a given budget. */
    RecurrenceIterator<LocalDateTime> iterator(Budget budget) {
        switch (rule.plan().shape) {
            case FIXED_PERIOD:
                return new FixedPeriodIterator(rule, start, rule.count().orElse(0), until, budget);
            case MONTH_WALK:
                return new MonthWalkIterator(rule, start, rule.count().orElse(0), until, budget);
            default:
                return ruleIterator(budget);
        }
    }

    private RuleIterator ruleIterator(Budget budget) {
        return new RuleIterator(expansion(), rule.plan().maxDays, start, rule.count().orElse(0), until, budget);
    }

    /** Returns a new budget for one search. */
    Budget budget() {
        return new Budget(options.maxSteps());
    }

    /**
     * Seeks like {@link #next}: every probe of the search charges one budget. With {@code COUNT},
     * where each seek counts from the start, one walk to {@code before} is the cheapest search.
     */
    @Override
    public Optional<LocalDateTime> previous(LocalDateTime before) {
        return previous(before, budget());
    }

    Optional<LocalDateTime> previous(LocalDateTime before, Budget budget) {
        java.util.Objects.requireNonNull(before, "before");
        if (rule.count().isPresent()) {
            return ruleIterator(budget).lastBefore(before);
        }
        return RecurrenceSupport.lastBefore(() -> iterator(budget), before);
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
