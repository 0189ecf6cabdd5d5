package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.Occurrence;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceIterator;
import org.secunity.recurrence.RecurrenceRule;

/** Named cases of the holiday policies (issue 4); expected dates are worked out by hand. */
class HolidayPolicyTest {

    private static final HolidayCalendar JAPAN = HolidayCalendar.japan();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    private static List<LocalDate> dates(String... texts) {
        return java.util.Arrays.stream(texts).map(LocalDate::parse).collect(Collectors.toList());
    }

    /** 鹿児島: the programming class on Mondays (毎週月曜日), 2026, as LocalDateTime at 16:00. */
    private static Recurrence<LocalDateTime> mondayClass2026() {
        return Recurrence.window(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO").occurrences(t("2026-01-01T16:00")),
                t("2026-01-01T00:00"), t("2027-01-01T00:00"));
    }

    // --- the Kagoshima Monday class over 2026 with SKIP

    @Test
    void skip_drops_the_monday_class_on_every_monday_holiday_of_2026() {
        HolidayAdjusted<LocalDateTime> classes = HolidayPolicy.SKIP.apply(mondayClass2026(), JAPAN);

        List<LocalDateTime> held = classes.stream().collect(Collectors.toList());
        // 52 Mondays in 2026 (2026-01-05 to 2026-12-28), 7 of them holidays
        assertThat(held).hasSize(45);
        assertThat(held).doesNotContain(t("2026-01-12T16:00"), t("2026-02-23T16:00"), t("2026-05-04T16:00"),
                t("2026-07-20T16:00"), t("2026-09-21T16:00"), t("2026-10-12T16:00"), t("2026-11-23T16:00"));
        assertThat(held).contains(t("2026-01-05T16:00"), t("2026-07-13T16:00"), t("2026-07-27T16:00"),
                t("2026-12-28T16:00"));
    }

    @Test
    void skip_reports_each_skipped_monday_with_the_holiday_in_both_languages() {
        List<Adjustment<LocalDateTime>> skipped = HolidayPolicy.SKIP.apply(mondayClass2026(), JAPAN)
                .adjustments().collect(Collectors.toList());

        assertThat(skipped).extracting(Adjustment::kind).containsOnly(Adjustment.Kind.SKIPPED);
        assertThat(skipped).extracting(Adjustment::original).containsExactly(
                t("2026-01-12T16:00"), t("2026-02-23T16:00"), t("2026-05-04T16:00"), t("2026-07-20T16:00"),
                t("2026-09-21T16:00"), t("2026-10-12T16:00"), t("2026-11-23T16:00"));
        assertThat(skipped).extracting(a -> a.reason(Locale.JAPANESE)).containsExactly(
                "成人の日", "天皇誕生日", "みどりの日", "海の日", "敬老の日", "スポーツの日", "勤労感謝の日");
        assertThat(skipped.get(3).reason(Locale.ENGLISH)).isEqualTo("Marine Day");
        assertThat(skipped.get(3).time()).isEmpty();
        assertThat(skipped.get(3)).hasToString("2026-07-20T16:00 skipped: 海の日 (Marine Day)");
    }

    @Test
    void skip_leaves_the_other_occurrences_untouched_in_annotated() {
        List<Occurrence<LocalDateTime>> annotated = HolidayPolicy.SKIP.apply(mondayClass2026(), JAPAN)
                .annotated().collect(Collectors.toList());
        assertThat(annotated).hasSize(45).allMatch(o -> !o.isMoved() && o.note().isEmpty());
    }

    // --- the LT meetup, 2nd Wednesday of even months at 19:00, 2025-2027, NEXT_BUSINESS_DAY

    private static HolidayAdjusted<LocalDateTime> ltMeetups2025To2027() {
        Recurrence<LocalDateTime> meetups = Recurrence.window(
                RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE").occurrences(t("2025-01-01T19:00")),
                t("2025-01-01T00:00"), t("2028-01-01T00:00"));
        return HolidayPolicy.NEXT_BUSINESS_DAY.apply(meetups, JAPAN);
    }

    @Test
    void next_business_day_moves_the_lt_meetup_off_national_foundation_day_and_mountain_day() {
        assertThat(ltMeetups2025To2027().stream().collect(Collectors.toList())).containsExactly(
                t("2025-02-12T19:00"), t("2025-04-09T19:00"), t("2025-06-11T19:00"),
                t("2025-08-13T19:00"), t("2025-10-08T19:00"), t("2025-12-10T19:00"),
                t("2026-02-12T19:00"), t("2026-04-08T19:00"), t("2026-06-10T19:00"),
                t("2026-08-12T19:00"), t("2026-10-14T19:00"), t("2026-12-09T19:00"),
                t("2027-02-10T19:00"), t("2027-04-14T19:00"), t("2027-06-09T19:00"),
                t("2027-08-12T19:00"), t("2027-10-13T19:00"), t("2027-12-08T19:00"));
    }

