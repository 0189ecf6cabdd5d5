package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;

/**
 * A mutable builder of {@link RecurrenceRule}; {@link #build()} checks the rules that
 * {@link RecurrenceRule#parse(CharSequence)} enforces. Not thread-safe.
 *
 * <pre>{@code
 * RecurrenceRule rule = RecurrenceRule.builder(Frequency.YEARLY)
 *         .byMonth(7)
 *         .byDay(WeekdayNum.of(2, DayOfWeek.SATURDAY))
 *         .build();   // FREQ=YEARLY;BYDAY=2SA;BYMONTH=7
 * }</pre>
 */
public final class RecurrenceRuleBuilder {
    private Frequency frequency;
    private int interval = 1;
    private @Nullable Integer count;
    private @Nullable Temporal until;
    private DayOfWeek weekStart = DayOfWeek.MONDAY;
    private final List<Integer> bySecond = new ArrayList<>();
    private final List<Integer> byMinute = new ArrayList<>();
    private final List<Integer> byHour = new ArrayList<>();
    private final List<WeekdayNum> byDay = new ArrayList<>();
    private final List<Integer> byMonthDay = new ArrayList<>();
    private final List<Integer> byYearDay = new ArrayList<>();
    private final List<Integer> byWeekNo = new ArrayList<>();
    private final List<Integer> byMonth = new ArrayList<>();
    private final List<Integer> bySetPos = new ArrayList<>();
    private @Nullable CalendarScale rscale;
    private @Nullable Skip skip;

    RecurrenceRuleBuilder(Frequency frequency) {
        this.frequency = frequency;
    }

    /** Creates a builder holding some parts. */
    RecurrenceRuleBuilder(RuleParts parts) {
        this.frequency = parts.frequency();
        this.interval = parts.interval();
        this.count = parts.count();
        this.until = parts.until();
        this.weekStart = parts.weekStart();
        bySecond.addAll(parts.bySecond());
        byMinute.addAll(parts.byMinute());
        byHour.addAll(parts.byHour());
        byDay.addAll(parts.byDay());
        byMonthDay.addAll(parts.byMonthDay());
        byYearDay.addAll(parts.byYearDay());
        byWeekNo.addAll(parts.byWeekNo());
        byMonth.addAll(parts.byMonth());
        bySetPos.addAll(parts.bySetPos());
        this.rscale = parts.rscale();
        this.skip = parts.skip();
    }

    /**
     * Sets the {@code FREQ}.
     *
     * @param frequency the frequency, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder frequency(Frequency frequency) {
        this.frequency = requireNonNull(frequency, "frequency");
        return this;
    }

    /**
     * Sets the {@code INTERVAL}; checked by {@link #build()}.
     *
     * @param interval at least 1
     * @return this builder
     */
    public RecurrenceRuleBuilder interval(int interval) {
        this.interval = interval;
        return this;
    }

    /**
     * Sets the {@code COUNT}; checked by {@link #build()}, which rejects it with an
     * {@code UNTIL}.
     *
     * @param count at least 1
     * @return this builder
     */
    public RecurrenceRuleBuilder count(int count) {
        this.count = count;
        return this;
    }

    /**
     * Sets a DATE {@code UNTIL}.
     *
     * @param until the date, year 0 to 9999, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder until(LocalDate until) {
        this.until = requireNonNull(until, "until");
        return this;
    }

    /**
     * Sets a floating DATE-TIME {@code UNTIL}; fractions of a second are dropped.
     *
     * @param until the time, year 0 to 9999, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder until(LocalDateTime until) {
        this.until = requireNonNull(until, "until").withNano(0);
        return this;
    }

    /**
     * Sets a UTC DATE-TIME {@code UNTIL}; fractions of a second are dropped.
     *
     * @param until the instant, year 0 to 9999 in UTC, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder until(Instant until) {
        this.until = Instant.ofEpochSecond(requireNonNull(until, "until").getEpochSecond());
        return this;
    }

    /**
     * Removes {@code COUNT} and {@code UNTIL}.
     *
     * @return this builder
     */
    public RecurrenceRuleBuilder noEnd() {
        this.count = null;
        this.until = null;
        return this;
    }

