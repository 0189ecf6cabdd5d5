package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;

/**
 * Bad and hostile .ics input: each is refused with one {@link SecunityDataException} naming the
 * line and what was wrong, quickly (the time bounds are generous for a busy test machine).
 */
class ICalendarReaderHostileTest {

    static String calendar(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + String.join("\r\n", eventLines)
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("unterminated", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260101T090000\r\n",
                        "line 2: BEGIN:VEVENT is not closed before the end of the file"),
                Arguments.of("mismatched END", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\n",
                        "line 3: END:VTODO does not close BEGIN:VEVENT of line 2"),
                Arguments.of("END without BEGIN", "END:VCALENDAR\r\n", "line 1: END:VCALENDAR without its BEGIN"),
                Arguments.of("not iCalendar", "hello\r\n", "line 1: not a content line"),
                Arguments.of("empty", "", "line 1: no BEGIN:VCALENDAR"),
                Arguments.of("outside", "SUMMARY:x\r\n", "line 1: SUMMARY outside a VCALENDAR"),
                Arguments.of("nested calendar", "BEGIN:VCALENDAR\r\nBEGIN:VCALENDAR\r\n",
                        "line 2: a VCALENDAR inside a VCALENDAR"),
                Arguments.of("bad date", calendar("DTSTART:2026013"), "line 4: DTSTART: \"2026013\" is not a DATE"),
                Arguments.of("bad month", calendar("DTSTART:20261301T090000"),
                        "line 4: DTSTART: \"20261301T090000\" is not a DATE or DATE-TIME"),
                Arguments.of("unknown zone", calendar("DTSTART;TZID=Mars/Olympus:20260101T090000"),
                        "line 4: DTSTART: unknown time zone \"Mars/Olympus\": neither a tzdb ID nor a Windows zone"),
                Arguments.of("no DTSTART", calendar("SUMMARY:x"), "line 3: a VEVENT without DTSTART"),
                Arguments.of("DTSTART twice", calendar("DTSTART:20260101", "DTSTART:20260102"),
                        "line 5: DTSTART given twice in the VEVENT of line 3"),
                Arguments.of("bad rule", calendar("DTSTART:20260101T090000", "RRULE:FREQ=DAILY;BYDAY=XX"),
                        "line 5: RRULE: "),
                Arguments.of("DATE exdate for date-time", calendar("DTSTART:20260101T090000", "EXDATE;VALUE=DATE:20260102"),
                        "line 5: EXDATE: a DATE value for an event whose DTSTART is a DATE-TIME"),
                Arguments.of("DTEND and DURATION", calendar("DTSTART:20260101T090000", "DTEND:20260101T100000",
                        "DURATION:PT1H"), "line 6: a VEVENT with both DTEND and DURATION"),
                Arguments.of("bad duration", calendar("DTSTART:20260101T090000", "DURATION:1 hour"),
                        "line 5: DURATION: \"1 HOUR\" is not a duration"),
                Arguments.of("THISANDFUTURE", calendar("DTSTART:20260101T090000", "UID:a",
                        "RECURRENCE-ID;RANGE=THISANDFUTURE:20260101T090000"),
                        "line 6: RECURRENCE-ID;RANGE=THISANDFUTURE is not supported"),
                Arguments.of("unclosed quote", calendar("DTSTART;TZID=\"Asia/Tokyo:20260101T090000"),
                        "line 4: DTSTART: no ':' before the value (an unclosed quote)"),
                Arguments.of("too many values", calendar("DTSTART;VALUE=DATE:20260101",
                        "RDATE;VALUE=DATE:" + "20260102,".repeat(1000) + "20260103"),
                        "line 5: RDATE: more than 1000 values"),
                Arguments.of("too deep", "BEGIN:VCALENDAR\r\n" + "BEGIN:X\r\n".repeat(8),
                        "line 9: components nested deeper than 8"),
                Arguments.of("over-long line", calendar("DTSTART:20260101", "SUMMARY:" + "x".repeat(100_000)),
                        "line 5: a content line longer than 100000 characters"),
                Arguments.of("over-long folded line", calendar("DTSTART:20260101",
                        "SUMMARY:x" + "\r\n y".repeat(100_000)), "line 5: a content line longer than 100000 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void bad_input_is_one_error_naming_the_line(String name, String text, String message) {
        // generous: the first zone lookup loads tzdb, and the test machine may be busy
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> ICalendarReader.create().read(text))
                        .isInstanceOf(SecunityDataException.class).hasMessageContaining(message)
                        .hasMessageNotContaining("\n"));
    }

    @Test
    void too_many_events_are_refused_at_the_first_one_past_the_bound() {
        String event = "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\n";
        String text = "BEGIN:VCALENDAR\r\n" + event.repeat(ICalendarReader.MAX_EVENTS + 1) + "END:VCALENDAR\r\n";
        int line = 2 + 3 * ICalendarReader.MAX_EVENTS;
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> ICalendarReader.create().read(text)).isInstanceOf(SecunityDataException.class)
                        .hasMessageContaining("line " + line + ": more than 10000 VEVENTs"));
    }

    @Test
    void too_many_rdate_and_exdate_values_in_one_event_are_refused() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            lines.append("RDATE;VALUE=DATE:").append("20260102,".repeat(999)).append("20260103\r\n");
        }
        String text = calendar("DTSTART;VALUE=DATE:20260101", lines.toString().strip());
        assertThatThrownBy(() -> ICalendarReader.create().read(text)).isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("line 15: more than 10000 RDATE and EXDATE values in one VEVENT");
    }

    @Test
    void a_file_longer_than_the_bound_is_refused_without_reading_it_all() {
        String text = "BEGIN:VCALENDAR\r\n" + ("X-PAD:" + "x".repeat(992) + "\r\n").repeat(10_001);
        // the time bound only shows that reading stops early; it is generous for a busy test machine
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> ICalendarReader.create().read(text)).isInstanceOf(SecunityDataException.class)
                        .hasMessageContaining("the file is longer than 10000000 characters"));
    }

    @Test
    void a_missing_file_is_the_librarys_exception(@TempDir Path dir) {
        assertThatThrownBy(() -> ICalendarReader.create().read(dir.resolve("none.ics")))
                .isInstanceOf(SecunityException.class).hasMessageEndingWith("none.ics: no such file");
    }

    @Test
    void a_cancelled_override_removes_its_instance_and_an_orphan_override_stands_alone() {
        String text = "BEGIN:VCALENDAR\r\n"
                + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID;VALUE=DATE:20260102\r\nDTSTART;VALUE=DATE:20260102\r\n"
                + "STATUS:CANCELLED\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:b\r\nRECURRENCE-ID;VALUE=DATE:20260105\r\nDTSTART;VALUE=DATE:20260106\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        var events = ICalendarReader.create().read(text);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).recurrence().take(5)).hasToString("[2026-01-01, 2026-01-03]");
        assertThat(events.get(1).recurrence().take(5)).hasToString("[2026-01-06]");
    }
}
