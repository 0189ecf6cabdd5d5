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
        int mask = Weekdays.offsetMask(byDay, weekStart);
        this.dayOffsets = Calendars.setBits(mask == 0 ? 0x7f : mask);
    }

    int expandYear(long year, long[] out, int n) {
        long yearFirst = Calendars.yearStart(year);
        long yearLast = yearFirst + Calendars.yearLength(year) - 1;
        // the week-numbering years before and after only when a listed week can fall in this year;
        // each January 1 comes from the one before by the year's length: one Calendars.yearStart
        // (three long divisions) instead of four
        long fromWeekYear = reachesNeighbours ? year - 1 : year;
        long toWeekYear = reachesNeighbours ? year + 1 : year;
        long weekYearFirst = reachesNeighbours ? yearFirst - Calendars.yearLength(year - 1) : yearFirst;
        long first = Calendars.firstWeekStartFrom(weekYearFirst, weekStart);
        for (long weekYear = fromWeekYear; weekYear <= toWeekYear; weekYear++) {
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
