package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleCommandTest {

    @Test
    void the_lightning_talks_and_the_quiz_merge_in_date_order() throws IOException {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "sokansai-lt", "--from", "2026-01-01",
                "--count", "5", "--format", "json");
        assertThat(result.status()).isZero();
        JsonNode root = result.json();
        assertThat(root.get("community").textValue()).isEqualTo("sokansai-lt");
        assertThat(root.get("from").textValue()).isEqualTo("2026-01-01");
        List<String> dates = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        root.get("dates").forEach(d -> {
            dates.add(d.get("date").textValue());
            kinds.add(d.get("kind").textValue());
        });
        assertThat(dates).containsExactly("2026-02-11", "2026-04-08", "2026-06-10", "2026-07-11", "2026-08-12");
        assertThat(kinds).containsExactly("LIGHTNING_TALKS", "LIGHTNING_TALKS", "LIGHTNING_TALKS", "QUIZ",
                "LIGHTNING_TALKS");
        assertThat(root.get("dates").get(0).get("cadence").get("rrule").textValue())
                .isEqualTo("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE");
        assertThat(root.get("dates").get(0).get("title").get("ja").textValue()).isNotBlank();
    }

    @Test
    void the_from_date_is_included_when_an_event_falls_on_it() throws IOException {
        JsonNode root = AppRunner.run("schedule", "--community", "kagoshima-council",
                "--from", "2026-01-05", "--count", "2", "--format", "json").json();
        assertThat(root.get("dates").get(0).get("date").textValue()).isEqualTo("2026-01-05");
        assertThat(root.get("dates").get(1).get("date").textValue()).isEqualTo("2026-01-12");
    }

    @Test
    void the_default_start_is_today_by_the_app_s_clock() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "kagoshima-council", "--lang", "en");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("the next 10 dates from 2026-01-05").contains("2026-01-05 (Mon)")
                .contains("Programming class");
    }

    @Test
    void text_lists_unscheduled_recurring_events_after_the_dates() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "haisl", "--lang", "en");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("No event with fixed dates.").contains("Recurring without fixed dates:")
                .contains("About twice a year");
    }

    @Test
    void text_is_japanese_with_lang_ja() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "sokansai-lt", "--from", "2026-01-01",
                "--lang", "ja", "--count", "1");
        assertThat(result.out()).contains("2026-02-11（水）").contains("偶数月の第2水曜日の晩");
    }

    @Test
    void an_unknown_community_is_exit_2_listing_the_communities() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "nobody");
        result.assertBadInput()
                .startsWith("secunity schedule: --community: unknown community \"nobody\"; the catalog has haisl");
    }

    @Test
    void a_count_out_of_range_is_exit_2() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "haisl", "--count", "0");
        result.assertBadInput().contains("--count must be from 1 to 1000, but was 0");
    }

    @Test
    void a_bad_date_is_exit_2_naming_the_option() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "haisl", "--from", "2026-02-30");
        result.assertBadInput().contains("--from").contains("2026-02-30");
    }

    @Test
    void a_missing_community_option_is_exit_2() {
        AppRunner.Result result = AppRunner.run("schedule");
        result.assertBadInput().contains("--community");
    }

    @Test
    void a_next_business_day_policy_moves_the_lightning_talks_off_national_foundation_day() throws IOException {
        JsonNode root = AppRunner.run("schedule", "--community", "sokansai-lt", "--from", "2026-01-01",
                "--count", "2", "--holidays", "JP", "--holiday-policy", "NEXT_BUSINESS_DAY", "--format", "json").json();
        JsonNode first = root.get("dates").get(0);
        assertThat(first.get("date").textValue()).isEqualTo("2026-02-12");
        assertThat(first.get("movedFrom").textValue()).isEqualTo("2026-02-11");
        assertThat(first.get("holiday").get("ja").textValue()).isEqualTo("建国記念の日");
        assertThat(root.get("dates").get(1).has("movedFrom")).isFalse();
    }

    @Test
    void a_skip_policy_lists_the_skipped_class_and_still_counts_the_ones_that_happen() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "kagoshima-council", "--from", "2026-01-01",
                "--count", "3", "--holidays", "jp", "--lang", "en");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("the next 3 dates from 2026-01-01")
                .contains("2026-01-12 (Mon)  Programming class (Every Monday)  (skipped: Coming of Age Day)")
                .contains("2026-01-19 (Mon)");
    }

    @Test
    void the_saturday_quiz_is_not_skipped_as_a_day_off() throws IOException {
        JsonNode root = AppRunner.run("schedule", "--community", "sokansai-lt", "--from", "2026-07-01",
                "--count", "1", "--holidays", "JP", "--format", "json").json();
        assertThat(root.get("dates").get(0).get("date").textValue()).isEqualTo("2026-07-11");
        assertThat(root.get("dates").get(0).has("skipped")).isFalse();
    }

    @Test
    void a_holiday_policy_without_holidays_is_exit_2() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "haisl", "--holiday-policy", "SKIP");
        result.assertBadInput()
                .isEqualTo("secunity schedule: --holiday-policy needs --holidays JP");
    }

    @Test
    void an_unknown_holiday_calendar_or_policy_is_exit_2() {
        AppRunner.Result calendar = AppRunner.run("schedule", "--community", "haisl", "--holidays", "US");
        calendar.assertBadInput().contains("\"US\"").contains("JP");
        AppRunner.Result policy = AppRunner.run("schedule", "--community", "haisl", "--holidays", "JP",
                "--holiday-policy", "LATER");
        policy.assertBadInput().contains("--holiday-policy")
                .contains("NEXT_BUSINESS_DAY");
    }

    @Test
    void dates_after_the_holiday_calendar_are_exit_2_with_the_covered_years() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "kagoshima-council", "--from", "2099-12-20",
                "--count", "5", "--holidays", "JP");
        result.assertBadInput().contains("2100");
    }

    @Test
    void ics_is_an_rfc_5545_calendar_with_the_rules_and_the_holiday_moves() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "sokansai-lt", "--from", "2026-01-01",
                "--ics", "--holidays", "JP", "--holiday-policy", "NEXT_BUSINESS_DAY", "--lang", "en");
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("RRULE:FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE\r\n")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=7;BYDAY=2SA\r\n")
                .contains("EXDATE;TZID=Asia/Tokyo:20260211T190000\r\n")
                .contains("RDATE;TZID=Asia/Tokyo:20260212T190000\r\n")
                .contains("DTSTAMP:20260105T030000Z\r\n")
                .contains("SUMMARY;LANGUAGE=en:All-Kansai Cybersecurity Lightning Talks");
    }

    @Test
    void ics_text_follows_the_language() {
        AppRunner.Result result = AppRunner.run("schedule", "--community", "kagoshima-council", "--ics", "--lang", "ja");
        assertThat(result.out()).contains("SUMMARY;LANGUAGE=ja:プログラミング教室").contains("RRULE:FREQ=WEEKLY;BYDAY=MO");
    }

    @Test
    void ics_goes_to_a_file_with_output() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("sokansai-lt", ".ics");
        try {
            AppRunner.Result result = AppRunner.run("schedule", "--community", "sokansai-lt", "--ics", "-o",
                    file.toString());
            assertThat(result.status()).isZero();
            assertThat(result.out()).isEmpty();
            assertThat(java.nio.file.Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void count_and_format_do_not_go_with_ics() {
        AppRunner.Result count = AppRunner.run("schedule", "--community", "sokansai-lt", "--ics", "--count", "3");
        count.assertBadInput().contains("--count does not apply to --ics");
        AppRunner.Result format = AppRunner.run("schedule", "--community", "sokansai-lt", "--ics", "--format", "json");
        format.assertBadInput().contains("--format does not apply to --ics");
    }
}
