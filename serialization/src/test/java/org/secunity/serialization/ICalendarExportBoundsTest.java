package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.core.BilingualText;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.EventKind;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * The export's defects of issue 11: a fixed event whose first occurrence is after the holiday
 * horizon, the output bound of holiday adjustments, and start dates iCalendar cannot carry.
 */
class ICalendarExportBoundsTest {

    static final ICalendarExport EXPORT = ICalendarExport.create().withClock(ICalendarExportTest.CLOCK);

    static Community withRule(String rrule, LocalTime time) {
        Event.Builder event = Event.builder().kind(EventKind.SEMINAR).title(BilingualText.of("勉強会", "Study"))
                .cadence(EventCadence.builder().text(BilingualText.of("規則", "Rule")).rrule(rrule).build());
        if (time != null) {
            event.startTime(time);
        }
        return ICalendarExportTest.community(event.build());
    }

    static long count(String ics, String prefix) {
        return ics.lines().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void an_event_whose_first_occurrence_is_after_the_horizon_is_exported_without_adjustments() {
        Community leap = withRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", null);
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).write(leap, LocalDate.of(2029, 3, 1));
        assertThat(ics).contains("\r\nDTSTART;VALUE=DATE:20320229\r\n").doesNotContain("EXDATE", "RDATE");
        ICalendarValidityTest.assertValid(ics);
    }

    @Test
    void holiday_adjustments_are_bounded_per_event_and_the_description_says_where_they_stop() {
        // every hour: 24 occurrences a day, so the 20,000 occurrences end within the first three years
        Community hourly = withRule("FREQ=HOURLY", LocalTime.of(0, 0));
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).withHorizonYears(50).withLanguage(Locale.ENGLISH)
                .write(hourly, LocalDate.of(2026, 1, 1));
        long exdates = count(ics, "EXDATE");
        assertThat(exdates).isPositive().isLessThanOrEqualTo(HolidayLines.MAX_ADJUSTMENTS);
        // occurrence 20,001 is 20,000 hours = 833 days and 8 hours after 2026-01-01T00:00: 2028-04-13T08:00
        // (730 days to 2028-01-01, then 31 + 29 + 31 + 12); that day is cut whole, the last day adjusted is the 12th
        assertThat(ContentLinesUnfold.unfold(ics)).contains("(applied from 2026-01-01 to 2028-04-12 only: "
                + "at most 20000 occurrences and 1000 adjustments per event)");
        ICalendarValidityTest.assertValid(ics);
    }

    @Test
    void a_sub_daily_event_cut_on_its_first_day_says_nothing_was_applied() {
        Community secondly = withRule("FREQ=SECONDLY", LocalTime.of(9, 0));
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY).write(secondly, LocalDate.of(2026, 1, 1));
        assertThat(count(ics, "EXDATE")).isZero();
        assertThat(ContentLinesUnfold.unfold(ics)).contains("祝日に当たる回は翌営業日に振替(反映なし。");
        assertThat(ics.length()).isLessThan(10_000);
    }

    @Test
    void the_adjustment_bound_keeps_whole_days() {
        // every minute of 2026-01-01 (元日) and later: 1,440 adjustments on the first day exceed 1,000
        Community minutely = withRule("FREQ=MINUTELY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16", LocalTime.of(0, 0));
        String ics = EXPORT.withHolidayPolicy(HolidayPolicy.SKIP).write(minutely, LocalDate.of(2026, 1, 1));
        assertThat(count(ics, "EXDATE")).isZero();
    }

    @Test
    void a_start_date_outside_the_years_0000_to_9999_is_refused() {
        Community daily = withRule("FREQ=DAILY", null);
        for (LocalDate from : new LocalDate[] {LocalDate.of(10000, 1, 1), LocalDate.of(-1, 12, 31)}) {
            assertThatThrownBy(() -> EXPORT.write(daily, from)).isInstanceOf(SecunityException.class)
                    .hasMessage("cannot export from " + from + ": iCalendar dates carry the years 0000 to 9999 "
                            + "(RFC 5545, 3.3.4)");
        }
        assertThat(EXPORT.write(daily, LocalDate.of(9999, 12, 31))).contains("DTSTART;VALUE=DATE:99991231");
        assertThat(EXPORT.write(withRule("FREQ=MONTHLY", null), LocalDate.of(9999, 12, 31)))
                .contains("DTSTART;VALUE=DATE:99991231");
        assertThat(EXPORT.write(withRule("FREQ=YEARLY;BYMONTH=6", null), LocalDate.of(9999, 12, 31)))
                .doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void a_failed_write_is_the_librarys_exception_with_the_io_failure_as_cause(@TempDir Path dir) {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Community daily = withRule("FREQ=DAILY", null);
        assertThatThrownBy(() -> EXPORT.write(daily, LocalDate.of(2026, 1, 1), broken))
                .isInstanceOf(SecunityIOException.class).hasMessage("cannot write the calendar: disk full")
                .hasRootCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> EXPORT.write(daily, LocalDate.of(2026, 1, 1), dir.resolve("no/such/dir/x.ics")))
                .isInstanceOf(SecunityIOException.class).hasMessageStartingWith(dir.resolve("no").toString())
                .hasMessageContaining("cannot write the file");
    }

    /** Unfolds the export's lines. */
    static final class ContentLinesUnfold {
        static String unfold(String ics) {
            return org.secunity.serialization.internal.ContentLines.unfold(ics);
        }
    }
}
