package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityException;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** The merged, dated occurrences of a community's fixed-cadence events, with holiday adjustments. */
class ScheduleTest {

    static final Event LT = Event.builder().kind(EventKind.LIGHTNING_TALKS)
            .title(BilingualText.of("総関西サイバーセキュリティLT大会", "Sokansai Cyber Security LT meetup"))
            .cadence(EventCadence.builder()
                    .text(BilingualText.of("偶数月の第2水曜日の晩", "The evening of the second Wednesday of even months"))
                    .rrule("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE").build())
            .build();
    static final Event QUIZ = Event.builder().kind(EventKind.QUIZ)
            .title(BilingualText.of("アルティメットサイバーセキュリティクイズ", "Ultimate Cyber Security Quiz"))
            .cadence(EventCadence.builder().text(BilingualText.of("7月の第2土曜日", "The second Saturday of July"))
                    .rrule("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA").build())
            .build();
    static final Event SEMINAR = Event.builder().kind(EventKind.SEMINAR)
            .title(BilingualText.of("セミナー", "Seminar"))
            .cadence(EventCadence.builder().text(BilingualText.of("年2回", "Twice a year")).timesPerYear(2).build())
            .build();
    static final Event CLASS = Event.builder().kind(EventKind.CLASS)
            .title(BilingualText.of("プログラミング教室", "Programming class"))
            .startTime(LocalTime.of(16, 30))
            .cadence(EventCadence.builder().text(BilingualText.of("毎週月曜日", "Every Monday"))
                    .rrule("FREQ=WEEKLY;BYDAY=MO").build())
            .build();

    static Community community(Event... events) {
        return Community.builder().id(CommunityId.of("test-community")).name(BilingualText.of("テスト", "Test"))
                .region(Region.KINKI).addEvents(events).build();
    }

    @Test
    void only_events_with_a_rule_are_in_the_schedule() {
        assertThat(Schedule.of(community(SEMINAR, LT, QUIZ)).eventIndexes()).containsExactly(1, 2);
        assertThat(Schedule.of(community(SEMINAR)).next(LocalDate.of(2026, 1, 1), 5)).isEmpty();
    }

