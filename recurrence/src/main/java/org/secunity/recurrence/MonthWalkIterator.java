package org.secunity.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The iterator of the rules that take one day in each of their months, the commonest community
 * cadences: {@code FREQ=MONTHLY} (every {@code INTERVAL}-th month, optionally only the
 * {@code BYMONTH} ones) or {@code FREQ=YEARLY;BYMONTH=…} (those months of every
 * {@code INTERVAL}-th year), with one day of the month that every month has: {@code BYMONTHDAY=d}
 * (left out of the months that lack it), or {@code BYDAY=nWD} with {@code 1 ≤ |n| ≤ 4}. "The second Wednesday
 * of even months", "the 15th", "the last day of the month", "the second Saturday of July".
 *
 * <p>It walks month indexes ({@code year * 12 + month - 1}) and computes the one day of each, so
 * nothing is generated, sorted or filtered; a seek without {@code COUNT} jumps to the month of the
 * target. Under {@code COUNT} a seek walks the months in between, one budget step each.
 *
 * <p>Why a path of its own: the general {@link RuleIterator} loads each month into a buffer,
 * sorts and filters it, then finds the date again from the epoch second. JMH
 * {@code RecurrenceBenchmark.firstThousand}, lib-recur time ÷ ours in the same run on a quiet
 * machine, the general iterator -> this one: evenMonth2ndWed 1.00 -> 2.50, july2ndSat 0.75 -> 2.24,
 * lastDayOfMonth 0.60 -> 1.68, feb29 0.98 -> 2.08. Tables in {@code docs/recurrence.md}.
 */
final class MonthWalkIterator extends ShapeIterator {

    private final boolean yearly;
    private final int interval;
    /** The allowed months as bits 1 to 12. */
    private final int monthMask;
    /** YEARLY: the allowed months, ascending. */
    private final int[] months;
    /** BYMONTHDAY's day, or 0 when the day is BYDAY's. */
    private final int monthDay;
    /** BYDAY's ordinal and weekday (1 is Monday). */
    private final int ordinal;
    private final int weekday;
    /** The first month index of the rule's periods: the start's month (MONTHLY) or January of its year. */
    private final long origin;
    /** The month index of the next candidate, or {@link #NONE}. */
    private long month;
    private int emitted;
    /** The months in a row that lacked the day, and how many prove that none ever has it. */
    private int missed;
    private final long emptyBound;
    // the year of the last month index converted and its first epoch day
    private long year = Long.MIN_VALUE;
    private long yearStart;
    private boolean leap;

    private static final long NONE = Long.MAX_VALUE;
    /** The last month index {@code LocalDate} can hold. */
    private static final long LAST_MONTH = LocalDate.MAX.getYear() * 12L + 11;

    /** Creates the iterator of a rule that has this shape ({@link #serves}). */
    MonthWalkIterator(RecurrenceRule rule, LocalDateTime start, int count, long until, Budget budget) {
        super(start, count, until, budget);
        this.yearly = rule.frequency() == Frequency.YEARLY;
        this.interval = rule.interval();
        int mask = 0;
        for (int m : rule.byMonth()) {
            mask |= 1 << m;
        }
        this.monthMask = mask == 0 ? 0x1FFE : mask;
        // the listed months ascending, from the mask: a stream here cost more than a seek (JMH
        // seekAfter2100, evenMonth2ndWed, 1,624 B per seek with it)
        this.months = Calendars.setBits(mask);
        if (rule.byMonthDay().isEmpty()) {
            WeekdayNum d = rule.byDay().get(0);
            this.monthDay = 0;
            this.ordinal = d.ordinal();
            this.weekday = d.dayOfWeek().getValue();
        } else {
            this.monthDay = rule.byMonthDay().get(0);
            this.ordinal = 0;
            this.weekday = 0;
        }
        // the calendar repeats after 400 years: 4,800 months, reached in 4800 / gcd(INTERVAL, 4800)
        // steps (MONTHLY) or 400 / gcd(INTERVAL, 400) years of the listed months (YEARLY)
        this.emptyBound = yearly ? (400 / Expansion.gcd(interval, 400) + 1) * (long) months.length
                : 4800 / Expansion.gcd(interval, 4800) + 1;
        long startMonth = start.getYear() * 12L + start.getMonthValue() - 1;
        this.origin = yearly ? start.getYear() * 12L : startMonth;
        this.month = firstMonthAtOrAfter(startMonth);
    }

