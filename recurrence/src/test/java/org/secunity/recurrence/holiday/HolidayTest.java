package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secunity.SecunityDataException;

/** The {@link Holiday} value type and the {@link HolidayKind} labels. */
class HolidayTest {

    private static final LocalDate DATE = LocalDate.of(2026, 5, 6);

    private static Holiday substitute() {
        return Holiday.of(DATE, "振替休日", "Substitute Holiday", HolidayKind.SUBSTITUTE_HOLIDAY);
    }

    @Test
    void of_keeps_every_field() {
        Holiday holiday = substitute();

        assertThat(holiday.date()).isEqualTo(DATE);
        assertThat(holiday.ja()).isEqualTo("振替休日");
        assertThat(holiday.en()).isEqualTo("Substitute Holiday");
        assertThat(holiday.kind()).isEqualTo(HolidayKind.SUBSTITUTE_HOLIDAY);
    }

    @Test
    void label_is_japanese_for_a_japanese_locale_and_english_otherwise() {
        assertThat(substitute().label(Locale.JAPANESE)).isEqualTo("振替休日");
        assertThat(substitute().label(Locale.JAPAN)).isEqualTo("振替休日");
        assertThat(substitute().label(Locale.ENGLISH)).isEqualTo("Substitute Holiday");
        assertThat(substitute().label(Locale.GERMAN)).isEqualTo("Substitute Holiday");
    }

    @Test
    void holidays_with_the_same_fields_are_equal() {
        assertThat(substitute()).isEqualTo(substitute()).hasSameHashCodeAs(substitute());
        assertThat(substitute().compareTo(substitute())).isZero();
    }

    @Test
    void holidays_differing_in_any_field_are_not_equal() {
        Holiday holiday = substitute();

        assertThat(holiday)
                .isNotEqualTo(Holiday.of(DATE.plusDays(1), "振替休日", "Substitute Holiday", HolidayKind.SUBSTITUTE_HOLIDAY))
                .isNotEqualTo(Holiday.of(DATE, "休日", "Substitute Holiday", HolidayKind.SUBSTITUTE_HOLIDAY))
                .isNotEqualTo(Holiday.of(DATE, "振替休日", "Holiday", HolidayKind.SUBSTITUTE_HOLIDAY))
                .isNotEqualTo(Holiday.of(DATE, "振替休日", "Substitute Holiday", HolidayKind.CITIZENS_HOLIDAY))
                .isNotEqualTo("2026-05-06");
    }

    @Test
    void holidays_sort_by_date_first() {
        Holiday earlier = Holiday.of(DATE.minusDays(3), "憲法記念日", "Constitution Memorial Day",
                HolidayKind.NATIONAL_HOLIDAY);

        assertThat(earlier).isLessThan(substitute());
        assertThat(substitute()).isGreaterThan(earlier);
    }

    @Test
    void to_string_shows_date_names_and_kind() {
        assertThat(substitute()).hasToString("2026-05-06 振替休日 (Substitute Holiday) [SUBSTITUTE_HOLIDAY]");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\u3000"})
    void of_rejects_a_blank_japanese_name(String blank) {
        assertThatThrownBy(() -> Holiday.of(DATE, blank, "Substitute Holiday", HolidayKind.SUBSTITUTE_HOLIDAY))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("ja: a holiday name must not be blank")
                .satisfies(e -> assertThat(((SecunityDataException) e).violations())
                        .extracting(SecunityDataException.Violation::path)
                        .containsExactly("ja"));
    }

    @Test
    void of_rejects_a_blank_english_name() {
        assertThatThrownBy(() -> Holiday.of(DATE, "振替休日", " ", HolidayKind.SUBSTITUTE_HOLIDAY))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("en: a holiday name must not be blank");
    }

    @Test
    void of_rejects_nulls_with_the_parameter_name() {
        assertThatThrownBy(() -> Holiday.of(nullOf(LocalDate.class), "振替休日", "Substitute Holiday",
                HolidayKind.SUBSTITUTE_HOLIDAY)).isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> Holiday.of(DATE, nullOf(String.class), "Substitute Holiday",
                HolidayKind.SUBSTITUTE_HOLIDAY)).isInstanceOf(NullPointerException.class).hasMessage("ja");
        assertThatThrownBy(() -> Holiday.of(DATE, "振替休日", nullOf(String.class),
                HolidayKind.SUBSTITUTE_HOLIDAY)).isInstanceOf(NullPointerException.class).hasMessage("en");
        assertThatThrownBy(() -> Holiday.of(DATE, "振替休日", "Substitute Holiday",
                nullOf(HolidayKind.class))).isInstanceOf(NullPointerException.class).hasMessage("kind");
    }

    @Test
    void kinds_have_japanese_and_english_labels() {
        assertThat(HolidayKind.NATIONAL_HOLIDAY.ja()).isEqualTo("国民の祝日");
        assertThat(HolidayKind.SUBSTITUTE_HOLIDAY.ja()).isEqualTo("振替休日");
        assertThat(HolidayKind.CITIZENS_HOLIDAY.ja()).isEqualTo("国民の休日");
        assertThat(HolidayKind.SPECIAL_HOLIDAY.ja()).isEqualTo("休日（祝日扱い）");
        for (HolidayKind kind : HolidayKind.values()) {
            assertThat(kind.en()).isNotBlank();
        }
    }

    @Test
    void national_and_special_holidays_count_as_national_for_article_3() {
        assertThat(HolidayKind.NATIONAL_HOLIDAY.isTreatedAsNationalHoliday()).isTrue();
        assertThat(HolidayKind.SPECIAL_HOLIDAY.isTreatedAsNationalHoliday()).isTrue();
        assertThat(HolidayKind.SUBSTITUTE_HOLIDAY.isTreatedAsNationalHoliday()).isFalse();
        assertThat(HolidayKind.CITIZENS_HOLIDAY.isTreatedAsNationalHoliday()).isFalse();
    }

    /** A null where the API forbids one, to test the check. */
    private static <T> T nullOf(Class<T> type) {
        return null;
    }
}
