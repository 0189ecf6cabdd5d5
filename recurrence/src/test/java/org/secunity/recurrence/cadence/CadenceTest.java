package org.secunity.recurrence.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** Named cases of {@link Cadence} (issue 4). */
class CadenceTest {

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    // --- the source text's cadences

    @Test
    void the_lt_meetup_is_the_evening_of_the_second_wednesday_of_even_months() {
        Cadence lt = Cadence.parse("偶数月の第2水曜日の晩");
        assertThat(lt.rule()).contains(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE"));
        assertThat(lt.timeOfDay()).contains(Cadence.EVENING).contains(LocalTime.of(19, 0));
        assertThat(lt).hasToString("偶数月の第2水曜日 19:00");
        assertThat(lt.describe(Locale.ENGLISH)).isEqualTo("second Wednesday of even months at 19:00");
        assertThat(lt.occurrences(t("2026-01-01T00:00")).take(2))
                .containsExactly(t("2026-02-11T19:00"), t("2026-04-08T19:00"));
    }

    @Test
    void the_quiz_and_the_programming_class_parse_to_their_curated_rules() {
        assertThat(Cadence.parse("7月の第2土曜日").rule()).contains(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA"));
        assertThat(Cadence.parse("毎週月曜日").rule()).contains(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO"));
    }

    @Test
    void the_approximate_cadences_of_the_source_have_no_dates() {
        assertThat(Cadence.parse("年2回程度")).isEqualTo(Cadence.aboutTimesPer(2, ChronoUnit.YEARS));
        assertThat(Cadence.parse("年1回程度")).isEqualTo(Cadence.aboutTimesPer(1, ChronoUnit.YEARS));
        assertThat(Cadence.parse("年1回")).isEqualTo(Cadence.timesPer(1, ChronoUnit.YEARS));
        assertThat(Cadence.parse("不定期")).isSameAs(Cadence.irregular());
        assertThat(Cadence.parse("定期的")).isSameAs(Cadence.regular());
        assertThatThrownBy(() -> Cadence.parse("年2回程度").occurrences(t("2026-01-01T00:00")))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("the cadence 年2回程度 has no fixed dates to compute");
    }

    @Test
    void a_day_of_the_month_and_a_number_of_times_are_told_apart() {
        assertThat(Cadence.parse("毎月1日").isFixed()).isTrue();
        assertThat(Cadence.parse("毎月1回").isFixed()).isFalse();
        assertThat(Cadence.parse("毎月1回").times()).hasValue(1);
    }

    // --- what the expand command will call

    @Test
    void a_cadence_expands_and_a_holiday_policy_moves_it() {
        Recurrence<LocalDateTime> meetups = Cadence.parse("second Wednesday of even months")
                .occurrences(t("2026-01-01T19:00"));
        assertThat(HolidayPolicy.NEXT_BUSINESS_DAY.apply(meetups, HolidayCalendar.japan()).take(2))
                .containsExactly(t("2026-02-12T19:00"), t("2026-04-08T19:00"));
    }

    @Test
    void the_start_is_included_only_when_it_matches() {
        Cadence mondays = Cadence.parse("毎週月曜日 19:00");
        assertThat(mondays.occurrences(t("2026-01-05T19:00")).first()).contains(t("2026-01-05T19:00"));
        assertThat(mondays.occurrences(t("2026-01-05T19:01")).first()).contains(t("2026-01-12T19:00"));
    }

    @Test
    void a_zoned_start_gives_the_time_of_day_on_the_zones_wall_clock() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(Cadence.parse("毎週月曜日 19:00").occurrences(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, tokyo)).first())
                .contains(ZonedDateTime.of(2026, 1, 5, 19, 0, 0, 0, tokyo));
    }

    @Test
    void a_date_start_gives_dates_and_leaves_out_the_time_of_day() {
        assertThat(Cadence.parse("偶数月の第2水曜日の晩").occurrences(LocalDate.parse("2026-01-01")).take(1))
                .containsExactly(LocalDate.parse("2026-02-11"));
    }

    // --- times of day

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "毎週月曜日の朝, 09:00", "毎週月曜日 昼, 12:00", "毎週月曜日の夕方, 17:00", "毎週月曜日の晩, 19:00",
        "毎週月曜日の夜, 19:00", "毎週月曜日 夜間, 19:00", "毎週月曜日 朝9時半, 09:30", "毎週月曜日 午前10時, 10:00",
        "毎週月曜日 午後12時, 12:00", "毎週月曜日 午前0時, 00:00", "毎週月曜日 夜10時, 22:00", "毎週月曜日 18時から, 18:00",
        "毎週月曜日 19:00〜, 19:00", "every Monday in the morning, 09:00", "every Monday at noon, 12:00",
        "every Monday in the afternoon, 17:00", "every Monday in the evening, 19:00", "every Monday at night, 19:00",
        "every Monday at 12 am, 00:00", "every Monday at 12 pm, 12:00", "every Monday at midnight, 00:00"
    })
    void words_for_times_of_day_have_documented_defaults(String phrase, String time) {
        assertThat(Cadence.parse(phrase).timeOfDay()).contains(LocalTime.parse(time));
    }

    // --- factories and validation

    @Test
    void a_time_of_day_needs_a_rule_of_whole_days() {
        assertThatThrownBy(() -> Cadence.of(RecurrenceRule.parse("FREQ=HOURLY"), LocalTime.NOON))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("needs a rule with day-level parts only");
        assertThatThrownBy(() -> Cadence.of(RecurrenceRule.parse("FREQ=DAILY;BYHOUR=9"), LocalTime.NOON))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("BYHOUR");
        assertThatThrownBy(() -> Cadence.of(RecurrenceRule.parse("FREQ=DAILY"), LocalTime.of(9, 0, 0, 5)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("whole seconds");
    }

    @Test
    void a_number_of_times_is_per_year_month_or_week_and_positive() {
        assertThatThrownBy(() -> Cadence.timesPer(2, ChronoUnit.DAYS))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("YEARS, MONTHS or WEEKS, not Days");
        assertThatThrownBy(() -> Cadence.aboutTimesPer(0, ChronoUnit.YEARS))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("from 1 to 1000, was 0");
    }

    @Test
    void with_time_of_day_replaces_the_time_of_a_fixed_cadence_only() {
        assertThat(Cadence.parse("毎週月曜日").withTimeOfDay(LocalTime.of(18, 30))).hasToString("毎週月曜日 18:30");
        assertThatThrownBy(() -> Cadence.irregular().withTimeOfDay(LocalTime.NOON))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("不定期 has no dates");
    }

    @Test
    void parse_names_a_null_argument() {
        assertThatThrownBy(() -> Cadence.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    // --- rules outside the phrase grammar

    @Test
    void a_rule_outside_the_grammar_prints_and_parses_as_its_rrule_with_the_time() {
        Cadence lastWeekday = Cadence.of(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
                LocalTime.of(19, 0));
        assertThat(lastWeekday).hasToString("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 19:00");
        assertThat(Cadence.parse(lastWeekday.toString())).isEqualTo(lastWeekday);
        assertThat(Cadence.parse("RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 19:00")).isEqualTo(lastWeekday);
        assertThat(lastWeekday.describe(Locale.JAPANESE))
                .isEqualTo("毎月 (月曜日・火曜日・水曜日・木曜日・金曜日、候補のうち最後) 19:00");
    }

    @Test
    void an_invalid_rrule_after_leading_spaces_reports_the_index_in_the_whole_text() {
        assertThatThrownBy(() -> Cadence.parse("  FREQ=MONTHLY;BYDAY=2XX 19:00"))
                .isInstanceOfSatisfying(SecunityParseException.class, e -> {
                    assertThat(e.index()).isEqualTo(21);
                    assertThat(e.part()).contains("BYDAY");
                })
                .hasMessageStartingWith("invalid RRULE: ");
    }

    // --- describe and locales

    @Test
    void japanese_is_written_for_any_japanese_locale_and_english_for_the_others() {
        Cadence quiz = Cadence.parse("7月の第2土曜日");
        assertThat(quiz.describe(Locale.JAPAN)).isEqualTo("7月の第2土曜日");
        assertThat(quiz.describe(Locale.forLanguageTag("ja-JP-u-ca-japanese"))).isEqualTo("7月の第2土曜日");
        assertThat(quiz.describe(Locale.FRENCH)).isEqualTo("second Saturday of July");
        assertThat(quiz.describe(Locale.ROOT)).isEqualTo("second Saturday of July");
    }

    @Test
    void equal_cadences_are_equal_and_others_are_not() {
        Cadence a = Cadence.parse("every other Wednesday");
        assertThat(a).isEqualTo(Cadence.parse("隔週水曜日")).hasSameHashCodeAs(Cadence.parse("2週間ごとの水曜日"));
        assertThat(a).isNotEqualTo(Cadence.parse("毎週水曜日")).isNotEqualTo(Cadence.parse("隔週水曜日 19:00"))
                .isNotEqualTo(null).isNotEqualTo("隔週水曜日");
        assertThat(Cadence.timesPer(2, ChronoUnit.YEARS)).isNotEqualTo(Cadence.aboutTimesPer(2, ChronoUnit.YEARS))
                .isNotEqualTo(Cadence.timesPer(2, ChronoUnit.MONTHS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FREQ=MONTHLY;BYDAY=1MO,TU",
        "FREQ=MONTHLY;BYDAY=MO,1TU",
        "FREQ=YEARLY;BYMONTH=7;BYDAY=-1FR,SA"})
    void describe_writes_every_before_a_weekday_without_ordinal_next_to_one_with(String rrule) {
        RecurrenceRule rule = RecurrenceRule.parse(rrule);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 9, 0);
        assertThat(Cadence.describe(rule, Locale.ENGLISH)).contains("every ");
        assertThat(Cadence.describe(rule, Locale.JAPANESE)).contains("毎週");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            String text = Cadence.describe(rule, locale);
            try {
                assertThat(Cadence.parse(text).occurrences(start).take(10)).as(text)
                        .isEqualTo(rule.occurrences(start).take(10));
            } catch (SecunityParseException e) {
                // not a phrase: the regression was a description that parsed to other dates
            }
        }
    }

    // --- issue 13: the reworked parsers

    @Test
    void a_longer_word_wins_over_its_prefix() {
        // ヶ月間 over ヶ月, 毎月曜 over 毎月, 毎日曜 over 毎日, 最終日曜 over 最終日
        assertThat(Cadence.parse("3か月間ごと").rule()).contains(RecurrenceRule.parse("FREQ=MONTHLY;INTERVAL=3"));
        assertThat(Cadence.parse("毎月曜日").rule()).contains(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO"));
        assertThat(Cadence.parse("毎日曜日").rule()).contains(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=SU"));
        assertThat(Cadence.parse("毎月最終日曜日").rule()).contains(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1SU"));
    }

    @Test
    void saishuubi_is_the_last_day_of_the_month_not_the_last_sunday() { // issue 11
        assertThat(Cadence.parse("毎月最終日").rule()).contains(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-1"));
        assertThat(Cadence.parse("隔月最終日").rule()).contains(RecurrenceRule.parse("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1"));
    }

    @Test
    void the_bounds_of_a_cadence_are_those_rrule_text_carries() { // issue 11
        RecurrenceRule rule = Cadence.parse("every 2147483647 days").rule().orElseThrow();
        assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
        assertThat(Cadence.parse("毎週月曜日、全2147483647回").rule().orElseThrow().count()).hasValue(Integer.MAX_VALUE);
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY;INTERVAL=2147483648"))
                .as("the engine reads back what a rule holds and no more; if it reads more, Phrase.MAX_NUMBER may grow")
                .isInstanceOf(SecunityParseException.class);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.SECONDS)
    void long_phrases_are_read_in_one_pass() {
        // a guard against a hang, not a speed target: a list of 50,000 months was read in quadratic
        // time (peeking at the rest of the list after each item), some 10^9 steps
        String months = "1・".repeat(50_000) + "1月";
        assertThat(Cadence.parse("毎年" + months).rule()).contains(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=1"));
        String weekdays = "Monday and ".repeat(50_000) + "Friday";
        assertThat(Cadence.parse("every " + weekdays).rule()).contains(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,FR"));
    }

    @Test
    void a_long_phrase_is_quoted_in_part_in_a_message() {
        String phrase = "毎週月曜日" + "・月曜日".repeat(1000) + "です";
        assertThatThrownBy(() -> Cadence.parse(phrase))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageStartingWith("unexpected \"です\" after …")
                .satisfies(e -> assertThat(e.getMessage().indexOf(';')).isLessThan(100));
    }
}
