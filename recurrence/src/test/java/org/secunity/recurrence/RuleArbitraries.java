package org.secunity.recurrence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid rules and starts. Rules are drawn part by part and then made valid the
 * way lenient parsing does (dropping what RFC 5545 forbids), so every drawn rule is legal.
 */
final class RuleArbitraries {

    private RuleArbitraries() {
    }

    static Arbitrary<LocalDateTime> starts() {
        return Combinators.combine(
                        Arbitraries.integers().between(1990, 2030),
                        Arbitraries.integers().between(1, 366),
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.of(0, 0, 15, 30, 59),
                        Arbitraries.of(0, 0, 0, 30))
                .as((y, d, h, m, s) -> LocalDate.ofYearDay(y, Math.min(d, LocalDate.ofYearDay(y, 1).lengthOfYear()))
                        .atTime(h, m, s));
    }

    /** Rules of any frequency, sub-daily ones drawn less often. */
    static Arbitrary<RecurrenceRule> rules() {
        return Arbitraries.of(Frequency.values()).flatMap(RuleArbitraries::rules);
    }

    static Arbitrary<RecurrenceRule> rules(Frequency frequency) {
        Arbitrary<List<Integer>> seconds = list(Arbitraries.of(0, 15, 30, 45, 59), frequency.isSubDaily() ? 4 : 8);
        Arbitrary<List<Integer>> minutes = list(Arbitraries.of(0, 1, 15, 30, 45, 59), frequency.isSubDaily() ? 4 : 8);
        Arbitrary<List<Integer>> hours = list(Arbitraries.integers().between(0, 23), 6);
        int rare = frequency.isSubDaily() ? 12 : 3;
        Arbitrary<List<WeekdayNum>> days = list(weekdayNums(), 3, rare);
        Arbitrary<List<Integer>> monthDays = list(Arbitraries.integers().between(-31, 31).filter(v -> v != 0), 3, rare);
        Arbitrary<List<Integer>> yearDays = list(Arbitraries.integers().between(-366, 366).filter(v -> v != 0), 4, rare);
        Arbitrary<List<Integer>> weekNos = list(Arbitraries.integers().between(-53, 53).filter(v -> v != 0), 4, 3);
        Arbitrary<List<Integer>> months = list(Arbitraries.integers().between(1, 12), 2, rare);
        Arbitrary<List<Integer>> setPos = list(Arbitraries.of(1, 2, 3, -1, -2, 7, -10), 6);
        Arbitrary<Integer> interval = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(2, 5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(6, 40)));
        Arbitrary<Integer> end = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 60);
        Arbitrary<DayOfWeek> wkst = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(DayOfWeek.MONDAY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(DayOfWeek.class)));
        Arbitrary<RecurrenceRuleBuilder> timeParts = Combinators.combine(seconds, minutes, hours, interval, wkst)
                .as((s, mi, h, i, w) -> {
                    RecurrenceRuleBuilder b = RecurrenceRule.builder(frequency).interval(i).weekStart(w);
                    b.bySecond.addAll(s);
                    b.byMinute.addAll(mi);
                    b.byHour.addAll(h);
                    return b;
                });
        return Combinators.combine(timeParts, days, monthDays, yearDays, weekNos, months, setPos,
                        Combinators.combine(end, count, starts()).as(EndSpec::new))
                .as((b, d, md, yd, wn, mo, sp, endSpec) -> {
                    b.byDay.addAll(d);
                    b.byMonthDay.addAll(md);
                    b.byYearDay.addAll(yd);
                    b.byWeekNo.addAll(wn);
                    b.byMonth.addAll(mo);
                    b.bySetPos.addAll(sp);
                    if (endSpec.kind == 1 || endSpec.kind == 2) {
                        b.count = endSpec.count;
                    } else if (endSpec.kind == 3) {
                        b.until = endSpec.until.toLocalDate();
                    } else if (endSpec.kind == 4) {
                        b.until = endSpec.until;
                    } else if (endSpec.kind == 5) {
                        b.until = endSpec.until.toInstant(ZoneOffset.UTC);
                    }
                    RuleValidator.validate(b, (part, message) -> { });
                    return b.build();
                });
    }

    private static final class EndSpec {
        final int kind;
        final int count;
        final LocalDateTime until;

        EndSpec(int kind, int count, LocalDateTime until) {
            this.kind = kind;
            this.count = count;
            this.until = until;
        }
    }

    static Arbitrary<WeekdayNum> weekdayNums() {
        Arbitrary<DayOfWeek> day = Arbitraries.of(DayOfWeek.class);
        Arbitrary<Integer> ordinal = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(1, 2, 3, 4, 5, -1, -2, -5)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-53, 53)));
        return Combinators.combine(ordinal, day).as(WeekdayNum::of);
    }

    private static <T> Arbitrary<List<T>> list(Arbitrary<T> element, int max) {
        return list(element, max, 3);
    }

    private static <T> Arbitrary<List<T>> list(Arbitrary<T> element, int max, int emptyWeight) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(emptyWeight, Arbitraries.just(List.<T>of())),
                net.jqwik.api.Tuple.of(1, element.list().ofMinSize(1).ofMaxSize(max)));
    }

    /** Unused marker keeping the Instant import meaningful for UNTIL in UTC. */
    static Instant utc(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }
}
