package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.secunity.SecunityParseException;

class PartialDateTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvFileSource(resources = "japanese-dates.csv", numLinesToSkip = 1)
    void parse_japanese_converts_era_years_to_gregorian(String japanese, String iso) {
        assertThat(PartialDate.parseJapanese(japanese)).isEqualTo(PartialDate.parse(iso));
        assertThat(PartialDate.parseJapanese(japanese)).hasToString(iso);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "japanese-dates-invalid.csv", numLinesToSkip = 1)
    void parse_japanese_rejects_impossible_dates(String japanese, String expectedMessage) {
        assertThatThrownBy(() -> PartialDate.parseJapanese(japanese))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void parse_rejects_a_slash_date_and_points_at_the_slash() {
        assertThatThrownBy(() -> PartialDate.parse("2019/10"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("Date must be yyyy, yyyy-MM or yyyy-MM-dd at index 4 of \"2019/10\"");
    }

    @Test
    void parse_rejects_february_30() {
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("Day must be in 1..28 for 2021-02, but was 30");
    }

    @Test
    void dates_order_by_earliest_day_then_precision() {
        assertThat(PartialDate.parse("2019")).isLessThan(PartialDate.parse("2019-01"));
        assertThat(PartialDate.parse("2019-01")).isLessThan(PartialDate.parse("2019-01-01"));
        assertThat(PartialDate.parse("2019-12-31")).isLessThan(PartialDate.parse("2020"));
    }

    @Property
    void to_string_is_read_back_by_parse_at_every_precision(
            @ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int day) {
        LocalDate date = YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        for (PartialDate d : new PartialDate[] {
                PartialDate.of(java.time.Year.of(year)), PartialDate.of(YearMonth.of(year, month)), PartialDate.of(date)}) {
            assertThat(PartialDate.parse(d.toString())).isEqualTo(d).hasSameHashCodeAs(d);
        }
        assertThat(PartialDate.of(date).toLocalDate()).contains(date);
    }
}
