package org.secunity.recurrence.holiday;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;

/**
 * One holiday: a date, its name in Japanese and English, and why it is a holiday.
 *
 * <p>Instances come from a {@link HolidayCalendar}; {@link #of} builds one directly, for tests or
 * for a calendar of your own. This class is immutable and safe to share between threads.
 * Compare instances with {@link #equals}, which compares all four fields; the natural order is by
 * date first.
 *
 * <pre>{@code
 * Holiday marineDay = HolidayCalendar.japan().holiday(LocalDate.of(2026, 7, 20)).orElseThrow();
 * marineDay.ja();     // "海の日"
 * marineDay.en();     // "Marine Day"
 * marineDay.kind();   // NATIONAL_HOLIDAY
 *
 * Holiday.of(LocalDate.of(2026, 9, 22), "国民の休日", "Citizens' Holiday", HolidayKind.CITIZENS_HOLIDAY);
 * }</pre>
 */
public final class Holiday implements Comparable<Holiday> {

    private static final Comparator<Holiday> ORDER = Comparator.comparing(Holiday::date)
            .thenComparing(Holiday::kind)
            .thenComparing(Holiday::ja)
            .thenComparing(Holiday::en);

    private final LocalDate date;
    private final String ja;
    private final String en;
    private final HolidayKind kind;

    private Holiday(LocalDate date, String ja, String en, HolidayKind kind) {
        this.date = date;
        this.ja = ja;
        this.en = en;
        this.kind = kind;
    }

    /**
     * Obtains a holiday.
     *
     * @param date the date of the holiday, not null
     * @param ja the Japanese name, such as {@code "海の日"}, not null, not blank
     * @param en the English name, such as {@code "Marine Day"}, not null, not blank
     * @param kind why the date is a holiday, not null
     * @return the holiday, not null
     * @throws NullPointerException if an argument is null
     * @throws SecunityDataException if a name is blank; the violation's path is {@code ja} or
     *     {@code en}
     */
    public static Holiday of(LocalDate date, String ja, String en, HolidayKind kind) {
        requireNonNull(date, "date");
        requireNonNull(ja, "ja");
        requireNonNull(en, "en");
        requireNonNull(kind, "kind");
        requireNotBlank("ja", ja);
        requireNotBlank("en", en);
        return new Holiday(date, ja, en, kind);
    }

    private static void requireNotBlank(String path, String name) {
        if (name.isBlank()) {
            throw new SecunityDataException(
                    path, "a holiday name must not be blank, but was \"" + name + "\"");
        }
    }

    /**
     * Returns the date of this holiday.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the Japanese name, as the law or the Cabinet Office words it.
     *
     * @return the Japanese name, such as {@code "振替休日"}, not blank
     */
    public String ja() {
        return ja;
    }

    /**
     * Returns the English name.
     *
     * @return the English name, such as {@code "Substitute Holiday"}, not blank
     */
    public String en() {
        return en;
    }

    /**
     * Returns the name in the language of a locale: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String label(Locale locale) {
        requireNonNull(locale, "locale");
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    /**
     * Returns why the date is a holiday.
     *
     * @return the kind, not null
     */
    public HolidayKind kind() {
        return kind;
    }

    /**
     * Compares by date, then kind, then Japanese name, then English name; consistent with
     * {@link #equals}.
     *
     * @param other the holiday to compare with, not null
     * @return negative, zero or positive as this holiday sorts before, with or after the other
     */
    @Override
    public int compareTo(Holiday other) {
        return ORDER.compare(this, other);
    }

    /**
     * Tells whether another object is a holiday with the same date, names and kind.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Holiday other
                && date.equals(other.date)
                && ja.equals(other.ja)
                && en.equals(other.en)
                && kind == other.kind;
    }

    /**
     * Returns a hash code consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ((date.hashCode() * 31 + ja.hashCode()) * 31 + en.hashCode()) * 31 + kind.hashCode();
    }

    /**
     * Returns the holiday as text, for people and logs: the ISO date, the Japanese name, the
     * English name in parentheses and the kind in brackets.
     *
     * @return the text, such as {@code "2026-05-06 振替休日 (Substitute Holiday) [SUBSTITUTE_HOLIDAY]"}
     */
    @Override
    public String toString() {
        return date + " " + ja + " (" + en + ") [" + kind.name() + "]";
    }
}
