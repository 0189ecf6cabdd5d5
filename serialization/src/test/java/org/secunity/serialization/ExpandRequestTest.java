package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** The expand request and answer: the one way the CLI and the HTTP server read and answer them (issue 13). */
class ExpandRequestTest {

    private static final String DESIGN_EXAMPLE =
            "{\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\",\"limit\":3}";

    @Test
    void parse_reads_every_member_and_to_json_reads_back_equal() {
        ExpandRequest request = ExpandRequest.parse("{\"dtstart\":\"2026-01-01T19:00:00\",\"cadence\":\"毎週月曜日\","
                + "\"zone\":\"Asia/Tokyo\",\"limit\":2,\"holidays\":\"JP\",\"holidayPolicy\":\"NEXT_BUSINESS_DAY\","
                + "\"holidayTrigger\":\"HOLIDAY\"}");
        assertThat(request).isEqualTo(ExpandRequest.builder().dtstart("2026-01-01T19:00:00").cadence("毎週月曜日")
                .zone(ZoneId.of("Asia/Tokyo")).limit(2).holidays("JP")
                .holidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY).holidayTrigger(HolidayPolicy.Trigger.HOLIDAY).build());
        assertThat(ExpandRequest.parse(request.toJson())).isEqualTo(request);
        assertThat(request.toJson()).doesNotContain("\n").startsWith("{\"dtstart\":\"2026-01-01T19:00:00\",");
    }

    @Test
    void a_request_without_a_limit_has_the_default_limit() {
        ExpandRequest request = ExpandRequest.parse("{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=DAILY\"}");
        assertThat(request.limit()).isEqualTo(ExpandRequest.DEFAULT_LIMIT);
        assertThat(request.expand().occurrences()).hasSize(ExpandRequest.DEFAULT_LIMIT);
    }

    @Test
    void the_design_example_expands_to_second_wednesdays() {
        assertThat(ExpandRequest.parse(DESIGN_EXAMPLE).expand().toJson()).isEqualTo(
                "{\"occurrences\":[\"1997-09-10T09:00:00\",\"1997-10-08T09:00:00\",\"1997-11-12T09:00:00\"]}");
    }

    @Test
    void occurrences_are_dates_local_times_or_times_with_their_offset() {
        assertThat(monday("2026-01-05", null)).containsExactly("2026-01-05");
        assertThat(monday("2026-01-05T19:00:00", null)).containsExactly("2026-01-05T19:00:00");
        assertThat(monday("2026-01-05T19:00:00", ZoneId.of("Asia/Tokyo"))).containsExactly("2026-01-05T19:00:00+09:00");
        assertThat(monday("2026-01-05T19:00", null)).containsExactly("2026-01-05T19:00:00");
    }

    private static List<String> monday(String dtstart, @org.jspecify.annotations.Nullable ZoneId zone) {
        ExpandRequest.Builder b = ExpandRequest.builder().dtstart(dtstart).rrule("FREQ=WEEKLY;BYDAY=MO").limit(1);
        if (zone != null) {
            b.zone(zone);
        }
        return b.build().expand().occurrences();
    }

    @Test
    void a_builder_checks_the_request_as_parse_does() {
        assertThatThrownBy(() -> ExpandRequest.builder().dtstart("2026-01-05").rrule("FREQ=MONTHLY;BYDAY=2XX").build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("rrule: expected a weekday such as MO or 2WE, was \"2XX\" in BYDAY at index 19");
    }

    @Test
    void a_request_lists_every_violation_with_its_path() {
        assertThatThrownBy(() -> ExpandRequest.parse(
                "{\"dtstart\":\"2026-01-05\",\"zone\":\"Asia/Tokyo\",\"limit\":5,\"holidayPolicy\":\"SKIP\"}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("3 problems: "
                        + "$.zone: a date dtstart (\"2026-01-05\") has no time to place in a zone; give a date-time "
                        + "such as 2026-01-05T09:00:00 (line 1, column 32); "
                        + "$: missing \"rrule\" (or \"cadence\") (line 1, column 1); "
                        + "$.holidayPolicy: needs \"holidays\":\"JP\" (line 1, column 71)");
    }

    @Test
    void a_limit_over_the_maximum_is_refused_by_the_builder() {
        assertThatThrownBy(() -> ExpandRequest.builder().dtstart("2026-01-05").rrule("FREQ=DAILY")
                .limit(ExpandRequest.MAX_LIMIT + 1).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("limit: must be in 0..10000, but was 10001");
    }

    @Test
    void a_pretty_printed_request_names_lines_and_columns() {
        assertThatThrownBy(() -> ExpandRequest.parse("{\n  \"dtstart\": \"2026-01-05\",\n  \"rrule\": \"FREQ=DAILY\",\n"
                + "  \"limit\": -1\n}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("$.limit: must be in 0..10000, but was -1 (line 4, column 12)");
    }

    @Test
    void an_expansion_that_fails_is_an_error_answer_not_an_exception() {
        ExpandAnswer answer = ExpandRequest.parse("{\"dtstart\":\"2099-12-28\",\"rrule\":\"FREQ=DAILY\",\"holidays\":\"JP\"}")
                .expand();
        assertThat(answer.isError()).isTrue();
        assertThat(answer.occurrences()).isEmpty();
        assertThat(answer.error().orElseThrow()).contains("2100");
    }

    @Test
    void answer_line_prefixes_errors_with_the_line_and_gives_columns_only() {
        assertThat(ExpandAnswer.answerLine("{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":-1}", 7))
                .isEqualTo("{\"error\":\"line 7: $.limit: must be in 0..10000, but was -1 (column 54)\"}");
        assertThat(ExpandAnswer.answerLine("  ", 2)).startsWith("{\"error\":\"line 2: empty line; expected a JSON object");
        assertThat(ExpandAnswer.answerLine(DESIGN_EXAMPLE, 1))
                .isEqualTo(ExpandRequest.parse(DESIGN_EXAMPLE).expand().toJson());
    }

    @Test
    void a_number_longer_than_twenty_characters_is_answered_not_thrown() { // issue 11
        assertThat(ExpandAnswer.answer("{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":123456789012345678901}")
                .error()).hasValue("$.limit: must be in 0..10000, but was 123456789012345678901 (line 1, column 54)");
    }

    @Test
    void an_error_line_folds_line_breaks_and_escapes_control_characters() {
        assertThat(ExpandAnswer.errorLine(3, "bad\n  \u001b[31mred\u0007")).isEqualTo(
                "{\"error\":\"line 3: bad \\u001B[31mred\\u0007\"}");
    }

    @Test
    void an_answer_reads_back_and_ignores_members_it_does_not_know() {
        ExpandAnswer answer = ExpandAnswer.of(List.of("2026-01-05", "2026-01-12"));
        assertThat(ExpandAnswer.parse(answer.toJson())).isEqualTo(answer);
        assertThat(ExpandAnswer.parse("{\"occurrences\":[\"2026-01-05\"],\"truncated\":\"work bound\"}").occurrences())
                .containsExactly("2026-01-05");
        assertThat(ExpandAnswer.parse(ExpandAnswer.error("bad").toJson())).isEqualTo(ExpandAnswer.error("bad"));
    }

    @Test
    void an_answer_has_occurrences_or_an_error_never_both_nor_neither() {
        assertThatThrownBy(() -> ExpandAnswer.parse("{\"occurrences\":[],\"error\":\"x\"}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("$: expected either \"occurrences\" or \"error\" (line 1, column 1)");
        assertThatThrownBy(() -> ExpandAnswer.parse("{}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("$: expected either \"occurrences\" or \"error\" (line 1, column 1)");
    }

    @Test
    void a_blank_error_is_refused() {
        assertThatThrownBy(() -> ExpandAnswer.error(" \n "))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("error: must not be blank");
    }

    @Property(tries = 300)
    void answer_line_answers_every_line_with_one_json_answer(@ForAll("lines") String line) {
        String answer = ExpandAnswer.answerLine(line, 1);
        assertThat(answer).doesNotContain("\n", "\r");
        ExpandAnswer read = ExpandAnswer.parse(answer);
        assertThat(read.isError() ? read.error().orElseThrow() : "ok").satisfiesAnyOf(
                m -> assertThat(m).isEqualTo("ok"), m -> assertThat(m).startsWith("line 1: "));
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> member = Arbitraries.of("\"dtstart\":\"2026-01-05\"", "\"dtstart\":\"2026-01-05T09:00:00\"",
                "\"rrule\":\"FREQ=WEEKLY\"", "\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\"", "\"cadence\":\"毎週月曜日\"",
                "\"zone\":\"Asia/Tokyo\"", "\"limit\":3", "\"limit\":-1", "\"holidays\":\"JP\"",
                "\"holidayPolicy\":\"SKIP\"", "\"holidayTrigger\":\"HOLIDAY\"", "\"x\":[[[]]]", "\"limit\":1e400");
        Arbitrary<String> objects = member.list().ofMaxSize(6).map(m -> "{" + String.join(",", m) + "}");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars("{}[]\":,")
                .ofMaxLength(60);
        Arbitrary<String> cut = objects.flatMap(o -> Arbitraries.integers().between(0, o.length())
                .map(n -> o.substring(0, n)));
        return Arbitraries.oneOf(objects, noise, cut);
    }
}
