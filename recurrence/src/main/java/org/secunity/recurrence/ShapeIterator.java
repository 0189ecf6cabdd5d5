package org.secunity.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The common part of the iterators of simple rule shapes ({@link FixedPeriodIterator},
 * {@link MonthWalkIterator}): rules with no time part, so that every occurrence has the start's
 * time of day and comparing occurrences is comparing days. Holds the start, {@code COUNT},
 * {@code UNTIL} (with {@link #stopAt} lowering it), the floor a seek sets, and the budget.
 *
 * <p>A shape iterator generates nothing it does not return, except the occurrences a seek passes
 * over when {@code COUNT} makes it count them: those are charged to the {@link Budget} one step
 * each, like {@link RuleIterator}'s. A budget that another iterator of a shared search exhausted
 * ends this one too.
 */
abstract class ShapeIterator extends AbstractIterator<LocalDateTime> {

    final long startDay;
    final int secondOfDay;
    final int nano;
    final int count;
    /** The last local epoch second an occurrence may have (already less one when there are nanoseconds). */
    private long until;
    final Budget budget;
    private final LocalTime time;
    /** The first local epoch second a seek asked for (with the start's nanoseconds), or MIN_VALUE. */
    long seekFloor = Long.MIN_VALUE;

    ShapeIterator(LocalDateTime start, int count, long until, Budget budget) {
        this.startDay = start.toLocalDate().toEpochDay();
        this.secondOfDay = start.toLocalTime().toSecondOfDay();
        this.nano = start.getNano();
        this.count = count;
        this.until = nano > 0 && until != Long.MAX_VALUE ? until - 1 : until;
        this.budget = budget;
        this.time = start.toLocalTime();
    }

    /** Returns whether a rule has no time part ({@code BYHOUR}, {@code BYMINUTE}, {@code BYSECOND}) and no {@code BYSETPOS}. */
    static boolean dateOnly(RecurrenceRule rule) {
        return rule.byHour().isEmpty() && rule.byMinute().isEmpty() && rule.bySecond().isEmpty()
                && rule.bySetPos().isEmpty();
    }

    /** Throws the exception of a budget exhausted by another iterator of the same search. */
    final void checkBudget() {
        ExpansionLimitException failure = budget.failure;
        if (failure != null) {
            throw failure;
        }
    }

    /** Returns whether an occurrence on an epoch day is after {@code UNTIL} (or a stop). */
    final boolean afterUntil(long day) {
        return day * 86_400 + secondOfDay > until;
    }

    /** Returns the occurrence on a date. */
    final LocalDateTime at(LocalDate date) {
        return LocalDateTime.of(date, time);
    }

    /** Charges an occurrence passed over by a seek (counted under {@code COUNT}, never returned). */
    final void passed(long day) {
        Budget b = budget;
        if (++b.steps > b.maxSteps) {
            throw b.exhausted(day * 86_400 + secondOfDay);
        }
    }

    /** Returns the first epoch day whose occurrence is at or after a seek target. */
    final long firstDayAtOrAfter(LocalDateTime target) {
        long floor = target.toEpochSecond(ZoneOffset.UTC) + (nano >= target.getNano() ? 0 : 1);
        if (floor > seekFloor) {
            seekFloor = floor;
        }
        return -Math.floorDiv(secondOfDay - seekFloor, 86_400L);
    }

    @Override
    final void stopAt(LocalDateTime end) {
        long last = end.toEpochSecond(ZoneOffset.UTC) - (nano < end.getNano() ? 0 : 1);
        if (last < until) {
            until = last;
        }
    }
}
