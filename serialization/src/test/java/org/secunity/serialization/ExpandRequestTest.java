package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** The expand request and answer: the one way the CLI and the HTTP server read and answer them (issue 13). */
class ExpandRequestTest {

    @Test
    void an_occurrence_is_written_as_expand_writes_it() {
        LocalDateTime t = LocalDateTime.of(2026, 1, 14, 19, 0);
        assertThat(ExpandAnswer.occurrenceText(t.toLocalDate())).isEqualTo("2026-01-14");
        assertThat(ExpandAnswer.occurrenceText(t)).isEqualTo("2026-01-14T19:00:00");
        assertThat(ExpandAnswer.occurrenceText(t.atZone(ZoneId.of("Asia/Tokyo")))).isEqualTo("2026-01-14T19:00:00+09:00");
        assertThatThrownBy(() -> ExpandAnswer.occurrenceText(LocalTime.NOON)).isInstanceOf(SecunityException.class)
                .hasMessageContaining("LocalTime");
    }


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
                        + "$: missing \"rrule\" (or \"cadence\", or a \"recurrence\" text instead of dtstart) (line 1, column 1); "
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
    void lines_beyond_the_reader_s_limits_are_answered_each_with_their_error() { // issue 11
        assertThat(ExpandAnswer.answerLine("{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":"
                + "9".repeat(5000) + "}", 3)).isEqualTo("{\"error\":\"line 3: $.limit: a number is longer than 32 "
                + "characters (limit ReadOptions.maxNumberLength) (column 5055)\"}");
        assertThat(ExpandAnswer.answerLine("{\"recurrence\":" + "[".repeat(33) + "]".repeat(33) + "}", 4))
                .startsWith("{\"error\":\"line 4: $.recurrence: expected a string but found an array");
        assertThat(ExpandAnswer.answerLine("{\"a\":".repeat(100) + "1" + "}".repeat(100), 5))
                .startsWith("{\"error\":\"line 5: $").contains("nested deeper than 64 levels");
    }

    // --- recurrence text (issue 12) ---

    private static ExpandAnswer expand(String json) {
        return ExpandRequest.parse(json).expand();
    }

    @Test
    void a_recurrence_text_is_expanded_as_a_set_with_its_dtstart() {
        String json = "{\"recurrence\":\"DTSTART:19970902T090000\\nRRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH\\n"
                + "EXDATE:19970904T090000,19970911T090000,19970918T090000\",\"limit\":10}";
        ExpandRequest request = ExpandRequest.parse(json);
        assertThat(request.recurrence()).hasValue("DTSTART:19970902T090000\nRRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH\n"
                + "EXDATE:19970904T090000,19970911T090000,19970918T090000");
        assertThat(request.dtstart()).isEmpty();
        assertThat(ExpandRequest.parse(request.toJson())).isEqualTo(request);
        assertThat(request.expand().toJson()).isEqualTo(
                "{\"occurrences\":[\"1997-09-02T09:00:00\",\"1997-09-09T09:00:00\",\"1997-09-16T09:00:00\"]}");
    }

    @Test
    void a_zoned_recurrence_prints_offsets_and_a_zone_places_a_floating_one() {
        assertThat(expand("{\"recurrence\":\"DTSTART;TZID=Asia/Tokyo:20260107T190000\\r\\nRRULE:FREQ=WEEKLY;BYDAY=WE"
                + "\\r\\nEXDATE;TZID=Asia/Tokyo:20260114T190000\",\"limit\":3}").occurrences()).containsExactly(
                "2026-01-07T19:00:00+09:00", "2026-01-21T19:00:00+09:00", "2026-01-28T19:00:00+09:00");
        // daylight saving time starts in New York on 8 March 2026
        assertThat(expand("{\"recurrence\":\"DTSTART:20260301T090000\\nRRULE:FREQ=WEEKLY;COUNT=2\","
                + "\"zone\":\"America/New_York\"}").occurrences())
                .containsExactly("2026-03-01T09:00:00-05:00", "2026-03-08T09:00:00-04:00");
    }

