package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityException;

/** How often an event happens in a year, and how that is known (issue 15). */
class EventFrequencyTest {

    static Event event(String cadenceJa, String rrule, Integer timesPerYear, Integer count) {
        EventCadence.Builder cadence = EventCadence.builder().text(BilingualText.of(cadenceJa, "en"));
        if (rrule != null) {
            cadence.rrule(rrule);
        }
        if (timesPerYear != null) {
            cadence.timesPerYear(timesPerYear);
        }
        if (count != null) {
            cadence.count(count);
        }
        return Event.builder().kind(EventKind.SEMINAR).title(BilingualText.of("催し", "Event")).cadence(cadence.build())
                .build();
    }

    static Stream<Arguments> cadences() {
        return Stream.of(
                Arguments.of("年2回程度", null, 2, FrequencyBasis.APPROXIMATE, 2),
                Arguments.of("年1回程度", null, 1, FrequencyBasis.APPROXIMATE, 1),
                Arguments.of("年2回", null, 2, FrequencyBasis.STATED, 2),
                Arguments.of("月1回", null, null, FrequencyBasis.STATED, 12),
                Arguments.of("週1回", null, null, FrequencyBasis.APPROXIMATE, 52),
                // a curated number without a phrase that states it is an expectation, not a statement
                Arguments.of("時々", null, 3, FrequencyBasis.APPROXIMATE, 3),
                Arguments.of("偶数月の第2水曜日の晩", "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE", null,
                        FrequencyBasis.RULE, 6),
                Arguments.of("7月の第2土曜日", "FREQ=YEARLY;BYMONTH=7;BYDAY=2SA", null, FrequencyBasis.RULE, 1),
                // 2026 has 52 Mondays; 2024 (starting on a Monday, leap) has 53: see the property below
                Arguments.of("毎週月曜日", "FREQ=WEEKLY;BYDAY=MO", null, FrequencyBasis.RULE, 52));
    }

    @ParameterizedTest(name = "{0}: {3} {4}")
    @MethodSource("cadences")
    void frequency_reads_the_rule_or_the_source_words(String ja, String rrule, Integer perYear, FrequencyBasis basis,
            int expected) {
        EventFrequency f = EventFrequency.of(event(ja, rrule, perYear, null), Year.of(2026));
        assertThat(f.basis()).isEqualTo(basis);
        assertThat(f.timesPerYear()).hasValue(expected);
        assertThat(f.isApproximate()).isEqualTo(basis == FrequencyBasis.APPROXIMATE);
        assertThat(f.year().isPresent()).isEqualTo(basis == FrequencyBasis.RULE);
        assertThat(f.wording()).hasValueSatisfying(w -> assertThat(w.ja()).isEqualTo(ja));
    }

    @Test
    void an_event_without_a_cadence_or_with_a_number_of_sessions_has_an_unknown_frequency() {
        Event oneOff = Event.builder().kind(EventKind.COMPETITION).title(BilingualText.of("競技会", "Competition"))
                .addDates(SourceDate.of(PartialDate.parse("2019-07"), "令和元年7月")).build();
        assertThat(EventFrequency.of(oneOff, Year.of(2019)).basis()).isEqualTo(FrequencyBasis.UNKNOWN);
        assertThat(EventFrequency.of(oneOff, Year.of(2019)).timesPerYear()).isEmpty();
        EventFrequency series = EventFrequency.of(event("全8回", null, null, 8), Year.of(2020));
        assertThat(series.isKnown()).isFalse();
        assertThat(series).hasToString("unknown (全8回)");
        assertThat(EventFrequency.of(event("不定期", null, null, null), Year.of(2020)).basis())
                .isEqualTo(FrequencyBasis.UNKNOWN);
    }

    @Test
    void to_string_says_how_the_number_is_known() {
        assertThat(EventFrequency.of(event("年2回程度", null, 2, null), Year.of(2026)))
                .hasToString("about 2 a year (年2回程度)");
        assertThat(EventFrequency.of(event("年2回", null, 2, null), Year.of(2026)))
                .hasToString("2 a year as stated (年2回)");
        assertThat(EventFrequency.of(event("毎週月曜日", "FREQ=WEEKLY;BYDAY=MO", null, null), Year.of(2024)))
                .hasToString("53 a year (counted from the rule for 2024)");
    }

