package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;

/** The decorators reached through the static factories of {@link Recurrence}, and recurrence sets. */
class CombinatorsTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static final Recurrence<LocalDate> MONDAYS =
            RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO").occurrences(d("2021-01-04"));
    private static final Recurrence<LocalDate> FRIDAYS =
            RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=FR").occurrences(d("2021-01-01"));

    @Test
    void of_dates_sorts_and_removes_duplicates() {
        Recurrence<LocalDate> r = Recurrence.ofDates(List.of(d("2021-03-01"), d("2021-01-01"), d("2021-03-01")));
        assertThat(r.take(5)).containsExactly(d("2021-01-01"), d("2021-03-01"));
        assertThat(r.isFinite()).isTrue();
    }

    @Test
    void merge_is_the_ordered_union_without_duplicates() {
        Recurrence<LocalDate> r = Recurrence.merge(MONDAYS, Recurrence.ofDates(List.of(d("2021-01-04"), d("2021-01-06"))));
        assertThat(r.take(3)).containsExactly(d("2021-01-04"), d("2021-01-06"), d("2021-01-11"));
        assertThat(r.isFinite()).isFalse();
        assertThat(Recurrence.merge(List.of(MONDAYS, FRIDAYS)).take(3))
                .containsExactly(d("2021-01-01"), d("2021-01-04"), d("2021-01-08"));
    }

    @Test
    void difference_removes_excluded_occurrences() {
        Recurrence<LocalDate> r = Recurrence.difference(MONDAYS, Recurrence.ofDates(List.of(d("2021-01-11"))));
        assertThat(r.take(2)).containsExactly(d("2021-01-04"), d("2021-01-18"));
    }

    @Test
    void window_keeps_the_half_open_range_and_is_finite() {
        Recurrence<LocalDate> r = Recurrence.window(MONDAYS, d("2021-01-11"), d("2021-01-25"));
        assertThat(r.take(10)).containsExactly(d("2021-01-11"), d("2021-01-18"));
        assertThat(r.isFinite()).isTrue();
    }

    @Test
    void window_rejects_an_end_before_its_start() {
        assertThatThrownBy(() -> Recurrence.window(MONDAYS, d("2021-02-01"), d("2021-01-01")))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("window end 2021-01-01 is before its start 2021-02-01");
    }

    @Test
    void before_cuts_at_an_exclusive_end() {
        assertThat(Recurrence.before(MONDAYS, d("2021-01-18")).take(10)).containsExactly(d("2021-01-04"), d("2021-01-11"));
    }

    @Test
    void decorators_seek_through_to_their_source() {
        Recurrence<LocalDate> r = Recurrence.difference(Recurrence.merge(MONDAYS, FRIDAYS),
                Recurrence.ofDates(List.of(d("2100-01-04"))));
        assertThat(r.next(d("2100-01-01"))).contains(d("2100-01-08"));
        assertThat(Recurrence.<LocalDate>empty().first()).isEmpty();
    }

    @Test
    void stream_is_lazy_and_ordered() {
        assertThat(MONDAYS.stream().skip(52).findFirst()).contains(d("2022-01-03"));
    }

    @Test
    void take_rejects_a_negative_count() {
        assertThatThrownBy(() -> MONDAYS.take(-1)).isInstanceOf(SecunityException.class)
                .hasMessageContaining("n must not be negative, was -1");
    }

    @Test
    void annotated_wraps_plain_occurrences() {
        assertThat(MONDAYS.annotated().findFirst()).contains(Occurrence.of(d("2021-01-04")));
    }

    @Test
    void occurrence_records_a_move_and_its_reason() {
        Occurrence<LocalDate> o = Occurrence.moved(d("2021-05-03"), d("2021-05-06"), "Constitution Memorial Day");
        assertThat(o.time()).isEqualTo(d("2021-05-06"));
        assertThat(o.original()).contains(d("2021-05-03"));
        assertThat(o.isMoved()).isTrue();
        assertThat(o).hasToString("2021-05-06 (moved from 2021-05-03) [Constitution Memorial Day]");
        assertThat(Occurrence.of(d("2021-05-10")).withNote("n").note()).contains("n");
        assertThat(o.compareTo(Occurrence.of(d("2021-05-06")))).isPositive();
    }

    @Test
    void recurrence_set_combines_rules_dates_and_exclusions() {
        RecurrenceSet<LocalDateTime> set = RecurrenceSet.builder(LocalDateTime.parse("2021-01-13T19:00"))
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
                .rule(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA;BYHOUR=13"))
                .date(LocalDateTime.parse("2021-03-01T19:00"))
                .exclude(LocalDateTime.parse("2021-02-10T19:00"))
                .build();
        assertThat(set.take(4)).containsExactly(LocalDateTime.parse("2021-01-13T19:00"),
                LocalDateTime.parse("2021-03-01T19:00"), LocalDateTime.parse("2021-03-10T19:00"),
                LocalDateTime.parse("2021-04-14T19:00"));
        assertThat(set.rules()).hasSize(2);
        assertThat(set.dates()).hasSize(1);
        assertThat(set.exclusions()).hasSize(1);
        assertThat(set.isFinite()).isFalse();
        assertThat(set.start()).isEqualTo(LocalDateTime.parse("2021-01-13T19:00"));
    }

    @Test
    void recurrence_set_can_exclude_dtstart() {
        RecurrenceSet<LocalDate> set = RecurrenceSet.builder(d("2021-01-01"))
                .rule(RecurrenceRule.parse("FREQ=YEARLY;COUNT=2")).exclude(d("2021-01-01")).build();
        assertThat(set.take(5)).containsExactly(d("2022-01-01"));
    }

    @Test
    void recurrence_set_from_a_date_rejects_a_sub_daily_rule() {
        assertThatThrownBy(() -> RecurrenceSet.builder(d("2021-01-01")).rule(RecurrenceRule.parse("FREQ=HOURLY")))
                .isInstanceOf(SecunityException.class);
    }

    @Test
    void recurrence_sets_compare_by_content() {
        RecurrenceSet<LocalDate> a = RecurrenceSet.builder(d("2021-01-01")).rule(RecurrenceRule.parse("FREQ=DAILY")).build();
        RecurrenceSet<LocalDate> b = RecurrenceSet.builder(d("2021-01-01")).rule(RecurrenceRule.parse("FREQ=DAILY")).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).hasToString("DTSTART;VALUE=DATE:20210101\nRRULE:FREQ=DAILY");
    }
}
