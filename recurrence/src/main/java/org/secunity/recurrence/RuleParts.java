package org.secunity.recurrence;

import java.time.DayOfWeek;
import java.time.temporal.Temporal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a recurrence rule as given, before or after validation: what the builder and the
 * parser collect, what {@link RuleValidator} checks and what {@link RecurrenceRule} is made of.
 * Immutable; the lists are unmodifiable copies in the order given.
 *
 * @param count the {@code COUNT}, or null when absent (any value, checked by the validator)
 * @param until a {@code LocalDate}, {@code LocalDateTime} or {@code Instant}, or null
 * @param rscale the RFC 7529 {@code RSCALE}, or null when absent
 * @param skip the RFC 7529 {@code SKIP} as given, or null when absent
 */
record RuleParts(Frequency frequency, int interval, @Nullable Integer count, @Nullable Temporal until,
        DayOfWeek weekStart, List<Integer> bySecond, List<Integer> byMinute, List<Integer> byHour,
        List<WeekdayNum> byDay, List<Integer> byMonthDay, List<Integer> byYearDay, List<Integer> byWeekNo,
        List<Integer> byMonth, List<Integer> bySetPos, @Nullable CalendarScale rscale, @Nullable Skip skip) {

    RuleParts {
        bySecond = List.copyOf(bySecond);
        byMinute = List.copyOf(byMinute);
        byHour = List.copyOf(byHour);
        byDay = List.copyOf(byDay);
        byMonthDay = List.copyOf(byMonthDay);
        byYearDay = List.copyOf(byYearDay);
        byWeekNo = List.copyOf(byWeekNo);
        byMonth = List.copyOf(byMonth);
        bySetPos = List.copyOf(bySetPos);
    }

    /** Returns the parts of the simplest rule of a frequency. */
    static RuleParts of(Frequency frequency) {
        return new RuleParts(frequency, 1, null, null, DayOfWeek.MONDAY, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /** Returns a copy with another {@code UNTIL}. */
    RuleParts withUntil(@Nullable Temporal newUntil) {
        return new RuleParts(frequency, interval, count, newUntil, weekStart, bySecond, byMinute, byHour, byDay,
                byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, rscale, skip);
    }

    /** Returns a copy with other time-of-day parts. */
    RuleParts withTimes(List<Integer> seconds, List<Integer> minutes, List<Integer> hours) {
        return new RuleParts(frequency, interval, count, until, weekStart, seconds, minutes, hours, byDay,
                byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, rscale, skip);
    }

    /** Returns a copy with other {@code BYMONTH} and {@code BYDAY} parts. */
    RuleParts withMonthsAndDays(List<Integer> months, List<WeekdayNum> days) {
        return new RuleParts(frequency, interval, count, until, weekStart, bySecond, byMinute, byHour, days,
                byMonthDay, byYearDay, byWeekNo, months, bySetPos, rscale, skip);
    }

    /** Returns a copy with another {@code BYSETPOS}. */
    RuleParts withBySetPos(List<Integer> positions) {
        return new RuleParts(frequency, interval, count, until, weekStart, bySecond, byMinute, byHour, byDay,
                byMonthDay, byYearDay, byWeekNo, byMonth, positions, rscale, skip);
    }

    /** Returns a copy with other RFC 7529 parts. */
    RuleParts withScale(@Nullable CalendarScale newScale, @Nullable Skip newSkip) {
        return new RuleParts(frequency, interval, count, until, weekStart, bySecond, byMinute, byHour, byDay,
                byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, newScale, newSkip);
    }

    /** Returns whether any BYxxx part other than BYSETPOS is given. */
    boolean hasByPartBesidesSetPos() {
        return !(bySecond.isEmpty() && byMinute.isEmpty() && byHour.isEmpty() && byDay.isEmpty()
                && byMonthDay.isEmpty() && byYearDay.isEmpty() && byWeekNo.isEmpty() && byMonth.isEmpty());
    }
}
