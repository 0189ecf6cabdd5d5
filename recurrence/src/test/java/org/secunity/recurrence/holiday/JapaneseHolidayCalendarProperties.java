package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.secunity.SecunityException;

/** Properties of the Japanese holiday calendar over its whole range, law by law (issues 4 and 12). */
class JapaneseHolidayCalendarProperties {

    private static final HolidayCalendar JAPAN = HolidayCalendar.japan();
    private static final LocalDate FIRST_DAY = LocalDate.of(1955, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    @Provide
    Arbitrary<LocalDate> coveredDates() {
        return Arbitraries.longs()
                .between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Covered dates whose next business day is covered too (the year ends no later than 12-31). */
    @Provide
    Arbitrary<LocalDate> datesWithACoveredNextBusinessDay() {
        return Arbitraries.longs()
                .between(FIRST_DAY.toEpochDay(), LocalDate.of(2099, 12, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Covered dates whose previous business day is covered too (1955-01-03 is the first one). */
    @Provide
    Arbitrary<LocalDate> datesWithACoveredPreviousBusinessDay() {
        return Arbitraries.longs()
                .between(LocalDate.of(1955, 1, 4).toEpochDay(), LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Dates from 2007 whose neighbours are covered too. */
    @Provide
    Arbitrary<LocalDate> interiorDatesFrom2007() {
        return Arbitraries.longs()
                .between(LocalDate.of(2007, 1, 1).toEpochDay(), LAST_DAY.toEpochDay() - 1)
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Integer> uncoveredYears() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(Year.MIN_VALUE, 1954),
                Arbitraries.integers().between(2100, Year.MAX_VALUE),
                Arbitraries.of(1954, 2100, 0, -1));
    }

    // --- holidays and their year

    @Property
    void every_holiday_of_a_year_is_a_holiday_on_its_date(@ForAll @IntRange(min = 1955, max = 2099) int year) {
        for (Holiday holiday : JAPAN.holidaysIn(Year.of(year))) {
            assertThat(holiday.date().getYear()).isEqualTo(year);
            assertThat(JAPAN.isHoliday(holiday.date())).isTrue();
            assertThat(JAPAN.holiday(holiday.date())).contains(holiday);
            assertThat(JAPAN.isBusinessDay(holiday.date())).isFalse();
        }
    }

    @Property
    void a_date_is_a_holiday_exactly_when_its_year_lists_it(@ForAll("coveredDates") LocalDate date) {
        Optional<Holiday> listed = JAPAN.holidaysIn(Year.from(date)).stream()
                .filter(holiday -> holiday.date().equals(date))
                .findFirst();

        assertThat(JAPAN.holiday(date)).isEqualTo(listed);
        assertThat(JAPAN.isHoliday(date)).isEqualTo(listed.isPresent());
    }

    @Property
    void holidays_of_a_year_are_in_strictly_ascending_date_order(
            @ForAll @IntRange(min = 1955, max = 2099) int year) {
        List<LocalDate> dates = JAPAN.holidaysIn(Year.of(year)).stream()
                .map(Holiday::date)
                .collect(Collectors.toList());

        assertThat(dates).isSorted().doesNotHaveDuplicates();
    }

    @Property
    void holidays_between_two_dates_are_the_holidays_of_their_years_in_the_range(
            @ForAll("coveredDates") LocalDate a, @ForAll("coveredDates") LocalDate b) {
        LocalDate start = a.isBefore(b) ? a : b;
        LocalDate end = a.isBefore(b) ? b : a;
        List<Holiday> expected = JAPAN.holidaysIn(Year.from(start)).stream()
                .filter(holiday -> !holiday.date().isBefore(start) && holiday.date().isBefore(end))
                .collect(Collectors.toList());
        for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
            JAPAN.holidaysIn(Year.of(year)).stream()
                    .filter(holiday -> holiday.date().isBefore(end))
                    .forEach(expected::add);
        }

        assertThat(JAPAN.holidaysBetween(start, end)).containsExactlyElementsOf(expected);
    }

    // --- Article 3(2) and 3(3): the rules from 2007 (平成17年法律第43号)

    @Property
    void a_substitute_holiday_follows_a_run_of_national_holidays_that_starts_on_a_sunday(
            @ForAll @IntRange(min = 1955, max = 2099) int year) {
        for (Holiday holiday : JAPAN.holidaysIn(Year.of(year))) {
            if (holiday.kind() != HolidayKind.SUBSTITUTE_HOLIDAY) {
                continue;
            }
            LocalDate day = holiday.date().minusDays(1);
            assertThat(isNational(day)).as("day before %s", holiday).isTrue();
            boolean sundayInRun = false;
            while (isNational(day)) {
                sundayInRun |= day.getDayOfWeek() == DayOfWeek.SUNDAY;
                day = day.minusDays(1);
            }
            assertThat(sundayInRun).as("a Sunday national holiday before %s", holiday).isTrue();
        }
    }

    @Property
    void every_sunday_national_holiday_has_a_substitute_after_it(
            @ForAll @IntRange(min = 2007, max = 2099) int year) {
        for (Holiday holiday : JAPAN.holidaysIn(Year.of(year))) {
            if (!holiday.kind().isTreatedAsNationalHoliday() || holiday.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isNational(day)) {
                day = day.plusDays(1);
            }
            assertThat(JAPAN.holiday(day)).as("substitute for %s", holiday)
                    .map(Holiday::kind)
                    .contains(HolidayKind.SUBSTITUTE_HOLIDAY);
        }
    }

    @Property
    void a_citizens_holiday_lies_between_two_national_holidays(
            @ForAll @IntRange(min = 1955, max = 2099) int year) {
        for (Holiday holiday : JAPAN.holidaysIn(Year.of(year))) {
            if (holiday.kind() == HolidayKind.CITIZENS_HOLIDAY) {
                assertThat(isNational(holiday.date().minusDays(1))).as("day before %s", holiday).isTrue();
                assertThat(isNational(holiday.date().plusDays(1))).as("day after %s", holiday).isTrue();
            }
        }
    }

    @Property
    void a_day_between_two_national_holidays_is_a_holiday_from_2007(@ForAll("interiorDatesFrom2007") LocalDate date) {
        if (isNational(date.minusDays(1)) && isNational(date.plusDays(1))) {
            assertThat(JAPAN.isHoliday(date)).isTrue();
        }
    }

    // --- Article 3(2) and 3(3) before 2007 (issue 12)

    @Property
    void there_is_no_substitute_holiday_before_1973_04_12(@ForAll @IntRange(min = 1955, max = 1973) int year) {
        assertThat(JAPAN.holidaysIn(Year.of(year)))
                .filteredOn(holiday -> holiday.date().isBefore(LocalDate.of(1973, 4, 12)))
                .extracting(Holiday::kind)
                .doesNotContain(HolidayKind.SUBSTITUTE_HOLIDAY);
    }

    @Property
    void until_2006_a_substitute_holiday_is_the_monday_after_a_sunday_national_holiday(
            @ForAll @IntRange(min = 1973, max = 2006) int year) {
        for (Holiday holiday : JAPAN.holidaysIn(Year.of(year))) {
            if (holiday.kind() == HolidayKind.SUBSTITUTE_HOLIDAY) {
                assertThat(holiday.date().getDayOfWeek()).as("%s", holiday).isEqualTo(DayOfWeek.MONDAY);
                assertThat(isNational(holiday.date().minusDays(1))).as("day before %s", holiday).isTrue();
            }
        }
    }

    @Property
    void from_1973_04_12_until_2006_the_day_after_a_sunday_national_holiday_is_a_day_off(
            @ForAll @IntRange(min = 1973, max = 2006) int year) {
        for (Holiday holiday : JAPAN.holidaysIn(Year.of(year))) {
            if (holiday.kind().isTreatedAsNationalHoliday() && holiday.date().getDayOfWeek() == DayOfWeek.SUNDAY
                    && !holiday.date().isBefore(LocalDate.of(1973, 4, 12))) {
                LocalDate monday = holiday.date().plusDays(1);
                assertThat(JAPAN.holiday(monday)).as("day after %s", holiday)
                        .map(Holiday::kind)
                        .hasValueSatisfying(kind -> assertThat(kind).isIn(
                                HolidayKind.SUBSTITUTE_HOLIDAY, HolidayKind.NATIONAL_HOLIDAY));
            }
        }
    }

    @Property
    void there_is_no_citizens_holiday_before_1985_12_27(@ForAll @IntRange(min = 1955, max = 1985) int year) {
        assertThat(JAPAN.holidaysIn(Year.of(year))).extracting(Holiday::kind)
                .doesNotContain(HolidayKind.CITIZENS_HOLIDAY);
    }

    @Property
    void until_2006_a_weekday_or_saturday_between_two_national_holidays_is_a_holiday_and_a_sunday_is_not_one(
            @ForAll @IntRange(min = 1986, max = 2006) int year) {
        for (LocalDate day = LocalDate.of(year, 1, 2); day.getYear() == year; day = day.plusDays(1)) {
            if (isNational(day) || !isNational(day.minusDays(1)) || !isNational(day.plusDays(1))) {
                continue;
            }
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                assertThat(JAPAN.isHoliday(day)).as("Sunday %s", day).isFalse();
            } else {
                assertThat(JAPAN.holiday(day)).as("%s", day).map(Holiday::kind).hasValueSatisfying(kind ->
                        assertThat(kind).isIn(HolidayKind.CITIZENS_HOLIDAY, HolidayKind.SUBSTITUTE_HOLIDAY));
            }
        }
    }

    @Property
    void happy_monday_holidays_fall_on_mondays_from_their_year_and_on_fixed_dates_before(
            @ForAll @IntRange(min = 1966, max = 2099) int year) {
        // 平成10年法律第141号 (2000): 成人の日, 体育の日; 平成13年法律第59号 (2003): 海の日, 敬老の日
        for (Holiday holiday : JAPAN.holidaysIn(Year.of(year))) {
            int from;
            switch (holiday.ja()) {
                case "成人の日":
                case "体育の日":
                    from = 2000;
                    break;
                case "海の日":
                case "敬老の日":
                    from = 2003;
                    break;
                default:
                    continue;
            }
            if (year == 2020 || year == 2021) {
                continue; // the Olympic moves
            }
            if (year >= from) {
                assertThat(holiday.date().getDayOfWeek()).as("%s", holiday).isEqualTo(DayOfWeek.MONDAY);
            } else {
                assertThat(holiday.date().getDayOfMonth()).as("%s", holiday).isIn(10, 15, 20);
            }
        }
    }

    private static boolean isNational(LocalDate date) {
        return JAPAN.holiday(date).map(holiday -> holiday.kind().isTreatedAsNationalHoliday()).orElse(false);
    }

    // --- business days

    @Property
    void a_business_day_is_a_weekday_that_is_not_a_holiday(@ForAll("coveredDates") LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;

        assertThat(JAPAN.isBusinessDay(date)).isEqualTo(!weekend && !JAPAN.isHoliday(date));
    }

    @Property
    void next_business_day_is_the_first_business_day_after_the_date(
            @ForAll("datesWithACoveredNextBusinessDay") LocalDate date) {
        LocalDate next = JAPAN.nextBusinessDay(date);

        assertThat(next).isAfter(date);
        assertThat(JAPAN.isBusinessDay(next)).isTrue();
        for (LocalDate day = date.plusDays(1); day.isBefore(next); day = day.plusDays(1)) {
            assertThat(JAPAN.isBusinessDay(day)).as("business day %s between %s and %s", day, date, next).isFalse();
        }
    }

    @Property
    void previous_business_day_is_the_last_business_day_before_the_date(
            @ForAll("datesWithACoveredPreviousBusinessDay") LocalDate date) {
        LocalDate previous = JAPAN.previousBusinessDay(date);

        assertThat(previous).isBefore(date);
        assertThat(JAPAN.isBusinessDay(previous)).isTrue();
        for (LocalDate day = previous.plusDays(1); day.isBefore(date); day = day.plusDays(1)) {
            assertThat(JAPAN.isBusinessDay(day)).as("business day %s between %s and %s", day, previous, date).isFalse();
        }
    }

    @Property
    void or_same_business_day_is_the_date_itself_when_it_is_a_business_day(
            @ForAll("datesWithACoveredPreviousBusinessDay") LocalDate date) {
        if (JAPAN.isBusinessDay(date)) {
            assertThat(JAPAN.nextOrSameBusinessDay(date)).isEqualTo(date);
            assertThat(JAPAN.previousOrSameBusinessDay(date)).isEqualTo(date);
        } else {
            assertThat(JAPAN.nextOrSameBusinessDay(date)).isEqualTo(JAPAN.nextBusinessDay(date));
            assertThat(JAPAN.previousOrSameBusinessDay(date)).isEqualTo(JAPAN.previousBusinessDay(date));
        }
    }

    // --- years outside the range

    @Property
    void an_uncovered_year_is_rejected_with_the_year_in_the_message(@ForAll("uncoveredYears") int year) {
        String inMessage = "year " + year + " ";

        assertThat(JAPAN.covers(Year.of(year))).isFalse();
        assertThatThrownBy(() -> JAPAN.holidaysIn(Year.of(year)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining(inMessage)
                .hasMessageContaining("1955 to 2099");
        LocalDate date = LocalDate.of(year, 6, 15);
        assertThatThrownBy(() -> JAPAN.isHoliday(date))
                .isInstanceOf(SecunityException.class).hasMessageContaining(inMessage);
        assertThatThrownBy(() -> JAPAN.holiday(date))
                .isInstanceOf(SecunityException.class).hasMessageContaining(inMessage);
        assertThatThrownBy(() -> JAPAN.isBusinessDay(date))
                .isInstanceOf(SecunityException.class).hasMessageContaining(inMessage);
        assertThatThrownBy(() -> JAPAN.nextBusinessDay(date))
                .isInstanceOf(SecunityException.class).hasMessageContaining(inMessage);
        assertThatThrownBy(() -> JAPAN.previousBusinessDay(date))
                .isInstanceOf(SecunityException.class).hasMessageContaining(inMessage);
        assertThatThrownBy(() -> JAPAN.holidaysBetween(date, date.plusDays(1)))
                .isInstanceOf(SecunityException.class).hasMessageContaining(inMessage);
    }

    // --- the value type

    @Property
    void equal_holidays_have_equal_hash_codes_and_compare_as_equal(
            @ForAll("coveredDates") LocalDate date, @ForAll("coveredDates") LocalDate other) {
        for (Holiday a : JAPAN.holidaysBetween(date, date.plusDays(1))) {
            Holiday copy = Holiday.of(a.date(), a.ja(), a.en(), a.kind());
            assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
            assertThat(copy.compareTo(a)).isZero();
        }
        Holiday x = Holiday.of(date, "元日", "New Year's Day", HolidayKind.NATIONAL_HOLIDAY);
        Holiday y = Holiday.of(other, "元日", "New Year's Day", HolidayKind.NATIONAL_HOLIDAY);
        assertThat(x.equals(y)).isEqualTo(date.equals(other)).isEqualTo(y.equals(x));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
    }
}
