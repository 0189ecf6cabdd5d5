package org.secunity.recurrence;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.Objects;
import org.secunity.SecunityParseException;

/**
 * One entry of the {@code BYDAY} rule part: a day of the week, optionally with an ordinal
 * ({@code 2WE} is the second Wednesday, {@code -1FR} the last Friday, {@code MO} every Monday).
 *
 * <p>The ordinal counts within the month or the year, depending on the rule (RFC 5545
 * §3.3.10); it is allowed only in {@link Frequency#MONTHLY} and {@link Frequency#YEARLY} rules.
 * Instances are immutable and safe to share; compare them with {@code equals}.
 *
 * <pre>{@code
 * WeekdayNum second = WeekdayNum.of(2, DayOfWeek.WEDNESDAY);
 * second.toString();                    // "2WE"
 * WeekdayNum.parse("-1FR").ordinal();   // -1
 * WeekdayNum.of(DayOfWeek.MONDAY);      // MO, every Monday
 * }</pre>
 */
public final class WeekdayNum implements Comparable<WeekdayNum> {

    /** The largest absolute ordinal RFC 5545 allows ({@code ordwk = 1*2DIGIT ;1 to 53}). */
    public static final int MAX_ORDINAL = 53;

    private static final Comparator<WeekdayNum> ORDER =
            Comparator.comparing(WeekdayNum::dayOfWeek).thenComparingInt(WeekdayNum::ordinal);

    private final int ordinal;
    private final DayOfWeek dayOfWeek;

    private WeekdayNum(int ordinal, DayOfWeek dayOfWeek) {
        this.ordinal = ordinal;
        this.dayOfWeek = dayOfWeek;
    }

    /**
     * Returns an entry without an ordinal: every such weekday of the period.
     *
     * @param dayOfWeek the day of the week, not null
     * @return the entry, not null
     */
    public static WeekdayNum of(DayOfWeek dayOfWeek) {
        return new WeekdayNum(0, Objects.requireNonNull(dayOfWeek, "dayOfWeek"));
    }

    /**
     * Returns an entry with an ordinal, or without one when {@code ordinal} is 0.
     *
     * @param ordinal from -53 to 53; positive counts from the start of the month or year,
     *     negative from its end, 0 means every such weekday
     * @param dayOfWeek the day of the week, not null
     * @return the entry, not null
     * @throws org.secunity.SecunityException if the ordinal is out of range
     */
    public static WeekdayNum of(int ordinal, DayOfWeek dayOfWeek) {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        if (ordinal < -MAX_ORDINAL || ordinal > MAX_ORDINAL) {
            throw new org.secunity.SecunityException(
                    "BYDAY ordinal must be from -53 to 53 (0 for none), was " + ordinal);
        }
        return new WeekdayNum(ordinal, dayOfWeek);
    }

    /**
     * Parses an entry such as {@code "MO"}, {@code "2WE"}, {@code "+1SA"} or {@code "-1FR"},
     * ignoring the case of the weekday code.
     *
     * @param text the entry, not null
     * @return the entry, not null
     * @throws SecunityParseException if the text is not a valid {@code weekdaynum}
     */
    public static WeekdayNum parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return RuleParser.parseWeekdayNum(text.toString(), text, 0);
    }

    /**
     * Returns the ordinal.
     *
     * @return from -53 to 53, 0 when the entry has no ordinal
     */
    public int ordinal() {
        return ordinal;
    }

    /**
     * Returns whether the entry has an ordinal.
     *
     * @return true unless {@link #ordinal()} is 0
     */
    public boolean hasOrdinal() {
        return ordinal != 0;
    }

    /**
     * Returns the day of the week.
     *
     * @return the day, not null
     */
    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    /**
     * Orders entries by day of week (Monday first), then by ordinal.
     *
     * @param other the entry to compare with, not null
     * @return negative, zero or positive as this entry sorts before, with or after the other
     */
    @Override
    public int compareTo(WeekdayNum other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns whether another object is an entry with the same ordinal and day.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object obj) {
        return obj instanceof WeekdayNum
                && ((WeekdayNum) obj).ordinal == ordinal
                && ((WeekdayNum) obj).dayOfWeek == dayOfWeek;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ordinal * 31 + dayOfWeek.hashCode();
    }

    /**
     * Returns the RFC 5545 text of the entry, which {@link #parse(CharSequence)} reads back.
     *
     * @return the text, such as {@code "2WE"}, {@code "-1FR"} or {@code "MO"}
     */
    @Override
    public String toString() {
        return ordinal == 0 ? Weekdays.code(dayOfWeek) : ordinal + Weekdays.code(dayOfWeek);
    }
}
