package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;

/** equals, hashCode and toString of the small value types. */
class ValueTypesTest {

    @Test
    void parse_warnings_compare_by_part_index_and_message() {
        ParseWarning a = ParseWarning.of("BYDAY", 3, "dropped: x");
        assertThat(a).isEqualTo(ParseWarning.of("BYDAY", 3, "dropped: x")).hasSameHashCodeAs(ParseWarning.of("BYDAY", 3, "dropped: x"));
        assertThat(a).isNotEqualTo(ParseWarning.of("BYDAY", 4, "dropped: x")).isNotEqualTo(null);
        assertThat(a).hasToString("dropped: x in BYDAY at index 3");
    }

    @Test
    void parse_warning_rejects_a_negative_index() {
        assertThatThrownBy(() -> ParseWarning.of("BYDAY", -1, "m")).isInstanceOf(SecunityException.class)
                .hasMessageContaining("index must not be negative, was -1");
    }

    @Test
    void lenient_results_compare_by_rule_and_warnings() {
        LenientParseResult a = RecurrenceRule.parseLenient("FREQ=DAILY;FOO=1");
        LenientParseResult b = RecurrenceRule.parseLenient("FREQ=DAILY;FOO=1");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(RecurrenceRule.parseLenient("FREQ=DAILY"));
        assertThat(a.toString()).startsWith("FREQ=DAILY [dropped: unknown rule part");
        assertThat(LenientParseResult.of(a.rule(), List.of())).hasToString("FREQ=DAILY");
    }

    @Test
    void occurrences_compare_by_time_original_and_note() {
        Occurrence<LocalDate> a = Occurrence.moved(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 6), "holiday");
        assertThat(a).isEqualTo(Occurrence.moved(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 6), "holiday"))
                .hasSameHashCodeAs(Occurrence.moved(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 6), "holiday"));
        assertThat(a).isNotEqualTo(Occurrence.of(LocalDate.of(2021, 5, 6)));
        assertThat(Occurrence.of(LocalDate.of(2021, 5, 6))).hasToString("2021-05-06");
    }
}
