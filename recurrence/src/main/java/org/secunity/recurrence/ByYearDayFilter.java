package org.secunity.recurrence;

import java.util.List;

/** {@code BYYEARDAY} as a limit: the day of year, counted from the start or the end, is listed. */
final class ByYearDayFilter implements DayFilter {

    private final boolean[] positive = new boolean[367];
    private final boolean[] negative = new boolean[367];

    ByYearDayFilter(List<Integer> days) {
        for (int d : days) {
            if (d > 0) {
                positive[d] = true;
            } else {
                negative[-d] = true;
            }
        }
    }

    @Override
    public boolean accepts(DayFields day) {
        return positive[day.dayOfYear] || negative[day.yearLength - day.dayOfYear + 1];
    }
}
