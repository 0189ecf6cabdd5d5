package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.SecunityParseException;

class RecurrenceRuleTest {

    @Test
    void parse_reads_every_part_into_accessors() {
        RecurrenceRule r = RecurrenceRule.parse(
                "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYSECOND=5;BYMINUTE=30;BYHOUR=19;BYDAY=2WE,-1FR;"
                        + "BYMONTHDAY=1,-1;BYMONTH=2,4;BYSETPOS=1;WKST=SU");
        assertThat(r.frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(r.interval()).isEqualTo(2);
        assertThat(r.count()).hasValue(10);
        assertThat(r.until()).isEmpty();
        assertThat(r.bySecond()).containsExactly(5);
        assertThat(r.byMinute()).containsExactly(30);
        assertThat(r.byHour()).containsExactly(19);
        assertThat(r.byDay()).containsExactly(WeekdayNum.of(2, DayOfWeek.WEDNESDAY), WeekdayNum.of(-1, DayOfWeek.FRIDAY));
        assertThat(r.byMonthDay()).containsExactly(-1, 1);
        assertThat(r.byMonth()).containsExactly(2, 4);
        assertThat(r.bySetPos()).containsExactly(1);
        assertThat(r.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(r.isFinite()).isTrue();
    }

    @Test
    void parse_reads_the_year_day_and_week_number_parts() {
        RecurrenceRule r = RecurrenceRule.parse("FREQ=YEARLY;BYYEARDAY=-1,100;BYWEEKNO=20,-1");
        assertThat(r.byYearDay()).containsExactly(-1, 100);
        assertThat(r.byWeekNo()).containsExactly(-1, 20);
    }

    @Test
    void accessor_lists_are_unmodifiable() {
        RecurrenceRule r = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=1");
        assertThatThrownBy(() -> r.byMonth().add(2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parse_ignores_case_part_order_and_an_rrule_prefix() {
        RecurrenceRule r = RecurrenceRule.parse("rrule:byday=mo,tu;freq=weekly");
        assertThat(r).isEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=TU,MO"));
    }

    @Test
    void to_string_prints_canonical_text_without_defaults() {
        RecurrenceRule r = RecurrenceRule.parse("BYMONTH=12,2,4;BYDAY=2WE;FREQ=MONTHLY;INTERVAL=1;WKST=MO");
        assertThat(r).hasToString("FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,12");
    }

    @Test
    void to_string_prints_the_three_until_forms() {
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224").toString()).endsWith("UNTIL=19971224");
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T090000").toString()).endsWith("UNTIL=19971224T090000");
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T090000Z").toString()).endsWith("UNTIL=19971224T090000Z");
    }

    @Test
    void until_is_a_local_date_a_local_date_time_or_an_instant() {
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224").until()).contains(LocalDate.of(1997, 12, 24));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T090000").until())
                .contains(LocalDateTime.of(1997, 12, 24, 9, 0));
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=19971224T090000Z").until())
                .contains(Instant.parse("1997-12-24T09:00:00Z"));
    }

    @Test
    void parse_rejects_count_with_until() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY;COUNT=3;UNTIL=20210101"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("COUNT and UNTIL must not both be given in UNTIL at index 19");
    }

    @Test
    void parse_rejects_bysetpos_without_another_by_part() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;BYSETPOS=1"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("BYSETPOS must be used with another BYxxx rule part in BYSETPOS at index 13");
    }

    @Test
    void parse_rejects_byweekno_outside_yearly() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;BYWEEKNO=1"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("BYWEEKNO is allowed only with FREQ=YEARLY");
    }

