package org.secunity.recurrence;

import java.util.List;

/**
 * {@code BYMONTHDAY} as an expansion: the listed days of a month, negative ones from its end. A
 * day the month lacks (the 31st of a 30-day month, -31 in February) is an invalid date: left out,
 * or, under RFC 7529 {@code SKIP}, moved to the last valid day before it ({@code BACKWARD}) or
 * the first after it ({@code FORWARD}), which may lie in the month before or after.
 */
final class ByMonthDayExpander {

    private final int[] days;
    private final Skip skip;

    ByMonthDayExpander(List<Integer> days, Skip skip) {
        this(RulePlan.ints(days), skip);
    }

    /** Creates the expander of one day of the month, a start's default. */
    ByMonthDayExpander(int day, Skip skip) {
        this(new int[] {day}, skip);
    }

    private ByMonthDayExpander(int[] days, Skip skip) {
        this.days = days;
        this.skip = skip;
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
            } else if (skip == Skip.BACKWARD) {
                out[n++] = dom > length ? first + length - 1 : first - 1;
            } else if (skip == Skip.FORWARD) {
                out[n++] = dom > length ? first + length : first;
            }
        }
        return n;
    }
}
