package org.secunity.recurrence;

import java.util.List;

/** {@code BYMONTHDAY} as a limit: the day of month, counted from the start or the end, is listed. */
final class ByMonthDayFilter implements DayFilter {

    private final long positive;
    private final long negative;

    ByMonthDayFilter(List<Integer> days) {
        long p = 0;
        long n = 0;
        for (int d : days) {
            if (d > 0) {
                p |= 1L << d;
            } else {
                n |= 1L << -d;
            }
        }
        this.positive = p;
        this.negative = n;
    }

    @Override
    public boolean accepts(DayFields day) {
        return (positive >> day.dayOfMonth & 1) != 0
                || (negative >> (day.monthLength - day.dayOfMonth + 1) & 1) != 0;
    }
}
