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
 * The national holidays of Japan from 1955 to 2099, computed from the law in each of its forms.
 *
 * <h2>Covered years</h2>
 *
 * <p>This calendar covers the years <b>1955 to 2099</b>, both inclusive. 1955 is the first year of
 * the Cabinet Office's published list of national holidays (内閣府「国民の祝日」について,
 * syukujitsu.csv), which this calendar reproduces day for day; 2099 is the last
 * year of the equinox approximation used below. Every method given a date outside those years
 * throws a {@link SecunityException} naming the year and the range; so do
 * {@link #nextBusinessDay(LocalDate)} and {@link #previousBusinessDay(LocalDate)} when the answer
 * would lie outside them.
 *
 * <h2>Rules</h2>
 *
 * <p>The Act on National Holidays (国民の祝日に関する法律, 昭和23年法律第178号), with the amendments
 * in force in each year:
 *
 * <ul>
 *   <li><b>National holidays</b> ({@link HolidayKind#NATIONAL_HOLIDAY}, Article 2): 元日 January 1;
 *       成人の日 January 15, the second Monday of January from 2000; 建国記念の日 February 11 from
 *       1967; 天皇誕生日 April 29 until 1988, December 23 from 1989 to 2018, none in 2019 and
 *       February 23 from 2020; 春分の日 the vernal equinox day; on April 29 みどりの日 from 1989 and
 *       昭和の日 from 2007; 憲法記念日 May 3; みどりの日 May 4 from 2007; こどもの日 May 5; 海の日 July
 *       20 from 1996, the third Monday of July from 2003; 山の日 August 11 from 2016; 敬老の日
 *       September 15 from 1966, the third Monday of September from 2003; 秋分の日 the autumnal
 *       equinox day; 体育の日 October 10 from 1966, the second Monday of October from 2000, renamed
 *       スポーツの日 from 2020; 文化の日 November 3; 勤労感謝の日 November 23.
 *   <li><b>Tokyo Olympic moves</b> (平成27年法律第33号, Article 32): in 2020, 海の日 July 23,
 *       スポーツの日 July 24 and 山の日 August 10; in 2021, 海の日 July 22, スポーツの日 July 23 and
 *       山の日 August 8 (a Sunday, so August 9 was a substitute holiday). Neither year has a
 *       holiday in October.
 *   <li><b>Special holidays</b> ({@link HolidayKind#SPECIAL_HOLIDAY}, 平成30年法律第99号): 天皇の即位の日
 *       2019-05-01 and 即位礼正殿の儀の行われる日 2019-10-22, treated as national holidays for the two
 *       rules below.
 *   <li><b>One-off holidays</b> ({@link HolidayKind#ONE_OFF_HOLIDAY}, an act each): 結婚の儀
 *       1959-04-10, 大喪の礼 1989-02-24, 即位礼正殿の儀 1990-11-12 and 結婚の儀 1993-06-09; days off
 *       that do not count as national holidays for the rules below.
 *   <li><b>Substitute holidays</b> ({@link HolidayKind#SUBSTITUTE_HOLIDAY}, Article 3(2), from
 *       1973-04-12, 昭和48年法律第10号): when a national holiday falls on a Sunday, until 2006 the
 *       next day, such as 1973-04-30; from 2007 (平成17年法律第43号) the nearest later day that is not
 *       a national holiday, such as 2025-05-06 (May 4 was a Sunday) and 2026-05-06 (May 3 was). A
 *       Sunday holiday before 1973-04-12, such as 1973-02-11, has none.
 *   <li><b>Citizens' holidays</b> ({@link HolidayKind#CITIZENS_HOLIDAY}, Article 3(3), from
 *       1985-12-27, 昭和60年法律第103号): a day that is not a national holiday between two that are,
 *       until 2006 only when it is neither a Sunday nor a substitute holiday, such as May 4 from 1988
 *       to 2006 (but not 1986-05-04, a Sunday, nor 1992-05-04, a substitute holiday); from 2007
 *       such as 2026-09-22, and 2019-04-30 and 2019-05-02 around the enthronement day.
 * </ul>
 *
 * <p>Names are the Cabinet Office's: its list names each day as above, and calls both the
 * substitute and the citizens' holidays 「休日」 (here 振替休日 and 国民の休日, the days of Article
 * 3(2) and 3(3)), the special holidays of 2019 「休日（祝日扱い）」 (here the names of the act), and
 * 2019-10-14 「体育の日（スポーツの日）」 (here 体育の日: the new name took effect in 2020).
 *
 * <h2>Equinoxes, and dates not yet announced</h2>
 *
 * <p>The law names the equinox days only as 春分日 and 秋分日; the National Astronomical
 * Observatory of Japan announces each year's dates in the official gazette (暦要項) in February of
 * the year before. This class uses the announced dates from 1955 to 2027, and after 2027 the
 * standard approximation valid for 1980 to 2099,
 * {@code floor(20.8431 + 0.242194 (y - 1980) - floor((y - 1980) / 4))} for March and the same with
 * {@code 23.2488} for September, which agrees with every announced date from 1955 to 2027. Dates
 * after the latest announcement are predictions: they apply the law as it stands, so a future
 * amendment or a one-off holiday (an enthronement, a state ceremony) is not foreseen. The
 * approximation is also coarser than the observatory's ephemeris: where it puts an equinox within
 * minutes of midnight (2088-03-20 by some five seconds) the official date may turn out a day
 * earlier.
 *
 * <h2>Performance and thread safety</h2>
 *
 * <p>The holidays of a year are computed the first time the year is asked about and then kept in
 * an immutable table indexed by day of the year, so {@link #isHoliday(LocalDate)} and
 * {@link #holiday(LocalDate)} take constant time; the tables of all 145 years hold 2,354
 * holidays. The single instance is immutable in behaviour and safe to share between threads.
 *
 * <pre>{@code
 * JapaneseHolidayCalendar japan = JapaneseHolidayCalendar.INSTANCE; // or HolidayCalendar.japan()
 * japan.holiday(LocalDate.of(2019, 5, 1)).orElseThrow().ja();      // "天皇の即位の日"
 * japan.isBusinessDay(LocalDate.of(2019, 4, 30));                    // false: 国民の休日
 * japan.holidaysIn(Year.of(2019)).size();                            // 22
 * japan.holiday(LocalDate.of(1989, 2, 24)).orElseThrow().ja();      // "大喪の礼"
 * japan.holidaysIn(Year.of(1954));                                   // throws SecunityException
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
     * Returns 1955, the first year of the Cabinet Office's published list of national holidays.
     *
     * @return the year 1955, not null
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
     * @throws SecunityException if the date's year is before 1955 or after 2099
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
     * @throws SecunityException if the date's year is before 1955 or after 2099
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
     * @throws SecunityException if the year is before 1955 or after 2099
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
