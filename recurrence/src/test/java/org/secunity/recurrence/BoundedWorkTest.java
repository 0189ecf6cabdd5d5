package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityException;

/**
 * The bound on the work of one expansion (issue 11): it applies per expansion, not per
 * occurrence; a search it cuts short is reported, never answered with a short or empty list; and
 * sub-daily searches and {@code previous} seek instead of walking. The budgets given here are far
 * below the default, so each test proves by counting (not by timing) that a search is short.
 */
class BoundedWorkTest {

    private static final LocalDateTime START = LocalDateTime.parse("2026-01-01T09:00:00");
    private static final String ISSUE_RULE =
            "FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=1,2,3,4,5,6;BYDAY=MO;BYHOUR=0;BYMINUTE=0;BYSECOND=0";
    private static final String LEAP_DAY_RULE =
            "FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;BYMONTHDAY=29;BYHOUR=0;BYMINUTE=0;BYSECOND=0";

    private static ExpansionOptions steps(long maxSteps) {
        return ExpansionOptions.defaults().withMaxSteps(maxSteps);
    }

    /**
     * The first occurrences of a SECONDLY rule with a one-day-or-longer interval at midnight, found
     * by stepping through the periods one by one: the literal reading, independent of the engine.
     */
    private static List<LocalDateTime> midnightsByStepping(LocalDateTime start, long interval, int n,
            java.util.function.Predicate<LocalDate> day) {
        // the time of day of period k repeats every 86,400 periods (86,400 * interval is whole days),
        // so step through the first 86,400 periods for the midnights, then through those blocks
        long s0 = start.toEpochSecond(ZoneOffset.UTC);
        List<Long> midnights = new ArrayList<>();
        for (long k = 1; k <= 86_400; k++) {
            if (Math.floorMod(s0 + k * interval, 86_400L) == 0) {
                midnights.add(k);
            }
        }
        List<LocalDateTime> out = new ArrayList<>();
        for (long block = 0; out.size() < n; block++) {
            for (long k : midnights) {
                long s = s0 + (k + block * 86_400) * interval;
                if (out.size() < n && day.test(LocalDate.ofEpochDay(Math.floorDiv(s, 86_400L)))) {
                    out.add(LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
                }
            }
        }
        return out;
    }

    /** The first occurrences of a SECONDLY rule on the days a predicate accepts, period by period. */
    private static List<LocalDateTime> byStepping(LocalDateTime start, long interval, int n,
            java.util.function.Predicate<LocalDate> day) {
        List<LocalDateTime> out = new ArrayList<>();
        long s = start.toEpochSecond(ZoneOffset.UTC);
        while (out.size() < n) {
            s += interval;
            if (day.test(LocalDate.ofEpochDay(Math.floorDiv(s, 86_400L)))) {
                out.add(LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
            }
        }
        return out;
    }

    @Test
    void the_issue_11_rule_answers_ten_thousand_occurrences_within_a_small_budget() {
        // issue 11: this request kept a core busy for 274 s; the sub-daily search now jumps to the
        // periods that start at midnight, a few steps per occurrence
        Occurrences<LocalDateTime> r = RecurrenceRule.parse(ISSUE_RULE).occurrences(START, steps(1_000_000)).expand(10_000);
        assertThat(r.isTruncated()).isFalse();
        assertThat(r.list()).hasSize(10_000).allSatisfy(t -> {
            assertThat(t.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
            assertThat(t.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(t.getMonthValue()).isBetween(1, 6);
            assertThat(Math.floorMod(ChronoUnit.SECONDS.between(START, t), 1_000_003L)).isZero();
        });
        assertThat(r.list().subList(0, 3)).isEqualTo(midnightsByStepping(START, 1_000_003, 3,
                d -> d.getDayOfWeek() == DayOfWeek.MONDAY && d.getMonthValue() <= 6));
    }

    @Test
    void the_29_february_rule_finds_its_first_occurrence_in_the_year_2249512() {
        // issue 11: answered [] before, although the occurrence exists
        List<LocalDateTime> expected = midnightsByStepping(START, 1_000_003, 1,
                d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 29);
        assertThat(expected.get(0).getYear()).isEqualTo(2_249_512);
        assertThat(RecurrenceRule.parse(LEAP_DAY_RULE).occurrences(START, steps(100_000)).expand(1))
                .isEqualTo(Occurrences.of(expected));
    }

    @Test
    void a_bound_that_cuts_the_answer_short_is_reported_with_how_far_it_got() {
        Recurrence<LocalDateTime> r = RecurrenceRule.parse("FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
                .occurrences(START, steps(10_000));
        Occurrences<LocalDateTime> answer = r.expand(5);
        // what was found before the bound is the true beginning of the answer
        assertThat(answer.list()).hasSizeLessThan(5).isEqualTo(byStepping(START, 1_000_003, answer.list().size(),
                d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 29 && d.getDayOfWeek() == DayOfWeek.MONDAY));
        Truncation t = answer.truncation().orElseThrow();
        assertThat(t.bound()).isEqualTo("maxSteps");
        assertThat(t.limit()).isEqualTo(10_000);
        assertThat(t.reached()).isAfter(START);
        assertThat(t.reason()).startsWith("stopped after 10000 steps of work (maxSteps) with the search at ");
        assertThat(answer).hasToString(answer.list() + " (truncated: " + t.reason() + ")");
        assertThatThrownBy(() -> r.take(5)).isInstanceOf(ExpansionLimitException.class)
                .isInstanceOf(SecunityException.class)
                .hasMessage("expansion " + t.reason())
                .satisfies(e -> assertThat(((ExpansionLimitException) e).truncation()).isEqualTo(t));
        assertThatThrownBy(() -> r.stream().limit(5).count()).isInstanceOf(ExpansionLimitException.class);
    }

    @Test
    void an_exhausted_iterator_keeps_failing_instead_of_resuming() {
        RecurrenceIterator<LocalDateTime> it = RecurrenceRule.parse("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
                .occurrences(START, steps(1_000)).iterator();
        assertThatThrownBy(it::hasNext).isInstanceOf(ExpansionLimitException.class);
        assertThatThrownBy(it::hasNext).isInstanceOf(ExpansionLimitException.class);
        assertThatThrownBy(it::next).isInstanceOf(ExpansionLimitException.class);
    }

    @Test
    void the_budget_is_per_expansion_and_useful_work_is_free() {
        // every returned occurrence gives its steps back: a dense rule yields far more than the budget
        assertThat(RecurrenceRule.parse("FREQ=SECONDLY").occurrences(START, steps(100)).expand(50_000).list())
                .hasSize(50_000);
        assertThat(RecurrenceRule.parse("FREQ=DAILY").occurrences(START, steps(100)).expand(50_000).list())
                .hasSize(50_000);
        // fruitless work adds up across occurrences: 30 rare occurrences need far more than 30 searches' worth
        Recurrence<LocalDateTime> rare = RecurrenceRule.parse("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
                .occurrences(START, steps(100_000));
        assertThat(rare.expand(2).list()).containsExactly(
                LocalDateTime.parse("2044-02-29T09:00"), LocalDateTime.parse("2072-02-29T09:00"));
        assertThat(rare.expand(30).isTruncated()).isTrue();
    }

    @Test
    void rules_that_can_never_match_end_with_nothing_rather_than_a_truncation() {
        assertThat(RecurrenceRule.parse("FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;BYMONTHDAY=30")
                .occurrences(START, steps(1_000)).expand(1)).isEqualTo(Occurrences.of(List.<LocalDateTime>of()));
        assertThat(RecurrenceRule.parse("FREQ=SECONDLY;INTERVAL=86400;BYHOUR=5")
                .occurrences(START, steps(1_000)).expand(1)).isEqualTo(Occurrences.of(List.<LocalDateTime>of()));
        assertThat(RecurrenceRule.parse("FREQ=MINUTELY;INTERVAL=7;BYMONTH=4;BYMONTHDAY=31;BYHOUR=3")
                .occurrences(START, steps(1_000)).expand(1)).isEqualTo(Occurrences.of(List.<LocalDateTime>of()));
    }

    @Test
    void sub_daily_residues_solve_the_period_arithmetic() {
        // (start + p * interval) mod day = t: with interval 7 and a day of 1440 minutes, p = (t - start) * 7^-1 mod 1440
        int[] r = Expansion.residues(new int[] {180}, 540, 7, 1440);
        assertThat(r).hasSize(1);
        assertThat(Math.floorMod(540 + (long) r[0] * 7, 1440L)).isEqualTo(180);
        // every 120 minutes from 09:00 reaches odd hours only: 03:00 after 9 periods, 04:00 never
        assertThat(Expansion.residues(new int[] {180, 240}, 540, 120, 1440)).containsExactly(9);
        assertThat(Expansion.inverse(7, 1440) * 7 % 1440).isEqualTo(1);
    }

    @Test
    void a_window_does_not_search_beyond_its_end() {
        Recurrence<LocalDateTime> sparse = RecurrenceRule.parse("FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
                .occurrences(START, steps(10_000));
        assertThat(sparse.between(START, START.plusYears(5)).expand(10)).isEqualTo(Occurrences.of(List.<LocalDateTime>of()));
        assertThat(Recurrence.before(sparse, START.plusYears(5)).previous(START.plusYears(5))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Frequency.class)
    void previous_seeks_from_a_start_ten_million_years_back(Frequency frequency) {
        // issue 11: a WEEKLY rule with UNTIL walked every week for 20 s; each frequency now answers
        // within a budget far smaller than the number of occurrences
        LocalDateTime start = LocalDateTime.of(-10_000_000, 1, 1, 9, 0);
        LocalDateTime until = LocalDateTime.parse("2026-01-01T00:00");
        ChronoUnit unit = unit(frequency);
        LocalDateTime expected = start.plus(unit.between(start, until), unit);
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=" + frequency + ";UNTIL=20260101T000000");
        assertThat(rule.occurrences(start, steps(20_000)).previous(LocalDateTime.parse("2030-01-01T00:00")))
                .contains(expected);
        assertThat(RecurrenceRule.parse("FREQ=" + frequency).occurrences(start, steps(20_000))
                .previous(until)).contains(expected.equals(until) ? expected.minus(1, unit) : expected);
    }

    @ParameterizedTest
    @EnumSource(Frequency.class)
    void previous_counts_a_count_limited_rule_in_one_walk(Frequency frequency) {
        // every seek of a COUNT rule counts from the start: one walk of 100,000 occurrences fits a
        // budget that dozens of probing walks would not
        LocalDateTime start = LocalDateTime.of(-10_000_000, 1, 1, 9, 0);
        ChronoUnit unit = unit(frequency);
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=" + frequency + ";COUNT=100000");
        assertThat(rule.occurrences(start, steps(1_000_000)).previous(LocalDateTime.parse("2030-01-01T00:00")))
                .contains(start.plus(99_999, unit));
        assertThat(rule.occurrences(start, steps(1_000_000)).previous(start)).isEmpty();
    }

    static Stream<Frequency> dayFrequencies() {
        return Stream.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);
    }

    @ParameterizedTest
    @MethodSource("dayFrequencies")
    void previous_seeks_for_zoned_and_date_starts_too(Frequency frequency) {
        ChronoUnit unit = unit(frequency);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ZonedDateTime zstart = ZonedDateTime.of(LocalDateTime.of(-10_000, 1, 1, 9, 0), tokyo);
        ZonedDateTime before = ZonedDateTime.of(LocalDateTime.parse("2026-01-01T00:00"), tokyo);
        for (String end : List.of("", ";COUNT=100000")) {
            RecurrenceRule rule = RecurrenceRule.parse("FREQ=" + frequency + end);
            long last = end.isEmpty() ? Long.MAX_VALUE : 99_999;
            long n = Math.min(last, unit.between(zstart.toLocalDateTime(), before.toLocalDateTime()));
            assertThat(rule.occurrences(zstart, steps(1_000_000)).previous(before))
                    .as(rule.toString()).contains(zstart.plus(n, unit));
            LocalDate dstart = LocalDate.of(-10_000, 1, 1);
            assertThat(rule.occurrences(dstart, steps(1_000_000)).previous(LocalDate.parse("2026-01-01")))
                    .as(rule.toString()).contains(dstart.plus(Math.min(last, unit.between(dstart, LocalDate.parse("2025-12-31"))), unit));
        }
    }

    private static ChronoUnit unit(Frequency f) {
        switch (f) {
            case YEARLY: return ChronoUnit.YEARS;
            case MONTHLY: return ChronoUnit.MONTHS;
            case WEEKLY: return ChronoUnit.WEEKS;
            case DAILY: return ChronoUnit.DAYS;
            case HOURLY: return ChronoUnit.HOURS;
            case MINUTELY: return ChronoUnit.MINUTES;
            default: return ChronoUnit.SECONDS;
        }
    }

    @Test
    void previous_over_sets_merges_and_exclusions_takes_each_part_at_its_word() {
        LocalDateTime start = LocalDateTime.parse("2021-01-04T19:00");
        RecurrenceSet<LocalDateTime> set = RecurrenceSet.builder(start)
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO"))
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=15"))
                .date(LocalDateTime.parse("2099-12-30T08:00"))
                .exclude(LocalDateTime.parse("2099-12-28T19:00"))
                .exclude(LocalDateTime.parse("2099-12-21T19:00"))
                .options(steps(10_000))
                .build();
        assertThat(set.previous(LocalDateTime.parse("2099-12-30T00:00"))).contains(LocalDateTime.parse("2099-12-15T19:00"));
        assertThat(set.previous(LocalDateTime.parse("2099-12-31T00:00"))).contains(LocalDateTime.parse("2099-12-30T08:00"));
        assertThat(set.previous(start)).isEmpty();
        assertThat(Recurrence.window(set, LocalDateTime.parse("2050-01-01T00:00"), LocalDateTime.parse("2060-01-01T00:00"))
                .previous(LocalDateTime.parse("2099-01-01T00:00"))).contains(LocalDateTime.parse("2059-12-29T19:00"));
    }

    @Test
    void options_reject_a_budget_below_one_and_compare_by_value() {
        assertThatThrownBy(() -> ExpansionOptions.defaults().withMaxSteps(0)).isInstanceOf(SecunityException.class)
                .hasMessage("maxSteps must be at least 1, was 0");
        assertThat(steps(5)).isEqualTo(steps(5)).hasSameHashCodeAs(steps(5)).isNotEqualTo(steps(6))
                .hasToString("ExpansionOptions[maxSteps=5, openPointReading=EXPAND]");
        assertThat(ExpansionOptions.defaults().maxSteps()).isEqualTo(ExpansionOptions.DEFAULT_MAX_STEPS);
        assertThatThrownBy(() -> RecurrenceRule.of(Frequency.DAILY).occurrences(START).expand(-1))
                .isInstanceOf(SecunityException.class).hasMessage("limit must not be negative, was -1");
    }
}
