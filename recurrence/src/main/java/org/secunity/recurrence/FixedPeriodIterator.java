package org.secunity.recurrence;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The iterator of the rules whose periods are a fixed number of days with the same days taken in
 * each: plain {@code FREQ=DAILY} (no {@code BYxxx} part; periods of {@code INTERVAL} days, one day
 * each) and {@code FREQ=WEEKLY} with at most plain {@code BYDAY} weekdays (periods of
 * {@code 7 * INTERVAL} days from the {@code WKST} before the start; the listed weekdays, else the
 * start's). Occurrence {@code g} (counting the period days before the start, which are dropped)
 * lies in period {@code g / n} on its {@code g % n}-th day, {@code n} days a period: the next
 * occurrence, a seek and the count of those passed over are arithmetic, even under {@code COUNT}.
 *
 * <p>Why a path of its own: the general {@link RuleIterator} loads periods into a buffer, sorts
 * and filters them, and a seek under {@code COUNT} walks every period before the target. JMH
 * {@code RecurrenceBenchmark.firstThousand}, lib-recur time ÷ ours in the same run on a quiet
 * machine, the general iterator -> this one (with {@link DateCursor}): daily 0.68 -> 1.23,
 * weeklyMonday 1.57 -> 5.04, biweeklyCount 1.18 -> 3.75; {@code seekAfter2100} biweeklyCount
 * ({@code COUNT=5000}) 83,156 -> 171 ns. Tables in {@code docs/recurrence.md}.
 */
final class FixedPeriodIterator extends ShapeIterator {

    private final long origin;
    private final long periodDays;
    /** The days taken, as offsets from a period's first day, ascending. */
    private final int[] slots;
    /** The period days before the start, dropped uncounted. */
    private final long skipped;
    private final DateCursor dates = new DateCursor();
    /** The index of the next occurrence (counting the skipped), its period's first day and its slot. */
    private long next;
    private long periodStart;
    private int slot;

    /** Creates the iterator of a rule this class {@link #serves}. */
    FixedPeriodIterator(RecurrenceRule rule, LocalDateTime start, int count, long until, Budget budget) {
        super(start, count, until, budget);
        if (rule.frequency() == Frequency.DAILY) {
            this.origin = startDay;
            this.periodDays = rule.interval();
            this.slots = new int[] {0};
        } else {
            int weekStart = rule.weekStart().getValue();
            this.origin = startDay - Math.floorMod(Calendars.dayOfWeek(startDay) - weekStart, 7);
            this.periodDays = 7L * rule.interval();
            int mask = Weekdays.offsetMask(rule.byDay(), weekStart);
            this.slots = Calendars.setBits(mask == 0 ? 1 << (int) (startDay - origin) : mask);
        }
        int before = 0;
        while (before < slots.length && origin + slots[before] < startDay) {
            before++;
        }
        this.skipped = before;
        moveTo(before);
    }

    /** Returns whether a rule has this iterator's shape. */
    static boolean serves(RecurrenceRule rule) {
        Frequency f = rule.frequency();
        if (f != Frequency.DAILY && f != Frequency.WEEKLY || !dateOnly(rule) || !rule.byMonth().isEmpty()
                || !rule.byWeekNo().isEmpty() || !rule.byYearDay().isEmpty() || !rule.byMonthDay().isEmpty()) {
            return false;
        }
        if (f == Frequency.DAILY) {
            return rule.byDay().isEmpty();
        }
        return rule.byDay().stream().noneMatch(WeekdayNum::hasOrdinal);
    }

    private void moveTo(long g) {
        next = g;
        periodStart = origin + g / slots.length * periodDays;
        slot = (int) (g % slots.length);
    }

    @Override
    protected @Nullable LocalDateTime computeNext() {
        checkBudget();
        if (count > 0 && next - skipped >= count) {
            return null;
        }
        long day = periodStart + slots[slot];
        if (day > Calendars.MAX_EPOCH_DAY || afterUntil(day)) {
            return null;
        }
        next++;
        if (++slot == slots.length) {
            slot = 0;
            periodStart += periodDays;
        }
        return at(dates.date(day));
    }

    @Override
    protected void seek(LocalDateTime target) {
        long day = firstDayAtOrAfter(target);
        if (day <= periodStart + slots[slot]) {
            return;
        }
        if (day > Calendars.MAX_EPOCH_DAY) {
            // past the last date there is: the next day computed is beyond it, which ends the walk
            periodStart = Calendars.MAX_EPOCH_DAY + 1;
            slot = 0;
            return;
        }
        // the occurrences before are counted by their index: no walk even under COUNT
        long period = Math.floorDiv(day - origin, periodDays);
        long first = origin + period * periodDays;
        int s = 0;
        while (s < slots.length && first + slots[s] < day) {
            s++;
        }
        moveTo(period * slots.length + s);
    }
}