    @Test
    void occurrences_of_several_events_are_merged_in_time_order() {
        List<ScheduledOccurrence> next = Schedule.of(community(LT, QUIZ)).next(LocalDate.of(2026, 6, 1), 4);
        assertThat(next).extracting(ScheduledOccurrence::date).containsExactly(LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 7, 11), LocalDate.of(2026, 8, 12), LocalDate.of(2026, 10, 14));
        assertThat(next).extracting(o -> o.event().kind())
                .containsExactly(EventKind.LIGHTNING_TALKS, EventKind.QUIZ, EventKind.LIGHTNING_TALKS,
                        EventKind.LIGHTNING_TALKS);
        assertThat(next).extracting(ScheduledOccurrence::eventIndex).containsExactly(0, 1, 0, 0);
    }

    @Test
    void one_event_is_streamed_on_its_own() {
        Schedule schedule = Schedule.of(community(LT, QUIZ));
        assertThat(schedule.eventFrom(1, LocalDate.of(2026, 6, 1)).limit(2))
                .extracting(ScheduledOccurrence::date)
                .containsExactly(LocalDate.of(2026, 7, 11), LocalDate.of(2027, 7, 10));
    }

    @Test
    void one_event_whose_rule_ends_ends_its_stream() {
        Event twice = Event.builder().from(QUIZ).cadence(EventCadence.builder().from(QUIZ.cadence().orElseThrow())
                .rrule("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA;COUNT=2").build()).build();
        assertThat(Schedule.of(community(LT, twice)).eventFrom(1, LocalDate.of(2026, 1, 1)).limit(5))
                .extracting(ScheduledOccurrence::date)
                .containsExactly(LocalDate.of(2026, 7, 11), LocalDate.of(2027, 7, 10));
    }

    @Test
    void an_event_without_a_fixed_cadence_has_no_stream() {
        assertThatThrownBy(() -> Schedule.of(community(SEMINAR, LT)).eventFrom(0, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("event 0 of community test-community has no fixed cadence; the events with one are [1]");
    }

    @Test
    void the_start_date_is_included_when_it_is_an_occurrence() {
        assertThat(Schedule.of(community(LT)).next(LocalDate.of(2026, 6, 10), 1))
                .extracting(ScheduledOccurrence::date).containsExactly(LocalDate.of(2026, 6, 10));
    }

    @Test
    void an_event_with_a_start_time_starts_then_and_one_without_lasts_all_day() {
        List<ScheduledOccurrence> next = Schedule.of(community(CLASS, QUIZ)).next(LocalDate.of(2026, 7, 6), 2);
        assertThat(next.get(0).time()).contains(LocalTime.of(16, 30));
        assertThat(next.get(0).start()).isEqualTo(LocalDate.of(2026, 7, 6).atTime(16, 30));
        assertThat(next.get(1).date()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(next.get(1).time()).isEmpty();
        assertThat(Schedule.timeOfDay(CLASS)).contains(LocalTime.of(16, 30));
        assertThat(Schedule.timeOfDay(QUIZ)).isEmpty();
    }

    @Test
    void without_a_start_time_the_time_of_day_comes_from_the_cadence_wording() {
        assertThat(Schedule.timeOfDay(LT)).contains(LocalTime.of(19, 0));
        assertThat(Schedule.of(community(LT)).next(LocalDate.of(2026, 3, 1), 1).get(0).start())
                .isEqualTo(LocalDate.of(2026, 4, 8).atTime(19, 0));
        Event unreadable = Event.builder().from(LT).cadence(EventCadence.builder()
                .text(BilingualText.of("月に一度くらい、気が向いたら", "Now and then")).rrule("FREQ=MONTHLY").build()).build();
        assertThat(Schedule.timeOfDay(unreadable)).isEmpty();
        Event halfPast = Event.builder().from(LT).cadence(EventCadence.builder()
                .text(BilingualText.of("毎週月曜日19時半", "Mondays at 19:30")).rrule("FREQ=WEEKLY;BYDAY=MO").build()).build();
        assertThat(Schedule.timeOfDay(halfPast)).contains(LocalTime.of(19, 30));
        Event explicit = Event.builder().from(LT).startTime(LocalTime.of(18, 45)).build();
        assertThat(Schedule.timeOfDay(explicit)).contains(LocalTime.of(18, 45));
    }

    @Test
    void an_all_day_occurrence_sorts_before_a_timed_one_on_the_same_day() {
        Event mondayAllDay = Event.builder().from(CLASS).startTime(java.util.Optional.empty()).build();
        List<ScheduledOccurrence> next = Schedule.of(community(CLASS, mondayAllDay)).next(LocalDate.of(2026, 7, 6), 2);
        assertThat(next).extracting(ScheduledOccurrence::eventIndex).containsExactly(1, 0);
    }

    @Test
    void without_a_policy_holidays_are_ignored() {
        assertThat(Schedule.of(community(LT)).next(LocalDate.of(2026, 1, 1), 1))
                .extracting(ScheduledOccurrence::date, ScheduledOccurrence::isMoved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 11), false));
    }

    @Test
    void next_business_day_moves_an_occurrence_off_a_holiday_and_says_why() {
        ScheduledOccurrence first = Schedule.of(community(LT)).withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY)
                .next(LocalDate.of(2026, 1, 1), 1).get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(first.movedFrom()).contains(LocalDate.of(2026, 2, 11));
        assertThat(first.holiday().orElseThrow().ja()).isEqualTo("建国記念の日");
        assertThat(first).hasToString("2026-02-12 19:00 総関西サイバーセキュリティLT大会 (moved from 2026-02-11: 建国記念の日)");
    }

    @Test
    void previous_business_day_moves_an_occurrence_back() {
        ScheduledOccurrence first = Schedule.of(community(LT)).withHolidayPolicy(HolidayPolicy.PREVIOUS_BUSINESS_DAY)
                .next(LocalDate.of(2026, 1, 1), 1).get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(first.movedFrom()).contains(LocalDate.of(2026, 2, 11));
    }

    @Test
    void skip_lists_the_skipped_occurrence_but_does_not_count_it() {
        List<ScheduledOccurrence> next = Schedule.of(community(CLASS)).withHolidayPolicy(HolidayPolicy.SKIP)
                .next(LocalDate.of(2026, 7, 13), 2);
        assertThat(next).extracting(ScheduledOccurrence::date).containsExactly(LocalDate.of(2026, 7, 13),
                LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 27));
        assertThat(next).extracting(ScheduledOccurrence::isSkipped).containsExactly(false, true, false);
        assertThat(next.get(1).holiday().orElseThrow().en()).isEqualTo("Marine Day");
        assertThat(next.get(1).time()).contains(LocalTime.of(16, 30));
        assertThat(next.get(1)).hasToString("2026-07-20 16:30 プログラミング教室 (skipped: 海の日)");
    }

    @Test
    void a_saturday_event_is_not_moved_for_being_on_a_weekend() {
        assertThat(Schedule.of(community(QUIZ)).withHolidayPolicy(HolidayPolicy.SKIP).next(LocalDate.of(2026, 1, 1), 3))
                .allSatisfy(o -> assertThat(o.isSkipped() || o.isMoved()).isFalse());
    }

    static Stream<Arguments> policies() {
        return Stream.of(Arguments.of(HolidayPolicy.SKIP), Arguments.of(HolidayPolicy.NEXT_BUSINESS_DAY),
                Arguments.of(HolidayPolicy.PREVIOUS_BUSINESS_DAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void a_long_schedule_is_in_time_order_under_every_policy(HolidayPolicy policy) {
        List<ScheduledOccurrence> next = Schedule.of(community(LT, QUIZ, CLASS)).withHolidayPolicy(policy)
                .next(LocalDate.of(2025, 1, 1), 500);
        assertThat(next).isSorted();
        assertThat(next.stream().filter(o -> !o.isSkipped())).hasSize(500);
        assertThat(next).filteredOn(ScheduledOccurrence::isMoved)
                .allSatisfy(o -> assertThat(o.holiday()).isPresent());
    }

    @Test
    void a_negative_count_is_rejected() {
        assertThatThrownBy(() -> Schedule.of(community(LT)).next(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(SecunityException.class)
                .hasMessage("count must be >= 0, but was -1");
    }

    @Test
    void a_date_beyond_the_holiday_calendar_is_rejected_with_a_policy() {
        assertThatThrownBy(() -> Schedule.of(community(LT)).withHolidayPolicy(HolidayPolicy.SKIP)
                .next(LocalDate.of(2100, 1, 1), 1))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 2100 is outside the years covered");
    }
}
