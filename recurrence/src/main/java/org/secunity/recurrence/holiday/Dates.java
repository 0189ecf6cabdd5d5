package org.secunity.recurrence.holiday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;

/**
 * The day arithmetic a holiday policy needs on the three occurrence types of the engine:
 * {@link LocalDate}, {@link LocalDateTime} and {@link ZonedDateTime}. Stateless.
 */
final class Dates {

    private Dates() {
    }

    /** Returns the calendar date of an occurrence (the local date, for a zoned one). */
    static LocalDate dateOf(Object t) {
        if (t instanceof LocalDate) {
            return (LocalDate) t;
        }
        if (t instanceof LocalDateTime) {
            return ((LocalDateTime) t).toLocalDate();
        }
        if (t instanceof ZonedDateTime) {
            return ((ZonedDateTime) t).toLocalDate();
        }
        throw new SecunityException("a holiday policy works on LocalDate, LocalDateTime and ZonedDateTime"
                + " occurrences, but got " + t.getClass().getName() + " " + t);
    }

    /**
     * Returns the occurrence moved to another date with the same wall-clock time; a zoned time that
     * falls in a gap is moved later by the length of the gap (RFC 5545 §3.3.5), one in an overlap
     * keeps its offset when it can.
     */
    @SuppressWarnings("unchecked")
    static <T> T withDate(T t, LocalDate date) {
        if (t instanceof LocalDate) {
            return (T) date;
        }
        if (t instanceof LocalDateTime) {
            return (T) date.atTime(((LocalDateTime) t).toLocalTime());
        }
        ZonedDateTime z = (ZonedDateTime) t;
        return (T) ZonedDateTime.ofLocal(date.atTime(z.toLocalTime()), z.getZone(), z.getOffset());
    }

    /** Returns the first moment of a date, of the same type (and zone) as a sample occurrence. */
    @SuppressWarnings("unchecked")
    static <T> T startOfDay(T sample, LocalDate date) {
        if (sample instanceof LocalDate) {
            return (T) date;
        }
        if (sample instanceof LocalDateTime) {
            return (T) date.atStartOfDay();
        }
        return (T) date.atStartOfDay(((ZonedDateTime) sample).getZone());
    }

    /** Returns the zone of a zoned occurrence, or null for the local types. */
    static @Nullable ZoneId zoneOf(Object t) {
        return t instanceof ZonedDateTime ? ((ZonedDateTime) t).getZone() : null;
    }
}
