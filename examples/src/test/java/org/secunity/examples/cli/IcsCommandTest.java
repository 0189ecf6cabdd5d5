package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code secunity ics}: one recurrence as a valid iCalendar file; bad options are exit 2. */
class IcsCommandTest {

    @Test
    void a_cadence_with_holidays_is_a_valid_calendar_from_its_first_date() {
        AppRunner.Result result = AppRunner.run("ics", "--dtstart", "2026-01-01", "--cadence", "偶数月の第2水曜日の晩",
                "--summary", "LT, Kansai", "--holidays", "JP", "--holiday-policy", "NEXT_BUSINESS_DAY");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\r\nDTSTART:20260211T190000\r\n", "\r\nEXDATE:20260211T190000\r\n",
                "\r\nRDATE:20260212T190000\r\n", "\r\nSUMMARY:LT\\, Kansai\r\n",
                "\r\nDTSTAMP:20260105T030000Z\r\n");
        IcsValidity.assertValid(result.out());
    }

    @Test
    void a_zoned_rrule_gets_its_time_zone_and_goes_to_a_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("weekly.ics");
        AppRunner.Result result = AppRunner.run("ics", "--dtstart", "2026-03-02T09:00", "--zone", "Europe/Berlin",
                "--rrule", "FREQ=WEEKLY;COUNT=5", "--summary", "Standup", "-o", file.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ics).contains("\r\nTZID:Europe/Berlin\r\n", "\r\nDTSTART;TZID=Europe/Berlin:20260302T090000\r\n",
                "\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\n");
        IcsValidity.assertValid(ics);
    }

    @Test
    void an_open_point_is_written_out() {
        AppRunner.Result result = AppRunner.run("ics", "--dtstart", "2026-03-01", "--rrule", "FREQ=YEARLY;BYMONTHDAY=15",
                "--summary", "Mid-month");
        assertThat(result.out()).contains("RRULE:FREQ=YEARLY;BYMONTHDAY=15;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12");
        IcsValidity.assertValid(result.out());
    }

    @Test
    void a_recurrence_text_keeps_its_exdate_and_zone() {
        AppRunner.Result result = AppRunner.run("ics", "--recurrence",
                "DTSTART;TZID=Asia/Tokyo:20260114T190000\\nRRULE:FREQ=MONTHLY;BYDAY=2WE;COUNT=4\nEXDATE;TZID=Asia/Tokyo:20260211T190000",
                "--summary", "LT");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\r\nDTSTART;TZID=Asia/Tokyo:20260114T190000\r\n",
                "\r\nRRULE:FREQ=MONTHLY;COUNT=4;BYDAY=2WE\r\n", "\r\nEXDATE;TZID=Asia/Tokyo:20260211T190000\r\n");
        IcsValidity.assertValid(result.out());
    }

    @Test
    void bad_options_are_one_line_and_exit_2() {
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--rrule", "FREQ=DAILY", "--cadence", "毎週月曜日",
                "--summary", "x").assertBadInput().contains("give one of");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--recurrence", "DTSTART:20260101T090000\\nRRULE:FREQ=DAILY",
                "--summary", "x").assertBadInput().contains("leave out --dtstart");
        AppRunner.run("ics", "--recurrence", "DTSTART:20260101T090000\\nRRULE:FREQ=DAILY;BYDAY=XX", "--summary", "x")
                .assertBadInput().contains("line 2");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--summary", "x").assertBadInput()
                .isEqualTo("secunity ics: give one of --rrule R, --cadence PHRASE or --recurrence TEXT");
        AppRunner.run("ics", "--rrule", "FREQ=DAILY", "--summary", "x").assertBadInput()
                .isEqualTo("secunity ics: missing --dtstart D (see 'secunity ics --help')");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--rrule", "FREQ=DAILY").assertBadInput()
                .isEqualTo("secunity ics: missing --summary S (see 'secunity ics --help')");
        AppRunner.run("ics", "--dtstart", "01/01/2026", "--rrule", "FREQ=DAILY", "--summary", "x").assertBadInput()
                .contains("--dtstart: '01/01/2026' is not a date");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--zone", "Asia/Tokyo", "--rrule", "FREQ=DAILY",
                "--summary", "x").assertBadInput().contains("--zone needs a date-time --dtstart");
        AppRunner.run("ics", "--dtstart", "2026-01-01T09:00", "--zone", "Mars/Olympus", "--rrule", "FREQ=DAILY",
                "--summary", "x").assertBadInput().contains("unknown time zone 'Mars/Olympus'");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--rrule", "FREQ=DAILY;BYDAY=XX", "--summary", "x")
                .assertBadInput().contains("BYDAY");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--cadence", "年2回程度", "--summary", "x")
                .assertBadInput().contains("no fixed dates");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--rrule", "FREQ=DAILY", "--summary", " ")
                .assertBadInput().contains("summary");
        AppRunner.run("ics", "--dtstart", "2026-01-01", "--rrule", "FREQ=DAILY", "--summary", "x", "--holidays", "US")
                .assertBadInput().contains("unknown holiday calendar");
    }
}
