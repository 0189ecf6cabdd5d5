package org.secunity.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 5545 §3.3.10 (and RFC 7529) rules that tie a recurrence rule's parts together, shared
 * by the strict parser, the lenient parser and the builder.
 *
 * <p>{@link #validate} is a function: it never changes its input and returns every broken rule
 * together with the parts that remain once each offending part or value is dropped. The strict
 * parser throws on the first problem, the builder on all of them, and the lenient parser keeps the
 * remaining parts and turns each problem into a warning.
 */
final class RuleValidator {

    /** One broken rule: the part it concerns and what is wrong. */
    record Problem(String part, String message) {
    }

    /**
     * The outcome of a validation.
     *
     * @param parts the parts with every offender dropped, which satisfy every rule
     * @param problems the broken rules, in the order checked; empty when the input was valid
     */
    record Validation(RuleParts parts, List<Problem> problems) {
        Validation {
            problems = List.copyOf(problems);
        }
    }

    private static final long MIN_UNTIL_SECOND =
            LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_UNTIL_SECOND =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private RuleValidator() {
    }

    static Validation validate(RuleParts in) {
        List<Problem> problems = new ArrayList<>();
        int interval = in.interval();
        if (interval < 1) {
            problems.add(new Problem("INTERVAL", "INTERVAL must be at least 1, was " + interval));
            interval = 1;
        }
        @Nullable Integer count = in.count();
        if (count != null && count < 1) {
            problems.add(new Problem("COUNT", "COUNT must be at least 1, was " + count));
            count = null;
        }
        @Nullable Temporal until = in.until();
        if (until != null && !untilInRange(until)) {
            problems.add(new Problem("UNTIL", "UNTIL must be in the years 0000 to 9999, was " + until));
            until = null;
        }
        List<Integer> bySecond = inRange(in.bySecond(), "BYSECOND", 0, 60, false, problems);
        List<Integer> byMinute = inRange(in.byMinute(), "BYMINUTE", 0, 59, false, problems);
        List<Integer> byHour = inRange(in.byHour(), "BYHOUR", 0, 23, false, problems);
        List<Integer> byMonthDay = inRange(in.byMonthDay(), "BYMONTHDAY", 1, 31, true, problems);
        List<Integer> byYearDay = inRange(in.byYearDay(), "BYYEARDAY", 1, 366, true, problems);
        List<Integer> byWeekNo = inRange(in.byWeekNo(), "BYWEEKNO", 1, 53, true, problems);
        List<Integer> byMonth = inRange(in.byMonth(), "BYMONTH", 1, 12, false, problems);
        List<Integer> bySetPos = inRange(in.bySetPos(), "BYSETPOS", 1, 366, true, problems);
        List<WeekdayNum> byDay = in.byDay();

        Frequency f = in.frequency();
        if (count != null && until != null) {
            problems.add(new Problem("UNTIL", "COUNT and UNTIL must not both be given"));
            until = null;
        }
        if (!byWeekNo.isEmpty() && f != Frequency.YEARLY) {
            problems.add(new Problem("BYWEEKNO", "BYWEEKNO is allowed only with FREQ=YEARLY, not FREQ=" + f));
            byWeekNo = List.of();
        }
        if (!byYearDay.isEmpty() && (f == Frequency.DAILY || f == Frequency.WEEKLY || f == Frequency.MONTHLY)) {
            problems.add(new Problem("BYYEARDAY", "BYYEARDAY is not allowed with FREQ=" + f));
            byYearDay = List.of();
        }
        if (!byMonthDay.isEmpty() && f == Frequency.WEEKLY) {
            problems.add(new Problem("BYMONTHDAY", "BYMONTHDAY is not allowed with FREQ=WEEKLY"));
            byMonthDay = List.of();
        }
        boolean ordinalsAllowed = f == Frequency.MONTHLY || (f == Frequency.YEARLY && byWeekNo.isEmpty());
        if (!ordinalsAllowed && byDay.stream().anyMatch(WeekdayNum::hasOrdinal)) {
            String why = f == Frequency.YEARLY
                    ? "with FREQ=YEARLY and BYWEEKNO"
                    : "with FREQ=" + f + " (only MONTHLY and YEARLY)";
            problems.add(new Problem("BYDAY", "BYDAY ordinals such as "
                    + byDay.stream().filter(WeekdayNum::hasOrdinal).findFirst().orElseThrow()
                    + " are not allowed " + why));
            byDay = byDay.stream().filter(Predicate.not(WeekdayNum::hasOrdinal)).toList();
        }
        @Nullable Skip skip = in.skip();
        if (skip != null && in.rscale() == null) {
            problems.add(new Problem("SKIP", "SKIP must not be given without RSCALE (RFC 7529)"));
            skip = null;
        }
        RuleParts out = new RuleParts(f, interval, count, until, in.weekStart(), bySecond, byMinute, byHour,
                byDay, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, in.rscale(), skip);
        if (!bySetPos.isEmpty() && !out.hasByPartBesidesSetPos()) {
            problems.add(new Problem("BYSETPOS", "BYSETPOS must be used with another BYxxx rule part"));
            out = out.withBySetPos(List.of());
        }
        return new Validation(out, problems);
    }

    /** Returns the values in range and adds a problem for each value out of it. */
    private static List<Integer> inRange(
            List<Integer> values, String part, int min, int max, boolean negative, List<Problem> problems) {
        List<Integer> kept = new ArrayList<>(values.size());
        for (int v : values) {
            if (inRange(v, min, max, negative)) {
                kept.add(v);
            } else {
                problems.add(new Problem(part, rangeMessage(part, min, max, negative, Integer.toString(v))));
            }
        }
        return kept.size() == values.size() ? values : kept;
    }

    static boolean inRange(int v, int min, int max, boolean negative) {
        return (v >= min && v <= max) || (negative && v <= -min && v >= -max);
    }

    static String rangeMessage(String part, int min, int max, boolean negative, String value) {
        String allowed = negative ? min + " to " + max + " or -" + max + " to -" + min : min + " to " + max;
        return part + " values must be " + allowed + ", was " + value;
    }

    private static boolean untilInRange(Temporal until) {
        int year;
        if (until instanceof LocalDate) {
            year = ((LocalDate) until).getYear();
        } else if (until instanceof LocalDateTime) {
            year = ((LocalDateTime) until).getYear();
        } else {
            long seconds = ((Instant) until).getEpochSecond();
            return seconds >= MIN_UNTIL_SECOND && seconds <= MAX_UNTIL_SECOND;
        }
        return year >= 0 && year <= 9999;
    }
}
