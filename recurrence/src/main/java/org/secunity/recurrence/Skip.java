package org.secunity.recurrence;

import java.util.Locale;
import java.util.Objects;
import org.secunity.SecunityParseException;

/**
 * The RFC 7529 {@code SKIP} rule part: what a rule with an {@code RSCALE} does with a date its
 * parts name but the calendar lacks, such as the 31st of a 30-day month or 29 February of a common
 * year.
 *
 * <p>A {@code BYMONTHDAY} (or the day of the month taken from {@code DTSTART}) beyond the end of
 * the month, a negative one before its start, and {@code BYYEARDAY=366} or {@code -366} in a
 * common year are such invalid dates. {@code SKIP} is allowed only next to {@code RSCALE} (RFC 7529
 * §3.2); without {@code RSCALE} RFC 5545 applies and invalid dates are omitted.
 *
 * <pre>{@code
 * RecurrenceRule rule = RecurrenceRule.parse("FREQ=MONTHLY;RSCALE=GREGORIAN;SKIP=BACKWARD");
 * rule.skip();                                                     // BACKWARD
 * rule.occurrences(LocalDate.parse("2021-01-31")).take(3);        // [2021-01-31, 2021-02-28, 2021-03-31]
 * }</pre>
 */
public enum Skip {
    /** The invalid date is left out, as in RFC 5545; the default. */
    OMIT,
    /** The invalid date moves back to the last valid day before it (the last day of the month). */
    BACKWARD,
    /** The invalid date moves forward to the first valid day after it (the first day of the next month). */
    FORWARD;

    /**
     * Returns the value with an RFC 7529 name, ignoring case.
     *
     * @param text the name, such as {@code "BACKWARD"}, not null
     * @return the value, not null
     * @throws SecunityParseException if the text names no value
     */
    public static Skip parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String name = text.toString().toUpperCase(Locale.ROOT);
        for (Skip s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new SecunityParseException(
                "unknown SKIP value \"" + text + "\", expected one of OMIT, BACKWARD, FORWARD", text, 0, "SKIP");
    }
}
