package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;

/**
 * The open points of RFC 5545 (issue 12): the {@code FROM_START} reading the peers use, and
 * {@link RecurrenceRule#portableFor} writing a rule so that every engine reads the same dates.
 * {@code PortableRulesProperties} checks the same against lib-recur and ical4j on generated rules.
 */
class OpenPointsTest {

    private static final ExpansionOptions FROM_START =
            ExpansionOptions.defaults().withOpenPointReading(OpenPointReading.FROM_START);

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void from_start_takes_the_month_of_a_yearly_bymonthday_from_dtstart() {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=15");
        assertThat(rule.occurrences(d("2021-03-01")).take(2)).containsExactly(d("2021-03-15"), d("2021-04-15"));
        assertThat(rule.occurrences(d("2021-03-01"), FROM_START).take(2)).containsExactly(d("2021-03-15"), d("2022-03-15"));
    }

    @Test
    void from_start_takes_the_weekday_of_a_yearly_byweekno_from_dtstart() {
        // 2021-05-19 is a Wednesday; ISO week 20 of 2022 is 16-22 May
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=20");
        assertThat(rule.occurrences(d("2021-05-19"), FROM_START).take(2)).containsExactly(d("2021-05-19"), d("2022-05-18"));
        assertThat(rule.occurrences(d("2021-05-19")).take(2)).containsExactly(d("2021-05-19"), d("2021-05-20"));
    }

    @Test
    void from_start_keeps_bday_ordinals_counting_in_the_year() {
        // 1993-02-01 is the 5th Monday of 1993, not of February: the peers' reading
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYDAY=5MO;BYMONTHDAY=1");
        assertThat(rule.occurrences(d("1990-02-01"), FROM_START).take(2)).containsExactly(d("1993-02-01"), d("1999-02-01"));
    }

    @Test
    void the_other_day_parts_leave_nothing_open() {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=14;BYYEARDAY=89");
        assertThat(rule.occurrences(d("2027-12-10"), FROM_START).take(3)).isEqualTo(rule.occurrences(d("2027-12-10")).take(3));
        assertThat(rule.portableFor(d("2027-12-10"))).isSameAs(rule);
    }

    @Test
    void portable_rules_make_the_meant_part_explicit() {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=15;UNTIL=20301231");
        assertThat(rule.portableFor(LocalDateTime.parse("2026-03-01T19:00")))
                .hasToString("FREQ=YEARLY;UNTIL=20301231T235959;BYMONTHDAY=15;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12");
        assertThat(rule.portableFor(d("2026-03-01"), OpenPointReading.FROM_START))
                .hasToString("FREQ=YEARLY;UNTIL=20301231;BYMONTHDAY=15;BYMONTH=3");
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=20").portableFor(d("2021-05-19")))
                .hasToString("FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYWEEKNO=20");
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=20").portableFor(d("2021-05-19"), OpenPointReading.FROM_START))
                .hasToString("FREQ=YEARLY;BYDAY=WE;BYWEEKNO=20");
    }

    @Test
    void portable_rules_keep_what_every_engine_reads_alike() {
        RecurrenceRule monthly = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE;UNTIL=20301231T100000Z");
        assertThat(monthly.portableFor(ZonedDateTime.parse("2026-01-14T19:00+09:00[Asia/Tokyo]"))).isSameAs(monthly);
        assertThat(RecurrenceRule.parse("FREQ=DAILY;BYHOUR=9").portableFor(d("2026-01-01"))).hasToString("FREQ=DAILY");
    }

    @Test
    void portable_rules_write_rscale_only_where_it_changes_the_dates() {
        LocalDate start = d("2012-02-29");
        assertThat(RecurrenceRule.parse("RSCALE=GREGORIAN;FREQ=YEARLY").portableFor(start)).hasToString("FREQ=YEARLY");
        assertThat(RecurrenceRule.parse("RSCALE=JAPANESE;FREQ=YEARLY;SKIP=BACKWARD").portableFor(start))
                .hasToString("RSCALE=GREGORIAN;FREQ=YEARLY;SKIP=BACKWARD");
    }

    @Test
    void a_yearly_bymonthday_with_year_ordinals_has_no_portable_spelling() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=YEARLY;BYDAY=1MO;BYMONTHDAY=1").portableFor(d("2021-01-01")))
                .isInstanceOf(SecunityException.class)
                .hasMessage("FREQ=YEARLY;BYMONTHDAY without BYMONTH cannot be written so that every engine reads the"
                        + " same dates when BYDAY has ordinals (1MO): a BYMONTH would make them count in the month"
                        + " instead of the year; give BYMONTH, or BYYEARDAY, yourself");
    }

    @Test
    void a_date_start_cannot_take_a_sub_daily_rule_even_to_write_it_out() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=HOURLY").portableFor(d("2021-01-01")))
                .isInstanceOf(SecunityException.class)
                .hasMessage("a DATE DTSTART needs FREQ=DAILY or coarser, not FREQ=HOURLY, but the rule is FREQ=HOURLY");
    }

    @Test
    void options_compare_by_both_settings() {
        assertThat(FROM_START).isNotEqualTo(ExpansionOptions.defaults())
                .isEqualTo(ExpansionOptions.defaults().withOpenPointReading(OpenPointReading.FROM_START))
                .hasToString("ExpansionOptions[maxSteps=16777216, openPointReading=FROM_START]");
        assertThat(FROM_START.withMaxSteps(5).openPointReading()).isEqualTo(OpenPointReading.FROM_START);
    }
}
