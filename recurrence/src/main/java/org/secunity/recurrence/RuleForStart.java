package org.secunity.recurrence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;

/**
 * What a rule means for a given {@code DTSTART}: the RFC 5545 rules that tie a rule to the value
 * type of its start (which a rule alone cannot check), and the open points RFC 5545 leaves to the
 * start.
 *
 * <p>{@link #check} is a function, like {@link RuleValidator#validate}: it returns the findings and
 * the parts repaired for the start, and changes nothing. The strict parser with a start
 * ({@link RecurrenceRule#parse(CharSequence, Temporal)}) and {@link RecurrenceSet.Builder#rule}
 * refuse the findings that break a MUST; the lenient parser turns every finding into a warning
 * and keeps the repaired parts; {@link RecurrenceRule#portableFor} writes the repaired parts.
 * {@link RecurrenceRule#occurrences} checks nothing and reads a mismatched {@code UNTIL} as the
 * repair writes it.
 */
final class RuleForStart {

    /** The value type of a start. */
    enum Kind {
        /** A {@code LocalDate}: {@code DTSTART;VALUE=DATE}. */
        DATE,
        /** A {@code LocalDateTime}: a floating DATE-TIME. */
        FLOATING,
        /** A {@code ZonedDateTime}: a DATE-TIME with a {@code TZID} or in UTC. */
        ZONED
    }

    /** How serious a finding is. */
    enum Severity {
        /** The rule cannot be expanded from the start at all: refused even by lenient parsing. */
        FATAL,
        /** It breaks a MUST of RFC 5545: refused by strict checks, repaired by lenient ones. */
        MUST,
        /** RFC 5545 says to ignore it: accepted silently by strict checks, reported by lenient ones. */
        IGNORED
    }

    /**
     * One thing about the rule that does not fit the start.
     *
     * @param part the rule part concerned
     * @param message what does not fit, and how it is read
     * @param severity what the checks do about it
     */
    record Finding(String part, String message, Severity severity) {
    }

    /** The findings and the parts repaired to fit the start. */
    record Check(RuleParts parts, List<Finding> findings) {
        Check {
            findings = List.copyOf(findings);
        }
    }

    private static final long MAX_UNTIL_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    private static final long MIN_UNTIL_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private RuleForStart() {
    }

    /** Returns the value type of a start. */
    static Kind kind(Temporal start) {
        if (start instanceof LocalDate) {
            return Kind.DATE;
        }
        if (start instanceof LocalDateTime) {
            return Kind.FLOATING;
        }
        if (start instanceof ZonedDateTime) {
            return Kind.ZONED;
        }
        throw new SecunityException("a DTSTART must be a LocalDate, LocalDateTime or ZonedDateTime, was "
                + start.getClass().getSimpleName() + " " + start);
    }

    /**
     * Checks valid parts against a start. The {@code UNTIL} must have the start's value type (RFC
     * 5545 §3.3.10: a DATE with a DATE, a local time with a floating time, UTC with a zoned time);
     * a DATE start allows no {@code FREQ} finer than {@code DAILY} (a fatal finding) and ignores
     * {@code BYHOUR}, {@code BYMINUTE} and {@code BYSECOND} (RFC 5545: they MUST be ignored).
     *
     * @throws SecunityException for a start of another type
     */
    static Check check(RuleParts p, Temporal start) {
        Kind kind = kind(start);
        List<Finding> findings = new ArrayList<>();
        if (kind == Kind.DATE && p.frequency().isSubDaily()) {
            findings.add(new Finding("FREQ", "a DATE DTSTART needs FREQ=DAILY or coarser, not FREQ="
                    + p.frequency(), Severity.FATAL));
        }
        @Nullable Temporal until = p.until();
        if (until != null && untilKind(until) != kind) {
            Temporal read = untilFor(until, start);
            findings.add(new Finding("UNTIL", "UNTIL must be " + expected(kind) + " when DTSTART is "
                    + describe(kind) + " (RFC 5545), was " + RulePrinter.formatUntil(until) + "; read as "
                    + RulePrinter.formatUntil(read), Severity.MUST));
            until = read;
        }
        RuleParts out = p.withUntil(until);
        if (kind == Kind.DATE) {
            ignoreWithDate("BYSECOND", p.bySecond(), findings);
            ignoreWithDate("BYMINUTE", p.byMinute(), findings);
            ignoreWithDate("BYHOUR", p.byHour(), findings);
            out = out.withTimes(List.of(), List.of(), List.of());
        }
        if (!out.bySetPos().isEmpty() && !out.hasByPartBesidesSetPos()) {
            findings.add(new Finding("BYSETPOS", "BYSETPOS is ignored with a DATE DTSTART when only BYHOUR,"
                    + " BYMINUTE or BYSECOND went with it", Severity.IGNORED));
            out = out.withBySetPos(List.of());
        }
        return new Check(out, findings);
    }

    /** Returns whether {@link #check} would find nothing, without building parts. */
    static boolean fits(RecurrenceRule rule, Temporal start) {
        Kind kind = kind(start);
        Temporal until = rule.until().orElse(null);
        if (until != null && untilKind(until) != kind) {
            return false;
        }
        return kind != Kind.DATE || !rule.frequency().isSubDaily() && rule.byHour().isEmpty()
                && rule.byMinute().isEmpty() && rule.bySecond().isEmpty();
    }

