package org.secunity.recurrence;

import java.util.List;

/**
 * {@code BYDAY} as an expansion: every listed weekday of a week, month or year, or for an entry
 * with an ordinal the n-th such weekday from the start (positive) or the end (negative) of the
 * month or year.
 */
final class ByDayExpander {

    private final int[] plain;
    /** The plain weekdays as bits 1 (Monday) to 7. */
    private final int plainMask;
    private final int[] ordinals;
    private final int[] ordinalDays;

    ByDayExpander(List<WeekdayNum> days) {
        this.plain = days.stream().filter(d -> !d.hasOrdinal())
                .mapToInt(d -> d.dayOfWeek().getValue()).toArray();
        this.ordinals = days.stream().filter(WeekdayNum::hasOrdinal).mapToInt(WeekdayNum::ordinal).toArray();
        this.ordinalDays = days.stream().filter(WeekdayNum::hasOrdinal)
                .mapToInt(d -> d.dayOfWeek().getValue()).toArray();
        this.plainMask = maskOf(plain);
    }

    private static int maskOf(int[] weekdays) {
        int mask = 0;
        for (int wd : weekdays) {
            mask |= 1 << wd;
        }
        return mask;
    }

    private ByDayExpander(int dayOfWeek) {
        this.plain = new int[] {dayOfWeek};
        this.ordinals = new int[0];
        this.ordinalDays = ordinals;
        this.plainMask = maskOf(plain);
    }

    private static final ByDayExpander[] ONE_WEEKDAY = new ByDayExpander[8];

    static {
        for (int d = 1; d <= 7; d++) {
            ONE_WEEKDAY[d] = new ByDayExpander(d);
        }
    }

    /**
     * Returns the expander of one plain weekday (1 is Monday), shared: a start's default weekday
     * without building it from a list each time an expansion is created.
     */
    static ByDayExpander of(int dayOfWeek) {
        return ONE_WEEKDAY[dayOfWeek];
    }

    /** Appends the listed weekdays of the week that starts on {@code weekFirst}. */
    int expandWeek(long weekFirst, long[] out, int n) {
        int firstDow = Calendars.dayOfWeek(weekFirst);
        for (int wd : plain) {
            out[n++] = weekFirst + Math.floorMod(wd - firstDow, 7);
        }
        return n;
    }

    /**
     * Appends the matching days of a month or year: {@code length} days from {@code first}; the
     * ordinals count within that span.
     */
    int expandSpan(long first, int length, long[] out, int n) {
        int firstDow = Calendars.dayOfWeek(first);
        if (ordinals.length == 0 && plain.length > 1) {
            // several plain weekdays: walk the span once, so the days come out sorted. Weekday by
            // weekday they came out interleaved and were sorted after, which took a fifth of a seek
            // of FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (JFR, 2026-12-03)
            int mask = plainMask;
            for (int offset = 0, dow = firstDow; offset < length; offset++) {
                if ((mask >> dow & 1) != 0) {
                    out[n++] = first + offset;
                }
                dow = dow == 7 ? 1 : dow + 1;
            }
            return n;
        }
        for (int wd : plain) {
            for (int offset = Math.floorMod(wd - firstDow, 7); offset < length; offset += 7) {
                out[n++] = first + offset;
            }
        }
        int lastDow = (firstDow + length - 2) % 7 + 1;
        for (int i = 0; i < ordinals.length; i++) {
            int ord = ordinals[i];
            int offset;
            if (ord > 0) {
                offset = Math.floorMod(ordinalDays[i] - firstDow, 7) + (ord - 1) * 7;
            } else {
                offset = length - 1 - Math.floorMod(lastDow - ordinalDays[i], 7) + (ord + 1) * 7;
            }
            if (offset >= 0 && offset < length) {
                out[n++] = first + offset;
            }
        }
        return n;
    }
}
