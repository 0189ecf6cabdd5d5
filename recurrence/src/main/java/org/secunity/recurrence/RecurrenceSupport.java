package org.secunity.recurrence;

import java.time.DateTimeException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import org.jspecify.annotations.Nullable;

/** Small helpers shared by the recurrences. */
final class RecurrenceSupport {

    private RecurrenceSupport() {
    }

    /**
     * Returns {@code t} minus a number of days when it is a {@link Temporal} that supports days and
     * the result is representable, or null otherwise.
     */
    @SuppressWarnings("unchecked")
    static <T> @Nullable T minusDays(T t, long days) {
        if (!(t instanceof Temporal) || !((Temporal) t).isSupported(ChronoUnit.DAYS)) {
            return null;
        }
        try {
            return (T) ((Temporal) t).minus(days, ChronoUnit.DAYS);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
