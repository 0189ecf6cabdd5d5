package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.core.BilingualText;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.EventKind;
import org.secunity.core.PartialDate;
import org.secunity.core.Region;
import org.secunity.core.Schedule;
import org.secunity.core.ScheduledOccurrence;
import org.secunity.core.SourceDate;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * The iCalendar export, parsed back with ical4j (test scope): calendar properties, the Asia/Tokyo
 * time zone, events and their stable UIDs, expanded dates against the {@link Schedule}, holidays as
 * EXDATE and RDATE, TEXT escaping, CRLF line ends and folding.
 */
class ICalendarExportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T03:04:05.678Z"), ZoneOffset.UTC);
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final ICalendarExport EXPORT = ICalendarExport.create().withClock(CLOCK);

    static Community seed(String id) {
        return SeedCatalog.load().community(CommunityId.of(id)).orElseThrow();
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot parse:\n" + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String property(net.fortuna.ical4j.model.PropertyListAccessor component, String name) {
        return component.<Property>getProperty(name).map(Property::getValue).orElseThrow(
                () -> new AssertionError("no " + name + " in " + component));
    }

    /** The start dates of a VEVENT's recurrence set within [from, to), as ical4j expands it. */
    static Set<LocalDate> expandedDates(VEvent event, LocalDate from, LocalDate to) {
        DtStart<Temporal> start = event.<Temporal>getDateTimeStart();
        Period<Temporal> window = start.getDate() instanceof LocalDate
                ? new Period<>(from, to)
                : new Period<>(from.atStartOfDay(ZoneId.of("Asia/Tokyo")), to.atStartOfDay(ZoneId.of("Asia/Tokyo")));
        Set<Period<Temporal>> set = event.calculateRecurrenceSet(window);
        return set.stream().map(p -> p.getStart() instanceof LocalDate d ? d
                        : ((ZonedDateTime) p.getStart()).toLocalDate())
                .filter(d -> !d.isBefore(from) && d.isBefore(to))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<LocalDate> scheduleDates(Community community, int eventIndex, HolidayPolicy policy, LocalDate to) {
        Schedule schedule = policy == null ? Schedule.of(community) : Schedule.of(community).withHolidayPolicy(policy);
        return schedule.from(FROM).takeWhile(o -> o.date().isBefore(to))
                .filter(o -> o.eventIndex() == eventIndex && !o.isSkipped())
                .map(ScheduledOccurrence::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void the_calendar_has_prodid_version_calscale_and_a_tokyo_time_zone_without_daylight_saving() {
        Calendar calendar = parse(EXPORT.write(seed("sokansai-lt"), FROM));
        assertThat(property(calendar, Property.PRODID)).isEqualTo(ICalendarExport.PRODID);
        assertThat(property(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(property(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(calendar.getProperty(Property.METHOD)).as("no iTIP METHOD, which would need ORGANIZER").isEmpty();
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(property(zone, Property.TZID)).isEqualTo("Asia/Tokyo");
        assertThat(zone.getObservances()).hasSize(1);
        assertThat(zone.getObservances().get(0).getName()).isEqualTo("STANDARD");
        assertThat(property(zone.getObservances().get(0), Property.TZOFFSETTO)).isEqualTo("+0900");
        assertThat(property(zone.getObservances().get(0), Property.TZOFFSETFROM)).isEqualTo("+0900");
    }

    @Test
    void one_vevent_per_event_with_a_fixed_cadence_with_the_catalogs_rrule() {
        List<VEvent> events = events(parse(EXPORT.write(seed("sokansai-lt"), FROM)));
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> property(e, Property.RRULE))
                .containsExactly("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE", "FREQ=YEARLY;BYMONTH=7;BYDAY=2SA");
        assertThat(events).extracting(e -> property(e, Property.SUMMARY))
                .containsExactly("総関西サイバーセキュリティLT大会", "アルティメットサイバーセキュリティクイズ");
        assertThat(property(events.get(0), Property.DESCRIPTION)).isEqualTo("偶数月の第2水曜日の晩\n"
                + seed("sokansai-lt").events().get(0).description().orElseThrow().ja());
        assertThat(property(events.get(0), Property.CATEGORIES)).isEqualTo("LIGHTNING_TALKS");
    }

    @Test
    void events_without_fixed_dates_are_left_out() {
        assertThat(events(parse(EXPORT.write(seed("haisl"), FROM)))).isEmpty();
    }

    @Test
    void dtstart_is_the_first_occurrence_on_or_after_the_start_date_at_the_cadences_time_or_all_day() {
        String ics = EXPORT.write(seed("sokansai-lt"), FROM);
        List<VEvent> events = events(parse(ics));
        ZonedDateTime lt = (ZonedDateTime) events.get(0).getDateTimeStart().getDate();
        assertThat(lt.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 2, 11, 19, 0));
        assertThat(lt.getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(events.get(1).getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(ics).contains("\r\nDTSTART;TZID=Asia/Tokyo:20260211T190000\r\n",
                "\r\nDTSTART;VALUE=DATE:20260711\r\n");
        assertThat(ics.substring(ics.indexOf("BEGIN:VEVENT"), ics.indexOf("END:VEVENT"))).doesNotContain("DTEND");
    }

    @Test
    void an_event_with_a_start_time_starts_then_in_asia_tokyo() {
        Community c = community(Event.builder().kind(EventKind.CLASS).title(BilingualText.of("教室", "Class"))
                .startTime(LocalTime.of(16, 30)).endTime(LocalTime.of(18, 0))
                .cadence(EventCadence.builder().text(BilingualText.of("毎週月曜日", "Every Monday"))
                        .rrule("FREQ=WEEKLY;BYDAY=MO").build())
                .build());
        String ics = EXPORT.write(c, FROM);
        assertThat(ics).contains("\r\nDTSTART;TZID=Asia/Tokyo:20260105T163000\r\n",
                "\r\nDTEND;TZID=Asia/Tokyo:20260105T180000\r\n");
        VEvent event = events(parse(ics)).get(0);
        ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
        assertThat(start.toOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 1, 5, 16, 30));
    }

    @Test
    void uid_is_stable_and_dtstamp_comes_from_the_clock_in_utc() {
        Community lt = seed("sokansai-lt");
        List<VEvent> a = events(parse(EXPORT.write(lt, FROM)));
        List<VEvent> b = events(parse(ICalendarExport.create()
                .withClock(Clock.fixed(Instant.parse("2030-05-05T00:00:00Z"), ZoneOffset.UTC))
                .withHolidayPolicy(HolidayPolicy.SKIP).withLanguage(Locale.ENGLISH).write(lt, LocalDate.of(2027, 3, 1))));
        assertThat(a).extracting(e -> property(e, Property.UID))
                .containsExactlyElementsOf(b.stream().map(e -> property(e, Property.UID)).toList());
        assertThat(property(a.get(0), Property.UID)).matches("sokansai-lt-e0-[0-9a-f]{8}@secunity\\.org")
                .isEqualTo(EXPORT.uid(lt, 0));
        assertThat(property(a.get(1), Property.UID)).startsWith("sokansai-lt-e1-");
        assertThat(property(a.get(0), Property.DTSTAMP)).isEqualTo("20260101T030405Z");
        assertThat(property(b.get(0), Property.DTSTAMP)).isEqualTo("20300505T000000Z");
        assertThat(EXPORT.withUidDomain("example.org").uid(lt, 0)).endsWith("@example.org");
    }

    @Test
    void without_a_policy_the_expanded_dates_are_the_schedules() {
        Community lt = seed("sokansai-lt");
        VEvent event = events(parse(EXPORT.write(lt, FROM))).get(0);
        LocalDate to = LocalDate.of(2028, 1, 1);
        assertThat(expandedDates(event, FROM, to)).isEqualTo(scheduleDates(lt, 0, null, to)).hasSize(12)
                .contains(LocalDate.of(2026, 2, 11));
    }

    @Test
    void skip_excludes_holidays_within_the_horizon_as_exdate() {
        Community kagoshima = seed("kagoshima-council");
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).write(kagoshima, FROM);
        VEvent event = events(parse(ics)).get(0);
        LocalDate to = LocalDate.of(2028, 1, 1);
        Set<LocalDate> expanded = expandedDates(event, FROM, to);
        assertThat(expanded).doesNotContain(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 7, 20),
                LocalDate.of(2027, 1, 11)).contains(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 7, 27));
        assertThat(expanded).isEqualTo(scheduleDates(kagoshima, 1, HolidayPolicy.SKIP, to));
        assertThat(ics).contains("\r\nEXDATE;VALUE=DATE:20260112\r\n");
        assertThat(property(event, Property.DESCRIPTION))
                .startsWith("毎週月曜日\n")
                .endsWith("\n祝日に当たる回は休み(2026-01-01から2027-12-31までの分を反映)");
    }

    @Test
    void beyond_the_horizon_holidays_are_not_excluded() {
        VEvent event = events(parse(EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).withHorizonYears(1)
                .write(seed("kagoshima-council"), FROM))).get(0);
        Set<LocalDate> expanded = expandedDates(event, FROM, LocalDate.of(2028, 1, 1));
        assertThat(expanded).doesNotContain(LocalDate.of(2026, 1, 12)).contains(LocalDate.of(2027, 1, 11));
    }

    @Test
    void next_business_day_writes_exdate_for_the_holiday_and_rdate_for_the_day_after() {
        Community lt = seed("sokansai-lt");
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY).write(lt, FROM);
        assertThat(ics).contains("\r\nEXDATE;TZID=Asia/Tokyo:20260211T190000\r\n",
                "\r\nRDATE;TZID=Asia/Tokyo:20260212T190000\r\n");
        VEvent event = events(parse(ics)).get(0);
        LocalDate to = LocalDate.of(2028, 1, 1);
        assertThat(expandedDates(event, FROM, to)).contains(LocalDate.of(2026, 2, 12))
                .doesNotContain(LocalDate.of(2026, 2, 11))
                .isEqualTo(scheduleDates(lt, 0, HolidayPolicy.NEXT_BUSINESS_DAY, to));
    }

    @Test
    void a_saturday_event_gets_no_exdate_for_being_on_a_saturday() {
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).write(seed("sokansai-lt"), FROM);
        String quiz = ics.substring(ics.lastIndexOf("BEGIN:VEVENT"));
        assertThat(quiz).doesNotContain("EXDATE");
    }

    @Test
    void a_dated_event_with_a_full_date_is_a_vevent_at_its_times_with_its_venue() {
        String ics = EXPORT.write(seed("iwate-seminar"), FROM);
        VEvent event = events(parse(ics)).get(0);
        assertThat(ics).contains("\r\nDTSTART;TZID=Asia/Tokyo:20191023T133000\r\n",
                "\r\nDTEND;TZID=Asia/Tokyo:20191023T171000\r\n");
        assertThat(property(event, Property.LOCATION)).isEqualTo("岩手県滝沢市IPU第2イノベーションセンター");
        assertThat(property(event, Property.UID)).matches("iwate-seminar-e0-d0-[0-9a-f]{8}@secunity\\.org");
        assertThat(event.getProperty(Property.RRULE)).isEmpty();
    }

    @Test
    void dates_known_only_to_the_month_are_not_exported_and_dated_events_can_be_left_out() {
        assertThat(events(parse(EXPORT.write(seed("haisl"), FROM)))).isEmpty();
        assertThat(events(parse(EXPORT.withOneOffEvents(false).write(seed("iwate-seminar"), FROM)))).isEmpty();
    }

    @Test
    void a_span_of_full_dates_is_an_all_day_event_with_an_exclusive_end() {
        Community c = community(Event.builder().kind(EventKind.SEMINAR).title(BilingualText.of("合宿", "Camp"))
                .addDates(SourceDate.builder().date(PartialDate.parse("2026-08-01"))
                        .until(PartialDate.parse("2026-08-03")).build())
                .build());
        String ics = EXPORT.write(c, FROM);
        assertThat(ics).contains("\r\nDTSTART;VALUE=DATE:20260801\r\n", "\r\nDTEND;VALUE=DATE:20260804\r\n");
        parse(ics);
    }

    @Test
    void english_text_on_request() {
        String ics = EXPORT.withLanguage(Locale.US).write(seed("sokansai-lt"), FROM);
        VEvent event = events(parse(ics)).get(0);
        assertThat(property(event, Property.SUMMARY)).isEqualTo(seed("sokansai-lt").events().get(0).title().en());
        assertThat(ics).contains("SUMMARY;LANGUAGE=en:");
    }

    @Test
    void text_is_escaped_and_reads_back_through_ical4j() {
        String title = "Backslash \\ semicolon ; comma , and\nnew line 日本語, 「括弧」; 😀";
        Community c = community(Event.builder().kind(EventKind.SEMINAR).title(BilingualText.of(title, "x"))
                .venue(BilingualText.of("大阪市北区梅田1-1, 3F; 会議室\\A", "x"))
                .addDates(SourceDate.of(PartialDate.parse("2026-05-01"))).build());
        String ics = EXPORT.write(c, FROM);
        assertThat(ics).contains("Backslash \\\\ semicolon \\; comma \\, and\\nnew line");
        VEvent event = events(parse(ics)).get(0);
        assertThat(property(event, Property.SUMMARY)).isEqualTo(title);
        assertThat(property(event, Property.LOCATION)).isEqualTo("大阪市北区梅田1-1, 3F; 会議室\\A");
    }

    @Test
    void every_line_ends_with_crlf_and_is_at_most_75_octets() {
        Community c = community(Event.builder().kind(EventKind.SEMINAR)
                .title(BilingualText.of("とても長い題名".repeat(20), "x"))
                .addDates(SourceDate.of(PartialDate.parse("2026-05-01"))).build());
        for (String ics : List.of(EXPORT.write(c, FROM), EXPORT.write(seed("kansai-sec-net"), FROM),
                EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).write(seed("kagoshima-council"), FROM))) {
            assertThat(ics).endsWith("END:VCALENDAR\r\n");
            assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
            for (String line : ics.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            }
        }
        assertThat(property(events(parse(EXPORT.write(c, FROM))).get(0), Property.SUMMARY))
                .isEqualTo("とても長い題名".repeat(20));
    }

    @Test
    void a_calendar_is_written_to_a_file_in_utf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lt.ics");
        EXPORT.write(seed("sokansai-lt"), FROM, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(EXPORT.write(seed("sokansai-lt"), FROM));
    }

    @Test
    void a_policy_after_2099_is_rejected_naming_the_calendar_years() {
        assertThatThrownBy(() -> EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).write(seed("sokansai-lt"),
                LocalDate.of(2100, 1, 1)))
                .isInstanceOf(SecunityException.class)
                .hasMessage("cannot apply a holiday policy from 2100-01-01: the holiday calendar of Japan covers 1955 to 2099");
    }

    @Test
    void a_horizon_out_of_range_is_rejected() {
        assertThatThrownBy(() -> EXPORT.withHorizonYears(0)).isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("horizonYears").hasMessageContaining("must be 1 to 50 years, but was 0");
    }

    @Test
    void a_uid_domain_that_is_not_a_domain_is_rejected() {
        assertThatThrownBy(() -> EXPORT.withUidDomain("a b@c")).isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("uidDomain").hasMessageContaining("not a domain name: \"a b@c\"");
    }

    static Community community(Event... events) {
        return Community.builder().id(CommunityId.of("test-ics")).name(BilingualText.of("テスト", "Test"))
                .region(Region.KINKI).addEvents(events).build();
    }
}