    /**
     * Sets the {@code WKST}.
     *
     * @param weekStart the first day of the week, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder weekStart(DayOfWeek weekStart) {
        this.weekStart = requireNonNull(weekStart, "weekStart");
        return this;
    }

    /**
     * Adds {@code BYSECOND} values.
     *
     * @param seconds 0 to 60 each
     * @return this builder
     */
    public RecurrenceRuleBuilder bySecond(int... seconds) {
        return add(bySecond, seconds);
    }

    /**
     * Adds {@code BYMINUTE} values.
     *
     * @param minutes 0 to 59 each
     * @return this builder
     */
    public RecurrenceRuleBuilder byMinute(int... minutes) {
        return add(byMinute, minutes);
    }

    /**
     * Adds {@code BYHOUR} values.
     *
     * @param hours 0 to 23 each
     * @return this builder
     */
    public RecurrenceRuleBuilder byHour(int... hours) {
        return add(byHour, hours);
    }

    /**
     * Adds {@code BYDAY} entries.
     *
     * @param days the entries, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder byDay(WeekdayNum... days) {
        for (WeekdayNum d : days) {
            byDay.add(requireNonNull(d, "days"));
        }
        return this;
    }

    /**
     * Adds {@code BYDAY} entries.
     *
     * @param days the entries, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder byDay(Collection<WeekdayNum> days) {
        return byDay(days.toArray(new WeekdayNum[0]));
    }

    /**
     * Adds {@code BYMONTHDAY} values.
     *
     * @param days 1 to 31 or -31 to -1 each
     * @return this builder
     */
    public RecurrenceRuleBuilder byMonthDay(int... days) {
        return add(byMonthDay, days);
    }

    /**
     * Adds {@code BYYEARDAY} values.
     *
     * @param days 1 to 366 or -366 to -1 each
     * @return this builder
     */
    public RecurrenceRuleBuilder byYearDay(int... days) {
        return add(byYearDay, days);
    }

    /**
     * Adds {@code BYWEEKNO} values.
     *
     * @param weeks 1 to 53 or -53 to -1 each
     * @return this builder
     */
    public RecurrenceRuleBuilder byWeekNo(int... weeks) {
        return add(byWeekNo, weeks);
    }

    /**
     * Adds {@code BYMONTH} values.
     *
     * @param months 1 to 12 each
     * @return this builder
     */
    public RecurrenceRuleBuilder byMonth(int... months) {
        return add(byMonth, months);
    }

    /**
     * Adds {@code BYSETPOS} values.
     *
     * @param positions 1 to 366 or -366 to -1 each
     * @return this builder
     */
    public RecurrenceRuleBuilder bySetPos(int... positions) {
        return add(bySetPos, positions);
    }

    /**
     * Sets the RFC 7529 {@code RSCALE}, the calendar the rule is read in.
     *
     * @param rscale the calendar, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder rscale(CalendarScale rscale) {
        this.rscale = requireNonNull(rscale, "rscale");
        return this;
    }

    /**
     * Sets the RFC 7529 {@code SKIP}; checked by {@link #build()}, which rejects it without an
     * {@code RSCALE}.
     *
     * @param skip what to do with invalid dates, not null
     * @return this builder
     */
    public RecurrenceRuleBuilder skip(Skip skip) {
        this.skip = requireNonNull(skip, "skip");
        return this;
    }

    private RecurrenceRuleBuilder add(List<Integer> list, int[] values) {
        for (int v : values) {
            list.add(v);
        }
        return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule, not null
     * @throws SecunityDataException if a value is out of range or the parts break a rule of
     *     RFC 5545 or RFC 7529; the exception lists every violation, each with the part as its path
     */
    public RecurrenceRule build() {
        RuleValidator.Validation v = RuleValidator.validate(parts());
        if (!v.problems().isEmpty()) {
            throw new SecunityDataException(null, v.problems().stream()
                    .map(p -> new SecunityDataException.Violation(p.part(), p.message())).toList(), null);
        }
        return new RecurrenceRule(v.parts());
    }

    /** Returns the parts set so far, unchecked. */
    RuleParts parts() {
        return new RuleParts(frequency, interval, count, until, weekStart, bySecond, byMinute, byHour, byDay,
                byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, rscale, skip);
    }
}