    private static void ignoreWithDate(String part, List<Integer> values, List<Finding> findings) {
        if (!values.isEmpty()) {
            findings.add(new Finding(part, part + " is ignored with a DATE DTSTART (RFC 5545)", Severity.IGNORED));
        }
    }

    /** Returns the value type of an {@code UNTIL}: DATE, floating, or UTC (which a zoned start needs). */
    private static Kind untilKind(Temporal until) {
        return until instanceof LocalDate ? Kind.DATE : until instanceof LocalDateTime ? Kind.FLOATING : Kind.ZONED;
    }

    private static String expected(Kind kind) {
        switch (kind) {
            case DATE:
                return "a DATE (YYYYMMDD)";
            case FLOATING:
                return "a local DATE-TIME (YYYYMMDDTHHMMSS)";
            default:
                return "a UTC DATE-TIME (YYYYMMDDTHHMMSSZ)";
        }
    }

    private static String describe(Kind kind) {
        switch (kind) {
            case DATE:
                return "a DATE";
            case FLOATING:
                return "a floating DATE-TIME";
            default:
                return "a DATE-TIME with a time zone";
        }
    }

    /**
     * Returns an {@code UNTIL} in the value type of a start, read as the expansion reads a
     * mismatched one: a DATE as the last second of its day, a UTC time on the wall clock of a
     * floating start, a local time in the zone of a zoned start, a time by its date for a DATE
     * start.
     */
    static Temporal untilFor(Temporal until, Temporal start) {
        Kind kind = kind(start);
        LocalDateTime wall = until instanceof LocalDate ? ((LocalDate) until).atTime(23, 59, 59)
                : until instanceof Instant ? LocalDateTime.ofInstant((Instant) until, ZoneOffset.UTC)
                : (LocalDateTime) until;
        switch (kind) {
            case DATE:
                return wall.toLocalDate();
            case FLOATING:
                return wall;
            default:
                if (until instanceof Instant) {
                    return until;
                }
                ZoneId zone = ((ZonedDateTime) start).getZone();
                long s = ZonedDateTime.of(wall, zone).toEpochSecond();
                return Instant.ofEpochSecond(Math.max(MIN_UNTIL_SECOND, Math.min(MAX_UNTIL_SECOND, s)));
        }
    }

    /**
     * Returns the parts with the open points of RFC 5545 made explicit for a start, so that every
     * engine reads the dates of {@code reading}: a {@code YEARLY;BYMONTHDAY} without {@code BYMONTH}
     * (nor {@code BYWEEKNO}, {@code BYYEARDAY}) gets {@code BYMONTH} (every month, or the start's),
     * a {@code YEARLY;BYWEEKNO} without {@code BYDAY} (nor {@code BYYEARDAY}, {@code BYMONTHDAY})
     * gets {@code BYDAY} (every weekday, or the start's).
     *
     * @throws SecunityException for a BYMONTHDAY open point next to BYDAY ordinals, which count in
     *     the year and would count in the month once BYMONTH is given
     */
    static RuleParts explicitOpenPoints(RuleParts p, Temporal start, OpenPointReading reading) {
        if (p.frequency() != Frequency.YEARLY) {
            return p;
        }
        List<Integer> byMonth = p.byMonth();
        List<WeekdayNum> byDay = p.byDay();
        if (!p.byMonthDay().isEmpty() && byMonth.isEmpty() && p.byWeekNo().isEmpty() && p.byYearDay().isEmpty()) {
            if (byDay.stream().anyMatch(WeekdayNum::hasOrdinal)) {
                throw new SecunityException("FREQ=YEARLY;BYMONTHDAY without BYMONTH cannot be written so that every"
                        + " engine reads the same dates when BYDAY has ordinals (" + byDay.stream()
                        .filter(WeekdayNum::hasOrdinal).findFirst().orElseThrow() + "): a BYMONTH would make them"
                        + " count in the month instead of the year; give BYMONTH, or BYYEARDAY, yourself");
            }
            byMonth = reading == OpenPointReading.EXPAND
                    ? List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
                    : List.of(LocalDate.from(start).getMonthValue());
        }
        if (!p.byWeekNo().isEmpty() && byDay.isEmpty() && p.byYearDay().isEmpty() && p.byMonthDay().isEmpty()) {
            List<WeekdayNum> days = new ArrayList<>();
            if (reading == OpenPointReading.EXPAND) {
                for (DayOfWeek d : DayOfWeek.values()) {
                    days.add(WeekdayNum.of(d));
                }
            } else {
                days.add(WeekdayNum.of(LocalDate.from(start).getDayOfWeek()));
            }
            byDay = days;
        }
        return byMonth == p.byMonth() && byDay == p.byDay() ? p : p.withMonthsAndDays(byMonth, byDay);
    }

    /**
     * Returns the parts with the RFC 7529 parts written in the most widely understood way: no
     * {@code RSCALE} when it changes nothing ({@code SKIP=OMIT}), else {@code RSCALE=GREGORIAN},
     * whose dates the other supported calendars share.
     */
    static RuleParts plainScale(RuleParts p) {
        CalendarScale scale = p.rscale();
        if (scale == null) {
            return p;
        }
        boolean omit = p.skip() == null || p.skip() == Skip.OMIT;
        return omit ? p.withScale(null, null) : p.withScale(CalendarScale.GREGORIAN, p.skip());
    }
}
