package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** The month and weekday distribution of a catalog's fixed-date events over a window (issue 15). */
class EventDistributionTest {

    private static final Community LT = ScheduleTest.community(ScheduleTest.SEMINAR, ScheduleTest.LT, ScheduleTest.QUIZ);
    private static final Community KIDS = Community.builder().id(CommunityId.of("kids")).name(BilingualText.of("子", "Kids"))
            .region(Region.KYUSHU).addEvents(ScheduleTest.CLASS).build();
    private static final Catalog CATALOG = Catalog.builder().addCommunities(LT, KIDS).build();
    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    @Test
    void months_and_weekdays_count_the_occurrences_that_happen() {
        EventDistribution d = CATALOG.eventDistribution(Y2026, Y2026.plusYears(1));
        // six lightning-talk meetups on second Wednesdays of even months, the July quiz, 52 Mondays
        assertThat(d.happening()).isEqualTo(59);
        assertThat(d.byWeekday()).containsEntry(DayOfWeek.WEDNESDAY, 6).containsEntry(DayOfWeek.SATURDAY, 1)
                .containsEntry(DayOfWeek.MONDAY, 52).containsEntry(DayOfWeek.SUNDAY, 0);
        assertThat(d.byCommunityAndMonth().get(LT.id())).containsEntry(Month.FEBRUARY, 1).containsEntry(Month.MARCH, 0)
                .containsEntry(Month.JULY, 1);
        assertThat(d.byMonth().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(59);
        assertThat(d.unplaced()).containsExactly(CatalogEvent.of(LT.id(), 0, ScheduleTest.SEMINAR));
    }

    @Test
    void a_holiday_policy_moves_or_skips_and_skipped_ones_are_listed_but_not_counted() {
        EventDistribution skipped = CATALOG.eventDistribution(Y2026, Y2026.plusYears(1), HolidayPolicy.SKIP);
        EventDistribution moved = CATALOG.eventDistribution(Y2026, Y2026.plusYears(1), HolidayPolicy.NEXT_BUSINESS_DAY);
        long skips = skipped.occurrences().stream().filter(ScheduledOccurrence::isSkipped).count();
        // 2026-02-11 (建国記念の日) is the second Wednesday of February; Mondays on holidays
        assertThat(skipped.occurrences()).anySatisfy(o -> {
            assertThat(o.date()).isEqualTo(LocalDate.of(2026, 2, 11));
            assertThat(o.isSkipped()).isTrue();
        });
        assertThat(skips).isPositive();
        assertThat(skipped.happening()).isEqualTo(59 - skips);
        assertThat(moved.happening()).isEqualTo(59);
        long mondayHolidays = skipped.occurrences().stream()
                .filter(o -> o.isSkipped() && o.date().getDayOfWeek() == DayOfWeek.MONDAY).count();
        assertThat(moved.byWeekday().get(DayOfWeek.MONDAY)).isEqualTo(52 - (int) mondayHolidays);
        assertThat(moved.occurrences()).filteredOn(ScheduledOccurrence::isMoved).hasSize((int) skips)
                .allSatisfy(o -> assertThat(o.holiday()).isPresent());
    }

    @Test
    void busiest_months_come_first_and_ties_keep_the_calendar_order() {
        Catalog onlyLt = Catalog.builder().addCommunities(LT).build();
        assertThat(onlyLt.eventDistribution(Y2026, Y2026.plusYears(1)).busiestMonths()).containsExactly(
                Month.FEBRUARY, Month.APRIL, Month.JUNE, Month.JULY, Month.AUGUST, Month.OCTOBER, Month.DECEMBER);
    }

    /** Oracle: the calendar's totals are the occurrences, by month and by weekday alike. */
    @Property(tries = 20)
    void every_happening_occurrence_is_counted_once_by_month_and_once_by_weekday(
            @ForAll @IntRange(min = 2007, max = 2097) int year, @ForAll @IntRange(min = 1, max = 40) int days) {
        LocalDate from = LocalDate.of(year, 1, 1).plusDays(days * 7L);
        EventDistribution d = CATALOG.eventDistribution(from, from.plusDays(days * 9L), HolidayPolicy.SKIP);
        int byMonth = d.byMonth().values().stream().mapToInt(Integer::intValue).sum();
        int byWeekday = d.byWeekday().values().stream().mapToInt(Integer::intValue).sum();
        int byCommunity = d.byCommunityAndMonth().values().stream()
                .flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        assertThat(byMonth).isEqualTo(d.happening()).isEqualTo(byWeekday).isEqualTo(byCommunity);
        assertThat(d.occurrences()).allSatisfy(o -> assertThat(o.date()).isBetween(from, from.plusDays(days * 9L - 1)));
        assertThat(d.occurrences()).isSorted();
    }

    @Test
    void a_year_window_without_a_policy_agrees_with_the_events_frequencies() {
        Year y = Year.of(2027);
        EventDistribution d = CATALOG.eventDistribution(y.atDay(1), y.plusYears(1).atDay(1));
        for (CatalogEvent e : CATALOG.events()) {
            if (e.hasFixedDates()) {
                long n = d.occurrences().stream()
                        .filter(o -> o.community().equals(e.community()) && o.eventIndex() == e.eventIndex()).count();
                assertThat(e.frequency(y).timesPerYear()).as(e.toString()).hasValue((int) n);
            }
        }
    }

    @Test
    void an_empty_window_is_refused() {
        assertThatThrownBy(() -> CATALOG.eventDistribution(Y2026, Y2026))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("the window must end after it starts, but was 2026-01-01 to 2026-01-01");
    }

    @Test
    void a_window_of_more_than_ten_years_is_refused() {
        assertThatThrownBy(() -> CATALOG.eventDistribution(Y2026, Y2026.plusYears(11)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("the window must be at most 3653 days (ten years)");
    }

    @Test
    void a_window_with_too_many_occurrences_is_refused() {
        Event minutely = Event.builder().kind(EventKind.CLASS).title(BilingualText.of("毎時", "Hourly"))
                .startTime(java.time.LocalTime.MIDNIGHT)
                .cadence(EventCadence.builder().text(BilingualText.of("毎分", "Every minute")).rrule("FREQ=MINUTELY").build())
                .build();
        Catalog busy = Catalog.builder().addCommunities(ScheduleTest.community(minutely)).build();
        assertThatThrownBy(() -> busy.eventDistribution(Y2026, Y2026.plusYears(1)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("holds more than 100000 occurrences");
    }

    @Test
    void to_string_shows_a_month_table() {
        assertThat(CATALOG.eventDistribution(Y2026, Y2026.plusYears(1)).toString())
                .startsWith("EventDistribution[2026-01-01 to 2027-01-01: 59 occurrences, 1 events without fixed dates]")
                .contains("test-community       0   1   0   1   0   1   1   1   0   1   0   1");
    }
}
