package org.secunity.recurrence;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The iterator of a plain {@code FREQ=DAILY} rule (no {@code BYxxx} part): occurrence {@code k} is
 * the start moved by {@code k * INTERVAL} days, so the next one, a seek and the count of those
 * passed over are arithmetic, and nothing is generated that is not returned (no {@link Budget}
 * steps are spent; a budget that another iterator of a shared search exhausted still ends this one).
 *
 * <p>Why a path of its own: the general {@link RuleIterator} loads periods into a buffer and
 * filters them; for this, the commonest rule, that was most of the time per occurrence.
 * JMH {@code RecurrenceBenchmark.firstThousand}, rule {@code daily}, lib-recur time ÷ ours in the same
 * run: see the figure in {@code docs/recurrence.md}.
 */
final class DailyIterator extends AbstractIterator<LocalDateTime> {

    private final long startDay;
    private final int secondOfDay;
    private final int nano;
    private final long interval;
    private final int count;
    /** The last local epoch second an occurrence may have (already less one when there are nanoseconds). */
    private long until;
    private final Budget budget;
    private final LocalTime time;
    private final DateCursor dates = new DateCursor();
    /** The index of the next occurrence. */
    private long next;
    private final long lastIndex;

    DailyIterator(LocalDateTime start, int interval, int count, long until, Budget budget) {
        this.startDay = start.toLocalDate().toEpochDay();
        this.secondOfDay = start.toLocalTime().toSecondOfDay();
        this.nano = start.getNano();
        this.interval = interval;
        this.count = count;
        this.until = nano > 0 && until != Long.MAX_VALUE ? until - 1 : until;
        this.budget = budget;
        this.time = start.toLocalTime();
        // the last index whose day LocalDate can hold
        this.lastIndex = (Calendars.MAX_EPOCH_DAY - startDay) / interval;
    }

    /** Returns whether a plain daily iterator serves a rule: FREQ=DAILY and no BYxxx part. */
    static boolean serves(RecurrenceRule rule) {
        return rule.frequency() == Frequency.DAILY && rule.byMonth().isEmpty() && rule.byWeekNo().isEmpty()
                && rule.byYearDay().isEmpty() && rule.byMonthDay().isEmpty() && rule.byDay().isEmpty()
                && rule.byHour().isEmpty() && rule.byMinute().isEmpty() && rule.bySecond().isEmpty()
                && rule.bySetPos().isEmpty();
    }

    @Override
    protected @Nullable LocalDateTime computeNext() {
        ExpansionLimitException failure = budget.failure;
        if (failure != null) {
            throw failure;
        }
        long k = next;
        if (k > lastIndex || (count > 0 && k >= count)) {
            return null;
        }
        long day = startDay + k * interval;
        if (day * 86_400 + secondOfDay > until) {
            next = Long.MAX_VALUE;
            return null;
        }
        next = k + 1;
        return LocalDateTime.of(dates.date(day), time);
    }

    @Override
    protected void seek(LocalDateTime target) {
        long floor = target.toEpochSecond(ZoneOffset.UTC) + (nano >= target.getNano() ? 0 : 1);
        long first = startDay * 86_400 + secondOfDay;
        if (floor <= first) {
            return;
        }
        long step = interval * 86_400;
        long k = (floor - first + step - 1) / step;
        if (k > next) {
            next = Math.min(k, lastIndex + 1);
        }
    }

    @Override
    void stopAt(LocalDateTime end) {
        long last = end.toEpochSecond(ZoneOffset.UTC) - (nano < end.getNano() ? 0 : 1);
        if (last < until) {
            until = last;
        }
    }
}
