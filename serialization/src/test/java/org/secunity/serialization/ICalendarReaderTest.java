package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.core.Community;
import org.secunity.core.Schedule;
import org.secunity.core.ScheduledOccurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceSet;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * {@link ICalendarReader} on files in the shapes Google Calendar, Outlook, Apple Calendar and
 * Thunderbird export (fixtures written by hand from the published formats), and on the SDK's own
 * exports read back.
 */
class ICalendarReaderTest {

    static final ICalendarReader READER = ICalendarReader.create();
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static String fixture(String name) {
        try (InputStream in = ICalendarReaderTest.class.getResourceAsStream("icalendar/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The first occurrences of an event, as objects (the set's type is a wildcard). */
    static List<Object> take(ICalendarEvent event, int n) {
        return List.copyOf(event.recurrence().take(n));
    }

    static ZonedDateTime tokyo(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), TOKYO);
    }

    @Test
    void google_an_override_moves_its_instance_and_text_is_unescaped() {
        List<ICalendarEvent> events = READER.read(fixture("google.ics"));
        assertThat(events).extracting(e -> e.summary().orElseThrow())
                .containsExactly("Kansai LT", "Standup", "昭和の日");
        ICalendarEvent lt = events.get(0);
        assertThat(lt.uid()).contains("7kukuqrfedlm2f9t0vr22ocb5s@google.com");
        assertThat(lt.location()).contains("Osaka, Japan");
        assertThat(lt.description()).contains("Talks and lightning talks, then drinks; bring a laptop.\n"
                + "Second line of the description.");
        assertThat(lt.start()).isEqualTo(tokyo("2026-01-14T19:00"));
        assertThat(lt.end()).contains(tokyo("2026-01-14T20:30"));
        // 2 Feb moved to the 12th by the override, 11 March excluded; second Wednesdays otherwise
        assertThat(take(lt, 5)).containsExactly(tokyo("2026-01-14T19:00"), tokyo("2026-02-12T19:00"),
                tokyo("2026-04-08T19:00"), tokyo("2026-05-13T19:00"), tokyo("2026-06-10T19:00"));
        assertThat(lt.overrides()).singleElement().satisfies(o -> {
            assertThat(o.recurrenceId()).contains(tokyo("2026-02-11T19:00"));
            assertThat(o.summary()).contains("Kansai LT (moved: 建国記念の日)");
        });
        // UNTIL 2026-01-25T14:59:59Z is 23:59:59 in Tokyo: the Mondays 5, 12 and 19 January
        assertThat(take(events.get(1), 10)).containsExactly(tokyo("2026-01-05T09:00"),
                tokyo("2026-01-12T09:00"), tokyo("2026-01-19T09:00"));
        assertThat(events.get(2).start()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(events.get(2).end()).contains(LocalDate.of(2026, 4, 30));
        assertThat(take(events.get(2), 2)).containsExactly(LocalDate.of(2026, 4, 29),
                LocalDate.of(2027, 4, 29));
    }

    @Test
    void outlook_windows_zone_names_are_mapped_with_the_cldr_table() {
        List<ICalendarEvent> events = READER.read(fixture("outlook.ics"));
        assertThat(events).hasSize(2);
        ICalendarEvent weekly = events.get(0);
        assertThat(weekly.summary()).contains("週次定例");
        assertThat(weekly.description()).contains("週次の定例会議です。\n議題は前日までに共有してください。\n");
        assertThat(weekly.uid()).hasValueSatisfying(u -> assertThat(u).startsWith("040000008200E000").endsWith("6F01"));
        // Mondays 09:30 in Tokyo to 30 March (UNTIL 00:30Z), without 12 and 19 January: 11 dates
        List<Object> dates = take(weekly, 20);
        assertThat(dates).hasSize(11).startsWith(tokyo("2026-01-05T09:30"), tokyo("2026-01-26T09:30"))
                .endsWith(tokyo("2026-03-30T09:30"));
        // Eastern Standard Time is America/New_York: 10:00 stays 10:00 across the change of 8 March
        ICalendarEvent ny = events.get(1);
        assertThat(take(ny, 5)).extracting(t -> ((ZonedDateTime) t).toInstant().toString())
                .containsExactly("2026-03-06T15:00:00Z", "2026-03-13T14:00:00Z", "2026-03-20T14:00:00Z");
    }

    @Test
    void apple_quoted_parameters_with_colons_all_day_counts_and_fortnightly_rules() {
        List<ICalendarEvent> events = READER.read(fixture("apple.ics"));
        assertThat(events).hasSize(2);
        assertThat(take(events.get(0), 5)).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
        ICalendarEvent study = events.get(1);
        assertThat(study.location()).contains("Tokyo Station\n1-9-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan");
        assertThat(take(study, 10)).containsExactly(tokyo("2026-01-06T19:00"), tokyo("2026-01-08T19:00"),
                tokyo("2026-01-20T19:00"), tokyo("2026-01-22T19:00"), tokyo("2026-02-03T19:00"),
                tokyo("2026-02-05T19:00"));
    }

    @Test
    void thunderbird_lf_lines_utc_exdates_durations_and_path_prefixed_tzids() {
        List<ICalendarEvent> events = READER.read(fixture("thunderbird.ics"));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ICalendarEvent choir = events.get(0);
        assertThat(choir.end()).contains(ZonedDateTime.of(LocalDateTime.parse("2026-03-04T21:00"), berlin));
        // EXDATE 2026-04-01T17:00Z is 19:00 CEST, summer time having begun on 29 March
        assertThat(take(choir, 5)).extracting(t -> ((ZonedDateTime) t).toLocalDateTime().toString())
                .containsExactly("2026-03-04T19:00", "2026-03-11T19:00", "2026-03-18T19:00", "2026-03-25T19:00",
                        "2026-04-08T19:00");
        assertThat(events.get(1).start()).isEqualTo(tokyo("2026-01-10T10:00"));
        assertThat(take(events.get(1), 5)).containsExactly(tokyo("2026-01-10T10:00"));
    }

    @Test
    void several_calendars_in_one_file_are_all_read() {
        String two = fixture("apple.ics") + fixture("google.ics");
        assertThat(READER.read(two)).hasSize(5);
    }

    @Test
    void every_windows_name_of_the_table_maps_to_a_zone_the_jdk_knows() {
        assertThat(WindowsZones.table()).hasSizeGreaterThan(130).containsEntry("tokyo standard time", "Asia/Tokyo");
        WindowsZones.table().values().forEach(id -> assertThat(ZoneId.of(id)).isNotNull());
        assertThat(WindowsZones.resolve("W. Europe Standard Time")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(WindowsZones.resolve("Mars Standard Time")).isNull();
    }

    @Test
    void a_community_export_read_back_has_the_schedules_dates() {
        Community lt = SeedCatalog.load().community("sokansai-lt").orElseThrow();
        LocalDate from = LocalDate.of(2026, 1, 1);
        String ics = ICalendarExport.create().withClock(ICalendarExportTest.CLOCK)
                .withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY).write(lt, from);
        List<ICalendarEvent> events = READER.read(ics);
        List<ScheduledOccurrence> schedule = Schedule.of(lt).withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY)
                .from(from).takeWhile(o -> o.date().isBefore(LocalDate.of(2027, 12, 31)))
                .filter(o -> !o.isSkipped()).toList();
        for (int i = 0; i < 2; i++) {
            int index = i;
            List<LocalDate> expected = schedule.stream().filter(o -> o.eventIndex() == index)
                    .map(ScheduledOccurrence::date).toList();
            List<LocalDate> read = events.get(i).recurrence().stream()
                    .map(t -> t instanceof LocalDate d ? d : ((ZonedDateTime) t).toLocalDate())
                    .takeWhile(d -> d.isBefore(LocalDate.of(2027, 12, 31))).toList();
            assertThat(read).as("event %d", i).isNotEmpty().containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_recurrence_export_read_back_has_the_same_occurrences() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.parse("2026-03-02T09:00"), ZoneId.of("America/New_York"));
        RecurrenceSet<ZonedDateTime> set = RecurrenceSet.builder(start)
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=30"))
                .date(start.plusDays(1)).exclude(start.plusDays(7)).build();
        ICalendarEvent read = READER.read(RecurrenceExport.of("x").write(set)).get(0);
        assertThat(take(read, 100)).containsExactlyElementsOf(List.copyOf(set.take(100)));
        RecurrenceSet<LocalDate> dates = RecurrenceSet.builder(LocalDate.of(2026, 3, 1))
                .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=15;COUNT=20")).build();
        assertThat(take(READER.read(RecurrenceExport.of("y").write(dates)).get(0), 100))
                .containsExactlyElementsOf(List.copyOf(dates.take(100)));
    }
}
