package org.secunity.recurrence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The steps of work one expansion may still do ({@link ExpansionOptions#maxSteps()}): charged by
 * {@link PeriodBuffer#spend} and {@link RuleIterator} for periods examined, days generated and
 * candidates passed over, and refunded {@link #REFUND} steps per occurrence returned. Mutable;
 * owned by one iterator, or shared by the probe iterators of one {@link Recurrence#previous} search.
 */
final class Budget {

    /** The steps given back for each occurrence returned, so that useful work is not charged. */
    static final int REFUND = 2;

    /** The steps spent so far, less the refunds. */
    long steps;
    final long maxSteps;
    /** The exception thrown when the budget ran out, thrown again by every later call; or null. */
    @Nullable ExpansionLimitException failure;

    Budget(long maxSteps) {
        this.maxSteps = maxSteps;
    }

    /** Returns the exception for a budget exceeded with the search at a local epoch second. */
    ExpansionLimitException exhausted(long epochSecond) {
        long s = Math.max(Calendars.MIN_EPOCH_DAY * 86_400, Math.min(epochSecond, Calendars.MAX_EPOCH_DAY * 86_400));
        ExpansionLimitException e = new ExpansionLimitException(
                Truncation.ofSteps(maxSteps, LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC)));
        failure = e;
        return e;
    }
}
