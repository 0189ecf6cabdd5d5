package org.secunity.recurrence.holiday;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;

/**
 * The national holidays of Japan from 2007 to 2099, computed from the law.
 *
 * <h2>Covered years</h2>
 *
 * <p>This calendar covers the years <b>2007 to 2099</b>, both inclusive. 2007 is the first year of
 * Article 3 of the Act on National Holidays (国民の祝日に関する法律, 昭和23年法律第178号) in its
 * current form (平成17年法律第43号): the substitute holiday moved to the nearest day that is not a
 * national holiday, 昭和の日 on April 29 and みどりの日 on May 4. 2099 is the last year of the
 * equinox approximation used below. Every method given a date outside those years throws a
 * {@link SecunityException} naming the year and the range; so do
 * {@link #nextBusinessDay(LocalDate)} and {@link #previousBusinessDay(LocalDate)} when the answer
 * would lie outside them.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>National holidays</b> ({@link HolidayKind#NATIONAL_HOLIDAY}, Article 2): 元日 January 1;
 *       成人の日 the second Monday of January; 建国記念の日 February 11; 天皇誕生日 December 23 until
 *       2018, none in 2019 and February 23 from 2020; 春分の日 the vernal equinox day; 昭和の日
 *       April 29; 憲法記念日 May 3; みどりの日 May 4; こどもの日 May 5; 海の日 the third Monday of
 *       July; 山の日 August 11 from 2016; 敬老の日 the third Monday of September; 秋分の日 the
 *       autumnal equinox day; 体育の日 the second Monday of October until 2019, renamed スポーツの日
 *       from 2020; 文化の日 November 3; 勤労感謝の日 November 23.
 *   <li><b>Tokyo Olympic moves</b> (平成27年法律第33号, Article 32): in 2020, 海の日 July 23,
 *       スポーツの日 July 24 and 山の日 August 10; in 2021, 海の日 July 22, スポーツの日 July 23 and
 *       山の日 August 8 (a Sunday, so August 9 was a substitute holiday). Neither year has a
 *       holiday in October.
 *   <li><b>Special holidays</b> ({@link HolidayKind#SPECIAL_HOLIDAY}, 平成30年法律第99号): 天皇の即位の日
 *       2019-05-01 and 即位礼正殿の儀の行われる日 2019-10-22, treated as national holidays for the two
 *       rules below.
 *   <li><b>Substitute holidays</b> ({@link HolidayKind#SUBSTITUTE_HOLIDAY}, Article 3(2)): when a
 *       national holiday falls on a Sunday, the nearest later day that is not a national holiday,
 *       such as 2025-05-06 (May 4 was a Sunday) and 2026-05-06 (May 3 was).
 *   <li><b>Citizens' holidays</b> ({@link HolidayKind#CITIZENS_HOLIDAY}, Article 3(3)): a day that is
 *       not a national holiday between two that are, such as 2026-09-22, and 2019-04-30 and
 *       2019-05-02 around the enthronement day.
 * </ul>
 *
 * <h2>Equinoxes, and dates not yet announced</h2>
 *
 * <p>The law names the equinox days only as 春分日 and 秋分日; the National Astronomical
 * Observatory of Japan announces each year's dates in the official gazette (暦要項) in February of
 * the year before. This class computes them with the standard approximation valid for 1980 to
 * 2099, {@code floor(20.8431 + 0.242194 (y - 1980) - floor((y - 1980) / 4))} for March and the
 * same with {@code 23.2488} for September, which agrees with every announced date from 2007 to
 * 2027. Dates after the latest announcement are predictions: they apply the law as it stands, so a
 * future amendment or a one-off holiday (an enthronement, a state ceremony) is not foreseen. The
 * approximation is also coarser than the observatory's ephemeris: where it puts an equinox within
 * minutes of midnight (2088-03-20 by some five seconds) the official date may turn out a day
 * earlier.
 *
 * <h2>Performance and thread safety</h2>
 *
 * <p>The holidays of a year are computed the first time the year is asked about and then kept in
 * an immutable table indexed by day of the year, so {@link #isHoliday(LocalDate)} and
 * {@link #holiday(LocalDate)} take constant time. The single instance is immutable in behaviour
 * and safe to share between threads.
 *
 * <pre>{@code
 * JapaneseHolidayCalendar japan = JapaneseHolidayCalendar.INSTANCE; // or HolidayCalendar.japan()
 * japan.holiday(LocalDate.of(2019, 5, 1)).orElseThrow().ja();      // "天皇の即位の日"
 * japan.isBusinessDay(LocalDate.of(2019, 4, 30));                    // false: 国民の休日
 * japan.holidaysIn(Year.of(2019)).size();                            // 22
 * japan.holidaysIn(Year.of(2100));                                   // throws SecunityException
 * }</pre>
 */
