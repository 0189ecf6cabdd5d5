package org.secunity.recurrence;

import java.util.List;

/**
 * {@code BYWEEKNO} as an expansion: the days of the listed weeks that fall in the calendar year,
 * narrowed to the {@code BYDAY} weekdays when given (ordinals are not allowed next to
 * {@code BYWEEKNO}, so {@code BYDAY} is a plain weekday limit there). A day belongs to the week of
 * its week-numbering year (weeks start on {@code WKST}; week 1 holds at least four days of its
 * year), so late December days may be in week 1 and early January days in week 52 or 53 of the
 * year before.
 */
final class ByWeekNoExpander {

    private final int[] weeks;
    private final int weekStart;
    /** Offsets (0 to 6) from the week's first day of the days kept, ascending. */
    private final int[] dayOffsets;

    ByWeekNoExpander(List<Integer> weeks, int weekStart, List<WeekdayNum> byDay) {
        this.weeks = weeks.stream().mapToInt(Integer::intValue).toArray();
        this.weekStart = weekStart;
        int mask = 0;
        for (WeekdayNum d : byDay) {
            mask |= 1 << Math.floorMod(d.dayOfWeek().getValue() - weekStart, 7);
        }
        if (mask == 0) {
            mask = 0x7f;
        }
        int n = Integer.bitCount(mask);
        this.dayOffsets = new int[n];
        for (int i = 0, k = 0; i < 7; i++) {
            if ((mask >> i & 1) != 0) {
                dayOffsets[k++] = i;
            }
        }
    }

    int expandYear(long year, long[] out, int n) {
        long yearFirst = Calendars.yearStart(year);
        long yearLast = yearFirst + Calendars.yearLength(year) - 1;
        // the first days of the years before and after come from this year's by their lengths: one
        // Calendars.yearStart (three long divisions) instead of four
        long weekYearFirst = yearFirst - Calendars.yearLength(year - 1);
        long first = Calendars.firstWeekStartFrom(weekYearFirst, weekStart);
        for (long weekYear = year - 1; weekYear <= year + 1; weekYear++) {
            weekYearFirst += Calendars.yearLength(weekYear);
            long next = Calendars.firstWeekStartFrom(weekYearFirst, weekStart);
            int count = (int) ((next - first) / 7);
            for (int w : weeks) {
                int week = w > 0 ? w : count + 1 + w;
                if (week < 1 || week > count) {
                    continue;
                }
                long start = first + (week - 1) * 7L;
                if (start > yearLast || start + 6 < yearFirst) {
                    continue;
                }
                for (int offset : dayOffsets) {
                    long day = start + offset;
                    if (day >= yearFirst && day <= yearLast) {
                        out[n++] = day;
                    }
                }
            }
            first = next;
        }
        return n;
    }
}
