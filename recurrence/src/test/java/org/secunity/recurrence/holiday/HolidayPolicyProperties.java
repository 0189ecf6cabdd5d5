package org.secunity.recurrence.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.secunity.recurrence.Occurrence;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceIterator;
import org.secunity.recurrence.RecurrenceRule;

/**
 * Properties of the holiday policies (issue 4), against a naive reference that moves every
 * occurrence, sorts and removes duplicates; sources are random sets of times around holiday-dense
 * stretches (Golden Week, Silver Week, New Year) at a few times of day, so that moves overtake and
 * collide.
 */
class HolidayPolicyProperties {

    private static final HolidayCalendar JAPAN = HolidayCalendar.japan();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Provide
    Arbitrary<List<LocalDateTime>> times() {
        Arbitrary<LocalDate> anchor = Arbitraries.oneOf(
                Arbitraries.integers().between(2008, 2098).map(y -> LocalDate.of(y, 4, 25)),
                Arbitraries.integers().between(2008, 2098).map(y -> LocalDate.of(y, 9, 10)),
                Arbitraries.integers().between(2008, 2097).map(y -> LocalDate.of(y, 12, 20)),
                Arbitraries.integers().between(2008, 2098).map(y -> LocalDate.ofYearDay(y, 1).plusDays(y % 300)));
        Arbitrary<LocalTime> time = Arbitraries.of(LocalTime.of(9, 0), LocalTime.of(19, 0), LocalTime.of(23, 30),
                LocalTime.of(0, 0));
        return anchor.flatMap(a -> Combinators.combine(Arbitraries.integers().between(0, 30), time)
                .as((day, t) -> a.plusDays(day).atTime(t))
                .list().ofMaxSize(25));
    }

    @Provide
    Arbitrary<HolidayPolicy> policies() {
        return Arbitraries.of(HolidayPolicy.class);
    }

    @Provide
    Arbitrary<HolidayPolicy.Trigger> triggers() {
        return Arbitraries.of(HolidayPolicy.Trigger.class);
    }

    /** The reference: where each occurrence ends up, then sorted, unmoved first, one per time. */
    private static <T extends Comparable<? super T>> List<Occurrence<T>> reference(
            List<T> source, HolidayPolicy policy, HolidayPolicy.Trigger trigger) {
        TreeMap<T, Occurrence<T>> out = new TreeMap<>();
        List<Occurrence<T>> all = new ArrayList<>();
        for (T t : new TreeSet<>(source)) {
            LocalDate date = Dates.dateOf(t);
            boolean affected = trigger == HolidayPolicy.Trigger.HOLIDAY ? JAPAN.isHoliday(date) : !JAPAN.isBusinessDay(date);
            if (!affected) {
                all.add(Occurrence.of(t));
            } else if (policy != HolidayPolicy.SKIP) {
                LocalDate target = date;
                int step = policy == HolidayPolicy.NEXT_BUSINESS_DAY ? 1 : -1;
                while (!JAPAN.isBusinessDay(target)) {
                    target = target.plusDays(step);
                }
                String why = JAPAN.holiday(date).map(h -> h.ja() + " (" + h.en() + ")")
                        .orElse(date.getDayOfWeek() == java.time.DayOfWeek.SATURDAY ? "土曜日 (Saturday)" : "日曜日 (Sunday)");
                all.add(Occurrence.moved(t, Dates.withDate(t, target), why));
            }
        }
        all.sort(Comparator.<Occurrence<T>, T>comparing(Occurrence::time)
                .thenComparing(Occurrence::isMoved)
                .thenComparing(o -> o.original().orElse(o.time())));
        for (Occurrence<T> o : all) {
            out.putIfAbsent(o.time(), o);
        }
        return new ArrayList<>(out.values());
    }

    @Property(tries = 400)
    void the_policy_agrees_with_the_reference(@ForAll("times") List<LocalDateTime> times,
            @ForAll("policies") HolidayPolicy policy, @ForAll("triggers") HolidayPolicy.Trigger trigger) {
        HolidayAdjusted<LocalDateTime> adjusted = policy.apply(Recurrence.ofDates(times), JAPAN, trigger);
        assertThat(adjusted.annotated().collect(Collectors.toList())).isEqualTo(reference(times, policy, trigger));
    }

