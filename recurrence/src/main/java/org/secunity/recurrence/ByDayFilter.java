package org.secunity.recurrence;

import java.util.List;

/**
 * {@code BYDAY} as a limit: the day's weekday is listed, and for an entry with an ordinal
 * ({@code 2WE}, {@code -1FR}) it is that occurrence of the weekday in its month or in its year.
 */
final class ByDayFilter implements DayFilter {

    private final int plainMask;
    private final int[] ordinals;
    private final int[] ordinalDays;
    private final boolean yearScope;

    ByDayFilter(List<WeekdayNum> days, boolean yearScope) {
        int mask = 0;
        int n = 0;
        for (WeekdayNum d : days) {
            if (d.hasOrdinal()) {
                n++;
            } else {
                mask |= 1 << d.dayOfWeek().getValue();
            }
        }
        this.plainMask = mask;
        this.ordinals = new int[n];
        this.ordinalDays = new int[n];
        int i = 0;
        for (WeekdayNum d : days) {
            if (d.hasOrdinal()) {
                ordinals[i] = d.ordinal();
                ordinalDays[i++] = d.dayOfWeek().getValue();
            }
        }
        this.yearScope = yearScope;
    }

    @Override
    public boolean accepts(DayFields day) {
        if ((plainMask >> day.dayOfWeek & 1) != 0) {
            return true;
        }
        if (ordinals.length == 0) {
            return false;
        }
        int index = yearScope ? day.dayOfYear : day.dayOfMonth;
        int length = yearScope ? day.yearLength : day.monthLength;
        int fromStart = (index - 1) / 7 + 1;
        int fromEnd = -((length - index) / 7 + 1);
        for (int i = 0; i < ordinals.length; i++) {
            if (ordinalDays[i] == day.dayOfWeek && (ordinals[i] == fromStart || ordinals[i] == fromEnd)) {
                return true;
            }
        }
        return false;
    }
}