public final class JapaneseHolidayCalendar implements HolidayCalendar {

    /** The single instance, also returned by {@link HolidayCalendar#japan()}. */
    public static final JapaneseHolidayCalendar INSTANCE = new JapaneseHolidayCalendar();

    private static final Year FIRST_YEAR = Year.of(JapaneseHolidayRules.FIRST_YEAR);
    private static final Year LAST_YEAR = Year.of(JapaneseHolidayRules.LAST_YEAR);

    /** One table per covered year, filled on first use; a racing duplicate is equal and harmless. */
    private final AtomicReferenceArray<@Nullable YearTable> tables =
            new AtomicReferenceArray<>(JapaneseHolidayRules.LAST_YEAR - JapaneseHolidayRules.FIRST_YEAR + 1);

    private JapaneseHolidayCalendar() {
    }

    /**
     * Returns 2007, the first year of Article 3 of the law in its current form.
     *
     * @return the year 2007, not null
     */
    @Override
    public Year firstYear() {
        return FIRST_YEAR;
    }

    /**
     * Returns 2099, the last year of the equinox approximation.
     *
     * @return the year 2099, not null
     */
    @Override
    public Year lastYear() {
        return LAST_YEAR;
    }

    /**
     * {@inheritDoc}
     *
     * @param date the date, not null
     * @return the holiday, or empty if the date is not a holiday
     * @throws SecunityException if the date's year is before 2007 or after 2099
     */
    @Override
    public Optional<Holiday> holiday(LocalDate date) {
        requireNonNull(date, "date");
        return Optional.ofNullable(table(date.getYear()).on(date));
    }

    /**
     * {@inheritDoc}
     *
     * @param date the date, not null
     * @return true if the date is a holiday
     * @throws SecunityException if the date's year is before 2007 or after 2099
     */
    @Override
    public boolean isHoliday(LocalDate date) {
        requireNonNull(date, "date");
        return table(date.getYear()).on(date) != null;
    }

    /**
     * {@inheritDoc}
     *
     * @param year the year, not null
     * @return the holidays, unmodifiable, in ascending date order
     * @throws SecunityException if the year is before 2007 or after 2099
     */
    @Override
    public List<Holiday> holidaysIn(Year year) {
        requireNonNull(year, "year");
        return table(year.getValue()).holidays;
    }

    /**
     * Returns a short description for logs and messages.
     *
     * @return {@code "JapaneseHolidayCalendar"}
     */
    @Override
    public String toString() {
        return "JapaneseHolidayCalendar";
    }

    private YearTable table(int year) {
        if (year < JapaneseHolidayRules.FIRST_YEAR || year > JapaneseHolidayRules.LAST_YEAR) {
            throw HolidayCalendars.notCovered(this, year);
        }
        int index = year - JapaneseHolidayRules.FIRST_YEAR;
        YearTable table = tables.get(index);
        if (table == null) {
            table = new YearTable(JapaneseHolidayRules.holidaysIn(year));
            if (!tables.compareAndSet(index, null, table)) {
                table = requireNonNull(tables.get(index));
            }
        }
        return table;
    }

    /** The holidays of one year, as a list and by day of the year. Immutable. */
    private static final class YearTable {

        private final List<Holiday> holidays;
        private final @Nullable Holiday[] byDayOfYear = new Holiday[367];

        YearTable(List<Holiday> holidays) {
            this.holidays = holidays;
            for (Holiday holiday : holidays) {
                byDayOfYear[holiday.date().getDayOfYear()] = holiday;
            }
        }

        @Nullable Holiday on(LocalDate date) {
            return byDayOfYear[date.getDayOfYear()];
        }
    }
}
