package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every covered year of the calendar against {@link LawReference}, the law read one day at a time
 * (issues 4 and 12).
 */
class JapaneseHolidayReferenceTest {

    private static final HolidayCalendar JAPAN = HolidayCalendar.japan();

    static IntStream covered_years() {
        return IntStream.rangeClosed(1955, 2099);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("covered_years")
    void calendar_agrees_with_the_day_by_day_reading_of_the_law(int year) {
        Map<LocalDate, String> expected = new TreeMap<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            String name = LawReference.holidayName(day);
            if (name != null) {
                expected.put(day, name);
            }
        }

        Map<LocalDate, String> actual = JAPAN.holidaysIn(Year.of(year)).stream()
                .collect(Collectors.toMap(Holiday::date, Holiday::ja, (a, b) -> a, TreeMap::new));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }
}
