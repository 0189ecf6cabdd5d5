package org.secunity.recurrence;

import java.util.List;

/** {@code BYMONTHDAY} as an expansion: the listed days of a month, negative ones from its end. */
final class ByMonthDayExpander {

    private final int[] days;

    ByMonthDayExpander(List<Integer> days) {
        this.days = days.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Appends the listed days of the month of {@code length} days starting on epoch day
     * {@code first} (unsorted when negative values mix in) to {@code out}.
     */
    int expandMonth(long first, int length, long[] out, int n) {
        for (int d : days) {
            int dom = d > 0 ? d : length + 1 + d;
            if (dom >= 1 && dom <= length) {
                out[n++] = first + dom - 1;
            }
        }
        return n;
    }
}
