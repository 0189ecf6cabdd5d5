package org.secunity.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * Writes the canonical {@code RRULE} text of a rule: parts in RFC 5545 grammar order, an RFC 7529
 * {@code RSCALE} first and a {@code SKIP} last, as the examples of RFC 7529 write them.
 */
final class RulePrinter {

    private RulePrinter() {
    }

    static String format(RecurrenceRule rule) {
        StringBuilder out = new StringBuilder(64);
        rule.rscale().ifPresent(r -> out.append("RSCALE=").append(r.rfcName()).append(';'));
        out.append("FREQ=").append(rule.frequency().name());
        rule.until().ifPresent(u -> out.append(";UNTIL=").append(formatUntil(u)));
        rule.count().ifPresent(c -> out.append(";COUNT=").append(c));
        if (rule.interval() != 1) {
            out.append(";INTERVAL=").append(rule.interval());
        }
        list(out, "BYSECOND", rule.bySecond());
        list(out, "BYMINUTE", rule.byMinute());
        list(out, "BYHOUR", rule.byHour());
        list(out, "BYDAY", rule.byDay());
        list(out, "BYMONTHDAY", rule.byMonthDay());
        list(out, "BYYEARDAY", rule.byYearDay());
        list(out, "BYWEEKNO", rule.byWeekNo());
        list(out, "BYMONTH", rule.byMonth());
        list(out, "BYSETPOS", rule.bySetPos());
        if (rule.weekStart() != java.time.DayOfWeek.MONDAY) {
            out.append(";WKST=").append(Weekdays.code(rule.weekStart()));
        }
        if (rule.skip() != Skip.OMIT) {
            out.append(";SKIP=").append(rule.skip().name());
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String name, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(';').append(name).append('=');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values.get(i));
        }
    }

    static String formatUntil(Temporal until) {
        if (until instanceof LocalDate) {
            return date((LocalDate) until);
        }
        LocalDateTime t = until instanceof Instant
                ? LocalDateTime.ofInstant((Instant) until, ZoneOffset.UTC)
                : (LocalDateTime) until;
        String text = date(t.toLocalDate()) + 'T' + two(t.getHour()) + two(t.getMinute()) + two(t.getSecond());
        return until instanceof Instant ? text + 'Z' : text;
    }

    private static String date(LocalDate d) {
        return String.format("%04d%s%s", d.getYear(), two(d.getMonthValue()), two(d.getDayOfMonth()));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
