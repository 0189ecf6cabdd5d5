package org.secunity.recurrence.holiday;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.secunity.SecunityException;

/**
 * A calendar of public holidays over a fixed range of years: which dates are holidays, and which
 * are business days.
 *
 * <p>A <em>business day</em> is a day that is neither a Saturday, nor a Sunday, nor a holiday of
 * this calendar. A calendar covers the years from {@link #firstYear()} to {@link #lastYear()},
 * both inclusive; every method that is given, or would have to look at, a date outside them throws
 * a {@link SecunityException} that names the year and the range, rather than guess.
 *
 * <p>Implementations are immutable and safe to share between threads.
 *
 * <pre>{@code
 * HolidayCalendar japan = HolidayCalendar.japan();
 * japan.isHoliday(LocalDate.of(2026, 7, 20));             // true: 海の日, Marine Day
 * japan.holiday(LocalDate.of(2026, 9, 22));               // Optional[2026-09-22 国民の休日 ...]
 * japan.holidaysIn(Year.of(2026)).size();                 // 18
 * japan.nextBusinessDay(LocalDate.of(2026, 5, 1));        // 2026-05-07
 * japan.nextOrSameBusinessDay(LocalDate.of(2026, 7, 20)); // 2026-07-21
 * }</pre>
 */
public interface HolidayCalendar {

    /**
     * Returns the calendar of the national holidays of Japan, covering 1955 to 2099.
     *
     * @return the Japanese national holiday calendar, not null
     * @see JapaneseHolidayCalendar
     */
    static HolidayCalendar japan() {
        return JapaneseHolidayCalendar.INSTANCE;
    }

    /**
     * Returns the first year this calendar covers.
     *
     * @return the first covered year, not null, not after {@link #lastYear()}
     */
    Year firstYear();

    /**
     * Returns the last year this calendar covers.
     *
     * @return the last covered year, not null, not before {@link #firstYear()}
     */
    Year lastYear();

    /**
     * Tells whether this calendar covers a year.
     *
     * @param year the year, not null
     * @return true if the year lies from {@link #firstYear()} to {@link #lastYear()}, both
     *     inclusive
     */
    default boolean covers(Year year) {
        requireNonNull(year, "year");
        return !year.isBefore(firstYear()) && !year.isAfter(lastYear());
    }

    /**
     * Tells whether this calendar covers the year of a date.
     *
     * @param date the date, not null
     * @return true if the date's year lies from {@link #firstYear()} to {@link #lastYear()}
     */
    default boolean covers(LocalDate date) {
        requireNonNull(date, "date");
        return covers(Year.from(date));
    }

    /**
     * Returns the holiday on a date, if the date is one.
     *
     * @param date the date, not null
     * @return the holiday, or empty if the date is not a holiday (it may still be a weekend day)
     * @throws SecunityException if the date's year is not covered
     */
    Optional<Holiday> holiday(LocalDate date);

    /**
     * Tells whether a date is a holiday of this calendar. Saturdays and Sundays are not holidays
     * unless the calendar names them; see {@link #isBusinessDay(LocalDate)}.
     *
     * @param date the date, not null
     * @return true if the date is a holiday
     * @throws SecunityException if the date's year is not covered
     */
    default boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /**
     * Returns every holiday of a year, in date order.
     *
     * @param year the year, not null
     * @return the holidays, unmodifiable, in ascending date order, one per date
     * @throws SecunityException if the year is not covered
     */
    List<Holiday> holidaysIn(Year year);

    /**
     * Returns every holiday from one date, inclusive, to another, exclusive, in date order.
     *
     * @param startInclusive the first date to include, not null
     * @param endExclusive the date to stop before, not null, not before {@code startInclusive}
     * @return the holidays, unmodifiable, in ascending date order; empty when the dates are equal
     * @throws SecunityException if {@code endExclusive} is before {@code startInclusive}, or if a
     *     date of the range lies in a year that is not covered
     */
    default List<Holiday> holidaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        requireNonNull(startInclusive, "startInclusive");
        requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new SecunityException("the end of a date range, " + endExclusive
                    + ", must not be before its start, " + startInclusive);
        }
        if (endExclusive.equals(startInclusive)) {
            return List.of();
        }
        int lastYear = endExclusive.minusDays(1).getYear();
        List<Holiday> result = new ArrayList<>();
        for (int year = startInclusive.getYear(); year <= lastYear; year++) {
            for (Holiday holiday : holidaysIn(Year.of(year))) {
                LocalDate date = holiday.date();
                if (!date.isBefore(startInclusive) && date.isBefore(endExclusive)) {
                    result.add(holiday);
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Tells whether a date is a business day: neither a Saturday, nor a Sunday, nor a holiday.
     *
     * @param date the date, not null
     * @return true if the date is a business day
     * @throws SecunityException if the date's year is not covered
     */
    default boolean isBusinessDay(LocalDate date) {
        if (isHoliday(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * Returns the first business day strictly after a date.
     *
     * @param date the date to start after, not null
     * @return the next business day, after {@code date}, not null
     * @throws SecunityException if {@code date} or a day up to the answer lies in a year that is
     *     not covered (for example, the day after the last day of {@link #lastYear()})
     */
    default LocalDate nextBusinessDay(LocalDate date) {
        requireNonNull(date, "date");
        if (!covers(date)) {
            throw HolidayCalendars.notCovered(this, date.getYear());
        }
        return nextOrSameBusinessDay(date.plusDays(1));
    }

    /**
     * Returns the last business day strictly before a date.
     *
     * @param date the date to start before, not null
     * @return the previous business day, before {@code date}, not null
     * @throws SecunityException if {@code date} or a day down to the answer lies in a year that
     *     is not covered
     */
    default LocalDate previousBusinessDay(LocalDate date) {
        requireNonNull(date, "date");
        if (!covers(date)) {
            throw HolidayCalendars.notCovered(this, date.getYear());
        }
        return previousOrSameBusinessDay(date.minusDays(1));
    }

    /**
     * Returns a date if it is a business day, or else the first business day after it; the rule
     * for moving an event off a holiday to the next business day.
     *
     * @param date the date, not null
     * @return {@code date} or the next business day, not null
     * @throws SecunityException if a day from {@code date} to the answer lies in a year that is
     *     not covered
     */
    default LocalDate nextOrSameBusinessDay(LocalDate date) {
        requireNonNull(date, "date");
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Returns a date if it is a business day, or else the last business day before it; the rule
     * for moving an event off a holiday to the previous business day.
     *
     * @param date the date, not null
     * @return {@code date} or the previous business day, not null
     * @throws SecunityException if a day from the answer to {@code date} lies in a year that is
     *     not covered
     */
    default LocalDate previousOrSameBusinessDay(LocalDate date) {
        requireNonNull(date, "date");
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