    @Property(tries = 300)
    void the_policy_agrees_with_the_reference_on_dates(@ForAll("times") List<LocalDateTime> times,
            @ForAll("policies") HolidayPolicy policy, @ForAll("triggers") HolidayPolicy.Trigger trigger) {
        List<LocalDate> dates = times.stream().map(LocalDateTime::toLocalDate).collect(Collectors.toList());
        HolidayAdjusted<LocalDate> adjusted = policy.apply(Recurrence.ofDates(dates), JAPAN, trigger);
        assertThat(adjusted.annotated().collect(Collectors.toList())).isEqualTo(reference(dates, policy, trigger));
    }

    @Property(tries = 200)
    void the_policy_agrees_with_the_reference_on_zoned_times(@ForAll("times") List<LocalDateTime> times,
            @ForAll("policies") HolidayPolicy policy) {
        List<ZonedDateTime> zoned = times.stream().map(t -> t.atZone(NEW_YORK)).collect(Collectors.toList());
        HolidayAdjusted<ZonedDateTime> adjusted = policy.apply(Recurrence.ofDates(zoned), JAPAN);
        assertThat(adjusted.annotated().collect(Collectors.toList()))
                .isEqualTo(reference(zoned, policy, HolidayPolicy.Trigger.NON_BUSINESS_DAY));
    }

    @Property(tries = 400)
    void the_output_is_ascending_and_without_duplicates(@ForAll("times") List<LocalDateTime> times,
            @ForAll("policies") HolidayPolicy policy, @ForAll("triggers") HolidayPolicy.Trigger trigger) {
        List<LocalDateTime> out = policy.apply(Recurrence.ofDates(times), JAPAN, trigger).take(100);
        for (int i = 1; i < out.size(); i++) {
            assertThat(out.get(i)).isAfter(out.get(i - 1));
        }
    }

    @Property(tries = 400)
    void skip_yields_no_day_off_and_leaves_every_business_day_occurrence(@ForAll("times") List<LocalDateTime> times) {
        List<LocalDateTime> out = HolidayPolicy.SKIP.apply(Recurrence.ofDates(times), JAPAN).take(100);
        assertThat(out).allMatch(t -> JAPAN.isBusinessDay(t.toLocalDate()));
        assertThat(out).containsExactlyElementsOf(new TreeSet<>(times).stream()
                .filter(t -> JAPAN.isBusinessDay(t.toLocalDate())).collect(Collectors.toList()));
    }

    @Property(tries = 400)
    void moving_policies_land_on_business_days_and_move_only_day_off_occurrences(
            @ForAll("times") List<LocalDateTime> times, @ForAll("policies") HolidayPolicy policy) {
        HolidayAdjusted<LocalDateTime> adjusted = policy.apply(Recurrence.ofDates(times), JAPAN);
        if (policy == HolidayPolicy.SKIP) {
            return;
        }
        List<Occurrence<LocalDateTime>> out = adjusted.annotated().collect(Collectors.toList());
        assertThat(out).allMatch(o -> JAPAN.isBusinessDay(o.time().toLocalDate()));
        for (Occurrence<LocalDateTime> o : out) {
            if (o.isMoved()) {
                LocalDateTime original = o.original().orElseThrow();
                assertThat(JAPAN.isBusinessDay(original.toLocalDate())).isFalse();
                assertThat(o.time().toLocalTime()).isEqualTo(original.toLocalTime());
                assertThat(o.note()).hasValueSatisfying(note -> assertThat(note).contains(
                        JAPAN.holiday(original.toLocalDate()).map(Holiday::ja).orElse("曜日")));
            } else {
                assertThat(times).contains(o.time());
            }
        }
    }

    @Property(tries = 400)
    void every_source_occurrence_is_output_or_adjusted_exactly_once(@ForAll("times") List<LocalDateTime> times,
            @ForAll("policies") HolidayPolicy policy, @ForAll("triggers") HolidayPolicy.Trigger trigger) {
        HolidayAdjusted<LocalDateTime> adjusted = policy.apply(Recurrence.ofDates(times), JAPAN, trigger);
        List<LocalDateTime> kept = adjusted.annotated().filter(o -> !o.isMoved()).map(Occurrence::time)
                .collect(Collectors.toList());
        List<Adjustment<LocalDateTime>> adjustments = adjusted.adjustments().collect(Collectors.toList());
        List<LocalDateTime> accounted = new ArrayList<>(kept);
        adjustments.forEach(a -> accounted.add(a.original()));
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(new TreeSet<>(times));
        long moved = adjustments.stream().filter(a -> a.kind() == Adjustment.Kind.MOVED).count();
        assertThat(adjusted.stream().count()).isEqualTo(kept.size() + moved);
        if (policy == HolidayPolicy.SKIP) {
            assertThat(adjustments).allMatch(a -> a.kind() == Adjustment.Kind.SKIPPED);
        } else {
            assertThat(adjustments).noneMatch(a -> a.kind() == Adjustment.Kind.SKIPPED);
        }
    }

