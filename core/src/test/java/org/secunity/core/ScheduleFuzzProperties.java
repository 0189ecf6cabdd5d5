package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.secunity.SecunityException;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * One exception root (issue 13) for the schedule: whatever the start date (year 1 or 999,999,999,
 * outside the holiday calendar's years), count, event index or holiday policy, only a
 * {@link SecunityException} escapes, never a {@link java.time.DateTimeException} or
 * {@link IllegalArgumentException}.
 */
class ScheduleFuzzProperties {

    private static final Community COMMUNITY = ScheduleTest.community(ScheduleTest.SEMINAR, ScheduleTest.LT,
            ScheduleTest.QUIZ, ScheduleTest.CLASS);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(
                Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.MAX.minusDays(3), LocalDate.of(1954, 12, 31),
                        LocalDate.of(2100, 1, 1), LocalDate.of(1, 1, 1)),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(LocalDate::ofEpochDay),
                Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2200, 1, 1).toEpochDay())
                        .map(LocalDate::ofEpochDay));
    }

    @Provide
    Arbitrary<Optional<HolidayPolicy>> policies() {
        return Arbitraries.of(HolidayPolicy.values()).optional();
    }

    @Property(tries = 200)
    void the_schedule_raises_only_secunity_exceptions(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = -2, max = 6) int count, @ForAll @IntRange(min = -1, max = 4) int eventIndex,
            @ForAll("policies") Optional<HolidayPolicy> policy) {
        Schedule schedule = policy.map(Schedule.of(COMMUNITY)::withHolidayPolicy).orElse(Schedule.of(COMMUNITY));
        try {
            List<ScheduledOccurrence> next = schedule.next(from, count);
            assertThat(next.stream().filter(o -> !o.isSkipped())).hasSizeLessThanOrEqualTo(count);
        } catch (SecunityException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        try {
            assertThat(schedule.eventFrom(eventIndex, from).limit(3).toList()).hasSizeLessThanOrEqualTo(3);
        } catch (SecunityException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        try {
            assertThat(ScheduledOccurrence.of(COMMUNITY.id(), eventIndex, ScheduleTest.LT, from, Optional.empty())
                    .eventIndex()).isEqualTo(eventIndex);
        } catch (SecunityException expected) {
            assertThat(eventIndex).isNegative();
        }
    }
}
