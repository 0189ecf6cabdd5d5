package org.secunity.recurrence;

import java.util.List;

/** {@code BYMONTH} as a limit: the day's month must be listed. */
final class ByMonthFilter implements DayFilter {

    private final int mask;

    ByMonthFilter(List<Integer> months) {
        int m = 0;
        for (int month : months) {
            m |= 1 << month;
        }
        this.mask = m;
    }

    boolean acceptsMonth(int month) {
        return (mask >> month & 1) != 0;
    }

    @Override
    public boolean accepts(DayFields day) {
        return (mask >> day.month & 1) != 0;
    }
}