    @Test
    void parse_rejects_a_duplicate_part() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY;BYHOUR=1;BYHOUR=2"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("duplicate rule part in BYHOUR at index 20");
    }

    @Test
    void parse_rejects_an_out_of_range_value_naming_it() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=5,32"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("BYMONTHDAY values must be 1 to 31 or -31 to -1, was \"32\" in BYMONTHDAY at index 26");
    }

    @Test
    void parse_lenient_drops_until_next_to_count_and_says_so() {
        LenientParseResult r = RecurrenceRule.parseLenient("FREQ=DAILY;COUNT=3;UNTIL=20210101");
        assertThat(r.rule()).isEqualTo(RecurrenceRule.parse("FREQ=DAILY;COUNT=3"));
        assertThat(r.isClean()).isFalse();
        assertThat(r.warnings()).containsExactly(
                ParseWarning.of("UNTIL", 19, "dropped: COUNT and UNTIL must not both be given"));
    }

    @Test
    void parse_lenient_drops_unknown_parts_and_bad_values_and_keeps_the_rest() {
        LenientParseResult r = RecurrenceRule.parseLenient("FREQ=WEEKLY;X-FOO=1;BYDAY=MO,XX;BYMONTHDAY=1");
        assertThat(r.rule()).isEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO"));
        assertThat(r.warnings()).extracting(ParseWarning::part).containsExactly("X-FOO", "BYDAY", "BYMONTHDAY");
    }

    @Test
    void parse_lenient_of_a_valid_rule_is_clean() {
        assertThat(RecurrenceRule.parseLenient("FREQ=DAILY").isClean()).isTrue();
    }

    @Test
    void builder_builds_what_parse_reads() {
        RecurrenceRule built = RecurrenceRule.builder(Frequency.YEARLY)
                .byMonth(7).byDay(WeekdayNum.of(2, DayOfWeek.SATURDAY)).build();
        assertThat(built).isEqualTo(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA"));
    }

    @Test
    void builder_rejects_count_with_until_naming_the_part() {
        assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.DAILY).count(3).until(LocalDate.of(2021, 1, 1)).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("UNTIL: COUNT and UNTIL must not both be given");
    }

    @Test
    void builder_rejects_an_out_of_range_value() {
        assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.DAILY).byHour(24).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("BYHOUR: BYHOUR values must be 0 to 23, was 24");
    }

    @Test
    void builder_rejects_a_zero_interval() {
        assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.DAILY).interval(0).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("INTERVAL must be at least 1, was 0");
    }

    @Test
    void builder_rejects_an_until_beyond_year_9999() {
        assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.DAILY).until(LocalDate.of(10000, 1, 1)).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("UNTIL must be in the years 0000 to 9999");
    }

    @Test
    void builder_reports_every_violation_at_once() {
        assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.WEEKLY).interval(0).byHour(24)
                .byMonthDay(1).count(3).until(LocalDate.of(2021, 1, 1)).build())
                .isInstanceOf(SecunityDataException.class)
                .satisfies(e -> assertThat(((SecunityDataException) e).violations())
                        .extracting(SecunityDataException.Violation::path)
                        .containsExactly("INTERVAL", "BYHOUR", "UNTIL", "BYMONTHDAY"))
                .hasMessageContaining("4 problems: INTERVAL: INTERVAL must be at least 1, was 0");
    }

    @Test
    void validator_returns_the_problems_and_the_parts_that_remain_without_changing_its_input() {
        // issue 13
        RuleParts drawn = RecurrenceRule.builder(Frequency.WEEKLY).byMonthDay(1)
                .byDay(WeekdayNum.of(1, DayOfWeek.MONDAY), WeekdayNum.of(DayOfWeek.FRIDAY)).parts();
        RuleValidator.Validation v = RuleValidator.validate(drawn);
        assertThat(v.problems()).extracting(RuleValidator.Problem::part).containsExactly("BYMONTHDAY", "BYDAY");
        assertThat(new RecurrenceRule(v.parts())).isEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=FR"));
        assertThat(drawn.byMonthDay()).containsExactly(1);
        assertThat(drawn.byDay()).hasSize(2);
        assertThat(RuleValidator.validate(v.parts()).problems()).isEmpty();
    }

    @Test
    void the_largest_built_interval_and_count_parse_back() {
        // issue 11: the parser reads every int the builder accepts
        RecurrenceRule built = RecurrenceRule.builder(Frequency.DAILY).interval(Integer.MAX_VALUE)
                .count(Integer.MAX_VALUE).build();
        assertThat(built).hasToString("FREQ=DAILY;COUNT=2147483647;INTERVAL=2147483647");
        assertThat(RecurrenceRule.parse(built.toString())).isEqualTo(built);
        assertThat(RecurrenceRule.parse("FREQ=DAILY;INTERVAL=0000000000007").interval()).isEqualTo(7);
    }

    @Test
    void with_methods_return_modified_copies() {
        RecurrenceRule r = RecurrenceRule.of(Frequency.WEEKLY);
        assertThat(r.withInterval(2)).hasToString("FREQ=WEEKLY;INTERVAL=2");
        assertThat(r.withCount(5).withUntil(LocalDate.of(2021, 1, 1))).hasToString("FREQ=WEEKLY;UNTIL=20210101");
        assertThat(r.withUntil(LocalDate.of(2021, 1, 1)).withCount(5)).hasToString("FREQ=WEEKLY;COUNT=5");
        assertThat(r.withCount(5).withoutEnd()).isEqualTo(r);
        assertThat(r.withWeekStart(DayOfWeek.SUNDAY)).hasToString("FREQ=WEEKLY;WKST=SU");
        assertThat(r.withUntil(Instant.parse("2021-01-01T10:00:00Z"))).hasToString("FREQ=WEEKLY;UNTIL=20210101T100000Z");
        assertThat(r.withUntil(LocalDateTime.parse("2021-01-01T10:00"))).hasToString("FREQ=WEEKLY;UNTIL=20210101T100000");
        assertThat(r).hasToString("FREQ=WEEKLY");
    }

    @Test
    void weekday_num_parses_and_prints() {
        assertThat(WeekdayNum.parse("+2we")).isEqualTo(WeekdayNum.of(2, DayOfWeek.WEDNESDAY));
        assertThat(WeekdayNum.parse("-1FR")).hasToString("-1FR");
        assertThat(WeekdayNum.parse("MO").hasOrdinal()).isFalse();
        assertThatThrownBy(() -> WeekdayNum.parse("3XY")).isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("expected a weekday such as MO or 2WE");
        assertThatThrownBy(() -> WeekdayNum.of(54, DayOfWeek.MONDAY))
                .hasMessageContaining("BYDAY ordinal must be from -53 to 53");
    }

    @Test
    void frequency_parses_ignoring_case() {
        assertThat(Frequency.parse("monthly")).isEqualTo(Frequency.MONTHLY);
        assertThat(Frequency.HOURLY.isSubDaily()).isTrue();
        assertThatThrownBy(() -> Frequency.parse("BIWEEKLY")).isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("unknown frequency \"BIWEEKLY\"");
    }
}
