package org.secunity.recurrence;

import java.util.List;

/**
 * {@code BYYEARDAY} as an expansion: the listed days of a year, negative ones from its end. Day
 * 366 or -366 of a common year is an invalid date: left out, or, under RFC 7529 {@code SKIP},
 * moved to the last day before it ({@code BACKWARD}: 31 December of the year, or of the year before
 * for -366) or the first after it ({@code FORWARD}: 1 January of the next year, or of the year for
 * -366), as libical and lib-recur do.
 */
final class ByYearDayExpander {

    private final int[] days;
    private final Skip skip;

    ByYearDayExpander(List<Integer> days, Skip skip) {
        this.days = days.stream().mapToInt(Integer::intValue).toArray();
        this.skip = skip;
    }

    int expandYear(long year, long[] out, int n) {
        int length = Calendars.yearLength(year);
        long first = Calendars.yearStart(year);
        for (int d : days) {
            int doy = d > 0 ? d : length + 1 + d;
            if (doy >= 1 && doy <= length) {
                out[n++] = first + doy - 1;
            } else if (skip == Skip.BACKWARD) {
                out[n++] = doy > length ? first + length - 1 : first - 1;
            } else if (skip == Skip.FORWARD) {
                out[n++] = doy > length ? first + length : first;
            }
        }
        return n;
    }
}
