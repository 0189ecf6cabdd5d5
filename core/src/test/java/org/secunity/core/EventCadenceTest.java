package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * The catalog's cadences are computable (issue 4): the three fixed cadences of the seed catalog,
 * built here by hand as the catalog curates them, parse from their Japanese wording to exactly
 * their curated rule.
 */
class EventCadenceTest {

    private static EventCadence cadence(String ja, String en, String rrule) {
        return EventCadence.builder().text(BilingualText.of(ja, en)).rrule(rrule).build();
    }

    private static final EventCadence LT_MEETUP = cadence("偶数月の第2水曜日の晩",
            "The evening of the second Wednesday of every even-numbered month", "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE");
    private static final EventCadence QUIZ = cadence("7月の第2土曜日", "The second Saturday of July",
            "FREQ=YEARLY;BYMONTH=7;BYDAY=2SA");
    private static final EventCadence PROGRAMMING_CLASS = cadence("毎週月曜日", "Every Monday", "FREQ=WEEKLY;BYDAY=MO");

    @Test
    void the_japanese_wording_of_each_fixed_cadence_parses_to_its_curated_rule() {
        for (EventCadence c : new EventCadence[] {LT_MEETUP, QUIZ, PROGRAMMING_CLASS}) {
            assertThat(Cadence.parse(c.text().ja()).rule()).as(c.text().ja()).isEqualTo(c.rule());
            assertThat(c.rule()).contains(RecurrenceRule.parse(c.rrule().orElseThrow()));
        }
    }

    @Test
    void the_lt_meetup_is_at_19_on_the_second_wednesday_of_even_months() {
        Cadence lt = LT_MEETUP.cadence().orElseThrow();
        assertThat(lt.timeOfDay()).contains(LocalTime.of(19, 0));
        assertThat(lt.occurrences(LocalDateTime.parse("2026-01-01T00:00")).take(3)).containsExactly(
                LocalDateTime.parse("2026-02-11T19:00"), LocalDateTime.parse("2026-04-08T19:00"),
                LocalDateTime.parse("2026-06-10T19:00"));
        // 2026-02-11 is 建国記念の日
        assertThat(HolidayPolicy.NEXT_BUSINESS_DAY.apply(lt.occurrences(LocalDateTime.parse("2026-01-01T00:00")),
                HolidayCalendar.japan()).first()).contains(LocalDateTime.parse("2026-02-12T19:00"));
    }

    @Test
    void the_quiz_and_the_programming_class_have_their_next_dates() {
        assertThat(QUIZ.cadence().orElseThrow().occurrences(LocalDate.parse("2026-01-01")).take(2))
                .containsExactly(LocalDate.parse("2026-07-11"), LocalDate.parse("2027-07-10"));
        assertThat(PROGRAMMING_CLASS.cadence().orElseThrow().occurrences(LocalDate.parse("2026-07-14")).first())
                .contains(LocalDate.parse("2026-07-20"));
    }

    @Test
    void an_approximate_cadence_comes_from_its_wording_and_agrees_with_times_per_year() {
        EventCadence seminars = EventCadence.builder().text(BilingualText.of("年2回程度", "About twice a year"))
                .timesPerYear(2).build();
        assertThat(seminars.rule()).isEmpty();
        assertThat(seminars.cadence()).contains(Cadence.aboutTimesPer(2, ChronoUnit.YEARS));
    }

    @Test
    void a_wording_that_counts_other_times_per_year_is_refused_and_free_text_is_not() {
        // issue 11: docs/catalog-format.md says a cadence phrase must mean the curated data exactly
        assertThatThrownBy(() -> EventCadence.builder().text(BilingualText.of("年2回程度", "About twice a year"))
                .timesPerYear(3).build())
                .isInstanceOfSatisfying(SecunityDataException.class, e -> assertThat(e.violations())
                        .extracting(SecunityDataException.Violation::path, SecunityDataException.Violation::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("text.ja",
                                "\"年2回程度\" means 2 times a year, not timesPerYear 3")));
        EventCadence unworded = EventCadence.builder().text(BilingualText.of("春と秋", "Spring and autumn"))
                .timesPerYear(2).build();
        assertThat(unworded.cadence()).contains(Cadence.timesPer(2, ChronoUnit.YEARS));
    }