    @Test
    void next_business_day_notes_why_each_meetup_moved() {
        List<Occurrence<LocalDateTime>> moved = ltMeetups2025To2027().annotated()
                .filter(Occurrence::isMoved).collect(Collectors.toList());
        assertThat(moved).containsExactly(
                Occurrence.moved(t("2026-02-11T19:00"), t("2026-02-12T19:00"), "建国記念の日 (National Foundation Day)"),
                Occurrence.moved(t("2027-08-11T19:00"), t("2027-08-12T19:00"), "山の日 (Mountain Day)"));

        List<Adjustment<LocalDateTime>> adjustments = ltMeetups2025To2027().adjustments().collect(Collectors.toList());
        assertThat(adjustments).hasSize(2);
        assertThat(adjustments.get(0).kind()).isEqualTo(Adjustment.Kind.MOVED);
        assertThat(adjustments.get(0).time()).contains(t("2026-02-12T19:00"));
        assertThat(adjustments.get(0).holiday()).contains(Holiday.of(d("2026-02-11"), "建国記念の日",
                "National Foundation Day", HolidayKind.NATIONAL_HOLIDAY));
        assertThat(adjustments.get(1))
                .hasToString("2027-08-11T19:00 moved to 2027-08-12T19:00: 山の日 (Mountain Day)");
    }

    @Test
    void previous_business_day_moves_the_lt_meetup_back_a_day() {
        Recurrence<LocalDateTime> meetups = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE")
                .occurrences(t("2026-01-01T19:00"));
        assertThat(HolidayPolicy.PREVIOUS_BUSINESS_DAY.apply(meetups, JAPAN).take(2))
                .containsExactly(t("2026-02-10T19:00"), t("2026-04-08T19:00"));
    }

    // --- ordering and duplicates

    @Test
    void a_friday_holiday_moved_to_monday_comes_after_an_earlier_monday_occurrence() {
        // 2026-03-20 is a Friday and 春分の日; 2026-03-23 is the next business day
        Recurrence<LocalDateTime> source = Recurrence.ofDates(List.of(
                t("2026-03-20T20:00"), t("2026-03-23T09:00"), t("2026-03-24T09:00")));
        HolidayAdjusted<LocalDateTime> adjusted = HolidayPolicy.NEXT_BUSINESS_DAY.apply(source, JAPAN);

        assertThat(adjusted.take(5)).containsExactly(
                t("2026-03-23T09:00"), t("2026-03-23T20:00"), t("2026-03-24T09:00"));
        assertThat(adjusted.annotated().collect(Collectors.toList())).containsExactly(
                Occurrence.of(t("2026-03-23T09:00")),
                Occurrence.moved(t("2026-03-20T20:00"), t("2026-03-23T20:00"), "春分の日 (Vernal Equinox Day)"),
                Occurrence.of(t("2026-03-24T09:00")));
    }

    /** Every day from 2026-04-28 to 2026-05-08: 4/29 昭和の日, 5/2-5/6 Golden Week. */
    private static Recurrence<LocalDate> goldenWeek2026() {
        return RecurrenceRule.parse("FREQ=DAILY;UNTIL=20260508").occurrences(d("2026-04-28"));
    }

