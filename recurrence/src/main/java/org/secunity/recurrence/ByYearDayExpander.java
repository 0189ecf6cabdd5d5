package org.secunity.recurrence;

import java.util.List;

/** {@code BYYEARDAY} as an expansion: the listed days of a year, negative ones from its end. */
final class ByYearDayExpander {

    private final int[] days;

    ByYearDayExpander(List<Integer> days) {
        this.days = days.stream().mapToInt(Integer::intValue).toArray();
    }

    int expandYear(long year, long[] out, int n) {
        int length = Calendars.yearLength(year);
        long first = Calendars.yearStart(year);
        for (int d : days) {
            int doy = d > 0 ? d : length + 1 + d;
            if (doy >= 1 && doy <= length) {
                out[n++] = first + doy - 1;
            }
        }
        return n;
    }
}
