package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The iterators of the simple rule shapes ({@link FixedPeriodIterator}, {@link MonthWalkIterator}) against the general
 * {@link RuleIterator} on the same rule and start: the same occurrences, under {@code COUNT},
 * {@code UNTIL} (also with nanoseconds in the start), seeks and {@code stopAt}, near the ends of
 * {@code LocalDate}'s range too.
 */
class FastPathProperties {

    /** A plain daily rule text with its start, seek target and stop. */
    record Case(RecurrenceRule rule, LocalDateTime start, LocalDateTime seek, LocalDateTime stop) {}

    @Provide
    Arbitrary<Case> fixedPeriodCases() {
        Arbitrary<Integer> intervals = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(1)), net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(2, 400)));
        Arbitrary<String> ends = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(1, 3000).map(c -> ";COUNT=" + c),
                Arbitraries.integers().between(-5, 4000).map(d -> ";UNTIL=" + LocalDate.of(2021, 3, 1).plusDays(d)
                        .toString().replace("-", "") + "T190000"));
        Arbitrary<LocalDateTime> starts = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(0, 86_399),
                        Arbitraries.of(0, 1, 500_000_000))
                        .as((d, s, n) -> LocalDate.of(2020, 1, 1).plusDays(d).atTime(LocalTime.ofSecondOfDay(s).withNano(n))),
                Arbitraries.integers().between(0, 800).map(d -> LocalDate.MAX.minusDays(d).atTime(12, 0)));
        Arbitrary<String> weekdays = Arbitraries.of("MO", "TU", "WE", "TH", "FR", "SA", "SU").set().ofMaxSize(7)
                .map(set -> set.isEmpty() ? "" : ";BYDAY=" + String.join(",", set));
        Arbitrary<String> shapes = Arbitraries.oneOf(Arbitraries.just("FREQ=DAILY"),
                Combinators.combine(weekdays, Arbitraries.of("MO", "SU", "WE")).as((d, w) -> "FREQ=WEEKLY" + d + ";WKST=" + w));
        return Combinators.combine(shapes, intervals, ends, starts, Arbitraries.integers().between(-10, 1_000_000),
                Arbitraries.integers().between(0, 2_000_000))
                .as((shape, interval, end, start, seekMinutes, stopMinutes) -> new Case(
                        RecurrenceRule.parse(shape + ";INTERVAL=" + interval + end), start,
                        plusMinutes(start, seekMinutes), plusMinutes(start, stopMinutes)));
    }

    private static LocalDateTime plusMinutes(LocalDateTime t, long minutes) {
        LocalDateTime max = LocalDate.MAX.atTime(LocalTime.MAX);
        return minutes > 0 && t.isAfter(max.minusMinutes(minutes)) ? max : t.plusMinutes(minutes);
    }

    @Provide
    Arbitrary<Case> monthWalkCases() {
        Arbitrary<String> frequencies = Arbitraries.of("MONTHLY", "YEARLY");
        Arbitrary<Integer> intervals = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(1)), net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(2, 30)));
        Arbitrary<String> months = Arbitraries.integers().between(1, 12).list().ofMinSize(0).ofMaxSize(4)
                .map(l -> l.isEmpty() ? "" : ";BYMONTH=" + l.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
        Arbitrary<String> day = Arbitraries.oneOf(
                Arbitraries.integers().between(-31, 31).filter(d -> d != 0).map(d -> ";BYMONTHDAY=" + d),
                Combinators.combine(Arbitraries.of(1, 2, 3, 4, -1, -2, -3, -4), Arbitraries.of("MO", "TU", "WE", "TH", "FR", "SA", "SU"))
                        .as((n, wd) -> ";BYDAY=" + n + wd));
        Arbitrary<String> ends = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(1, 300).map(c -> ";COUNT=" + c),
                Arbitraries.integers().between(-40, 20_000).map(d -> ";UNTIL=" + LocalDate.of(2021, 3, 1).plusDays(d)
                        .toString().replace("-", "") + "T190000"));
        Arbitrary<LocalDateTime> starts = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 3000), Arbitraries.of(0, 68_400, 86_399),
                        Arbitraries.of(0, 1, 500_000_000))
                        .as((d, s, n) -> LocalDate.of(2020, 1, 1).plusDays(d).atTime(LocalTime.ofSecondOfDay(s).withNano(n))),
                Arbitraries.integers().between(0, 3000).map(d -> LocalDate.MAX.minusDays(d).atTime(12, 0)));
        Arbitrary<String> rules = Combinators.combine(frequencies, intervals, months, day, ends)
                .as((f, i, m, d, e) -> "FREQ=" + f + ";INTERVAL=" + i + (f.equals("YEARLY") && m.isEmpty() ? ";BYMONTH=7" : m) + d + e);
        return Combinators.combine(rules, starts, Arbitraries.integers().between(-10, 20_000_000),
                Arbitraries.integers().between(0, 40_000_000))
                .as((rule, start, seekMinutes, stopMinutes) -> new Case(RecurrenceRule.parse(rule), start,
                        plusMinutes(start, seekMinutes), plusMinutes(start, stopMinutes)));
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.MIXIN)
    void plain_daily_and_weekly_iterator_yields_what_the_general_iterator_yields(@ForAll("fixedPeriodCases") Case c) {
        assertThat(FixedPeriodIterator.serves(c.rule())).isTrue();
        yieldsWhatTheGeneralIteratorYields(c, FixedPeriodIterator.class);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.MIXIN)
    void month_walk_iterator_yields_what_the_general_iterator_yields(@ForAll("monthWalkCases") Case c) {
        assertThat(MonthWalkIterator.serves(c.rule())).isTrue();
        yieldsWhatTheGeneralIteratorYields(c, MonthWalkIterator.class);
    }

    @net.jqwik.api.Example
    void a_day_some_months_lack_is_left_out_of_them_and_a_day_no_month_has_ends_the_walk() {
        LocalDateTime start = LocalDateTime.of(2021, 1, 1, 19, 0);
        assertThat(take("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", start, 3)).containsExactly(
                LocalDateTime.of(2024, 2, 29, 19, 0), LocalDateTime.of(2028, 2, 29, 19, 0),
                LocalDateTime.of(2032, 2, 29, 19, 0));
        assertThat(take("FREQ=MONTHLY;BYMONTHDAY=-31", start, 8)).extracting(LocalDateTime::getMonthValue)
                .containsExactly(1, 3, 5, 7, 8, 10, 12, 1);
        // 2021 + 4k is never a leap year; February and April never have a 31st
        assertThat(take("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", start, 3)).isEmpty();
        assertThat(take("FREQ=MONTHLY;BYMONTH=2,4;BYMONTHDAY=31", start, 3)).isEmpty();
        assertThat(take("FREQ=MONTHLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=1", start, 3)).isEmpty();
    }

    private static List<LocalDateTime> take(String rule, LocalDateTime start, int n) {
        Case c = new Case(RecurrenceRule.parse(rule), start, start, start);
        assertThat(new OfRule(c.rule(), start, ExpansionOptions.defaults()).iterator())
                .isInstanceOf(MonthWalkIterator.class);
        List<LocalDateTime> fast = walk(fast(c), null, null);
        assertThat(fast).isEqualTo(walk(general(c), null, null));
        return fast.subList(0, Math.min(n, fast.size()));
    }

    private static void yieldsWhatTheGeneralIteratorYields(Case c, Class<?> iteratorClass) {
        OfRule of = new OfRule(c.rule(), c.start(), ExpansionOptions.defaults());
        assertThat(of.iterator()).isInstanceOf(iteratorClass);
        assertThat(walk(fast(c), null, null)).as("walk").isEqualTo(walk(general(c), null, null));
        assertThat(walk(fast(c), c.seek(), null)).as("seek").isEqualTo(walk(general(c), c.seek(), null));
        assertThat(walk(fast(c), c.seek(), c.stop())).as("seek and stop")
                .isEqualTo(walk(general(c), c.seek(), c.stop()));
        assertThat(of.previous(c.seek())).as("previous").isEqualTo(
                RecurrenceSupport.lastBefore(() -> general(c), c.seek()));
    }

    private static RecurrenceIterator<LocalDateTime> fast(Case c) {
        return new OfRule(c.rule(), c.start(), ExpansionOptions.defaults()).iterator();
    }

    private static RecurrenceIterator<LocalDateTime> general(Case c) {
        RecurrenceRule rule = c.rule();
        Expansion expansion = new Expansion(rule.plan(), c.start(), ExpansionOptions.defaults().openPointReading());
        return new RuleIterator(expansion, rule.plan().maxDays, c.start(), rule.count().orElse(0),
                OfRule.localUntil(rule), new Budget(ExpansionOptions.defaults().maxSteps()));
    }

    /** Takes up to 60 occurrences, after a seek and before a stop when given. */
    private static List<LocalDateTime> walk(RecurrenceIterator<LocalDateTime> it, LocalDateTime seek, LocalDateTime stop) {
        if (stop != null) {
            AbstractIterator.stopAt(it, stop);
        }
        if (seek != null) {
            it.skipTo(seek);
        }
        List<LocalDateTime> out = new ArrayList<>();
        while (out.size() < 60 && it.hasNext()) {
            LocalDateTime t = it.next();
            if (stop != null && !t.isBefore(stop)) {
                break;
            }
            out.add(t);
        }
        return out;
    }
}
