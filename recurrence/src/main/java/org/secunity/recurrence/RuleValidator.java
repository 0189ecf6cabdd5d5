package org.secunity.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * The RFC 5545 §3.3.10 rules that tie a recurrence rule's parts together, shared by the strict
 * parser, the lenient parser and the builder.
 *
 * <p>Each broken rule is reported to a {@link Sink}; a strict sink throws, and when the sink
 * returns, the offending part or value is dropped from the builder (lenient mode).
 */
final class RuleValidator {

    /** Receives one broken rule; throws to stop, returns to have the offender dropped. */
    interface Sink {
        void report(String part, String message);
    }

    private static final long MIN_UNTIL_SECOND =
            LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_UNTIL_SECOND =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private RuleValidator() {
    }

    static void validate(RecurrenceRuleBuilder b, Sink sink) {
        if (b.interval < 1) {
            sink.report("INTERVAL", "INTERVAL must be at least 1, was " + b.interval);
            b.interval = 1;
        }
        if (b.count != null && b.count < 1) {
            sink.report("COUNT", "COUNT must be at least 1, was " + b.count);
            b.count = null;
        }
        if (b.until != null && !untilInRange(b.until)) {
            sink.report("UNTIL", "UNTIL must be in the years 0000 to 9999, was " + b.until);
            b.until = null;
        }
        checkRange(b.bySecond, "BYSECOND", 0, 60, false, sink);
        checkRange(b.byMinute, "BYMINUTE", 0, 59, false, sink);
        checkRange(b.byHour, "BYHOUR", 0, 23, false, sink);
        checkRange(b.byMonthDay, "BYMONTHDAY", 1, 31, true, sink);
        checkRange(b.byYearDay, "BYYEARDAY", 1, 366, true, sink);
        checkRange(b.byWeekNo, "BYWEEKNO", 1, 53, true, sink);
        checkRange(b.byMonth, "BYMONTH", 1, 12, false, sink);
        checkRange(b.bySetPos, "BYSETPOS", 1, 366, true, sink);
        validateCombination(b, sink);
    }

    /** Checks the rules between parts; values are already in range. */
    static void validateCombination(RecurrenceRuleBuilder b, Sink sink) {
        Frequency f = b.frequency;
        if (b.count != null && b.until != null) {
            sink.report("UNTIL", "COUNT and UNTIL must not both be given");
            b.until = null;
        }
        if (!b.byWeekNo.isEmpty() && f != Frequency.YEARLY) {
            sink.report("BYWEEKNO", "BYWEEKNO is allowed only with FREQ=YEARLY, not FREQ=" + f);
            b.byWeekNo.clear();
        }
        if (!b.byYearDay.isEmpty()
                && (f == Frequency.DAILY || f == Frequency.WEEKLY || f == Frequency.MONTHLY)) {
            sink.report("BYYEARDAY", "BYYEARDAY is not allowed with FREQ=" + f);
            b.byYearDay.clear();
        }
        if (!b.byMonthDay.isEmpty() && f == Frequency.WEEKLY) {
            sink.report("BYMONTHDAY", "BYMONTHDAY is not allowed with FREQ=WEEKLY");
            b.byMonthDay.clear();
        }
        boolean ordinalsAllowed = f == Frequency.MONTHLY || (f == Frequency.YEARLY && b.byWeekNo.isEmpty());
        if (!ordinalsAllowed && b.byDay.stream().anyMatch(WeekdayNum::hasOrdinal)) {
            String why = f == Frequency.YEARLY
                    ? "with FREQ=YEARLY and BYWEEKNO"
                    : "with FREQ=" + f + " (only MONTHLY and YEARLY)";
            sink.report("BYDAY", "BYDAY ordinals such as "
                    + b.byDay.stream().filter(WeekdayNum::hasOrdinal).findFirst().orElseThrow()
                    + " are not allowed " + why);
            b.byDay.removeIf(WeekdayNum::hasOrdinal);
        }
        boolean otherBy = !(b.bySecond.isEmpty() && b.byMinute.isEmpty() && b.byHour.isEmpty()
                && b.byDay.isEmpty() && b.byMonthDay.isEmpty() && b.byYearDay.isEmpty()
                && b.byWeekNo.isEmpty() && b.byMonth.isEmpty());
        if (!b.bySetPos.isEmpty() && !otherBy) {
            sink.report("BYSETPOS", "BYSETPOS must be used with another BYxxx rule part");
            b.bySetPos.clear();
        }
    }

    private static void checkRange(
            List<Integer> values, String part, int min, int max, boolean negative, Sink sink) {
        for (int i = 0; i < values.size(); i++) {
            int v = values.get(i);
            if (!inRange(v, min, max, negative)) {
                sink.report(part, rangeMessage(part, min, max, negative, Integer.toString(v)));
                values.remove(i--);
            }
        }
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