    @Test
    void next_business_day_keeps_one_occurrence_per_day_and_reports_the_merged_ones() {
        HolidayAdjusted<LocalDate> adjusted = HolidayPolicy.NEXT_BUSINESS_DAY.apply(goldenWeek2026(), JAPAN);

        assertThat(adjusted.take(20)).isEqualTo(dates("2026-04-28", "2026-04-30", "2026-05-01", "2026-05-07", "2026-05-08"));
        List<Adjustment<LocalDate>> merged = adjusted.adjustments().collect(Collectors.toList());
        assertThat(merged).extracting(Adjustment::kind).containsOnly(Adjustment.Kind.MERGED);
        assertThat(merged).extracting(Adjustment::original).isEqualTo(
                dates("2026-04-29", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06"));
        assertThat(merged).extracting(a -> a.time().orElseThrow()).isEqualTo(
                dates("2026-04-30", "2026-05-07", "2026-05-07", "2026-05-07", "2026-05-07", "2026-05-07"));
        assertThat(merged).extracting(a -> a.reason(Locale.JAPANESE))
                .containsExactly("昭和の日", "土曜日", "憲法記念日", "みどりの日", "こどもの日", "振替休日");
        assertThat(merged.get(1).holiday()).isEmpty();
        assertThat(merged.get(1).reason(Locale.ENGLISH)).isEqualTo("Saturday");
    }

    @Test
    void previous_business_day_merges_golden_week_into_the_friday_before() {
        HolidayAdjusted<LocalDate> adjusted = HolidayPolicy.PREVIOUS_BUSINESS_DAY.apply(goldenWeek2026(), JAPAN);
        assertThat(adjusted.take(20)).isEqualTo(dates("2026-04-28", "2026-04-30", "2026-05-01", "2026-05-07", "2026-05-08"));
        assertThat(adjusted.adjustments().map(a -> a.time().orElseThrow()).collect(Collectors.toList()))
                .isEqualTo(dates("2026-04-28", "2026-05-01", "2026-05-01", "2026-05-01", "2026-05-01", "2026-05-01"));
    }

    @Test
    void two_moved_occurrences_at_different_times_of_day_both_stay() {
        Recurrence<LocalDateTime> source = Recurrence.ofDates(List.of(t("2026-05-02T10:00"), t("2026-05-03T09:00")));
        assertThat(HolidayPolicy.NEXT_BUSINESS_DAY.apply(source, JAPAN).take(5))
                .containsExactly(t("2026-05-07T09:00"), t("2026-05-07T10:00"));
    }

    // --- weekends and the trigger

    @Test
    void by_default_a_saturday_event_is_skipped_because_saturday_is_not_a_business_day() {
        Recurrence<LocalDate> quiz = RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA;COUNT=3")
                .occurrences(d("2025-01-01"));
        assertThat(HolidayPolicy.SKIP.apply(quiz, JAPAN).take(5)).isEmpty();
        assertThat(HolidayPolicy.SKIP.apply(quiz, JAPAN, HolidayPolicy.Trigger.HOLIDAY).take(5))
                .isEqualTo(dates("2025-07-12", "2026-07-11", "2027-07-10"));
    }

    @Test
    void with_the_holiday_trigger_a_saturday_holiday_still_moves_to_a_business_day() {
        // 2025-05-03 憲法記念日 is a Saturday; 5/4 Sun, 5/5 Mon and 5/6 Tue (振替休日) are days off
        Recurrence<LocalDate> source = Recurrence.ofDates(dates("2025-05-03", "2025-05-10"));
        HolidayAdjusted<LocalDate> adjusted =
                HolidayPolicy.NEXT_BUSINESS_DAY.apply(source, JAPAN, HolidayPolicy.Trigger.HOLIDAY);
        assertThat(adjusted.take(5)).isEqualTo(dates("2025-05-07", "2025-05-10"));
        assertThat(adjusted.trigger()).isEqualTo(HolidayPolicy.Trigger.HOLIDAY);
    }

    // --- zoned occurrences

    @Test
    void a_moved_zoned_occurrence_keeps_its_wall_clock_time_across_a_daylight_saving_change() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // Saturday 2026-03-07 09:00 EST; clocks go forward on Sunday 2026-03-08
        Recurrence<ZonedDateTime> source = Recurrence.ofDates(List.of(
                ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, newYork)));
        ZonedDateTime moved = HolidayPolicy.NEXT_BUSINESS_DAY.apply(source, JAPAN).first().orElseThrow();
        assertThat(moved).isEqualTo(ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, newYork));
        assertThat(moved.getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void zoned_occurrences_in_two_zones_are_rejected() {
        Recurrence<ZonedDateTime> source = Recurrence.ofDates(List.of(
                ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")),
                ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneId.of("Europe/Paris"))));
        assertThatThrownBy(() -> HolidayPolicy.SKIP.apply(source, JAPAN).take(5))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("in one zone");
    }

    @Test
    void an_occurrence_type_without_a_date_is_rejected() {
        Recurrence<Instant> source = Recurrence.ofDates(List.of(Instant.parse("2026-03-02T00:00:00Z")));
        assertThatThrownBy(() -> HolidayPolicy.SKIP.apply(source, JAPAN).take(1))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("LocalDate, LocalDateTime and ZonedDateTime")
                .hasMessageContaining("java.time.Instant");
    }

    // --- the calendar's range

    @Test
    void an_occurrence_outside_the_calendars_years_throws_the_calendars_exception() {
        Recurrence<LocalDate> source = RecurrenceRule.parse("FREQ=YEARLY").occurrences(d("2099-06-01"));
        RecurrenceIterator<LocalDate> it = HolidayPolicy.SKIP.apply(source, JAPAN).iterator();
        assertThat(it.next()).isEqualTo(d("2099-06-01"));
        assertThatThrownBy(it::next)
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 2100 is outside the years covered by JapaneseHolidayCalendar");
    }

