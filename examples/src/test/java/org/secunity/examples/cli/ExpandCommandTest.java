package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.serialization.ExpandRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpandCommandTest {

    @TempDir
    Path dir;

    private static List<JsonNode> expand(String input) {
        AppRunner.Result result = AppRunner.runWithInput(input, "expand", "--jsonl", "-");
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.outLines()) {
            try {
                lines.add(AppRunner.json(line));
            } catch (UncheckedIOException e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }
        return lines;
    }

    private static List<String> occurrences(JsonNode line) {
        assertThat(line.has("occurrences")).as("%s", line).isTrue();
        List<String> out = new ArrayList<>();
        line.get("occurrences").forEach(n -> out.add(n.textValue()));
        return out;
    }

    private static String error(JsonNode line) {
        assertThat(line.has("error")).as("%s", line).isTrue();
        assertThat(line.size()).isEqualTo(1);
        return line.get("error").textValue();
    }

    @Test
    void the_design_example_expands_to_second_wednesdays_without_the_unmatched_dtstart() {
        List<JsonNode> out = expand(
                "{\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\",\"limit\":3}\n");
        assertThat(out).hasSize(1);
        assertThat(occurrences(out.get(0)))
                .containsExactly("1997-09-10T09:00:00", "1997-10-08T09:00:00", "1997-11-12T09:00:00");
    }

    @Test
    void dtstart_is_included_when_it_matches_the_rule() {
        List<JsonNode> out = expand(
                "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=WEEKLY;BYDAY=MO\",\"limit\":2}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-01-05T19:00:00", "2026-01-12T19:00:00");
    }

    @Test
    void a_zone_prints_local_times_with_their_offset() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-01T19:00:00\",\"zone\":\"Asia/Tokyo\","
                + "\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\",\"limit\":2}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-01-14T19:00:00+09:00", "2026-02-11T19:00:00+09:00");
    }

    @Test
    void a_zone_follows_daylight_saving_time() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-03-01T09:00:00\",\"zone\":\"America/New_York\","
                + "\"rrule\":\"FREQ=WEEKLY;BYDAY=SU\",\"limit\":2}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-03-01T09:00:00-05:00", "2026-03-08T09:00:00-04:00");
    }

    @Test
    void a_date_dtstart_expands_to_dates() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=YEARLY;BYMONTH=7;BYDAY=2SA\",\"limit\":2}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-07-11", "2027-07-10");
    }

    @Test
    void without_a_limit_at_most_the_default_number_is_printed() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\"}");
        assertThat(occurrences(out.get(0))).hasSize(ExpandRequest.DEFAULT_LIMIT);
    }

    @Test
    void a_finite_rule_gives_fewer_than_the_limit() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY;COUNT=2\",\"limit\":50}");
        assertThat(occurrences(out.get(0))).hasSize(2);
    }

    @Test
    void a_rule_that_never_matches_gives_no_occurrence() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-01T00:00:00\",\"rrule\":\"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\"}");
        assertThat(occurrences(out.get(0))).isEmpty();
    }

    @Test
    void each_input_line_gives_one_output_line_in_order_and_bad_lines_do_not_stop_the_run() {
        String input = String.join("\n",
                "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=WEEKLY;BYDAY=MO\",\"limit\":1}",
                "not json",
                "",
                "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=WEEKLY;BYDAY=XX\"}",
                "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":1}") + "\n";
        List<JsonNode> out = expand(input);
        assertThat(out).hasSize(5);
        assertThat(occurrences(out.get(0))).containsExactly("2026-01-05T19:00:00");
        assertThat(error(out.get(1))).startsWith("line 2: $: malformed JSON: Unrecognized token 'not'").endsWith("(column 1)");
        assertThat(error(out.get(2))).startsWith("line 3: empty line");
        assertThat(error(out.get(3))).startsWith("line 4: $.rrule: ").contains("BYDAY").contains("index");
        assertThat(occurrences(out.get(4))).containsExactly("2026-01-05T19:00:00");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"colour\":1}"
                + "|line 1: $.colour: unknown property \"colour\" of expandRequest; allowed: dtstart, rrule, cadence, recurrence, "
                + "zone, limit, holidays, holidayPolicy, holidayTrigger (column 55)",
        "{\"rrule\":\"FREQ=DAILY\"}|line 1: $: missing \"dtstart\"",
        "{\"dtstart\":\"2026-01-05T19:00:00\"}|line 1: $: missing \"rrule\" (or \"cadence\", or a \"recurrence\" text instead of dtstart) (column 1)",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"cadence\":\"毎日\"}"
                + "|line 1: $.cadence: give either \"rrule\" or \"cadence\", not both",
        "{\"dtstart\":\"2026-01-05\",\"cadence\":\"年2回程度\"}|line 1: $.cadence: \"年2回程度\" (about twice a year) "
                + "has no fixed dates to compute",
        "{\"dtstart\":\"2026-01-05\",\"cadence\":\"every blue moon\"}|line 1: $.cadence: ",
        "{\"dtstart\":20260105,\"rrule\":\"FREQ=DAILY\"}|line 1: $.dtstart: expected a string but found an integer "
                + "(column 12)",
        "{\"dtstart\":\"2026-13-05T19:00:00\",\"rrule\":\"FREQ=DAILY\"}"
                + "|line 1: $.dtstart: \"2026-13-05T19:00:00\" is not",
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":-1}"
                + "|line 1: $.limit: must be in 0..10000, but was -1 (column 63)",
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":10001}"
                + "|line 1: $.limit: must be in 0..10000, but was 10001",
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":2.5}"
                + "|line 1: $.limit: expected an integer but found a decimal number",
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"zone\":\"Mars/Olympus\"}"
                + "|line 1: $.zone: \"Mars/Olympus\" is not a time zone ID",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"zone\":\"Asia/Tokyo\"}"
                + "|line 1: $.zone: a date dtstart",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=HOURLY\"}|line 1: ",
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2XX\"}|line 1: $.rrule: ",
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY;COUNT=2;UNTIL=20260110\"}|line 1: $.rrule: ",
        "{\"dtstart\":\"2026-01-05\",\"dtstart\":\"2026-01-06\",\"rrule\":\"FREQ=DAILY\"}"
                + "|line 1: $.dtstart: duplicate key \"dtstart\" (first at column 2) (column 25)",
        "[1,2]|line 1: $: expected an object (expandRequest) but found an array (column 1)",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"holidayPolicy\":\"SKIP\"}"
                + "|line 1: $.holidayPolicy: needs \"holidays\":\"JP\"",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"holidayTrigger\":\"HOLIDAY\"}"
                + "|line 1: $.holidayTrigger: needs \"holidays\":\"JP\"",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"holidays\":\"US\"}"
                + "|line 1: $.holidays: unknown holiday calendar \"US\"; the one there is: JP",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"holidays\":\"JP\",\"holidayPolicy\":\"LATER\"}"
                + "|line 1: $.holidayPolicy: \"LATER\" is not a valid HolidayPolicy for holidayPolicy; allowed values: "
                + "SKIP, NEXT_BUSINESS_DAY, PREVIOUS_BUSINESS_DAY",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"holidays\":\"JP\",\"holidayTrigger\":\"X\"}"
                + "|line 1: $.holidayTrigger: \"X\" is not a valid Trigger for holidayTrigger; allowed values: "
                + "NON_BUSINESS_DAY, HOLIDAY",
        "{\"dtstart\":\"2099-12-28\",\"rrule\":\"FREQ=DAILY\",\"holidays\":\"JP\"}|line 1: ",
        "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\"} {}"
                + "|line 1: $: unexpected content after the document's value (column 56)",
        "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":123456789012345678901}"  // issue 11
                + "|line 1: $.limit: must be in 0..10000, but was 123456789012345678901",
    })
    void a_bad_line_is_answered_with_an_error_naming_the_line_and_the_field(String line, String message) {
        List<JsonNode> out = expand(line + "\n");
        assertThat(out).hasSize(1);
        assertThat(error(out.get(0))).startsWith(message);
    }

    @Test
    void lines_that_break_the_reader_s_limits_are_each_answered_and_the_run_goes_on() { // issue 11
        String good = "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":1}";
        String input = String.join("\n",
                "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":" + "9".repeat(40) + "}",
                "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":" + "9".repeat(5000) + "}",
                "{\"dtstart\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":" + "{\"a\":".repeat(10_000),
                good) + "\n";
        List<JsonNode> out = expand(input);
        assertThat(out).hasSize(6);
        assertThat(error(out.get(0))).isEqualTo("line 1: $.limit: a number is longer than 32 characters "
                + "(limit ReadOptions.maxNumberLength) (column 54)");
        assertThat(error(out.get(1))).startsWith("line 2: $.limit: a number is longer than 32 characters "
                + "(limit ReadOptions.maxNumberLength)");
        assertThat(error(out.get(2))).startsWith("line 3: $.dtstart: expected a string but found an array");
        assertThat(error(out.get(3))).startsWith("line 4: $")
                .contains("nested deeper than 64 levels (limit ReadOptions.maxNestingDepth)");
        assertThat(error(out.get(4))).startsWith("line 5: $")
                .contains("nested deeper than 64 levels (limit ReadOptions.maxNestingDepth)");
        assertThat(occurrences(out.get(5))).containsExactly("2026-01-05");
    }

    @Test
    void a_recurrence_text_expands_as_its_set_with_the_other_fields_applied() { // issue 12
        List<JsonNode> out = expand(String.join("\n",
                "{\"recurrence\":\"DTSTART:19970902T090000\\nRRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH\\n"
                        + "EXDATE:19970904T090000,19970911T090000\"}",
                "{\"recurrence\":\"DTSTART;VALUE=DATE:20260105\\r\\nRRULE:FREQ=WEEKLY;\\r\\n BYDAY=MO\",\"holidays\":\"JP\","
                        + "\"limit\":2}",
                "{\"recurrence\":\"DTSTART:20260301T090000\\nRDATE:20260308T090000\",\"zone\":\"America/New_York\"}",
                "{\"recurrence\":\"DTSTART:19970902T090000\\nRDATE;VALUE=PERIOD:19970902T090000/PT1H\"}",
                "{\"recurrence\":\"DTSTART:19970902T090000\",\"dtstart\":\"1997-09-02\"}") + "\n");
        assertThat(out).hasSize(5);
        assertThat(occurrences(out.get(0))).containsExactly("1997-09-02T09:00:00", "1997-09-09T09:00:00",
                "1997-09-16T09:00:00", "1997-09-18T09:00:00");
        assertThat(occurrences(out.get(1))).containsExactly("2026-01-05", "2026-01-19");
        assertThat(occurrences(out.get(2))).containsExactly("2026-03-01T09:00:00-05:00", "2026-03-08T09:00:00-04:00");
        assertThat(error(out.get(3))).startsWith("line 4: $.recurrence: line 2: RDATE;VALUE=PERIOD is not supported");
        assertThat(error(out.get(4))).startsWith("line 5: $.dtstart: give either \"recurrence\"");
    }

    @Test
    void work_is_bounded_per_line_and_a_cut_short_answer_says_truncated() { // issue 11
        String sparse = "{\"dtstart\":\"2026-01-01T09:00:00\",\"rrule\":\"FREQ=SECONDLY;INTERVAL=1000003;"
                + "BYMONTH=1,2,3,4,5,6;BYDAY=MO;BYHOUR=0;BYMINUTE=0;BYSECOND=0\",\"limit\":10000}";
        String leapDay = "{\"dtstart\":\"2026-01-01T09:00:00\",\"rrule\":\"FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;"
                + "BYMONTHDAY=29;BYHOUR=0;BYMINUTE=0;BYSECOND=0\",\"limit\":1}";
        String mondays = "{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO\","
                + "\"limit\":10000}";
        long t0 = System.nanoTime();
        List<JsonNode> out = expand(String.join("\n", sparse, leapDay, mondays) + "\n");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(out).hasSize(3);
        assertThat(occurrences(out.get(0)).size() == 10_000 || out.get(0).has("truncated")).isTrue();
        assertThat(occurrences(out.get(1))).containsExactly("+2249512-02-29T00:00:00");
        assertThat(occurrences(out.get(2))).startsWith("2044-02-29", "2072-02-29");
        assertThat(out.get(2).get("truncated").textValue())
                .startsWith("stopped after 16777216 steps of work (maxSteps) with the search at ");
    }

    @Test
    void a_bad_rule_error_names_the_rule_part_and_index() {
        String message = error(expand(
                "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2XX\"}").get(0));
        assertThat(message).contains("in BYDAY").contains("at index").contains("FREQ=MONTHLY;BYDAY=2XX");
    }

    @Test
    void a_line_longer_than_the_maximum_is_an_error_and_the_next_line_is_still_read() {
        String input = "{\"x\":\"" + "a".repeat(JsonLines.MAX_LINE_LENGTH) + "\"}\n"
                + "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":1}\n";
        List<JsonNode> out = expand(input);
        assertThat(error(out.get(0))).isEqualTo("line 1: longer than 100000 characters");
        assertThat(occurrences(out.get(1))).hasSize(1);
    }

    @Test
    void windows_line_ends_and_a_missing_final_line_break_are_accepted() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":1}\r\n"
                + "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":1}");
        assertThat(out).hasSize(2);
        assertThat(occurrences(out.get(1))).hasSize(1);
    }

    @Test
    void empty_input_gives_empty_output() {
        assertThat(expand("")).isEmpty();
    }

    @Test
    void a_file_is_read_like_standard_input() throws IOException {
        Path file = dir.resolve("rules.jsonl");
        Files.writeString(file, "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=WEEKLY;BYDAY=MO\",\"limit\":1}\n");
        AppRunner.Result result = AppRunner.run("expand", "--jsonl", file.toString());
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("{\"occurrences\":[\"2026-01-05T19:00:00\"]}" + System.lineSeparator());
    }

    @Test
    void a_missing_input_file_is_exit_2_naming_it() {
        Path file = dir.resolve("none.jsonl");
        AppRunner.Result result = AppRunner.run("expand", "--jsonl", file.toString());
        result.assertBadInput()
                .isEqualTo("secunity expand: cannot read " + file + ": no such file");
    }

    @Test
    void without_jsonl_the_run_is_exit_2() {
        AppRunner.Result result = AppRunner.run("expand");
        result.assertBadInput().contains("--jsonl");
    }

    @Test
    void the_progress_line_goes_to_stderr_only_when_asked_or_on_a_terminal() {
        String input = "{\"dtstart\":\"2026-01-05T19:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":1}\nbad\n";
        AppRunner.Result asked = AppRunner.runWithInput(input, "expand", "--jsonl", "-", "--progress");
        assertThat(asked.status()).isZero();
        assertThat(asked.outLines()).hasSize(2);
        assertThat(asked.err()).contains("expand: 1 line, 0 errors").contains("expand: 2 lines, 1 error, done");
        AppRunner.Result quiet = AppRunner.runWithInput(input, "expand", "--jsonl", "-");
        assertThat(quiet.err()).isEmpty();
        AppRunner.Result terminal = AppRunner.runIn(new Environment(stream(input), AppRunner.CLOCK, true),
                "expand", "--jsonl", "-");
        assertThat(terminal.err()).contains("expand: 2 lines");
        AppRunner.Result off = AppRunner.runIn(new Environment(stream(input), AppRunner.CLOCK, true),
                "expand", "--jsonl", "-", "--no-progress");
        assertThat(off.err()).isEmpty();
    }

    private static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void many_lines_stream_through_in_order() {
        StringBuilder input = new StringBuilder();
        for (int day = 1; day <= 28; day++) {
            input.append(String.format("{\"dtstart\":\"2026-02-%02dT10:00:00\",\"rrule\":\"FREQ=DAILY\",\"limit\":1}%n", day));
        }
        List<JsonNode> out = expand(input.toString());
        assertThat(out).hasSize(28);
        for (int day = 1; day <= 28; day++) {
            assertThat(occurrences(out.get(day - 1))).containsExactly(String.format("2026-02-%02dT10:00:00", day));
        }
    }

    @Test
    void holidays_skip_the_monday_class_on_coming_of_age_day() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=WEEKLY;BYDAY=MO\",\"limit\":3,"
                + "\"holidays\":\"JP\",\"holidayPolicy\":\"SKIP\"}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-01-05", "2026-01-19", "2026-01-26");
    }

    @Test
    void holidays_move_the_lightning_talks_to_the_next_business_day_keeping_the_time() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-01T19:00:00\",\"zone\":\"Asia/Tokyo\","
                + "\"rrule\":\"FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE\",\"limit\":2,"
                + "\"holidays\":\"JP\",\"holidayPolicy\":\"NEXT_BUSINESS_DAY\"}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-02-12T19:00:00+09:00", "2026-04-08T19:00:00+09:00");
        List<JsonNode> before = expand("{\"dtstart\":\"2026-01-01T19:00:00\","
                + "\"rrule\":\"FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE\",\"limit\":1,"
                + "\"holidays\":\"JP\",\"holidayPolicy\":\"PREVIOUS_BUSINESS_DAY\"}");
        assertThat(occurrences(before.get(0))).containsExactly("2026-02-10T19:00:00");
    }

    @Test
    void a_holiday_trigger_keeps_saturday_events_that_skip_would_drop_as_days_off() {
        String rule = "{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=YEARLY;BYMONTH=7;BYDAY=2SA\",\"limit\":2,"
                + "\"holidays\":\"JP\"";
        assertThat(occurrences(expand(rule + ",\"holidayTrigger\":\"HOLIDAY\"}").get(0)))
                .containsExactly("2026-07-11", "2027-07-10");
        assertThat(occurrences(expand(rule + ",\"holidayPolicy\":\"NEXT_BUSINESS_DAY\"}").get(0)))
                .containsExactly("2026-07-13", "2027-07-12");
    }

    @Test
    void a_japanese_cadence_expands_like_its_rule_at_its_time_of_day() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-01T00:00:00\",\"cadence\":\"偶数月の第2水曜日の晩\",\"limit\":2}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-02-11T19:00:00", "2026-04-08T19:00:00");
    }

    @Test
    void an_english_cadence_expands_to_dates_from_a_date() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-01\",\"cadence\":\"second Saturday of July\",\"limit\":2}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-07-11", "2027-07-10");
    }

    @Test
    void a_cadence_with_japanese_holidays_skips_the_monday_class() {
        List<JsonNode> out = expand("{\"dtstart\":\"2026-01-01\",\"cadence\":\"毎週月曜日\",\"limit\":3,"
                + "\"holidays\":\"JP\",\"holidayPolicy\":\"SKIP\"}");
        assertThat(occurrences(out.get(0))).containsExactly("2026-01-05", "2026-01-19", "2026-01-26");
    }

    @Test
    void a_bad_cadence_error_names_the_index() {
        String message = error(expand("{\"dtstart\":\"2026-01-01\",\"cadence\":\"毎週火星日\"}").get(0));
        assertThat(message).startsWith("line 1: $.cadence: ").contains("index");
    }
}
