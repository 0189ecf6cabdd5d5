package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secunity.recurrence.holiday.HolidayKind.CITIZENS_HOLIDAY;
import static org.secunity.recurrence.holiday.HolidayKind.NATIONAL_HOLIDAY;
import static org.secunity.recurrence.holiday.HolidayKind.SPECIAL_HOLIDAY;
import static org.secunity.recurrence.holiday.HolidayKind.SUBSTITUTE_HOLIDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.secunity.SecunityException;

/** Named regressions of the Japanese holiday calendar (issue 4). */
class JapaneseHolidayCalendarTest {

    private static final HolidayCalendar JAPAN = HolidayCalendar.japan();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Holiday holidayOn(LocalDate date) {
        Optional<Holiday> holiday = JAPAN.holiday(date);
        assertThat(holiday).as("holiday on %s", date).isPresent();
        return holiday.orElseThrow();
    }

    private static void assertHoliday(LocalDate date, String ja, String en, HolidayKind kind) {
        assertThat(JAPAN.holiday(date)).contains(Holiday.of(date, ja, en, kind));
    }

    /** The holidays of a month, by day of the month, as {@code "ja/KIND"}. */
    private static Map<Integer, String> holidaysOf(int year, Month month) {
        return JAPAN.holidaysIn(Year.of(year)).stream()
                .filter(holiday -> holiday.date().getMonth() == month)
                .collect(Collectors.toMap(
                        holiday -> holiday.date().getDayOfMonth(),
                        holiday -> holiday.ja() + "/" + holiday.kind(),
                        (a, b) -> a,
                        TreeMap::new));
    }

    // --- the calendar as a whole

    @Test
    void japan_is_the_single_japanese_calendar_instance() {
        assertThat(HolidayCalendar.japan()).isSameAs(JapaneseHolidayCalendar.INSTANCE);
        assertThat(JAPAN).hasToString("JapaneseHolidayCalendar");
    }

    @Test
    void calendar_covers_1955_to_2099() { // issue 12
        assertThat(JAPAN.firstYear()).isEqualTo(Year.of(1955));
        assertThat(JAPAN.lastYear()).isEqualTo(Year.of(2099));
        assertThat(JAPAN.covers(Year.of(1955))).isTrue();
        assertThat(JAPAN.covers(Year.of(2099))).isTrue();
        assertThat(JAPAN.covers(Year.of(1954))).isFalse();
        assertThat(JAPAN.covers(date(2100, 1, 1))).isFalse();
    }

