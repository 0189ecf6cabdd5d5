package org.secunity.recurrence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns epoch days into {@link LocalDate}s for an iterator whose days mostly move forward: it keeps
 * the month of the last day converted, so a day in the same month costs one {@link LocalDate#of}
 * (no division), the next month or year is found by table look-ups, and only a jump of more than a
 * year goes through {@link Calendars#yearOf}. Mutable; owned by one iterator.
 *
 * <p>It replaces {@code LocalDate.plusDays} and a per-year cache: {@code plusDays} past the 28th
 * asks {@code IsoChronology.isLeapYear}, whose {@code long} remainders by 100 and 400 took 47 % of
 * the samples of {@code FREQ=DAILY} (JFR, 2026-12-03).
 */
final class DateCursor {

    private long year;
    private long yearStart = Long.MAX_VALUE;
    private long yearEnd = Long.MIN_VALUE;
    private boolean leap;
    private int month;
    private long monthStart = Long.MAX_VALUE;
    private long monthEnd = Long.MIN_VALUE;
    private long lastDay = Long.MIN_VALUE;
    private @Nullable LocalDate last;

    /** Returns the date of an epoch day within {@code LocalDate}'s range. */
    LocalDate date(long day) {
        LocalDate d = last;
        if (d != null) {
            long delta = day - lastDay;
            if (delta == 0) {
                return d;
            }
            if (delta > 0 && d.getDayOfMonth() + delta <= 28) {
                // plusDays makes a date up to the 28th without checking its fields
                d = d.plusDays(delta);
                last = d;
                lastDay = day;
                return d;
            }
        }
        if (day < monthStart || day >= monthEnd) {
            moveTo(day);
        }
        d = LocalDate.of((int) year, month, (int) (day - monthStart) + 1);
        last = d;
        lastDay = day;
        return d;
    }

    private void moveTo(long day) {
        if (day < yearStart || day >= yearEnd) {
            if (day >= yearEnd && yearEnd != Long.MIN_VALUE && day < yearEnd + 8 * 365) {
                // a few years on (FREQ=YEARLY, 29 February): each year starts where the one before ends
                do {
                    year++;
                    yearStart = yearEnd;
                    yearEnd = yearStart + Calendars.yearLength(year);
                } while (day >= yearEnd);
            } else {
                year = Calendars.yearOf(day);
                yearStart = Calendars.yearStart(year);
            }
            leap = Calendars.isLeap(year);
            yearEnd = yearStart + Calendars.yearLength(leap);
        }
        int doy0 = (int) (day - yearStart);
        month = Calendars.monthOfDay(leap, doy0);
        monthStart = yearStart + Calendars.daysBeforeMonth(leap, month);
        monthEnd = monthStart + Calendars.monthLength(leap, month);
    }
}
