package org.secunity.recurrence;

import java.util.List;

/**
 * {@code BYWEEKNO} as an expansion: every day of the listed weeks that falls in the calendar
 * year. A day belongs to the week of its week-numbering year (weeks start on {@code WKST}; week 1
 * holds at least four days of its year), so late December days may be in week 1 and early January
 * days in week 52 or 53 of the year before.
 */
final class ByWeekNoExpander {

    private final int[] weeks;
    private final int weekStart;

    ByWeekNoExpander(List<Integer> weeks, int weekStart) {
        this.weeks = weeks.stream().mapToInt(Integer::intValue).toArray();
        this.weekStart = weekStart;
    }

    int expandYear(long year, long[] out, int n) {
        long yearFirst = Calendars.yearStart(year);
        long yearLast = yearFirst + Calendars.yearLength(year) - 1;
        for (long weekYear = year - 1; weekYear <= year + 1; weekYear++) {
            long first = Calendars.firstWeekStart(weekYear, weekStart);
            int count = Calendars.weeksInYear(weekYear, weekStart);
            for (int w : weeks) {
                int week = w > 0 ? w : count + 1 + w;
                if (week < 1 || week > count) {
                    continue;
                }
                long start = first + (week - 1) * 7L;
                for (int i = 0; i < 7; i++) {
                    long day = start + i;
                    if (day >= yearFirst && day <= yearLast) {
                        out[n++] = day;
                    }
                }
            }
        }
        return n;
    }
}