    @Test
    void a_wording_for_another_rule_is_refused() {
        assertThatThrownBy(() -> cadence("毎週火曜日の晩", "Tuesday evenings", "FREQ=WEEKLY;BYDAY=MO"))
                .isInstanceOfSatisfying(SecunityDataException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("text.ja: \"毎週火曜日の晩\" means FREQ=WEEKLY;BYDAY=TU, not the rrule FREQ=WEEKLY;BYDAY=MO"));
        assertThatThrownBy(() -> cadence("偶数月の第2水曜日の晩", "Even months", "FREQ=DAILY"))
                .isInstanceOf(SecunityDataException.class).hasMessageContaining("not the rrule FREQ=DAILY");
    }

    @Test
    void a_rule_may_add_what_the_wording_leaves_open_and_how_long_the_series_runs() {
        assertThat(cadence("毎週", "Weekly", "FREQ=WEEKLY;BYDAY=MO").rule()).isPresent();
        assertThat(cadence("7月の第2土曜日", "Second Saturday of July", "FREQ=YEARLY;COUNT=2;BYDAY=2SA;BYMONTH=7")
                .rule()).isPresent();
        assertThatThrownBy(() -> cadence("毎週", "Weekly", "FREQ=WEEKLY;INTERVAL=2"))
                .isInstanceOf(SecunityDataException.class).hasMessageContaining("not the rrule FREQ=WEEKLY;INTERVAL=2");
        assertThatThrownBy(() -> cadence("7月の第2土曜日", "July", "FREQ=YEARLY;BYDAY=2SA;BYMONTH=8"))
                .isInstanceOf(SecunityDataException.class).hasMessageContaining("BYMONTH=7, not the rrule");
    }

    @Test
    void a_number_of_sessions_is_no_cadence() {
        EventCadence lectures = EventCadence.builder().text(BilingualText.of("全8回", "Eight sessions in all"))
                .count(8).build();
        assertThat(lectures.cadence()).isEmpty();
        assertThat(lectures.rule()).isEmpty();
        assertThat(lectures.cadenceProblem()).hasValueSatisfying(why -> assertThat(why)
                .startsWith("no cadence: the text \"全8回\" is not a cadence phrase (")
                .contains("at index")
                .endsWith("), and there is no rrule or timesPerYear"));
    }

    @Test
    void a_cadence_has_no_problem_even_when_its_text_is_no_phrase() {
        EventCadence curated = cadence("毎月のどこかの木曜日", "Some Thursday every month", "FREQ=MONTHLY;BYDAY=TH");
        assertThat(curated.cadence()).isPresent();
        assertThat(curated.cadenceProblem()).isEmpty();
        EventCadence counted = EventCadence.builder().text(BilingualText.of("全8回", "Eight sessions")).timesPerYear(8)
                .build();
        assertThat(counted.cadence()).isPresent();
        assertThat(counted.cadenceProblem()).isEmpty();
        assertThat(LT_MEETUP.cadenceProblem()).isEmpty();
    }

    @Test
    void event_cadence_rejects_an_rrule_that_does_not_parse_and_says_why() {
        assertThatThrownBy(() -> cadence("毎月", "Monthly", "FREQ=MONTHLY;BYDAY=2XX"))
                .isInstanceOfSatisfying(SecunityDataException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).path()).isEqualTo("rrule");
                    assertThat(e.violations().get(0).message()).contains("BYDAY").contains("at index 19");
                })
                .hasMessageStartingWith("rrule: ");
    }

    @Test
    void the_rule_and_cadence_are_derived_and_not_part_of_equality() {
        EventCadence again = cadence("偶数月の第2水曜日の晩",
                "The evening of the second Wednesday of every even-numbered month", "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE");
        assertThat(LT_MEETUP.cadence()).isPresent();
        assertThat(again).isEqualTo(LT_MEETUP).hasSameHashCodeAs(LT_MEETUP);
        assertThat(again.toString()).isEqualTo("偶数月の第2水曜日の晩 [FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE]");
    }
}
