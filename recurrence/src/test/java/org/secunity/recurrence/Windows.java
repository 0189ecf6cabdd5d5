package org.secunity.recurrence;

import java.time.LocalDateTime;

/** Comparison windows per frequency, long enough to cover many periods, short enough for the oracles. */
final class Windows {

    private Windows() {
    }

    static LocalDateTime end(RecurrenceRule rule, LocalDateTime start) {
        long k = Math.min(rule.interval(), 10);
        switch (rule.frequency()) {
            case YEARLY:
                return start.plusYears(30 * k);
            case MONTHLY:
                return start.plusYears(8 * k);
            case WEEKLY:
                return start.plusYears(3 * k);
            case DAILY:
                return start.plusYears(2 * k);
            case HOURLY:
                return start.plusDays(15 * k);
            case MINUTELY:
                return start.plusHours(20 * k);
            default:
                return start.plusMinutes(40 * k);
        }
    }
}
