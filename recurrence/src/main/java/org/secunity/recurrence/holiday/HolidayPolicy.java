package org.secunity.recurrence.holiday;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.Recurrence;

/**
 * What happens to an occurrence of a recurrence that falls on a day off: it is skipped, or moved
 * to the next or the previous business day.
 *
 * <p>A <em>business day</em> is a day that is neither a Saturday, nor a Sunday, nor a holiday of
 * the {@link HolidayCalendar}. By default a policy acts on every occurrence on a day that is not a
 * business day ({@link Trigger#NON_BUSINESS_DAY}): a Monday class on 海の日 does not happen under
 * {@link #SKIP}, and neither would a Saturday one. For events held on weekends on purpose, pass
 * {@link Trigger#HOLIDAY} so that only holidays trigger the policy; a moved occurrence still lands
 * on a business day.
 *
 * <p>{@link #apply(Recurrence, HolidayCalendar)} decorates any {@link Recurrence} of
 * {@link java.time.LocalDate}, {@link java.time.LocalDateTime} or {@link java.time.ZonedDateTime}
 * (one zone throughout), lazily; see {@link HolidayAdjusted} for ordering, duplicates, seeking and
 * the record of every adjustment.
 *
 * <pre>{@code
 * Recurrence<LocalDate> meetups = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE")
 *         .occurrences(LocalDate.parse("2026-01-01"));
 * HolidayPolicy.NEXT_BUSINESS_DAY.apply(meetups, HolidayCalendar.japan()).take(2);
 *         // [2026-02-12, 2026-04-08]: 2026-02-11 is 建国記念の日 (National Foundation Day)
 * HolidayPolicy.parse("SKIP");   // SKIP
 * }</pre>
 */
public enum HolidayPolicy {

    /** An occurrence on a day off is dropped; every other occurrence is left as it is. */
    SKIP,

    /**
     * An occurrence on a day off moves to the first business day after it, keeping its time of
     * day; every other occurrence is left as it is.
     */
    NEXT_BUSINESS_DAY,

    /**
     * An occurrence on a day off moves to the last business day before it, keeping its time of
     * day; every other occurrence is left as it is.
     */
    PREVIOUS_BUSINESS_DAY;

    /** Which days off make a policy act on an occurrence. */
    public enum Trigger {
        /** Every day that is not a business day: Saturdays, Sundays and holidays. The default. */
        NON_BUSINESS_DAY,
        /** Holidays of the calendar only; occurrences on an ordinary Saturday or Sunday stay. */
        HOLIDAY
    }

    /**
     * Applies this policy to the occurrences on non-business days (Saturdays, Sundays and
     * holidays) of a recurrence.
     *
     * @param <T> the occurrence type: {@link java.time.LocalDate}, {@link java.time.LocalDateTime}
     *     or {@link java.time.ZonedDateTime}
     * @param recurrence the occurrences, not null
     * @param calendar the holidays, not null
     * @return the adjusted occurrences, lazy, not null
     * @throws SecunityException while iterating, if an occurrence is of another type, if zoned
     *     occurrences change zone, or if a day to look at lies outside the calendar's years
     */
    public <T extends Comparable<? super T>> HolidayAdjusted<T> apply(
            Recurrence<T> recurrence, HolidayCalendar calendar) {
        return apply(recurrence, calendar, Trigger.NON_BUSINESS_DAY);
    }

    /**
     * Applies this policy to the occurrences of a recurrence that fall on the days a trigger names.
     *
     * @param <T> the occurrence type: {@link java.time.LocalDate}, {@link java.time.LocalDateTime}
     *     or {@link java.time.ZonedDateTime}
     * @param recurrence the occurrences, not null
     * @param calendar the holidays, not null
     * @param trigger which days off the policy acts on, not null
     * @return the adjusted occurrences, lazy, not null
     * @throws SecunityException while iterating, if an occurrence is of another type, if zoned
     *     occurrences change zone, or if a day to look at lies outside the calendar's years
     */
    public <T extends Comparable<? super T>> HolidayAdjusted<T> apply(
            Recurrence<T> recurrence, HolidayCalendar calendar, Trigger trigger) {
        return new HolidayAdjusted<>(requireNonNull(recurrence, "recurrence"), this,
                requireNonNull(calendar, "calendar"), requireNonNull(trigger, "trigger"));
    }

    /**
     * Returns the policy with a name, ignoring case; the names are those of the constants, as the
     * {@code "holidayPolicy"} field of the {@code expand} command spells them.
     *
     * @param text the name, such as {@code "NEXT_BUSINESS_DAY"}, not null
     * @return the policy, not null
     * @throws SecunityParseException if the text names no policy; the message lists the names
     */
    public static HolidayPolicy parse(CharSequence text) {
        requireNonNull(text, "text");
        String name = text.toString().trim().toUpperCase(Locale.ROOT);
        for (HolidayPolicy p : values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new SecunityParseException("unknown holiday policy \"" + text
                + "\", expected one of SKIP, NEXT_BUSINESS_DAY, PREVIOUS_BUSINESS_DAY", text, 0, null);
    }
}
