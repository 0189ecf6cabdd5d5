package org.secunity.recurrence.holiday;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.Occurrence;

/**
 * What a {@link HolidayPolicy} did to one occurrence that fell on a holiday or another non-business
 * day, and why: it was {@linkplain Kind#MOVED moved} to a business day, {@linkplain Kind#SKIPPED
 * skipped}, or {@linkplain Kind#MERGED merged} into an occurrence already on the day it was moved
 * to.
 *
 * <p>The reason is the {@link Holiday} on the original date, with its Japanese and English name,
 * or, for a Saturday or Sunday that is not a holiday, the day of the week. An iCalendar export
 * writes the {@link #original()} of every adjustment as an {@code EXDATE} and the {@link #time()}
 * of every moved one as an {@code RDATE}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Adjustment<LocalDate> a = HolidayPolicy.SKIP
 *         .apply(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO").occurrences(LocalDate.parse("2026-07-13")),
 *                 HolidayCalendar.japan())
 *         .adjustments().findFirst().orElseThrow();
 * a.kind();                   // SKIPPED
 * a.original();               // 2026-07-20
 * a.holiday().get().ja();     // "海の日"
 * a.reason(Locale.ENGLISH);   // "Marine Day"
 * a.note();                   // "海の日 (Marine Day)"
 * }</pre>
 *
 * @param <T> the occurrence type: {@link LocalDate}, {@link java.time.LocalDateTime} or
 *     {@link java.time.ZonedDateTime}
 */
public final class Adjustment<T extends Comparable<? super T>> {

    /** What a policy did to an occurrence. */
    public enum Kind {
        /** Moved to another day, keeping its time of day; {@link Adjustment#time()} says where. */
        MOVED,
        /** Dropped: it does not happen. */
        SKIPPED,
        /**
         * Moved onto a time that another occurrence already has, and so dropped as a duplicate;
         * {@link Adjustment#time()} is that time.
         */
        MERGED
    }

    private static final String[] WEEKDAYS_JA = {"月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"};
    private static final String[] WEEKDAYS_EN =
            {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final Kind kind;
    private final T original;
    private final @Nullable T time;
    private final @Nullable Holiday holiday;
    private final DayOfWeek dayOfWeek;

    private Adjustment(Kind kind, T original, @Nullable T time, @Nullable Holiday holiday) {
        this.kind = kind;
        this.original = original;
        this.time = time;
        this.holiday = holiday;
        this.dayOfWeek = Dates.dateOf(original).getDayOfWeek();
    }

    static <T extends Comparable<? super T>> Adjustment<T> moved(T original, T time, @Nullable Holiday holiday) {
        return new Adjustment<>(Kind.MOVED, original, time, holiday);
    }

    static <T extends Comparable<? super T>> Adjustment<T> skipped(T original, @Nullable Holiday holiday) {
        return new Adjustment<>(Kind.SKIPPED, original, null, holiday);
    }

    /** Returns this moved adjustment as merged: same original, target and reason. */
    Adjustment<T> asMerged() {
        return new Adjustment<>(Kind.MERGED, original, time, holiday);
    }

    /**
     * Returns what the policy did.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the time the recurrence gave, which falls on a holiday or another non-business day.
     *
     * @return the original time, not null
     */
    public T original() {
        return original;
    }

    /**
     * Returns the time the occurrence was moved to: where it happens for {@link Kind#MOVED}, the
     * time of the occurrence it merged into for {@link Kind#MERGED}.
     *
     * @return the new time, or empty for {@link Kind#SKIPPED}
     */
    public Optional<T> time() {
        return Optional.ofNullable(time);
    }

    /**
     * Returns the holiday on the original date.
     *
     * @return the holiday, or empty when the original date is a Saturday or Sunday that is not a
     *     holiday
     */
    public Optional<Holiday> holiday() {
        return Optional.ofNullable(holiday);
    }

    /**
     * Returns why the occurrence was adjusted, in the language of a locale: the holiday's name, or
     * the day of the week for a weekend day that is not a holiday.
     *
     * @param locale the locale, not null; Japanese for {@code ja}, English otherwise
     * @return the reason, such as {@code "海の日"}, {@code "Marine Day"} or {@code "土曜日"}, not
     *     blank
     */
    public String reason(Locale locale) {
        requireNonNull(locale, "locale");
        boolean japanese = "ja".equals(locale.getLanguage());
        if (holiday != null) {
            return holiday.label(locale);
        }
        // Spelled out rather than taken from the JDK's locale data, which a trimmed runtime may lack.
        return japanese ? WEEKDAYS_JA[dayOfWeek.ordinal()] : WEEKDAYS_EN[dayOfWeek.ordinal()];
    }

    /**
     * Returns the reason in both languages, the note that {@link HolidayAdjusted#annotated()}
     * attaches to a moved {@link Occurrence}.
     *
     * @return the reason in Japanese followed by the English in parentheses, such as
     *     {@code "建国記念の日 (National Foundation Day)"} or {@code "土曜日 (Saturday)"}
     */
    public String note() {
        return reason(Locale.JAPANESE) + " (" + reason(Locale.ENGLISH) + ")";
    }

    /**
     * Returns whether another object is an adjustment of the same kind, times and holiday.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof Adjustment)) {
            return false;
        }
        Adjustment<?> o = (Adjustment<?>) obj;
        return kind == o.kind && original.equals(o.original) && Objects.equals(time, o.time)
                && Objects.equals(holiday, o.holiday);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, original, time, holiday);
    }

    /**
     * Returns the adjustment as text for people and logs.
     *
     * @return the text, such as {@code "2026-07-20 skipped: 海の日 (Marine Day)"} or
     *     {@code "2026-02-11 moved to 2026-02-12: 建国記念の日 (National Foundation Day)"}
     */
    @Override
    public String toString() {
        switch (kind) {
            case MOVED:
                return original + " moved to " + time + ": " + note();
            case MERGED:
                return original + " merged into " + time + ": " + note();
            default:
                return original + " skipped: " + note();
        }
    }
}