    @Property(tries = 400)
    void seeking_gives_the_same_occurrences_as_filtering(@ForAll("times") List<LocalDateTime> times,
            @ForAll("policies") HolidayPolicy policy, @ForAll("triggers") HolidayPolicy.Trigger trigger,
            @ForAll("seekOffsets") int offsetHours) {
        HolidayAdjusted<LocalDateTime> adjusted = policy.apply(Recurrence.ofDates(times), JAPAN, trigger);
        List<LocalDateTime> all = adjusted.take(100);
        LocalDateTime target = times.isEmpty()
                ? LocalDateTime.of(2050, 1, 1, 0, 0)
                : times.get(0).plusHours(offsetHours);
        RecurrenceIterator<LocalDateTime> it = adjusted.iterator();
        it.skipTo(target);
        List<LocalDateTime> sought = new ArrayList<>();
        it.forEachRemaining(sought::add);
        assertThat(sought).isEqualTo(all.stream().filter(t -> !t.isBefore(target)).collect(Collectors.toList()));
        Optional<LocalDateTime> next = adjusted.next(target);
        assertThat(next).isEqualTo(all.stream().filter(t -> t.isAfter(target)).findFirst());
    }

    @Provide
    Arbitrary<Integer> seekOffsets() {
        return Arbitraries.integers().between(-48, 30 * 24);
    }

    @Property(tries = 200)
    void seeking_twice_and_after_reading_still_agrees(@ForAll("times") List<LocalDateTime> times,
            @ForAll("policies") HolidayPolicy policy, @ForAll("seekOffsets") int first, @ForAll("seekOffsets") int second) {
        HolidayAdjusted<LocalDateTime> adjusted = policy.apply(Recurrence.ofDates(times), JAPAN);
        List<LocalDateTime> all = adjusted.take(100);
        LocalDateTime base = times.isEmpty() ? LocalDateTime.of(2050, 1, 1, 0, 0) : times.get(0);
        RecurrenceIterator<LocalDateTime> it = adjusted.iterator();
        it.skipTo(base.plusHours(first));
        List<LocalDateTime> sought = new ArrayList<>();
        if (it.hasNext()) {
            sought.add(it.next());
        }
        LocalDateTime secondTarget = base.plusHours(second);
        it.skipTo(secondTarget);
        it.forEachRemaining(sought::add);

        List<LocalDateTime> expected = new ArrayList<>();
        LocalDateTime firstTarget = base.plusHours(first);
        all.stream().filter(t -> !t.isBefore(firstTarget)).findFirst().ifPresent(expected::add);
        // an iterator never goes back: the second seek counts only when it is further on
        LocalDateTime floor = secondTarget.isAfter(firstTarget) ? secondTarget : firstTarget;
        all.stream().filter(t -> !t.isBefore(floor) && (expected.isEmpty() || t.isAfter(expected.get(0))))
                .forEach(expected::add);
        assertThat(sought).isEqualTo(expected);
    }

    @Property(tries = 100)
    void a_weekly_rule_with_next_business_day_agrees_with_the_reference_over_a_year(
            @ForAll("years") int year, @ForAll("weekdays") String day) {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=" + day);
        Recurrence<LocalDateTime> source = Recurrence.window(rule.occurrences(LocalDateTime.of(year, 1, 1, 19, 0)),
                LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0));
        for (HolidayPolicy policy : HolidayPolicy.values()) {
            assertThat(policy.apply(source, JAPAN).annotated().collect(Collectors.toList()))
                    .isEqualTo(reference(source.take(400), policy, HolidayPolicy.Trigger.NON_BUSINESS_DAY));
        }
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(2008, 2098);
    }

    @Provide
    Arbitrary<String> weekdays() {
        return Arbitraries.of("MO", "TU", "WE", "TH", "FR", "SA", "MO,FR", "MO,TU,WE,TH,FR,SA,SU");
    }
}
