package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The equinox days against the officially announced ones of 1955 to 2027
 * ({@code announced-equinoxes.tsv}): the calendar's, and the approximation's, which the calendar
 * uses after 2027 (issues 4 and 12).
 */
class JapaneseEquinoxTest {

    private static final HolidayCalendar JAPAN = HolidayCalendar.japan();

    static Stream<Arguments> announced_equinoxes() {
        return TsvResource.rows("announced-equinoxes.tsv").stream()
                .map(row -> Arguments.of(
                        Integer.parseInt(row[0]), LocalDate.parse(row[1]), LocalDate.parse(row[2])));
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @MethodSource("announced_equinoxes")
    void formula_gives_the_announced_equinox_days(int year, LocalDate vernal, LocalDate autumnal) {
        assertThat(LocalDate.of(year, 3, JapaneseHolidayRules.approximateVernalEquinoxDay(year))).isEqualTo(vernal);
        assertThat(LocalDate.of(year, 9, JapaneseHolidayRules.approximateAutumnalEquinoxDay(year))).isEqualTo(autumnal);
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @MethodSource("announced_equinoxes")
    void calendar_names_the_announced_equinox_days(int year, LocalDate vernal, LocalDate autumnal) {
        assertThat(JAPAN.holiday(vernal)).hasValueSatisfying(holiday -> {
            assertThat(holiday.ja()).isEqualTo("春分の日");
            assertThat(holiday.en()).isEqualTo("Vernal Equinox Day");
            assertThat(holiday.kind()).isEqualTo(HolidayKind.NATIONAL_HOLIDAY);
        });
        assertThat(JAPAN.holiday(autumnal)).hasValueSatisfying(holiday -> {
            assertThat(holiday.ja()).isEqualTo("秋分の日");
            assertThat(holiday.en()).isEqualTo("Autumnal Equinox Day");
            assertThat(holiday.kind()).isEqualTo(HolidayKind.NATIONAL_HOLIDAY);
        });
    }

    /**
     * The years where the approximation lies nearest to midnight, worked by hand: exact arithmetic
     * must not round them across the date line.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2012-09-22", // 23.2488 + 0.242194 * 32 - 8 = 22.999008
        "2045-09-22", // 23.2488 + 0.242194 * 65 - 16 = 22.991410
        "2088-03-20", // 20.8431 + 0.242194 * 108 - 27 = 20.000052
    })
    void equinox_day_near_midnight_is_not_rounded_across_it(LocalDate expected) {
        int year = expected.getYear();
        int day = expected.getMonthValue() == 3
                ? JapaneseHolidayRules.approximateVernalEquinoxDay(year)
                : JapaneseHolidayRules.approximateAutumnalEquinoxDay(year);
        assertThat(expected.withDayOfMonth(day)).isEqualTo(expected);
    }
}
