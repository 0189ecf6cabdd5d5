package org.secunity.recurrence;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/** The two-letter RFC 5545 weekday codes ({@code MO} ... {@code SU}). */
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
}
