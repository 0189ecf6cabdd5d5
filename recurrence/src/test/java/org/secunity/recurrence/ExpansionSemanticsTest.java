package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;

/** The semantic choices of the rule-only expansion, the open RFC points and the termination bound. */
class ExpansionSemanticsTest {

    private static List<LocalDateTime> take(String rule, String start, int n) {
        return RecurrenceRule.parse(rule).occurrences(LocalDateTime.parse(start)).take(n);
    }

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void even_month_second_wednesday_evening() {
        assertThat(take("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE", "2021-01-01T19:00", 3))
                .containsExactly(t("2021-02-10T19:00"), t("2021-04-14T19:00"), t("2021-06-09T19:00"));
    }

    @Test
    void second_saturday_of_july() {
        assertThat(take("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA", "2021-01-01T13:00", 2))
                .containsExactly(t("2021-07-10T13:00"), t("2022-07-09T13:00"));
    }

    @Test
    void rule_only_expansion_includes_dtstart_only_when_it_matches() {
        assertThat(take("FREQ=WEEKLY;BYDAY=MO", "2021-01-04T19:00", 1)).containsExactly(t("2021-01-04T19:00"));
        assertThat(take("FREQ=WEEKLY;BYDAY=MO", "2021-01-05T19:00", 1)).containsExactly(t("2021-01-11T19:00"));
    }

    @Test
    void recurrence_set_always_starts_with_dtstart() {
        RecurrenceSet<LocalDateTime> set = RecurrenceSet.builder(t("2021-01-05T19:00"))
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO;COUNT=2")).build();
        assertThat(set.take(5)).containsExactly(t("2021-01-05T19:00"), t("2021-01-11T19:00"), t("2021-01-18T19:00"));
        assertThat(set.isFinite()).isTrue();
    }

    @Test
    void count_counts_only_occurrences_from_the_start_on() {
        assertThat(take("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=2", "2021-01-30T10:00", 5))
                .containsExactly(t("2021-02-26T10:00"), t("2021-03-31T10:00"));
    }

