package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secunity.SecunityParseException;

/**
 * {@link RecurrenceSet#parse(CharSequence)} and {@link RecurrenceSet#toString()}, on the inputs of
 * python-dateutil's {@code rrulestr} tests, rrule.js's README and RFC 5545's examples; the expected
 * occurrences are those sources' published answers (with RFC 5545's rule that DTSTART is always
 * the first occurrence of a set) or worked out by hand from a calendar.
 */
class RecurrenceSetTextTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static List<Object> take(RecurrenceSet<?> set, int n) {
        return List.copyOf(set.take(n));
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void two_rules_are_merged_as_dateutil_reads_them() { // dateutil testStrSet
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART:19970902T090000\n"
                + "RRULE:FREQ=YEARLY;COUNT=2;BYDAY=TU\n"
                + "RRULE:FREQ=YEARLY;COUNT=1;BYDAY=TH\n");
        assertThat(take(set, 10)).containsExactly(at("1997-09-02T09:00"), at("1997-09-04T09:00"),
                at("1997-09-09T09:00"));
        assertThat(set.rules()).hasSize(2);
    }

    @Test
    void rdate_lines_add_times() { // dateutil testStrSetDate
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART:19970902T090000\n"
                + "RRULE:FREQ=YEARLY;COUNT=1;BYDAY=TU\n"
                + "RDATE:19970904T090000\n"
                + "RDATE:19970909T090000\n");
        assertThat(take(set, 10)).containsExactly(at("1997-09-02T09:00"), at("1997-09-04T09:00"),
                at("1997-09-09T09:00"));
    }

    @Test
    void exdate_lines_and_comma_lists_remove_times() { // dateutil testStrSetExDate, testStrSetExDateMultiple
        List<LocalDateTime> expected = List.of(at("1997-09-02T09:00"), at("1997-09-09T09:00"), at("1997-09-16T09:00"));
        assertThat(RecurrenceSet.parse("DTSTART:19970902T090000\n"
                + "RRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH\n"
                + "EXDATE:19970904T090000\n"
                + "EXDATE:19970911T090000\n"
                + "EXDATE:19970918T090000\n").take(10)).isEqualTo(expected);
        assertThat(RecurrenceSet.parse("DTSTART:19970902T090000\n"
                + "RRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH\n"
                + "EXDATE:19970904T090000,19970911T090000,19970918T090000\n").take(10)).isEqualTo(expected);
    }

    @Test
    void value_date_time_is_the_default_and_order_of_lines_is_free() { // dateutil testStrSetExDateValueDateTimeNoTZID
        RecurrenceSet<?> set = RecurrenceSet.parse(String.join("\n",
                "DTSTART:19970902T090000",
                "EXDATE;VALUE=DATE-TIME:19970902T090000",
                "RRULE:FREQ=YEARLY;COUNT=4;BYDAY=TU,TH",
                "EXDATE;VALUE=DATE-TIME:19970904T090000,19970911T090000"));
        // the rule gives Tue 2, Thu 4, Tue 9, Thu 11 September; three are excluded
        assertThat(take(set, 10)).containsExactly(at("1997-09-09T09:00"));
    }

    @Test
    void only_rdates_and_exdates() { // dateutil testStrSetDateAndExDate
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART:19970902T090000\n"
                + "RDATE:19970902T090000\nRDATE:19970904T090000\nRDATE:19970909T090000\n"
                + "RDATE:19970911T090000\nRDATE:19970916T090000\nRDATE:19970918T090000\n"
                + "EXDATE:19970904T090000\nEXDATE:19970911T090000\nEXDATE:19970918T090000\n");
        assertThat(take(set, 10)).containsExactly(at("1997-09-02T09:00"), at("1997-09-09T09:00"),
                at("1997-09-16T09:00"));
        assertThat(set.isFinite()).isTrue();
    }

    @Test
    void tzid_starts_and_exdates_are_zoned() { // dateutil testStrSetExDateWithTZID
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART;TZID=Europe/Brussels:19970902T090000\n"
                + "RRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH\n"
                + "EXDATE;TZID=Europe/Brussels:19970904T090000\n"
                + "EXDATE;TZID=Europe/Brussels:19970911T090000\n"
                + "EXDATE;TZID=Europe/Brussels:19970918T090000\n");
        assertThat(set.start()).isEqualTo(ZonedDateTime.of(at("1997-09-02T09:00"), BRUSSELS));
        assertThat(take(set, 10)).containsExactly(ZonedDateTime.of(at("1997-09-02T09:00"), BRUSSELS),
                ZonedDateTime.of(at("1997-09-09T09:00"), BRUSSELS), ZonedDateTime.of(at("1997-09-16T09:00"), BRUSSELS));
    }

    @Test
    void a_utc_start_with_a_utc_until_as_rrule_js_writes_it() { // rrule.js README
        RecurrenceSet<?> set = RecurrenceSet.parse(
                "DTSTART:20120201T093000Z\nRRULE:FREQ=WEEKLY;INTERVAL=5;UNTIL=20130130T230000Z;BYDAY=MO,FR");
        // DTSTART (a Wednesday) is the set's first; then Fri 3 Feb of its week, and Mon/Fri every fifth week
        assertThat(take(set, 5)).containsExactly(utc("2012-02-01T09:30"), utc("2012-02-03T09:30"),
                utc("2012-03-05T09:30"), utc("2012-03-09T09:30"), utc("2012-04-09T09:30"));
        assertThat(set.start()).isEqualTo(utc("2012-02-01T09:30"));
    }

    private static ZonedDateTime utc(String local) {
        return ZonedDateTime.of(at(local), ZoneOffset.UTC);
    }

    @Test
    void the_rfc_5545_daily_example_in_new_york() { // RFC 5545 §3.8.5.3, "Daily for 10 occurrences"
        RecurrenceSet<?> set = RecurrenceSet.parse(
                "DTSTART;TZID=America/New_York:19970902T090000\nRRULE:FREQ=DAILY;COUNT=10");
        assertThat(take(set, 20)).hasSize(10).first().isEqualTo(ZonedDateTime.of(at("1997-09-02T09:00"), NEW_YORK));
        assertThat(take(set, 20)).last().isEqualTo(ZonedDateTime.of(at("1997-09-11T09:00"), NEW_YORK));
    }

    @Test
    void date_starts_and_value_date_lists() { // RFC 5545 §3.8.5.2 RDATE;VALUE=DATE example
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART;VALUE=DATE:19970101\n"
                + "RDATE;VALUE=DATE:19970101,19970120,19970217,19970421\n"
                + "EXDATE;VALUE=DATE:19970217");
        assertThat(take(set, 10)).containsExactly(LocalDate.parse("1997-01-01"), LocalDate.parse("1997-01-20"),
                LocalDate.parse("1997-04-21"));
    }

    @Test
    void utc_values_are_moved_to_the_start_s_zone_and_exclude_by_instant() {
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART;TZID=America/New_York:19970902T090000\n"
                + "RRULE:FREQ=DAILY;COUNT=3\n"
                + "EXDATE:19970903T130000Z\n"               // 09:00 EDT
                + "RDATE;TZID=Europe/Brussels:19970910T150000");  // 09:00 EDT
        assertThat(take(set, 10)).containsExactly(ZonedDateTime.of(at("1997-09-02T09:00"), NEW_YORK),
                ZonedDateTime.of(at("1997-09-04T09:00"), NEW_YORK), ZonedDateTime.of(at("1997-09-10T09:00"), NEW_YORK));
    }

    @Test
    void crlf_folded_lines_lower_case_names_quoted_zones_and_x_parameters_are_read() {
        RecurrenceSet<?> set = RecurrenceSet.parse("dtstart;tzid=\"America/New_York\";X-NOTE=a:19970902T090000\r\n"
                + "RRULE:FREQ=DAILY;\r\n COUNT=2;\r\n\tBYHOUR=9\r\n"
                + "\r\n"
                + "exdate;value=date-time;tzid=America/New_York:19970903T090000\r\n");
        assertThat(take(set, 10)).containsExactly(ZonedDateTime.of(at("1997-09-02T09:00"), NEW_YORK));
        assertThat(set.rules()).containsExactly(RecurrenceRule.parse("FREQ=DAILY;COUNT=2;BYHOUR=9"));
    }

    @Test
    void a_typed_parse_gives_the_set_of_its_start_s_type_or_names_the_mismatch() {
        RecurrenceSet<LocalDate> dates = RecurrenceSet.parse("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY;COUNT=2",
                LocalDate.class);
        assertThat(dates.take(5)).containsExactly(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02"));
        assertThatThrownBy(() -> RecurrenceSet.parse("DTSTART;VALUE=DATE:20260101", ZonedDateTime.class))
                .isInstanceOfSatisfying(SecunityParseException.class, e -> {
                    assertThat(e).hasMessageStartingWith("line 1: DTSTART is a LocalDate, not a ZonedDateTime");
                    assertThat(e.part()).hasValue("DTSTART");
                });
    }

    @Test
    void to_string_writes_the_canonical_lines() {
        RecurrenceSet<LocalDateTime> floating = RecurrenceSet.builder(at("2021-01-13T19:00"))
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
                .date(at("2021-03-01T19:00")).date(at("2021-03-02T19:00"))
                .exclude(at("2021-02-10T19:00"))
                .build();
        assertThat(floating).hasToString("DTSTART:20210113T190000\nRRULE:FREQ=MONTHLY;BYDAY=2WE\n"
                + "RDATE:20210301T190000,20210302T190000\nEXDATE:20210210T190000");
        RecurrenceSet<ZonedDateTime> zoned = RecurrenceSet.builder(ZonedDateTime.of(at("2021-01-13T19:00"),
                ZoneId.of("Asia/Tokyo"))).exclude(ZonedDateTime.of(at("2021-01-13T10:00"), ZoneOffset.UTC)).build();
        assertThat(zoned).hasToString("DTSTART;TZID=Asia/Tokyo:20210113T190000\nEXDATE;TZID=Asia/Tokyo:20210113T190000");
        assertThat(RecurrenceSet.builder(ZonedDateTime.of(at("2021-01-13T19:00"), ZoneOffset.UTC))
                .rule(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20210120T000000Z")).build())
                .hasToString("DTSTART:20210113T190000Z\nRRULE:FREQ=DAILY;UNTIL=20210120T000000Z");
        assertThat(RecurrenceSet.builder(LocalDate.parse("2026-01-01")).rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
                .exclude(LocalDate.parse("2026-02-11")).build())
                .hasToString("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=MONTHLY;BYDAY=2WE\nEXDATE;VALUE=DATE:20260211");
    }

    @Test
    void a_time_in_the_repeated_hour_after_the_first_is_written_in_utc_and_reads_back() {
        ZonedDateTime start = ZonedDateTime.of(at("2026-10-01T01:30"), NEW_YORK);
        ZonedDateTime second = ZonedDateTime.of(at("2026-11-01T01:30"), NEW_YORK).withLaterOffsetAtOverlap();
        RecurrenceSet<ZonedDateTime> set = RecurrenceSet.builder(start).date(second).build();
        assertThat(set).hasToString("DTSTART;TZID=America/New_York:20261001T013000\nRDATE:20261101T063000Z");
        assertThat(RecurrenceSet.parse(set.toString())).isEqualTo(set);
    }

    @Test
    void the_sparse_rule_of_issue_11_finds_its_first_occurrence_in_year_2249512() {
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART:20260101T090000\n"
                + "RRULE:FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;BYMONTHDAY=29;BYHOUR=0;BYMINUTE=0;BYSECOND=0");
        Occurrences<?> first = set.expand(2);
        assertThat(first.truncation()).isEmpty();
        assertThat(first.list()).hasSize(2);
        LocalDateTime found = (LocalDateTime) first.list().get(1);
        assertThat(found.getYear()).isEqualTo(2_249_512);
        assertThat(found.toLocalDate().getDayOfMonth()).isEqualTo(29);
    }

    @Test
    void with_options_bounds_the_work_of_each_rule() {
        RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART:20260101T090000\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO");
        Occurrences<?> bounded = set.withOptions(ExpansionOptions.defaults().withMaxSteps(1000)).expand(5);
        assertThat(bounded.truncation()).map(Truncation::limit).hasValue(1000L);
        assertThat(List.<Object>copyOf(bounded.list())).containsExactly(at("2026-01-01T09:00"));
        assertThat(set.withOptions(ExpansionOptions.defaults())).isSameAs(set);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DTSTART:19970902T090000\\nRDATE:19970904T09000 | line 2: "19970904T09000" is not a DATE-TIME | RDATE | 6
            DTSTART:19970902T090000\\nRDATE:19970904T090000,19970931T090000 | line 2: "19970931T090000" is not a valid date or time | RDATE | 22
            DTSTART:19970902T090000\\nRRULE:FREQ=MONTHLY;BYDAY=2XX | line 2: RRULE: expected a weekday | BYDAY | 25
            DTSTART:19970902T090000\\nRRULE:FREQ=DAILY;UNTIL=19971231 | line 2: RRULE: UNTIL must be a local DATE-TIME | UNTIL | 17
            DTSTART:19970902T090000\\nRDATE;VALUE=PERIOD:19970101T180000Z/19970102T070000Z | line 2: RDATE;VALUE=PERIOD is not supported | RDATE | 0
            RRULE:FREQ=DAILY | no DTSTART line | DTSTART | 0
            DTSTART:19970902T090000\\n\\nDTSTART:19970903T090000 | line 3: a second DTSTART (the first is on line 1) | DTSTART | 0
            DTSTART:19970902T090000\\nDTEND:19970902T100000 | line 2: unknown property "DTEND"; expected DTSTART, RRULE, RDATE or EXDATE | DTEND | 0
            DTSTART:19970902T090000\\nEXRULE:FREQ=DAILY | line 2: EXRULE is deprecated by RFC 5545 | EXRULE | 0
            DTSTART;TZID=Mars/Olympus:19970902T090000 | line 1: unknown time zone TZID=Mars/Olympus | DTSTART | 0
            DTSTART;TZID=Asia/Tokyo:19970902T090000Z | line 1: a UTC time (ending in Z) with TZID=Asia/Tokyo | DTSTART | 24
            DTSTART;TZID=Asia/Tokyo:19970902T090000\\nEXDATE:19970903T090000 | line 2: a floating time with a zoned DTSTART | EXDATE | 7
            DTSTART:19970902T090000\\nEXDATE:19970903T090000Z | line 2: a zoned or UTC time with a floating DTSTART | EXDATE | 7
            DTSTART;VALUE=DATE:19970902\\nRDATE:19970903T090000 | line 2: a DATE-TIME value with a DATE DTSTART | RDATE | 6
            DTSTART:19970902T090000\\nRDATE;VALUE=DATE:19970903 | line 2: a DATE value with a DATE-TIME DTSTART | RDATE | 0
            DTSTART;VALUE=DATE:19970902T090000 | line 1: "19970902T090000" is not a DATE such as 19970902 | DTSTART | 19
            DTSTART:19970902 | line 1: "19970902" is a DATE; write DTSTART;VALUE=DATE:19970902 | DTSTART | 8
            DTSTART;LANGUAGE=en:19970902T090000 | line 1: unknown parameter LANGUAGE of DTSTART | DTSTART | 8
            DTSTART:19970902T090000\\nRRULE;X-A=1;VALUE=DATE:FREQ=DAILY | line 2: RRULE takes no parameters | RRULE | 0
            DTSTART:19970902T090000\\nRRULE | line 2: expected ':' and the value of RRULE | RRULE | 5
            \\tDTSTART:19970902T090000 | line 1: a folded line (starting with a space or tab) continues no line | | 0
            """)
    void each_error_names_the_line_the_part_and_the_index(String text, String message, String part, int index) {
        String input = text.strip().replace("\\n", "\n").replace("\\t", "\t");
        assertThatThrownBy(() -> RecurrenceSet.parse(input))
                .isInstanceOfSatisfying(SecunityParseException.class, e -> {
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(e.part()).isEqualTo(java.util.Optional.ofNullable(part));
                    assertThat(e.index()).isEqualTo(index);
                });
    }

    @Test
    void an_rrule_error_is_located_in_its_line() {
        assertThatThrownBy(() -> RecurrenceSet.parse("DTSTART:19970902T090000\r\nRRULE:FREQ=MONTHLY;BYDAY=2XX\r\n"))
                .isInstanceOfSatisfying(SecunityParseException.class, e -> {
                    assertThat(e.input()).isEqualTo("RRULE:FREQ=MONTHLY;BYDAY=2XX");
                    assertThat(e.input().substring(e.index())).isEqualTo("2XX");
                    assertThat(e.getCause()).isInstanceOf(SecunityParseException.class);
                });
    }

    @Test
    void text_beyond_the_bounds_is_refused_before_it_is_read() {
        String start = "DTSTART:19970902T090000\n";
        assertThatThrownBy(() -> RecurrenceSet.parse(start + "X".repeat(RecurrenceSet.MAX_TEXT_LENGTH)))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageStartingWith("the recurrence text is longer than 100000 characters (100024)");
        assertThatThrownBy(() -> RecurrenceSet.parse(start + "RRULE:FREQ=DAILY\n".repeat(RecurrenceSet.MAX_RULES + 1)))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageStartingWith("line 66: more than 64 RRULE lines");
        assertThatThrownBy(() -> RecurrenceSet.parse(start + "EXDATE:19970902T090000\n".repeat(RecurrenceSet.MAX_LINES)))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageStartingWith("line 1001: more than 1000 content lines");
        String values = "19970902,".repeat(RecurrenceSet.MAX_VALUES / 2);
        assertThatThrownBy(() -> RecurrenceSet.parse("DTSTART;VALUE=DATE:19970902\nRDATE;VALUE=DATE:" + values
                + "19970903\nEXDATE;VALUE=DATE:" + values))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageStartingWith("line 3: more than 10000 RDATE and EXDATE values in all");
    }

    @Test
    void the_text_of_a_parsed_set_is_canonical() {
        String text = "rdate:19970904T090000\r\nDTSTART:19970902T090000\r\nRRULE:FREQ=YEARLY;BYDAY=TU;COUNT=1\r\n"
                + "RDATE:19970909T090000\r\n";
        assertThat(RecurrenceSet.parse(text)).hasToString("DTSTART:19970902T090000\n"
                + "RRULE:FREQ=YEARLY;COUNT=1;BYDAY=TU\nRDATE:19970904T090000,19970909T090000");
    }
}