    @Test
    void holidays_and_limit_apply_to_a_recurrence() {
        // 12 January 2026 is Coming of Age Day (成人の日)
        assertThat(expand("{\"recurrence\":\"DTSTART;VALUE=DATE:20260105\\nRRULE:FREQ=WEEKLY;BYDAY=MO\","
                + "\"holidays\":\"JP\",\"holidayPolicy\":\"SKIP\",\"limit\":2}").occurrences())
                .containsExactly("2026-01-05", "2026-01-19");
        assertThat(expand("{\"recurrence\":\"DTSTART;VALUE=DATE:20260105\\nRRULE:FREQ=WEEKLY;BYDAY=MO\","
                + "\"holidays\":\"JP\",\"holidayPolicy\":\"NEXT_BUSINESS_DAY\",\"limit\":2}").occurrences())
                .containsExactly("2026-01-05", "2026-01-13");
    }

    @Test
    void exactly_one_form_of_request_is_accepted() {
        assertThatThrownBy(() -> ExpandRequest.parse("{\"recurrence\":\"DTSTART:19970902T090000\","
                + "\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=DAILY\"}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.dtstart: give either \"recurrence\" (whose DTSTART and RRULE lines are the "
                        + "start and rules) or \"dtstart\" with \"rrule\" or \"cadence\", not both")
                .hasMessageContaining("$.rrule: give either \"recurrence\"");
        assertThatThrownBy(() -> ExpandRequest.parse("{\"limit\":1}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$: missing \"dtstart\" (a local date-time such as 1997-09-02T09:00:00, or a "
                        + "date such as 1997-09-02), or a \"recurrence\" text instead");
        assertThatThrownBy(() -> ExpandRequest.builder().recurrence("DTSTART:19970902T090000").cadence("毎週月曜日").build())
                .isInstanceOf(SecunityDataException.class).hasMessageContaining("cadence: give either");
    }

    @Test
    void a_bad_recurrence_names_the_member_the_line_and_the_part() {
        assertThat(ExpandAnswer.answerLine("{\"recurrence\":\"DTSTART:19970902T090000\\nRRULE:FREQ=MONTHLY;BYDAY=2XX\"}",
                6)).startsWith("{\"error\":\"line 6: $.recurrence: line 2: RRULE: expected a weekday such as MO or "
                + "2WE, was \\\"2XX\\\" in BYDAY at index 25 of \\\"RRULE:FREQ=MONTHLY;BYDAY=2XX\\\"");
        assertThat(ExpandAnswer.answer("{\"recurrence\":\"DTSTART;TZID=Asia/Tokyo:20260107T190000\","
                + "\"zone\":\"Asia/Tokyo\"}").error()).hasValueSatisfying(m -> assertThat(m).startsWith(
                "$.zone: the recurrence's DTSTART has its own zone (Asia/Tokyo); leave out \"zone\""));
        assertThat(ExpandAnswer.answer("{\"recurrence\":\"DTSTART;VALUE=DATE:20260107\",\"zone\":\"Asia/Tokyo\"}")
                .error()).hasValueSatisfying(m -> assertThat(m).startsWith("$.zone: a DATE DTSTART has no time"));
    }

    // --- bounded work (issue 11) ---

    private static final String SPARSE = "FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=1,2,3,4,5,6;BYDAY=MO;BYHOUR=0;"
            + "BYMINUTE=0;BYSECOND=0";

    @Test
    void the_cpu_case_of_issue_11_is_answered_within_seconds() {
        ExpandAnswer answer = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> expand("{\"dtstart\":\"2026-01-01T09:00:00\",\"rrule\":\""
                        + SPARSE + "\",\"limit\":10000}"));
        assertThat(answer.isError()).isFalse();
        assertThat(answer.occurrences().size() == 10_000 || answer.truncated().isPresent()).isTrue();
        assertThat(answer.occurrences()).allMatch(t -> t.endsWith("T00:00:00"));
    }

    @Test
    void the_leap_day_rule_of_issue_11_gives_its_first_occurrence_in_year_2249512() {
        ExpandAnswer answer = expand("{\"dtstart\":\"2026-01-01T09:00:00\",\"rrule\":\"FREQ=SECONDLY;INTERVAL=1000003;"
                + "BYMONTH=2;BYMONTHDAY=29;BYHOUR=0;BYMINUTE=0;BYSECOND=0\",\"limit\":1}");
        assertThat(answer.toJson()).isEqualTo("{\"occurrences\":[\"+2249512-02-29T00:00:00\"]}");
    }

    @Test
    void an_expansion_cut_short_by_the_bound_of_work_says_so() {
        ExpandAnswer answer = expand("{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;"
                + "BYDAY=MO\",\"limit\":10000}");
        assertThat(answer.truncated()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("stopped after 16777216 steps of work (maxSteps) with the search at "));
        assertThat(answer.occurrences()).isNotEmpty().hasSizeLessThan(10_000)
                .allSatisfy(d -> assertThat(java.time.LocalDate.parse(d)).satisfies(
                        date -> assertThat(date.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY),
                        date -> assertThat(date.getMonthValue() * 100 + date.getDayOfMonth()).isEqualTo(229)));
        assertThat(answer.occurrences().get(0)).isEqualTo("2044-02-29");
        assertThat(answer.toJson()).startsWith("{\"occurrences\":[\"2044-02-29\",").contains("],\"truncated\":\"stopped");
        assertThat(ExpandAnswer.parse(answer.toJson())).isEqualTo(answer);
    }

    @Test
    void the_rules_of_one_recurrence_share_one_bound_of_work() {
        String rules = "\\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO".repeat(64);
        ExpandAnswer answer = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> expand("{\"recurrence\":\"DTSTART;VALUE=DATE:20260101" + rules
                        + "\",\"limit\":10000}"));
        // 16777216 steps shared by 64 rules; the DTSTART, before where the searches stopped, is still answered
        assertThat(answer.truncated()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("stopped after 262144 steps of work (maxSteps)"));
        assertThat(answer.occurrences()).startsWith("2026-01-01", "2044-02-29");
    }

