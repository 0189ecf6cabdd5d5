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
    /**
     * Whether a listed week of the week-numbering year before or after may hold days of the
     * calendar year: only their last week (52, 53, -1) and their first (1, -52, -53) can.
     */
    private final boolean reachesNeighbours;

    ByWeekNoExpander(List<Integer> weeks, int weekStart, List<WeekdayNum> byDay) {
        this.weeks = weeks.stream().mapToInt(Integer::intValue).toArray();
        this.weekStart = weekStart;
        this.reachesNeighbours = weeks.stream().anyMatch(w -> w == 1 || w >= 52 || w == -1 || w <= -52);
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
        long lastWeekYear = year + 1;
        if (!reachesNeighbours) {
            // no listed week of the week-numbering years before and after can fall in this year
            weekYearFirst = yearFirst;
            lastWeekYear = year;
        }
        long first = Calendars.firstWeekStartFrom(weekYearFirst, weekStart);
        for (long weekYear = lastWeekYear == year ? year : year - 1; weekYear <= lastWeekYear; weekYear++) {
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
