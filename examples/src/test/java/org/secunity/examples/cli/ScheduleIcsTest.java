package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secunity.serialization.SeedCatalog;

/**
 * {@code schedule --ics}: every seed community's calendar, with and without holidays, passes
 * ical4j's validator; the export's defects of issue 11 (a rule whose first date is after the
 * holiday horizon, years iCalendar cannot carry).
 */
class ScheduleIcsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "SKIP", "NEXT_BUSINESS_DAY", "PREVIOUS_BUSINESS_DAY"})
    void every_seed_community_calendar_is_valid(String policy) {
        for (var c : SeedCatalog.load().communities()) {
            AppRunner.Result result = policy.isEmpty()
                    ? AppRunner.run("schedule", "--community", c.id().value(), "--ics", "--from", "2026-01-01")
                    : AppRunner.run("schedule", "--community", c.id().value(), "--ics", "--from", "2026-01-01",
                            "--holidays", "JP", "--holiday-policy", policy);
            assertThat(result.status()).as(result.err()).isZero();
            IcsValidity.assertValid(result.out());
        }
    }

    @Test
    void a_29_february_rule_after_the_holiday_horizon_is_exported(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("leap.json");
        String seed;
        try (var in = SeedCatalog.class.getResourceAsStream(
                "/org/secunity/serialization/catalog/secunity-practices-2021.json")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String leap = seed.replace("\"ja\": \"7月の第2土曜日\",\n              \"en\": \"The second Saturday of July\"\n"
                + "            },\n            \"rrule\": \"FREQ=YEARLY;BYMONTH=7;BYDAY=2SA\"",
                "\"ja\": \"毎年2月29日\",\n              \"en\": \"Every 29 February\"\n"
                + "            },\n            \"rrule\": \"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29\"");
        assertThat(leap).isNotEqualTo(seed);
        Files.writeString(catalog, leap);
        AppRunner.Result result = AppRunner.run("schedule", "--catalog", catalog.toString(), "--community",
                "sokansai-lt", "--ics", "--from", "2029-03-01", "--holidays", "JP");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("DTSTART;VALUE=DATE:20320229");
        IcsValidity.assertValid(result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-12-31"})
    void a_start_date_icalendar_cannot_carry_is_refused(String from) {
        // the app's date option reads yyyy-MM-dd only; ICalendarExport refuses such years for API callers
        AppRunner.run("schedule", "--community", "sokansai-lt", "--ics", "--from", from).assertBadInput()
                .contains("Invalid value for option '--from': '" + from + "' is not a date");
    }
}
