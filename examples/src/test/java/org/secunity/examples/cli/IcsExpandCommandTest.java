package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code secunity ics expand FILE}: each event's occurrences as a JSON line; exports read back. */
class IcsExpandCommandTest {

    static final String OUTLOOK = String.join("\r\n",
            "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:weekly-1", "SUMMARY;LANGUAGE=ja:週次定例",
            "DTSTART;TZID=\"Tokyo Standard Time\":20260105T093000",
            "RRULE:FREQ=WEEKLY;UNTIL=20260126T003000Z;BYDAY=MO", "EXDATE;TZID=\"Tokyo Standard Time\":20260112T093000",
            "END:VEVENT",
            "BEGIN:VEVENT", "UID:weekly-1", "RECURRENCE-ID;TZID=\"Tokyo Standard Time\":20260119T093000",
            "DTSTART;TZID=\"Tokyo Standard Time\":20260120T100000", "SUMMARY:moved", "END:VEVENT",
            "BEGIN:VEVENT", "UID:day-1", "SUMMARY:Holiday", "DTSTART;VALUE=DATE:20260429", "RRULE:FREQ=YEARLY",
            "END:VEVENT", "END:VCALENDAR", "");

    static List<JsonNode> lines(AppRunner.Result result) {
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.outLines()).as("one document").hasSize(1);
        JsonNode document = AppRunner.json(result.outLines().get(0));
        assertThat(document.fieldNames()).toIterable().containsExactly("events");
        List<JsonNode> out = new ArrayList<>();
        document.get("events").forEach(out::add);
        return out;
    }

    @Test
    void each_event_is_one_element_of_events_with_overrides_applied(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outlook.ics");
        Files.writeString(file, OUTLOOK, StandardCharsets.UTF_8);
        List<JsonNode> out = lines(AppRunner.run("ics", "expand", file.toString(), "--limit", "3"));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).toString()).isEqualTo("{\"uid\":\"weekly-1\",\"summary\":\"週次定例\",\"occurrences\":["
                + "\"2026-01-05T09:30:00+09:00\",\"2026-01-20T10:00:00+09:00\",\"2026-01-26T09:30:00+09:00\"]}");
        assertThat(out.get(1).toString()).isEqualTo("{\"uid\":\"day-1\",\"summary\":\"Holiday\",\"occurrences\":["
                + "\"2026-04-29\",\"2027-04-29\",\"2028-04-29\"]}");
        List<JsonNode> later = lines(AppRunner.run("ics", "expand", file.toString(), "--from", "2027-01-01",
                "--limit", "1"));
        assertThat(later.get(0).get("occurrences")).isEmpty();
        assertThat(later.get(1).get("occurrences").toString()).isEqualTo("[\"2027-04-29\"]");
    }

    @Test
    void an_export_read_back_gives_the_occurrences_expand_gives(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lt.ics");
        assertThat(AppRunner.run("ics", "--dtstart", "2026-01-01T19:00", "--zone", "Asia/Tokyo", "--rrule",
                "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE", "--summary", "LT", "-o", file.toString()).status())
                .isZero();
        List<JsonNode> read = lines(AppRunner.run("ics", "expand", file.toString(), "--limit", "12"));
        AppRunner.Result expand = AppRunner.runWithInput("{\"dtstart\":\"2026-01-01T19:00:00\",\"zone\":\"Asia/Tokyo\","
                + "\"rrule\":\"FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE\",\"limit\":12}\n", "expand", "--jsonl", "-");
        // the set holds DTSTART (1 January) as RFC 5545 says; expand gives the rule's own occurrences
        JsonNode occurrences = read.get(0).get("occurrences");
        assertThat(occurrences.get(0).asText()).isEqualTo("2026-01-01T19:00:00+09:00");
        List<String> fromFile = new ArrayList<>();
        occurrences.forEach(n -> fromFile.add(n.asText()));
        List<String> fromExpand = new ArrayList<>();
        AppRunner.json(expand.out()).get("occurrences").forEach(n -> fromExpand.add(n.asText()));
        assertThat(fromFile.subList(1, 12)).containsExactlyElementsOf(fromExpand.subList(0, 11));
    }

    @Test
    void a_bad_file_is_exit_2_with_the_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.ics");
        Files.writeString(file, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        AppRunner.run("ics", "expand", file.toString()).assertBadInput()
                .startsWith("secunity ics expand: " + file + ": line 3: DTSTART: \"2026\" is not a DATE or DATE-TIME");
        AppRunner.run("ics", "expand", dir.resolve("none.ics").toString()).assertBadInput().contains("no such file");
        AppRunner.run("ics", "expand", file.toString(), "--limit", "1001").assertBadInput()
                .contains("--limit must be from 0 to 1000");
    }
}
