package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar against {@code golden-holidays-2016-2030.tsv}: every holiday of Japan from 2016 to
 * 2030, written out by hand from the law and the Cabinet Office's announced dates (issue 4).
 */
class JapaneseHolidayGoldenTableTest {

    private static final HolidayCalendar JAPAN = HolidayCalendar.japan();

    private static final List<Holiday> GOLDEN = TsvResource.rows("golden-holidays-2016-2030.tsv").stream()
            .map(row -> Holiday.of(LocalDate.parse(row[0]), row[2], row[3], HolidayKind.valueOf(row[1])))
            .collect(Collectors.toUnmodifiableList());

    static Stream<Arguments> golden_holidays() {
        return GOLDEN.stream().map(holiday -> Arguments.of(holiday.date(), holiday));
    }

    static IntStream golden_years() {
        return IntStream.rangeClosed(2016, 2030);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("golden_holidays")
    void calendar_gives_the_golden_holiday_on_its_date(LocalDate date, Holiday expected) {
        assertThat(JAPAN.holiday(date)).contains(expected);
        assertThat(JAPAN.isHoliday(date)).isTrue();
        assertThat(JAPAN.isBusinessDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden_years")
    void calendar_lists_exactly_the_golden_holidays_of_the_year(int year) {
        List<Holiday> expected = GOLDEN.stream()
                .filter(holiday -> holiday.date().getYear() == year)
                .collect(Collectors.toList());

        assertThat(JAPAN.holidaysIn(Year.of(year))).containsExactlyElementsOf(expected);
    }

    @Test
    void golden_table_has_every_year_from_2016_to_2030_in_date_order_without_repeats() {
        assertThat(GOLDEN).extracting(Holiday::date).isSorted().doesNotHaveDuplicates();
        assertThat(GOLDEN).extracting(holiday -> holiday.date().getYear()).containsOnly(
                golden_years().boxed().toArray(Integer[]::new));
        assertThat(GOLDEN).hasSize(273);
    }
}
