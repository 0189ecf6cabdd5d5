package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceSet;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.internal.ContentLines;

/**
 * {@link RecurrenceExport}: valid calendars (ical4j's validator) whose dates, as ical4j expands
 * them, are the engine's; portable rules; zones; holidays; what cannot be exported.
 */
class RecurrenceExportTest {

    static final RecurrenceExport EXPORT = RecurrenceExport.of("Study group").withClock(ICalendarExportTest.CLOCK);

    static VEvent event(String ics) {
        ICalendarValidityTest.assertValid(ics);
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        } catch (IOException | ParserException e) {
            throw new AssertionError(ics, e);
        }
    }

    /** ical4j's expansion of the event within (from, to), sorted, as the start type (ical4j leaves out a start equal to from). */
    static <T extends Temporal & Comparable<? super T>> List<T> ical4j(VEvent event, T from, T to) {
        return event.<T>calculateRecurrenceSet(new Period<>(from, to)).stream().map(Period::getStart)
                .sorted().collect(Collectors.toList());
    }

    @Test
    void a_set_with_rule_dates_and_exclusions_reads_back_the_same_dates_in_ical4j() {
        RecurrenceSet<LocalDateTime> set = RecurrenceSet.builder(LocalDateTime.parse("2021-01-13T19:00"))
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
                .date(LocalDateTime.parse("2021-03-01T19:00"))
                .exclude(LocalDateTime.parse("2021-02-10T19:00"))
                .build();
        String ics = EXPORT.write(set);
        assertThat(ics).contains("\r\nDTSTART:20210113T190000\r\n", "\r\nRRULE:FREQ=MONTHLY;BYDAY=2WE\r\n",
                "\r\nRDATE:20210301T190000\r\n", "\r\nEXDATE:20210210T190000\r\n", "\r\nSUMMARY:Study group\r\n")
                .doesNotContain("METHOD", "VTIMEZONE");
        LocalDateTime to = LocalDateTime.parse("2022-01-01T00:00");
        assertThat(ical4j(event(ics), LocalDateTime.parse("2021-01-01T00:00"), to))
                .containsExactlyElementsOf(Recurrence.before(set, to).take(100))
                .startsWith(LocalDateTime.parse("2021-01-13T19:00"), LocalDateTime.parse("2021-03-01T19:00"),
                        LocalDateTime.parse("2021-03-10T19:00"));
    }

    @Test
    void an_open_point_is_written_out_so_that_ical4j_reads_the_engines_dates() {
        LocalDate start = LocalDate.parse("2026-03-01");
        RecurrenceSet<LocalDate> set = RecurrenceSet.builder(start)
                .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=15")).build();
        String ics = EXPORT.write(set);
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYMONTHDAY=15;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12");
        LocalDate to = LocalDate.parse("2027-01-01");
        // the engine expands every month: the start and the 15th of March to December
        List<LocalDate> dates = ical4j(event(ics), start.minusDays(1), to);
        assertThat(dates).containsExactlyElementsOf(Recurrence.before(set, to).take(20)).hasSize(11);
    }

    @Test
    void a_zoned_start_gets_a_vtimezone_and_keeps_its_wall_time_across_daylight_saving() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.parse("2026-03-02T09:00"), ZoneId.of("America/New_York"));
        RecurrenceSet<ZonedDateTime> set = RecurrenceSet.builder(start)
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4")).build();
        String ics = EXPORT.write(set);
        assertThat(ics).contains("\r\nTZID:America/New_York\r\n", "BEGIN:DAYLIGHT",
                "\r\nDTSTART;TZID=America/New_York:20260302T090000\r\n");
        List<ZonedDateTime> dates = ical4j(event(ics), start.minusDays(1), start.plusMonths(2));
        assertThat(dates).extracting(ZonedDateTime::toInstant)
                .containsExactlyElementsOf(set.take(10).stream().map(ZonedDateTime::toInstant).toList());
        // 8 March 2026 is the change to EDT: 09:00 stays 09:00, an hour earlier in UTC
        assertThat(dates.get(2).toInstant().toString()).isEqualTo("2026-03-16T13:00:00Z");
    }

    @Test
    void a_cadence_is_exported_from_its_first_date_with_holiday_adjustments() {
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY)
                .write(Cadence.parse("偶数月の第2水曜日の晩"), LocalDate.parse("2026-01-01"));
        assertThat(ics).contains("\r\nDTSTART:20260211T190000\r\n",
                "\r\nRRULE:FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,6,8,10,12\r\n",
                "\r\nEXDATE:20260211T190000\r\n", "\r\nRDATE:20260212T190000\r\n");
        assertThat(ContentLines.unfold(ics)).contains("next business day (applied from 2026-02-11 to 2028-02-10)");
        List<LocalDateTime> dates = ical4j(event(ics), LocalDateTime.parse("2026-01-01T00:00"),
                LocalDateTime.parse("2026-05-01T00:00"));
        assertThat(dates).containsExactly(LocalDateTime.parse("2026-02-12T19:00"),
                LocalDateTime.parse("2026-04-08T19:00"));
    }

    @Test
    void a_cadence_without_fixed_dates_is_refused() {
        assertThatThrownBy(() -> EXPORT.write(Cadence.parse("年2回程度"), LocalDate.parse("2026-01-01")))
                .isInstanceOf(SecunityException.class).hasMessageContaining("has no fixed dates to export");
    }

    @Test
    void a_rule_without_a_portable_spelling_is_written_as_dates_within_the_bound_or_refused() {
        LocalDate start = LocalDate.parse("2026-01-05");
        // ordinal BYDAY counts in the year without BYMONTH: no BYMONTH can be added
        RecurrenceSet<LocalDate> finite = RecurrenceSet.builder(start)
                .rule(RecurrenceRule.parse("FREQ=YEARLY;COUNT=3;BYMONTHDAY=5,6,7,8,9,10,11;BYDAY=1MO,2MO")).build();
        String ics = EXPORT.write(finite);
        assertThat(ics).doesNotContain("RRULE");
        assertThat(ical4j(event(ics), start.minusDays(1), LocalDate.parse("2030-01-01"))).containsExactlyElementsOf(finite.take(10));
        RecurrenceSet<LocalDate> endless = RecurrenceSet.builder(start)
                .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=5,6,7,8,9,10,11;BYDAY=1MO,2MO")).build();
        assertThatThrownBy(() -> EXPORT.write(endless)).isInstanceOf(SecunityException.class)
                .hasMessageContaining("nor as its dates: it has more than 1000");
    }

    @Test
    void a_recurrence_without_a_rule_is_written_as_dates_within_the_bound() {
        Recurrence<LocalDate> dates = Recurrence.ofDates(List.of(LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-04-01")));
        String ics = EXPORT.write(dates);
        assertThat(ics).contains("\r\nDTSTART;VALUE=DATE:20260401\r\n", "\r\nRDATE;VALUE=DATE:20260501\r\n");
        event(ics);
        Recurrence<LocalDate> endless = Recurrence.ofRule(RecurrenceRule.parse("FREQ=DAILY"), LocalDate.parse("2026-01-01"));
        assertThatThrownBy(() -> EXPORT.write(Recurrence.window(endless, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2030-01-01")))).isInstanceOf(SecunityException.class)
                .hasMessageContaining("at most 1000");
    }

    @Test
    void years_icalendar_cannot_carry_and_blank_summaries_are_refused() {
        RecurrenceSet<LocalDate> late = RecurrenceSet.builder(LocalDate.of(10000, 1, 1))
                .rule(RecurrenceRule.parse("FREQ=DAILY")).build();
        assertThatThrownBy(() -> EXPORT.write(late)).isInstanceOf(SecunityException.class)
                .hasMessageContaining("iCalendar dates carry the years 0000 to 9999");
        assertThatThrownBy(() -> RecurrenceExport.of(" ")).isInstanceOf(SecunityException.class);
    }

    @Test
    void the_uid_is_stable_for_the_same_export_and_differs_for_another() {
        RecurrenceSet<LocalDate> a = RecurrenceSet.builder(LocalDate.parse("2026-01-01"))
                .rule(RecurrenceRule.parse("FREQ=WEEKLY")).build();
        RecurrenceSet<LocalDate> b = RecurrenceSet.builder(LocalDate.parse("2026-01-02"))
                .rule(RecurrenceRule.parse("FREQ=WEEKLY")).build();
        String uid = event(EXPORT.write(a)).getUid().orElseThrow().getValue();
        assertThat(uid).matches("[0-9a-f]{16}@secunity\\.org");
        assertThat(event(EXPORT.write(a)).getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(event(EXPORT.write(b)).getUid().orElseThrow().getValue()).isNotEqualTo(uid);
        assertThat(EXPORT.withUid("x@example.org").write(a)).contains("\r\nUID:x@example.org\r\n");
    }
}