    @Test
    void bysetpos_is_applied_to_the_whole_period_containing_dtstart() {
        // January 2021's weekdays: the first is the 1st; from the 5th on, BYSETPOS=1 must find nothing in January
        assertThat(take("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "2021-01-05T10:00", 1))
                .containsExactly(t("2021-02-01T10:00"));
    }

    @Test
    void invalid_dates_are_skipped() {
        assertThat(take("FREQ=MONTHLY;BYMONTHDAY=31", "2021-01-31T10:00", 3))
                .containsExactly(t("2021-01-31T10:00"), t("2021-03-31T10:00"), t("2021-05-31T10:00"));
        assertThat(take("FREQ=MONTHLY;BYDAY=5WE", "2021-01-01T10:00", 2))
                .containsExactly(t("2021-03-31T10:00"), t("2021-06-30T10:00"));
    }

    @Test
    void yearly_bymonthday_without_bymonth_means_every_month() {
        assertThat(take("FREQ=YEARLY;BYMONTHDAY=15", "2021-01-01T10:00", 3))
                .containsExactly(t("2021-01-15T10:00"), t("2021-02-15T10:00"), t("2021-03-15T10:00"));
    }

    @Test
    void yearly_byweekno_without_byday_means_the_whole_week() {
        assertThat(take("FREQ=YEARLY;BYWEEKNO=20", "2021-01-01T10:00", 8)).containsExactly(
                t("2021-05-17T10:00"), t("2021-05-18T10:00"), t("2021-05-19T10:00"), t("2021-05-20T10:00"),
                t("2021-05-21T10:00"), t("2021-05-22T10:00"), t("2021-05-23T10:00"), t("2022-05-16T10:00"));
    }

    @Test
    void yearly_byweekno_takes_days_of_the_calendar_year_only() {
        // ISO weeks 53 of 2020 and of 2026 end on Sunday 2021-01-03 and 2027-01-03: their Saturdays fall in January
        assertThat(take("FREQ=YEARLY;BYWEEKNO=53;BYDAY=SA", "2020-01-01T10:00", 2))
                .containsExactly(t("2021-01-02T10:00"), t("2027-01-02T10:00"));
    }

    @Test
    void yearly_byday_ordinal_counts_in_the_year_without_bymonth() {
        assertThat(take("FREQ=YEARLY;BYDAY=-1FR", "2021-01-01T10:00", 1)).containsExactly(t("2021-12-31T10:00"));
    }

    @Test
    void a_rule_that_can_never_match_ends_quickly_with_nothing() {
        long t0 = System.nanoTime();
        assertThat(take("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "2021-01-01T10:00", 1)).isEmpty();
        assertThat(take("FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31", "2021-01-01T10:00", 1)).isEmpty();
        assertThat(take("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31", "2021-02-01T10:00", 1)).isEmpty();
        assertThat(take("FREQ=HOURLY;INTERVAL=24;BYHOUR=5", "2021-01-01T10:00", 1)).isEmpty();
        assertThat(take("FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30", "2021-01-01T10:00", 1)).isEmpty();
        assertThat(take("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30;BYHOUR=1", "2021-01-01T10:00", 1)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_rare_legal_rule_still_finds_its_occurrences() {
        assertThat(take("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", "2021-01-01T10:00", 2))
                .containsExactly(t("2044-02-29T10:00"), t("2072-02-29T10:00"));
    }

    @Test
    void seeking_far_ahead_jumps() {
        Recurrence<LocalDateTime> r = RecurrenceRule.parse("FREQ=SECONDLY").occurrences(t("2021-01-01T00:00"));
        assertThat(r.next(t("2100-01-01T00:00"))).contains(t("2100-01-01T00:00:01"));
        RecurrenceIterator<LocalDateTime> it = r.iterator();
        it.skipTo(t("9999-12-31T23:59:58"));
        assertThat(it.next()).isEqualTo(t("9999-12-31T23:59:58"));
    }

    @Test
    void seeking_a_count_limited_rule_counts_the_occurrences_passed() {
        Recurrence<LocalDateTime> r = RecurrenceRule.parse("FREQ=DAILY;COUNT=10").occurrences(t("2021-01-01T10:00"));
        assertThat(r.next(t("2021-01-09T00:00"))).contains(t("2021-01-09T10:00"));
        assertThat(r.next(t("2021-01-10T10:00"))).isEmpty();
    }

    @Test
    void previous_finds_the_last_occurrence_before_a_time() {
        Recurrence<LocalDateTime> r = RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29")
                .occurrences(t("2021-01-01T10:00"));
        assertThat(r.previous(t("2100-01-01T00:00"))).contains(t("2096-02-29T10:00"));
        assertThat(r.previous(t("2024-02-29T10:00"))).isEmpty();
    }

    @Test
    void between_is_half_open() {
        Recurrence<LocalDateTime> r = RecurrenceRule.parse("FREQ=DAILY").occurrences(t("2021-01-01T10:00"));
        assertThat(r.between(t("2021-01-02T10:00"), t("2021-01-04T10:00")).take(10))
                .containsExactly(t("2021-01-02T10:00"), t("2021-01-03T10:00"));
    }

    @Test
    void until_is_inclusive_and_a_date_until_covers_the_whole_day() {
        assertThat(take("FREQ=DAILY;UNTIL=20210103T100000", "2021-01-01T10:00", 10)).hasSize(3);
        assertThat(take("FREQ=DAILY;UNTIL=20210103", "2021-01-01T10:00", 10)).hasSize(3);
        assertThat(take("FREQ=DAILY;UNTIL=20210103T095959", "2021-01-01T10:00", 10)).hasSize(2);
    }

    @Test
    void occurrences_keep_the_start_nanosecond() {
        assertThat(take("FREQ=DAILY;COUNT=2", "2021-01-01T10:00:00.5", 2))
                .containsExactly(t("2021-01-01T10:00:00.5"), t("2021-01-02T10:00:00.5"));
    }

    @Test
    void leap_second_60_is_skipped_as_an_invalid_time() {
        assertThat(take("FREQ=MINUTELY;BYSECOND=59,60;COUNT=2", "2021-01-01T10:00", 5))
                .containsExactly(t("2021-01-01T10:00:59"), t("2021-01-01T10:01:59"));
    }

    @Test
    void a_date_start_gives_dates() {
        Recurrence<LocalDate> r = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-1").occurrences(LocalDate.of(2021, 1, 1));
        assertThat(r.take(2)).containsExactly(LocalDate.of(2021, 1, 31), LocalDate.of(2021, 2, 28));
        assertThat(r.next(LocalDate.of(2100, 1, 1))).contains(LocalDate.of(2100, 1, 31));
    }

    @Test
    void a_date_start_rejects_a_frequency_finer_than_a_day_naming_it() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=HOURLY;BYHOUR=10").occurrences(LocalDate.of(2021, 1, 1)))
                .isInstanceOf(SecunityException.class)
                .hasMessage("a DATE DTSTART needs FREQ=DAILY or coarser, not FREQ=HOURLY, but the rule is"
                        + " FREQ=HOURLY;BYHOUR=10");
    }

    @Test
    void a_date_start_ignores_byhour_byminute_and_bysecond() {
        // issue 12: RFC 5545 says these parts MUST be ignored with a DATE start; they were rejected
        // with a message naming FREQ=DAILY
        assertThat(RecurrenceRule.parse("FREQ=DAILY;BYHOUR=10,11;BYMINUTE=5;BYSECOND=1;COUNT=3")
                .occurrences(LocalDate.of(2021, 1, 1)).take(5))
                .containsExactly(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 3));
    }

    @Test
    void occurrences_are_finite_only_with_count_or_until() {
        assertThat(RecurrenceRule.parse("FREQ=DAILY").occurrences(t("2021-01-01T00:00")).isFinite()).isFalse();
        assertThat(RecurrenceRule.parse("FREQ=DAILY;COUNT=1").occurrences(t("2021-01-01T00:00")).isFinite()).isTrue();
    }

    @Test
    void the_last_representable_year_ends_an_infinite_rule() {
        RecurrenceIterator<LocalDateTime> it = RecurrenceRule.parse("FREQ=YEARLY").occurrences(t("2021-06-01T00:00")).iterator();
        it.skipTo(LocalDateTime.MAX.minusYears(1));
        assertThat(it.next()).isEqualTo(LocalDateTime.of(999_999_999, 6, 1, 0, 0));
        assertThat(it.hasNext()).isFalse();
    }
}
