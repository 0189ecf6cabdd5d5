package org.secunity.recurrence;

import java.time.DayOfWeek;
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

    /**
     * RFC 7529 rules: MONTHLY and YEARLY rules (whose month-day and year-day expansions meet
     * invalid dates) with {@code RSCALE=GREGORIAN} and a {@code SKIP} of BACKWARD or FORWARD, their
     * month days drawn near the ends of months.
     */
    static Arbitrary<RecurrenceRule> skipRules() {
        Arbitrary<RecurrenceRule> base = Arbitraries.of(Frequency.MONTHLY, Frequency.YEARLY).flatMap(RuleArbitraries::rules);
        Arbitrary<List<Integer>> lateDays = Arbitraries.of(29, 30, 31, -29, -30, -31, 28, -1, 1).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Integer>> leapYearDays = Arbitraries.of(366, -366, 365, -365, 60).list().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(base, Arbitraries.of(Skip.BACKWARD, Skip.FORWARD), lateDays, leapYearDays,
                        Arbitraries.integers().between(0, 3))
                .as((rule, skip, days, yearDays, shape) -> {
                    RuleParts p = rule.parts();
                    RuleParts drawn = new RuleParts(p.frequency(), p.interval(), p.count(), p.until(), p.weekStart(),
                            p.bySecond(), p.byMinute(), p.byHour(), p.byDay(),
                            shape == 1 ? days : shape == 3 ? List.of() : p.byMonthDay(),
                            shape == 2 ? yearDays : p.byYearDay(), p.byWeekNo(),
                            p.byMonth(), p.bySetPos(), null, null).withScale(CalendarScale.GREGORIAN, skip);
                    return new RecurrenceRule(RuleValidator.validate(drawn).parts());
                });
    }

    /**
     * YEARLY rules with one of the open points of RFC 5545: a {@code BYMONTHDAY} without
     * {@code BYMONTH}, {@code BYWEEKNO} and {@code BYYEARDAY}, or a {@code BYWEEKNO} without
     * {@code BYDAY}.
     */
    static Arbitrary<RecurrenceRule> openPointRules() {
        Arbitrary<List<Integer>> monthDays = Arbitraries.integers().between(-31, 31).filter(v -> v != 0)
                .list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Integer>> weeks = Arbitraries.integers().between(-53, 53).filter(v -> v != 0)
                .list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(rules(Frequency.YEARLY), Arbitraries.of(true, false), monthDays, weeks)
                .as((rule, byMonthDay, days, weekNos) -> {
                    RuleParts p = rule.parts();
                    RuleParts drawn = byMonthDay
                            ? new RuleParts(p.frequency(), p.interval(), p.count(), p.until(), p.weekStart(),
                                    p.bySecond(), p.byMinute(), p.byHour(), p.byDay(), days, List.of(), List.of(),
                                    List.of(), p.bySetPos(), null, null)
                            : new RuleParts(p.frequency(), p.interval(), p.count(), p.until(), p.weekStart(),
                                    p.bySecond(), p.byMinute(), p.byHour(), List.of(), p.byMonthDay(), p.byYearDay(),
                                    weekNos, p.byMonth(), p.bySetPos(), null, null);
                    return new RecurrenceRule(RuleValidator.validate(drawn).parts());
                });
    }

    /** Starts on the last days of months, where SKIP matters, and other days. */
    static Arbitrary<LocalDateTime> lateStarts() {
        return Arbitraries.oneOf(starts(), Combinators.combine(Arbitraries.integers().between(1990, 2030),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 3))
                .as((y, m, back) -> java.time.YearMonth.of(y, m).atEndOfMonth().minusDays(back).atTime(10, 30)));
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
        Arbitrary<TimeParts> timeParts = Combinators.combine(seconds, minutes, hours, interval, wkst)
                .as(TimeParts::new);
        return Combinators.combine(timeParts, days, monthDays, yearDays, weekNos, months, setPos,
                        Combinators.combine(end, count, starts()).as(EndSpec::new))
                .as((t, d, md, yd, wn, mo, sp, endSpec) -> {
                    Integer c = endSpec.kind == 1 || endSpec.kind == 2 ? endSpec.count : null;
                    java.time.temporal.Temporal until = endSpec.kind == 3 ? endSpec.until.toLocalDate()
                            : endSpec.kind == 4 ? endSpec.until
                            : endSpec.kind == 5 ? endSpec.until.toInstant(ZoneOffset.UTC) : null;
                    RuleParts drawn = new RuleParts(frequency, t.interval, c, until, t.weekStart, t.seconds,
                            t.minutes, t.hours, d, md, yd, wn, mo, sp, null, null);
                    return new RecurrenceRule(RuleValidator.validate(drawn).parts());
                });
    }

    /** The time-of-day parts, interval and week start of a drawn rule. */
    private static final class TimeParts {
        final List<Integer> seconds;
        final List<Integer> minutes;
        final List<Integer> hours;
        final int interval;
        final DayOfWeek weekStart;

        TimeParts(List<Integer> seconds, List<Integer> minutes, List<Integer> hours, int interval, DayOfWeek weekStart) {
            this.seconds = seconds;
            this.minutes = minutes;
            this.hours = hours;
            this.interval = interval;
            this.weekStart = weekStart;
        }
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

}