    /** Oracle: the days of the year that fall on the weekday, counted one by one. */
    @Property(tries = 60)
    void a_weekly_rule_happens_on_every_day_of_its_weekday_in_the_year(@ForAll @IntRange(min = 1900, max = 2400) int y,
            @ForAll DayOfWeek day) {
        String byday = day.name().substring(0, 2);
        Event weekly = event("毎週", "FREQ=WEEKLY;BYDAY=" + byday, null, null);
        long days = LocalDate.of(y, 1, 1).datesUntil(LocalDate.of(y + 1, 1, 1))
                .filter(d -> d.getDayOfWeek() == day).count();
        assertThat(EventFrequency.of(weekly, Year.of(y)).timesPerYear()).hasValue((int) days);
    }

    @Test
    void a_rule_with_more_occurrences_a_year_than_a_meeting_cadence_is_refused() {
        Event minutely = Event.builder().from(event("毎分", "FREQ=MINUTELY", null, null))
                .startTime(java.time.LocalTime.MIDNIGHT).build();
        assertThatThrownBy(() -> EventFrequency.of(minutely, Year.of(2026)))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("has more than 10000 occurrences in 2026");
    }

    @Test
    void totals_keep_counted_stated_approximate_and_unknown_apart() {
        Year y = Year.of(2026);
        FrequencyTotal t = FrequencyTotal.of(List.of(
                EventFrequency.of(event("毎週月曜日", "FREQ=WEEKLY;BYDAY=MO", null, null), y),
                EventFrequency.of(event("年2回", null, 2, null), y),
                EventFrequency.of(event("年1回程度", null, 1, null), y),
                EventFrequency.of(event("全8回", null, null, 8), y)));
        assertThat(t.counted()).isEqualTo(52);
        assertThat(t.stated()).isEqualTo(2);
        assertThat(t.approximate()).isEqualTo(1);
        assertThat(t.unknownEvents()).isEqualTo(1);
        assertThat(t.total()).isEqualTo(55);
        assertThat(t.isApproximate()).isTrue();
        assertThat(t.isComplete()).isFalse();
        assertThat(t).hasToString("about 55 a year (52 counted, 2 stated, about 1 approximate), 1 of 4 events unknown");
        assertThat(FrequencyTotal.of(List.of(EventFrequency.of(event("全8回", null, null, 8), y))))
                .hasToString("unknown (1 event)");
    }

    @Test
    void catalog_events_list_every_event_with_its_community_and_index() {
        Community a = ScheduleTest.community(ScheduleTest.SEMINAR, ScheduleTest.LT);
        Community b = Community.builder().id(CommunityId.of("other")).name(BilingualText.of("他", "Other"))
                .region(Region.KYUSHU).addEvents(ScheduleTest.CLASS).build();
        Catalog catalog = Catalog.builder().addCommunities(a, b).build();
        assertThat(catalog.events()).containsExactly(
                CatalogEvent.of(a.id(), 0, ScheduleTest.SEMINAR),
                CatalogEvent.of(a.id(), 1, ScheduleTest.LT),
                CatalogEvent.of(b.id(), 0, ScheduleTest.CLASS));
        assertThat(catalog.events()).extracting(CatalogEvent::hasFixedDates).containsExactly(false, true, true);
        assertThat(catalog.eventsPerYear(Year.of(2026)))
                .containsOnlyKeys(a.id(), b.id())
                .hasEntrySatisfying(a.id(), t -> {
                    assertThat(t.stated()).isEqualTo(2);
                    assertThat(t.counted()).isEqualTo(6);
                })
                .hasEntrySatisfying(b.id(), t -> assertThat(t.counted()).isEqualTo(52));
    }

    @Test
    void a_catalog_event_index_is_never_negative() {
        assertThatThrownBy(() -> CatalogEvent.of(CommunityId.of("x"), -1, ScheduleTest.LT))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("eventIndex must be >= 0, but was -1");
    }

    @Test
    void a_scheduled_occurrence_index_is_never_negative() {
        assertThatThrownBy(() -> ScheduledOccurrence.of(CommunityId.of("x"), -1, ScheduleTest.LT,
                        java.time.LocalDate.of(2026, 1, 1), java.util.Optional.empty()))
                .isInstanceOfSatisfying(org.secunity.SecunityDataException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("eventIndex"))
                .hasMessage("eventIndex: must be >= 0, but was -1");
    }
}