    @Test
    void holidays_of_a_year_cannot_be_modified() {
        List<Holiday> holidays = JAPAN.holidaysIn(Year.of(2026));

        assertThatThrownBy(holidays::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void javadoc_examples_give_what_they_say() {
        // HolidayCalendar
        assertThat(JAPAN.isHoliday(date(2026, 7, 20))).isTrue();
        assertThat(JAPAN.holiday(date(2026, 9, 22))).map(Holiday::ja).contains("国民の休日");
        assertThat(JAPAN.holidaysIn(Year.of(2026))).hasSize(18);
        assertThat(JAPAN.nextBusinessDay(date(2026, 5, 1))).isEqualTo(date(2026, 5, 7));
        assertThat(JAPAN.nextOrSameBusinessDay(date(2026, 7, 20))).isEqualTo(date(2026, 7, 21));
        // JapaneseHolidayCalendar
        assertThat(holidayOn(date(2019, 5, 1)).ja()).isEqualTo("天皇の即位の日");
        assertThat(JAPAN.isBusinessDay(date(2019, 4, 30))).isFalse();
        assertThat(JAPAN.holidaysIn(Year.of(2019))).hasSize(22);
        // HolidayKind, Holiday
        assertThat(holidayOn(date(2026, 5, 6)).kind()).isEqualTo(SUBSTITUTE_HOLIDAY);
        assertThat(holidayOn(date(2026, 7, 20))).extracting(Holiday::ja, Holiday::en, Holiday::kind)
                .containsExactly("海の日", "Marine Day", NATIONAL_HOLIDAY);
    }

    // --- 振替休日, substitute holidays (Article 3(2))

    @Test
    void substitute_holiday_follows_sunday_holiday_2025_05_06() {
        // 5/4 みどりの日 is a Sunday; 5/5 is a national holiday, so the substitute is 5/6.
        assertThat(date(2025, 5, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertHoliday(date(2025, 5, 6), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
        assertThat(JAPAN.isBusinessDay(date(2025, 5, 7))).isTrue();
    }

    @Test
    void substitute_holiday_skips_the_rest_of_golden_week_2026_05_06() {
        // 5/3 憲法記念日 is a Sunday; 5/4 and 5/5 are national holidays, so the substitute is 5/6.
        assertThat(date(2026, 5, 3).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(holidaysOf(2026, Month.MAY)).containsExactly(
                Map.entry(3, "憲法記念日/NATIONAL_HOLIDAY"),
                Map.entry(4, "みどりの日/NATIONAL_HOLIDAY"),
                Map.entry(5, "こどもの日/NATIONAL_HOLIDAY"),
                Map.entry(6, "振替休日/SUBSTITUTE_HOLIDAY"));
    }

    @Test
    void substitute_holiday_follows_sunday_mountain_day_2021_08_09() {
        // 山の日 moved to Sunday 8/8 for the Olympic closing; Monday 8/9 is the substitute.
        assertHoliday(date(2021, 8, 8), "山の日", "Mountain Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2021, 8, 9), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2021, 8, 11))).isFalse();
    }

    @Test
    void substitute_holiday_follows_sunday_new_years_day_2023_01_02() {
        assertHoliday(date(2023, 1, 2), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
    }

    @Test
    void saturday_holiday_has_no_substitute_2028_04_29() {
        // 2028-04-29 昭和の日 is a Saturday: the law gives no substitute for a Saturday.
        assertThat(date(2028, 4, 29).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(JAPAN.isHoliday(date(2028, 5, 1))).isFalse();
        assertThat(JAPAN.isBusinessDay(date(2028, 5, 1))).isTrue();
    }

    // --- 国民の休日, citizens' holidays (Article 3(3))

    @Test
    void citizens_holiday_between_respect_for_the_aged_and_autumnal_equinox_2026_09_22() {
        assertThat(holidaysOf(2026, Month.SEPTEMBER)).containsExactly(
                Map.entry(21, "敬老の日/NATIONAL_HOLIDAY"),
                Map.entry(22, "国民の休日/CITIZENS_HOLIDAY"),
                Map.entry(23, "秋分の日/NATIONAL_HOLIDAY"));
        assertHoliday(date(2026, 9, 22), "国民の休日", "Citizens' Holiday", CITIZENS_HOLIDAY);
    }

    @Test
    void citizens_holiday_of_2009_and_2015_silver_weeks() {
        assertHoliday(date(2009, 9, 22), "国民の休日", "Citizens' Holiday", CITIZENS_HOLIDAY);
        assertHoliday(date(2015, 9, 22), "国民の休日", "Citizens' Holiday", CITIZENS_HOLIDAY);
    }

    // --- 2019: the enthronement

    @Test
    void golden_week_2019_has_ten_days_off_from_04_27_to_05_06() {
        Map<LocalDate, String> expected = new TreeMap<>();
        expected.put(date(2019, 4, 27), "-");                      // Saturday
        expected.put(date(2019, 4, 28), "-");                      // Sunday
        expected.put(date(2019, 4, 29), "昭和の日/NATIONAL_HOLIDAY");
        expected.put(date(2019, 4, 30), "国民の休日/CITIZENS_HOLIDAY");
        expected.put(date(2019, 5, 1), "天皇の即位の日/SPECIAL_HOLIDAY");
        expected.put(date(2019, 5, 2), "国民の休日/CITIZENS_HOLIDAY");
        expected.put(date(2019, 5, 3), "憲法記念日/NATIONAL_HOLIDAY");
        expected.put(date(2019, 5, 4), "みどりの日/NATIONAL_HOLIDAY");
        expected.put(date(2019, 5, 5), "こどもの日/NATIONAL_HOLIDAY"); // Sunday
        expected.put(date(2019, 5, 6), "振替休日/SUBSTITUTE_HOLIDAY");

        Map<LocalDate, String> actual = new TreeMap<>();
        for (LocalDate day = date(2019, 4, 27); day.isBefore(date(2019, 5, 7)); day = day.plusDays(1)) {
            actual.put(day, JAPAN.holiday(day).map(h -> h.ja() + "/" + h.kind()).orElse("-"));
            assertThat(JAPAN.isBusinessDay(day)).as("business day %s", day).isFalse();
        }

        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(JAPAN.nextBusinessDay(date(2019, 4, 26))).isEqualTo(date(2019, 5, 7));
        assertThat(JAPAN.previousBusinessDay(date(2019, 5, 7))).isEqualTo(date(2019, 4, 26));
    }

    @Test
    void enthronement_day_2019_05_01_is_a_special_holiday() {
        assertHoliday(date(2019, 5, 1), "天皇の即位の日", "Enthronement Day", SPECIAL_HOLIDAY);
    }

    @Test
    void enthronement_ceremony_day_2019_10_22_is_a_special_holiday() {
        assertHoliday(date(2019, 10, 22), "即位礼正殿の儀の行われる日", "Enthronement Ceremony Day", SPECIAL_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2020, 10, 22))).isFalse();
    }

    // --- 天皇誕生日, the Emperor's Birthday

    @Test
    void emperors_birthday_is_december_23_until_2018() {
        assertHoliday(date(2018, 12, 23), "天皇誕生日", "Emperor's Birthday", NATIONAL_HOLIDAY);
        assertHoliday(date(2018, 12, 24), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2018, 2, 23))).isFalse();
    }

    @Test
    void there_is_no_emperors_birthday_in_2019() {
        assertThat(JAPAN.holidaysIn(Year.of(2019))).extracting(Holiday::ja).doesNotContain("天皇誕生日");
        assertThat(JAPAN.isHoliday(date(2019, 2, 23))).isFalse();
        assertThat(JAPAN.isHoliday(date(2019, 12, 23))).isFalse();
    }

    @Test
    void emperors_birthday_is_february_23_from_2020() {
        assertHoliday(date(2020, 2, 23), "天皇誕生日", "Emperor's Birthday", NATIONAL_HOLIDAY);
        assertHoliday(date(2020, 2, 24), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2020, 12, 23))).isFalse();
    }

    // --- 2020 and 2021: the Tokyo Olympic Games

    @Test
    void olympic_year_2020_moves_marine_sports_and_mountain_day() {
        assertHoliday(date(2020, 7, 23), "海の日", "Marine Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2020, 7, 24), "スポーツの日", "Sports Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2020, 8, 10), "山の日", "Mountain Day", NATIONAL_HOLIDAY);
        // the days the law gives in other years are ordinary days
        assertThat(JAPAN.isBusinessDay(date(2020, 7, 20))).isTrue();   // third Monday of July
        assertThat(JAPAN.isBusinessDay(date(2020, 8, 11))).isTrue();
        assertThat(JAPAN.isBusinessDay(date(2020, 10, 12))).isTrue();  // second Monday of October
        assertThat(holidaysOf(2020, Month.OCTOBER)).isEmpty();
    }

    @Test
    void olympic_year_2021_moves_marine_sports_and_mountain_day() {
        assertHoliday(date(2021, 7, 22), "海の日", "Marine Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2021, 7, 23), "スポーツの日", "Sports Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2021, 8, 8), "山の日", "Mountain Day", NATIONAL_HOLIDAY);
        assertThat(JAPAN.isBusinessDay(date(2021, 7, 19))).isTrue();
        assertThat(JAPAN.isBusinessDay(date(2021, 8, 11))).isTrue();
        assertThat(JAPAN.isBusinessDay(date(2021, 10, 11))).isTrue();
        assertThat(holidaysOf(2021, Month.OCTOBER)).isEmpty();
    }

    // --- names and introduction years

    @Test
    void health_and_sports_day_is_renamed_sports_day_in_2020() {
        assertHoliday(date(2019, 10, 14), "体育の日", "Health and Sports Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2022, 10, 10), "スポーツの日", "Sports Day", NATIONAL_HOLIDAY);
    }

    @Test
    void mountain_day_begins_in_2016() {
        assertThat(JAPAN.isHoliday(date(2015, 8, 11))).isFalse();
        assertHoliday(date(2016, 8, 11), "山の日", "Mountain Day", NATIONAL_HOLIDAY);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2026-01-12, 成人の日, Coming of Age Day",
        "2026-07-20, 海の日, Marine Day",
        "2026-09-21, 敬老の日, Respect for the Aged Day",
        "2026-10-12, スポーツの日, Sports Day",
        "2007-01-08, 成人の日, Coming of Age Day",
        "2007-07-16, 海の日, Marine Day",
        "2007-09-17, 敬老の日, Respect for the Aged Day",
        "2007-10-08, 体育の日, Health and Sports Day",
    })
    void happy_monday_holiday_falls_on_its_monday(LocalDate date, String ja, String en) {
        assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertHoliday(date, ja, en, NATIONAL_HOLIDAY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2007, 2015, 2016, 2018, 2019, 2020, 2021, 2030, 2099})
    void every_year_has_the_national_holidays_the_law_names(int year) {
        long national = JAPAN.holidaysIn(Year.of(year)).stream()
                .filter(holiday -> holiday.kind() == NATIONAL_HOLIDAY)
                .count();
        // 15 until 2015; 山の日 makes 16; 2019 had no 天皇誕生日.
        long expected = year < 2016 ? 15 : year == 2019 ? 15 : 16;
        assertThat(national).isEqualTo(expected);
    }

    // --- history from 1955 (issue 12)

    @Test
    void substitute_holidays_begin_on_1973_04_12() {
        // 1973-02-11 建国記念の日 was a Sunday before the amendment took effect: no substitute.
        assertThat(date(1973, 2, 11).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(JAPAN.isHoliday(date(1973, 2, 12))).isFalse();
        // 1973-04-29 天皇誕生日 was the first Sunday holiday after it.
        assertHoliday(date(1973, 4, 29), "天皇誕生日", "Emperor's Birthday", NATIONAL_HOLIDAY);
        assertHoliday(date(1973, 4, 30), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
    }

    @Test
    void citizens_holidays_begin_with_may_4_1988() {
        // before 1985-12-27, May 4 between two holidays was an ordinary day
        assertThat(JAPAN.isHoliday(date(1985, 5, 4))).isFalse();
        // until 2006 a Sunday is not a citizens' holiday
        assertThat(date(1986, 5, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(JAPAN.isHoliday(date(1986, 5, 4))).isFalse();
        assertHoliday(date(1988, 5, 4), "国民の休日", "Citizens' Holiday", CITIZENS_HOLIDAY);
        assertHoliday(date(2006, 5, 4), "国民の休日", "Citizens' Holiday", CITIZENS_HOLIDAY);
    }

    @Test
    void may_4_after_a_sunday_may_3_is_a_substitute_holiday_until_2006() {
        // Article 3(3) as of 1985 excluded substitute holidays from citizens' holidays.
        assertThat(date(1992, 5, 3).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertHoliday(date(1992, 5, 4), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "1959-04-10, 結婚の儀, Wedding Ceremony of Crown Prince Akihito",
        "1989-02-24, 大喪の礼, Funeral Ceremony of Emperor Showa",
        "1990-11-12, 即位礼正殿の儀, Enthronement Ceremony",
        "1993-06-09, 結婚の儀, Wedding Ceremony of Crown Prince Naruhito",
    })
    void one_off_holidays_of_1959_to_1993_are_named_as_the_cabinet_office_lists_them(
            LocalDate date, String ja, String en) {
        assertHoliday(date, ja, en, HolidayKind.ONE_OFF_HOLIDAY);
        assertThat(JAPAN.isHoliday(date.plusYears(1))).isFalse();
    }

    @Test
    void april_29_is_the_emperors_birthday_then_greenery_day_then_showa_day() {
        assertHoliday(date(1988, 4, 29), "天皇誕生日", "Emperor's Birthday", NATIONAL_HOLIDAY);
        assertHoliday(date(1989, 4, 29), "みどりの日", "Greenery Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2006, 4, 29), "みどりの日", "Greenery Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2007, 4, 29), "昭和の日", "Showa Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2007, 5, 4), "みどりの日", "Greenery Day", NATIONAL_HOLIDAY);
    }

    @Test
    void emperors_birthday_moves_to_december_23_in_1989() {
        assertThat(JAPAN.isHoliday(date(1988, 12, 23))).isFalse();
        assertHoliday(date(1989, 12, 23), "天皇誕生日", "Emperor's Birthday", NATIONAL_HOLIDAY);
    }

    @Test
    void holidays_of_1966_and_1967_begin_in_their_year() {
        assertThat(JAPAN.isHoliday(date(1965, 9, 15))).isFalse();
        assertHoliday(date(1966, 9, 15), "敬老の日", "Respect for the Aged Day", NATIONAL_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(1965, 10, 10))).isFalse();
        assertHoliday(date(1966, 10, 10), "体育の日", "Health and Sports Day", NATIONAL_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(1966, 2, 11))).isFalse();
        assertHoliday(date(1967, 2, 11), "建国記念の日", "National Foundation Day", NATIONAL_HOLIDAY);
    }

    @Test
    void marine_day_begins_in_1996_on_july_20_and_moves_to_a_monday_in_2003() {
        assertThat(JAPAN.isHoliday(date(1995, 7, 20))).isFalse();
        assertHoliday(date(1996, 7, 20), "海の日", "Marine Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2002, 7, 20), "海の日", "Marine Day", NATIONAL_HOLIDAY); // a Saturday
        assertHoliday(date(2003, 7, 21), "海の日", "Marine Day", NATIONAL_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2003, 7, 20))).isFalse();
    }

    @Test
    void happy_monday_moves_of_2000() {
        assertHoliday(date(1999, 1, 15), "成人の日", "Coming of Age Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2000, 1, 10), "成人の日", "Coming of Age Day", NATIONAL_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2000, 1, 15))).isFalse();
        // 1999-10-10 was a Sunday: Monday 10-11 was a substitute holiday
        assertHoliday(date(1999, 10, 11), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
        assertHoliday(date(2000, 10, 9), "体育の日", "Health and Sports Day", NATIONAL_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2000, 10, 10))).isFalse();
    }

    @Test
    void happy_monday_moves_of_2003() {
        assertHoliday(date(2002, 9, 15), "敬老の日", "Respect for the Aged Day", NATIONAL_HOLIDAY);
        assertHoliday(date(2002, 9, 16), "振替休日", "Substitute Holiday", SUBSTITUTE_HOLIDAY);
        assertHoliday(date(2004, 9, 20), "敬老の日", "Respect for the Aged Day", NATIONAL_HOLIDAY);
        assertThat(JAPAN.isHoliday(date(2004, 9, 15))).isFalse();
    }

    @Test
    void equinox_days_of_the_past_are_the_announced_ones() {
        assertHoliday(date(1955, 9, 24), "秋分の日", "Autumnal Equinox Day", NATIONAL_HOLIDAY);
        assertHoliday(date(1960, 3, 20), "春分の日", "Vernal Equinox Day", NATIONAL_HOLIDAY);
        assertHoliday(date(1979, 9, 24), "秋分の日", "Autumnal Equinox Day", NATIONAL_HOLIDAY);
    }

    @Test
    void the_first_covered_year_1955_has_nine_holidays() {
        assertThat(JAPAN.holidaysIn(Year.of(1955))).extracting(Holiday::ja).containsExactly(
                "元日", "成人の日", "春分の日", "天皇誕生日", "憲法記念日", "こどもの日", "秋分の日", "文化の日", "勤労感謝の日");
    }

    // --- business days

    @Test
    void next_business_day_skips_a_weekend_and_a_holiday() {
        // Friday 2026-07-17, then Saturday, Sunday and 海の日 Monday 7/20
        assertThat(JAPAN.nextBusinessDay(date(2026, 7, 17))).isEqualTo(date(2026, 7, 21));
        assertThat(JAPAN.previousBusinessDay(date(2026, 7, 21))).isEqualTo(date(2026, 7, 17));
    }

    @Test
    void or_same_business_day_keeps_a_business_day_and_moves_a_holiday() {
        assertThat(JAPAN.nextOrSameBusinessDay(date(2026, 7, 21))).isEqualTo(date(2026, 7, 21));
        assertThat(JAPAN.nextOrSameBusinessDay(date(2026, 7, 20))).isEqualTo(date(2026, 7, 21));
        assertThat(JAPAN.previousOrSameBusinessDay(date(2026, 7, 20))).isEqualTo(date(2026, 7, 17));
        assertThat(JAPAN.previousOrSameBusinessDay(date(2026, 7, 21))).isEqualTo(date(2026, 7, 21));
    }

    @Test
    void silver_week_2026_has_five_days_off() {
        for (int day = 19; day <= 23; day++) {
            assertThat(JAPAN.isBusinessDay(date(2026, 9, day))).as("2026-09-%d", day).isFalse();
        }
        assertThat(JAPAN.nextBusinessDay(date(2026, 9, 18))).isEqualTo(date(2026, 9, 24));
    }

    // --- holidays between two dates

    @Test
    void holidays_between_spans_years_and_excludes_the_end() {
        List<Holiday> holidays = JAPAN.holidaysBetween(date(2025, 11, 23), date(2026, 1, 12));

        assertThat(holidays).extracting(Holiday::date).containsExactly(
                date(2025, 11, 23), date(2025, 11, 24), date(2026, 1, 1));
    }

    @Test
    void holidays_between_equal_dates_is_empty() {
        assertThat(JAPAN.holidaysBetween(date(2026, 1, 1), date(2026, 1, 1))).isEmpty();
    }

    @Test
    void holidays_between_up_to_the_end_of_the_last_year_is_allowed() {
        // 2099-11-03 is a Tuesday and 2099-11-23 a Monday; December has no holiday.
        assertThat(JAPAN.holidaysBetween(date(2099, 11, 1), date(2100, 1, 1)))
                .extracting(Holiday::ja)
                .containsExactly("文化の日", "勤労感謝の日");
    }

    @Test
    void holidays_between_rejects_an_end_before_the_start() {
        assertThatThrownBy(() -> JAPAN.holidaysBetween(date(2026, 5, 1), date(2026, 4, 1)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("2026-04-01")
                .hasMessageContaining("2026-05-01");
    }

    // --- years outside the range

    @Test
    void year_before_1955_is_rejected_with_the_year_and_the_range() { // issue 12
        assertThatThrownBy(() -> JAPAN.holidaysIn(Year.of(1954)))
                .isInstanceOf(SecunityException.class)
                .hasMessage("year 1954 is outside the years covered by JapaneseHolidayCalendar, 1955 to 2099");
    }

    @Test
    void year_after_2099_is_rejected_with_the_year_and_the_range() {
        assertThatThrownBy(() -> JAPAN.isHoliday(date(2100, 1, 1)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 2100")
                .hasMessageContaining("1955 to 2099");
    }

    @Test
    void next_business_day_after_the_last_covered_day_is_rejected() {
        // 2099-12-31 is a Thursday; the next day lies in 2100, which the calendar does not cover.
        assertThatThrownBy(() -> JAPAN.nextBusinessDay(date(2099, 12, 31)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 2100");
    }

    @Test
    void previous_business_day_before_the_first_covered_day_is_rejected() {
        // 1955-01-01 元日 is a Saturday and 01-02 a Sunday; the business day before would lie in 1954.
        assertThatThrownBy(() -> JAPAN.previousBusinessDay(date(1955, 1, 3)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 1954");
    }

    @Test
    void next_business_day_from_an_uncovered_date_is_rejected_even_if_the_answer_is_covered() {
        assertThatThrownBy(() -> JAPAN.nextBusinessDay(date(1954, 12, 31)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 1954");
    }

    @Test
    void holidays_between_rejects_a_range_reaching_an_uncovered_year() {
        assertThatThrownBy(() -> JAPAN.holidaysBetween(date(2099, 12, 1), date(2100, 1, 2)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 2100");
    }

    @Test
    void null_arguments_are_rejected_with_their_name() {
        assertThatThrownBy(() -> JAPAN.holiday(nullDate()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> JAPAN.holidaysIn(nullYear()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("year");
    }

    /** A null where the API forbids one, to test the check. */
    private static LocalDate nullDate() {
        return null;
    }

    /** A null where the API forbids one, to test the check. */
    private static Year nullYear() {
        return null;
    }
}
