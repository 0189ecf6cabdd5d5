package org.secunity.recurrence;

import java.util.List;

/**
 * {@code BYWEEKNO} as a limit: the day's week number in its week-numbering year (weeks start on
 * {@code WKST}, week 1 holds at least four days of the year), counted from the start or the end,
 * is listed.
 */
final class ByWeekNoFilter implements DayFilter {

    private final long positive;
    private final long negative;
    private final int weekStart;

    ByWeekNoFilter(List<Integer> weeks, int weekStart) {
        long p = 0;
        long n = 0;
        for (int w : weeks) {
            if (w > 0) {
                p |= 1L << w;
            } else {
                n |= 1L << -w;
            }
        }
        this.positive = p;
        this.negative = n;
        this.weekStart = weekStart;
    }

    @Override
    public boolean accepts(DayFields day) {
        long weekYear = day.year;
        long first = Calendars.firstWeekStart(weekYear, weekStart);
        if (day.epochDay < first) {
            weekYear--;
            first = Calendars.firstWeekStart(weekYear, weekStart);
        } else {
            long next = Calendars.firstWeekStart(weekYear + 1, weekStart);
            if (day.epochDay >= next) {
                weekYear++;
                first = next;
            }
        }
        int week = (int) ((day.epochDay - first) / 7) + 1;
        int weeks = Calendars.weeksInYear(weekYear, weekStart);
        return (positive >> week & 1) != 0 || (negative >> (weeks - week + 1) & 1) != 0;
    }
}
