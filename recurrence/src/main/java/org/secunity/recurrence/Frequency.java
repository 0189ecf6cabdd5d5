package org.secunity.recurrence;

import java.util.Locale;
import java.util.Objects;
import org.secunity.SecunityParseException;

/**
 * The {@code FREQ} rule part of an RFC 5545 recurrence rule: the unit of the periods in which
 * a rule is expanded.
 *
 * <p>The constants are declared from the finest to the coarsest unit, so
 * {@code compareTo} orders them by period length.
 *
 * <pre>{@code
 * Frequency f = Frequency.parse("MONTHLY");   // Frequency.MONTHLY
 * f.toString();                               // "MONTHLY"
 * }</pre>
 */
public enum Frequency {
    /** Periods of one second. */
    SECONDLY,
    /** Periods of one minute. */
    MINUTELY,
    /** Periods of one hour. */
    HOURLY,
    /** Periods of one day. */
    DAILY,
    /** Periods of one week, starting on the rule's {@code WKST} day. */
    WEEKLY,
    /** Periods of one calendar month. */
    MONTHLY,
    /** Periods of one calendar year. */
    YEARLY;

    /**
     * Returns the frequency with an RFC 5545 name, ignoring case.
     *
     * @param text the name, such as {@code "WEEKLY"}, not null
     * @return the frequency, not null
     * @throws SecunityParseException if the text names no frequency
     */
    public static Frequency parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String name = text.toString().toUpperCase(Locale.ROOT);
        for (Frequency f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new SecunityParseException(
                "unknown frequency \"" + text + "\", expected one of SECONDLY, MINUTELY, HOURLY, DAILY,"
                        + " WEEKLY, MONTHLY, YEARLY",
                text, 0, "FREQ");
    }

    /**
     * Returns whether this frequency's periods are shorter than a day.
     *
     * @return true for {@code SECONDLY}, {@code MINUTELY} and {@code HOURLY}
     */
    public boolean isSubDaily() {
        return compareTo(DAILY) < 0;
    }
}