    /** Returns whether the rule has this iterator's shape. */
    static boolean serves(RecurrenceRule rule) {
        Frequency f = rule.frequency();
        if (!(f == Frequency.MONTHLY || f == Frequency.YEARLY && !rule.byMonth().isEmpty()) || !dateOnly(rule)
                || !rule.byWeekNo().isEmpty() || !rule.byYearDay().isEmpty()) {
            return false;
        }
        List<Integer> monthDays = rule.byMonthDay();
        List<WeekdayNum> days = rule.byDay();
        if (monthDays.size() == 1 && days.isEmpty()) {
            // a day some months lack (29 February, the 31st) is left out of those months (SKIP=OMIT)
            return Math.abs(monthDays.get(0)) <= 28 || rule.skip() == Skip.OMIT;
        }
        return monthDays.isEmpty() && days.size() == 1 && days.get(0).hasOrdinal()
                && Math.abs(days.get(0).ordinal()) <= 4;
    }

    /** Returns the first month index at or after {@code m} that the rule uses, or {@link #NONE}. */
    private long firstMonthAtOrAfter(long m) {
        long from = Math.max(m, origin);
        if (yearly) {
            long y0 = origin / 12;
            long y = Math.floorDiv(from, 12L);
            long used = y0 + -Math.floorDiv(y0 - y, interval) * interval;
            int after = used == y ? (int) Math.floorMod(from, 12L) + 1 : 1;
            for (int mo : months) {
                if (mo >= after) {
                    return checked(used * 12 + mo - 1);
                }
            }
            return checked((used + interval) * 12 + months[0] - 1);
        }
        long used = origin + -Math.floorDiv(origin - from, (long) interval) * interval;
        // BYMONTH: the months reached repeat after 12 / gcd(INTERVAL, 12) steps
        for (int i = 0; i < 12; i++) {
            long c = used + (long) i * interval;
            if ((monthMask >> (int) Math.floorMod(c, 12L) + 1 & 1) != 0) {
                return checked(c);
            }
        }
        return NONE;
    }

    private static long checked(long m) {
        return m > LAST_MONTH ? NONE : m;
    }

    /** Returns the month index after {@code m} that the rule uses, or {@link #NONE}. */
    private long nextMonth(long m) {
        if (yearly) {
            // m is a listed month of a used year: the next listed one, else the first of the next used year
            int mo = (int) Math.floorMod(m, 12L) + 1;
            for (int listed : months) {
                if (listed > mo) {
                    return checked(m + listed - mo);
                }
            }
            return checked((Math.floorDiv(m, 12L) + interval) * 12 + months[0] - 1);
        }
        if (monthMask == 0x1FFE) {
            return checked(m + interval);
        }
        return firstMonthAtOrAfter(m + 1);
    }

    @Override
    protected @Nullable LocalDateTime computeNext() {
        checkBudget();
        while (true) {
            long m = month;
            if (m == NONE || (count > 0 && emitted >= count)) {
                return null;
            }
            long y = Math.floorDiv(m, 12L);
            int mo = (int) (m - y * 12) + 1;
            if (y != year) {
                // the next year starts where this one ends (no division)
                yearStart = y == year + 1 ? yearStart + Calendars.yearLength(leap) : Calendars.yearStart(y);
                year = y;
                leap = Calendars.isLeap(y);
            }
            int length = Calendars.monthLength(leap, mo);
            long first = yearStart + Calendars.daysBeforeMonth(leap, mo);
            if (afterUntil(first)) {
                month = NONE;
                return null;
            }
            int dom;
            if (monthDay != 0) {
                dom = monthDay > 0 ? monthDay : length + 1 + monthDay;
                if (dom > length || dom < 1) {
                    // this month lacks the day: charged like a day passed over, and the search ends
                    // after a whole Gregorian cycle of the rule's months without one
                    passed(first);
                    month = ++missed > emptyBound ? NONE : nextMonth(m);
                    continue;
                }
                missed = 0;
            } else if (ordinal > 0) {
                dom = 1 + Math.floorMod(weekday - Calendars.dayOfWeek(first), 7) + (ordinal - 1) * 7;
            } else {
                dom = length - Math.floorMod(Calendars.dayOfWeek(first + length - 1) - weekday, 7) + (ordinal + 1) * 7;
            }
            long day = first + dom - 1;
            if (afterUntil(day)) {
                month = NONE;
                return null;
            }
            month = nextMonth(m);
            if (day < startDay) {
                continue;
            }
            emitted++;
            if (day * 86_400 + secondOfDay < seekFloor) {
                passed(day);
                continue;
            }
            return at(LocalDate.of((int) y, mo, dom));
        }
    }

    @Override
    protected void seek(LocalDateTime target) {
        long day = firstDayAtOrAfter(target);
        if (count == 0 && month != NONE && day > startDay) {
            long m = firstMonthAtOrAfter(Calendars.monthIndexOf(day));
            if (m > month) {
                month = m;
            }
        }
    }
}