    @Test
    void a_truncated_answer_has_occurrences_never_an_error() {
        assertThat(ExpandAnswer.truncated(List.of("2026-01-05"), "a bound\nstopped it").toJson())
                .isEqualTo("{\"occurrences\":[\"2026-01-05\"],\"truncated\":\"a bound stopped it\"}");
        assertThatThrownBy(() -> ExpandAnswer.parse("{\"error\":\"x\",\"truncated\":\"y\"}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.truncated: an error answer is not truncated");
        assertThatThrownBy(() -> ExpandAnswer.truncated(List.of(), " "))
                .isInstanceOf(SecunityDataException.class).hasMessage("truncated: must not be blank");
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
        assertThat(ExpandAnswer.parse("{\"occurrences\":[\"2026-01-05\"],\"later\":{\"a\":1}}"))
                .isEqualTo(ExpandAnswer.of(List.of("2026-01-05")));
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
                "\"holidayPolicy\":\"SKIP\"", "\"holidayTrigger\":\"HOLIDAY\"", "\"x\":[[[]]]", "\"limit\":1e400",
                "\"recurrence\":\"DTSTART:20260105T090000\\nRRULE:FREQ=WEEKLY\"",
                "\"recurrence\":\"DTSTART;VALUE=DATE:20260105\\r\\nRDATE;VALUE=DATE:20260107\\r\\n X\"",
                "\"recurrence\":\"RRULE:FREQ=DAILY\"");
        Arbitrary<String> objects = member.list().ofMaxSize(6).map(m -> "{" + String.join(",", m) + "}");
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars("{}[]\":,")
                .ofMaxLength(60);
        Arbitrary<String> cut = objects.flatMap(o -> Arbitraries.integers().between(0, o.length())
                .map(n -> o.substring(0, n)));
        return Arbitraries.oneOf(objects, noise, cut);
    }
}