    @Test
    void moving_past_the_end_of_the_calendar_throws_rather_than_guesses() {
        // 2099-12-31 is a Thursday; the Saturday 2099-12-26 moves within range; 1955-01-01, the
        // first covered day, is a Saturday whose previous business day lies before the calendar
        Recurrence<LocalDate> source = Recurrence.ofDates(dates("2099-12-26"));
        assertThat(HolidayPolicy.NEXT_BUSINESS_DAY.apply(source, JAPAN).take(1)).isEqualTo(dates("2099-12-28"));
        Recurrence<LocalDate> firstSaturday = Recurrence.ofDates(dates("1955-01-01"));
        assertThatThrownBy(() -> HolidayPolicy.PREVIOUS_BUSINESS_DAY.apply(firstSaturday, JAPAN).take(1))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 1954");
    }

    @Test
    void seeking_before_the_calendars_years_works_when_there_is_nothing_there() {
        HolidayAdjusted<LocalDateTime> meetups = ltMeetups2025To2027();
        assertThat(meetups.next(t("2000-01-01T00:00"))).contains(t("2025-02-12T19:00"));
    }

    @Test
    void seeking_past_the_calendars_years_throws() {
        Recurrence<LocalDate> weekly = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO").occurrences(d("2099-11-01"));
        assertThatThrownBy(() -> HolidayPolicy.NEXT_BUSINESS_DAY.apply(weekly, JAPAN).next(d("2150-01-01")))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("year 2100");
    }

    // --- seeking

    @Test
    void seeking_far_ahead_reads_only_a_few_source_occurrences() {
        Counting<LocalDateTime> source = new Counting<>(
                RecurrenceRule.parse("FREQ=DAILY").occurrences(t("2007-01-01T19:00")));
        RecurrenceIterator<LocalDateTime> it = HolidayPolicy.NEXT_BUSINESS_DAY.apply(source, JAPAN).iterator();
        // 2099-05-04 is a Monday and みどりの日; 5/2 Sat to 5/6 Wed are days off
        it.skipTo(t("2099-05-07T00:00"));
        assertThat(it.next()).isEqualTo(t("2099-05-07T19:00"));
        assertThat(source.reads).isLessThan(10);
    }

    @Test
    void seeking_onto_the_business_day_after_a_run_of_days_off_finds_the_occurrences_moved_there() {
        Recurrence<LocalDateTime> source = Recurrence.ofDates(List.of(
                t("2026-05-01T09:00"), t("2026-05-03T18:00"), t("2026-05-07T10:00")));
        HolidayAdjusted<LocalDateTime> adjusted = HolidayPolicy.NEXT_BUSINESS_DAY.apply(source, JAPAN);
        assertThat(adjusted.next(t("2026-05-07T00:00"))).contains(t("2026-05-07T10:00"));
        RecurrenceIterator<LocalDateTime> it = adjusted.iterator();
        it.skipTo(t("2026-05-07T00:00"));
        assertThat(it.next()).isEqualTo(t("2026-05-07T10:00"));
        assertThat(it.next()).isEqualTo(t("2026-05-07T18:00"));
        assertThat(it.hasNext()).isFalse();
    }

    // --- parse

    @Test
    void parse_reads_the_names_of_the_policies_ignoring_case() {
        assertThat(HolidayPolicy.parse("SKIP")).isEqualTo(HolidayPolicy.SKIP);
        assertThat(HolidayPolicy.parse("next_business_day")).isEqualTo(HolidayPolicy.NEXT_BUSINESS_DAY);
        assertThat(HolidayPolicy.parse("PREVIOUS_BUSINESS_DAY")).isEqualTo(HolidayPolicy.PREVIOUS_BUSINESS_DAY);
    }

    @Test
    void parse_rejects_an_unknown_policy_and_lists_the_names() {
        assertThatThrownBy(() -> HolidayPolicy.parse("NEAREST"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("unknown holiday policy \"NEAREST\", expected one of SKIP, NEXT_BUSINESS_DAY,"
                        + " PREVIOUS_BUSINESS_DAY");
    }

    /** A recurrence that counts how many occurrences its iterators hand out. */
    static final class Counting<T extends Comparable<? super T>> implements Recurrence<T> {
        private final Recurrence<T> source;
        int reads;

        Counting(Recurrence<T> source) {
            this.source = source;
        }

        @Override
        public RecurrenceIterator<T> iterator() {
            RecurrenceIterator<T> in = source.iterator();
            return new RecurrenceIterator<>() {
                @Override
                public boolean hasNext() {
                    return in.hasNext();
                }

                @Override
                public T next() {
                    reads++;
                    return in.next();
                }

                @Override
                public T peek() {
                    return in.peek();
                }

                @Override
                public void skipTo(T target) {
                    in.skipTo(target);
                }
            };
        }

        @Override
        public boolean isFinite() {
            return source.isFinite();
        }
    }
}
