package org.secunity.recurrence;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two-letter RFC 5545 weekday codes ({@code MO} ... {@code SU}), and weekdays counted from a week's start. */
final class Weekdays {

    private static final String[] CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private Weekdays() {
    }

    static String code(DayOfWeek day) {
        return CODES[day.ordinal()];
    }

    static Optional<DayOfWeek> parse(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].equals(upper)) {
                return Optional.of(DayOfWeek.of(i + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the days' weekdays as offsets from a week that starts on {@code weekStart} (1 is
     * Monday): bit 0 is {@code weekStart} itself, bit 6 the day before it; 0 when the list is empty.
     * Ordinals are ignored.
     */
    static int offsetMask(List<WeekdayNum> days, int weekStart) {
        int mask = 0;
        for (WeekdayNum d : days) {
            mask |= 1 << Math.floorMod(d.dayOfWeek().getValue() - weekStart, 7);
        }
        return mask;
    }
}
