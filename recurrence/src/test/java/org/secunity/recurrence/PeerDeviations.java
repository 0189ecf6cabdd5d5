package org.secunity.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The known ways lib-recur 0.17.1 and ical4j 4.1.1 depart from this engine, each recognized from
 * the rule and the two outputs. Where a peer departs from RFC 5545, the RFC decides (and the
 * engine, checked against the literal reference expander, follows it); where the RFC leaves a
 * point open, the engine's documented choice stands. The list with example rules is in
 * {@code peer-deviations.md} next to the vectors.
 */
final class PeerDeviations {

    private PeerDeviations() {
    }

    static Optional<String> libRecur(RecurrenceRule rule, LocalDateTime start,
            List<LocalDateTime> ours, Peers.Outcome lib) {
        if (rule.frequency().isSubDaily() && rule.byYearDay().stream().anyMatch(d -> d < 0)) {
            return Optional.of("LR4 negative BYYEARDAY lands one day early in sub-daily rules");
        }
        if (lib.failure != null) {
            String m = String.valueOf(lib.failure.getMessage());
            boolean prefix = lib.occurrences.equals(ours.subList(0, Math.min(ours.size(), lib.occurrences.size())));
            if (prefix && (m.contains("too many empty recurrence sets") || m.contains("too many filtered recurrence instances"))) {
                return Optional.of("LR1 gives up (throws) on rules with long runs of empty periods");
            }
            if (m.contains("until") && rule.until().isPresent()
                    && (rule.until().get() instanceof Instant || rule.until().get() instanceof LocalDate)) {
                return Optional.of("LR2 strict mode refuses a UTC or DATE UNTIL with a floating start");
            }
            if (lib.failure instanceof ArrayIndexOutOfBoundsException
                    && rule.byYearDay().stream().anyMatch(d -> Math.abs(d) == 366)) {
                return Optional.of("LR6 crashes (ArrayIndexOutOfBoundsException) on BYYEARDAY=366 or -366");
            }
            return Optional.empty();
        }
        List<LocalDateTime> theirs = lib.occurrences;
        Optional<String> open = openPoint(rule);
        if (open.isPresent()) {
            return open;
        }
        if (crossesYearBoundary(rule)) {
            return Optional.of("OPEN3 YEARLY;BYWEEKNO days across New Year: lib-recur puts them in the period of"
                    + " their week-numbering year, we in their calendar year");
        }
        if (!rule.bySetPos().isEmpty() && sameAfterFirstPeriod(rule, start, ours, theirs)) {
            return Optional.of("LR3 applies BYSETPOS after dropping the candidates before DTSTART");
        }
        if (!rule.byWeekNo().isEmpty() && !rule.byMonth().isEmpty() && !rule.byDay().isEmpty()
                && theirs.stream().anyMatch(t -> rule.byDay().stream().noneMatch(d -> d.dayOfWeek() == t.getDayOfWeek())
                        || !inListedWeek(rule, t.toLocalDate()))) {
            return Optional.of("LR5 BYWEEKNO with BYMONTH yields days off the BYDAY weekdays or off the listed weeks");
        }
        if (rule.frequency().isSubDaily() && rule.byYearDay().stream().anyMatch(d -> d < 0)) {
            return Optional.of("LR4 negative BYYEARDAY lands one day early in sub-daily rules");
        }
        if (!rule.bySetPos().isEmpty() && !rule.byWeekNo().isEmpty() && !rule.byMonth().isEmpty()) {
            return Optional.of("LR11 BYSETPOS over BYWEEKNO limited by BYMONTH counts positions in another set"
                    + " when a listed week straddles the month's end");
        }
        return Optional.empty();
    }

    static Optional<String> ical4j(RecurrenceRule rule, LocalDateTime start,
            List<LocalDateTime> ours, Peers.Outcome ical) {
        if (ical.failure != null) {
            return Optional.empty();
        }
        List<LocalDateTime> theirs = new ArrayList<>(new LinkedHashSet<>(ical.occurrences));
        boolean duplicates = theirs.size() < ical.occurrences.size();
        if (duplicates && theirs.equals(ours.subList(0, Math.min(ours.size(), theirs.size())))) {
            return Optional.of("IC1 emits duplicate occurrences");
        }
        if (!rule.bySetPos().isEmpty() && (duplicates || mayRepeatCandidates(rule))) {
            return Optional.of("IC7 BYSETPOS counts repeated candidates (values naming the same day)");
        }
        Optional<String> open = openPoint(rule);
        if (open.isPresent()) {
            return open;
        }
        Frequency f = rule.frequency();
        if (f == Frequency.WEEKLY && !rule.byMonth().isEmpty()) {
            return Optional.of("IC2 WEEKLY ignores BYMONTH as a limit");
        }
        if (f.compareTo(Frequency.DAILY) <= 0 && (rule.byMonthDay().stream().anyMatch(d -> d < 0)
                || rule.byYearDay().stream().anyMatch(d -> d < 0))) {
            return Optional.of("IC3 ignores negative BYMONTHDAY and BYYEARDAY under DAILY and finer");
        }
        if (f == Frequency.WEEKLY && !rule.bySetPos().isEmpty()) {
            return Optional.of("IC10 WEEKLY periods start on Sunday whatever WKST says (seen through BYSETPOS)");
        }
        if (f == Frequency.WEEKLY && rule.interval() > 1) {
            return Optional.of("IC4 ignores WKST alignment of weeks with INTERVAL > 1");
        }
        if (!rule.byYearDay().isEmpty() && (!rule.byMonth().isEmpty() || !rule.byMonthDay().isEmpty()
                || !rule.byWeekNo().isEmpty())) {
            return Optional.of("IC5 BYYEARDAY discards the other day-level limits (BYMONTH, BYMONTHDAY, BYWEEKNO)");
        }
        if (!rule.byWeekNo().isEmpty()) {
            return Optional.of("IC8 BYWEEKNO weeks misplaced and BYMONTH ignored next to BYWEEKNO");
        }
        if (rule.byDay().stream().anyMatch(WeekdayNum::hasOrdinal)
                && (!rule.byMonthDay().isEmpty() || !rule.byYearDay().isEmpty())) {
            return Optional.of("IC9 BYDAY ordinals misapplied as a limit next to BYMONTHDAY or BYYEARDAY");
        }
        if (f.isSubDaily() && !rule.byDay().isEmpty()) {
            return Optional.of("IC11 sub-daily rules with BYDAY lose occurrences (hours outside DTSTART's)");
        }
        if (theirs.size() < ours.size() && theirs.equals(ours.subList(0, theirs.size()))) {
            return Optional.of("IC6 silently stops after 1,000 empty periods");
        }
        return Optional.empty();
    }

    /** Whether two values of one part can name the same day or time (then peers may repeat candidates). */
    private static boolean mayRepeatCandidates(RecurrenceRule rule) {
        boolean mixedMonthDay = rule.byMonthDay().stream().anyMatch(d -> d < 0)
                && rule.byMonthDay().stream().anyMatch(d -> d > 0);
        boolean mixedYearDay = rule.byYearDay().stream().anyMatch(d -> d < 0)
                && rule.byYearDay().stream().anyMatch(d -> d > 0);
        boolean mixedWeekNo = rule.byWeekNo().stream().anyMatch(d -> d < 0)
                && rule.byWeekNo().stream().anyMatch(d -> d > 0);
        long weekdays = rule.byDay().stream().map(WeekdayNum::dayOfWeek).distinct().count();
        return mixedMonthDay || mixedYearDay || mixedWeekNo || weekdays < rule.byDay().size();
    }

    /** The two points RFC 5545 leaves open, where both peers read DTSTART's month or weekday. */
    static Optional<String> openPointOf(RecurrenceRule rule) {
        return openPoint(rule);
    }

    private static Optional<String> openPoint(RecurrenceRule rule) {
        if (rule.frequency() != Frequency.YEARLY) {
            return Optional.empty();
        }
        if (!rule.byMonthDay().isEmpty() && rule.byMonth().isEmpty() && rule.byWeekNo().isEmpty()
                && rule.byYearDay().isEmpty()) {
            return Optional.of("OPEN1 YEARLY;BYMONTHDAY without BYMONTH: peer uses DTSTART's month, we every month");
        }
        if (!rule.byWeekNo().isEmpty() && rule.byDay().isEmpty() && rule.byYearDay().isEmpty()
                && rule.byMonthDay().isEmpty()) {
            return Optional.of("OPEN2 YEARLY;BYWEEKNO without BYDAY: peer uses DTSTART's weekday, we the whole week");
        }
        return Optional.empty();
    }

    /** Whether a day lies in one of the weeks a BYWEEKNO rule lists (weeks start on WKST, week 1 has 4 days). */
    private static boolean inListedWeek(RecurrenceRule rule, LocalDate d) {
        java.time.temporal.WeekFields wf = java.time.temporal.WeekFields.of(rule.weekStart(), 4);
        int week = d.get(wf.weekOfWeekBasedYear());
        int weeks = (int) d.range(wf.weekOfWeekBasedYear()).getMaximum();
        return rule.byWeekNo().contains(week) || rule.byWeekNo().contains(week - weeks - 1);
    }

    /** Whether a YEARLY;BYWEEKNO rule names a week that can straddle New Year. */
    private static boolean crossesYearBoundary(RecurrenceRule rule) {
        return rule.frequency() == Frequency.YEARLY
                && rule.byWeekNo().stream().anyMatch(w -> w == 1 || w == 52 || w == 53 || w == -1 || w == -52 || w == -53);
    }

    /**
     * Whether two outputs agree after the first period of the rule, up to a shift of COUNT (one is
     * a prefix of the other there).
     */
    private static boolean sameAfterFirstPeriod(RecurrenceRule rule, LocalDateTime start,
            List<LocalDateTime> ours, List<LocalDateTime> theirs) {
        LocalDateTime cut = firstPeriodEnd(rule, start);
        List<LocalDateTime> a = after(ours, cut);
        List<LocalDateTime> b = after(theirs, cut);
        int n = Math.min(a.size(), b.size());
        boolean prefix = a.subList(0, n).equals(b.subList(0, n));
        return prefix && (a.size() == b.size() || rule.count().isPresent()) && !ours.equals(theirs);
    }

    private static List<LocalDateTime> after(List<LocalDateTime> l, LocalDateTime cut) {
        return l.stream().filter(t -> !t.isBefore(cut)).collect(Collectors.toList());
    }

    static LocalDateTime firstPeriodEnd(RecurrenceRule rule, LocalDateTime start) {
        LocalDate d = start.toLocalDate();
        switch (rule.frequency()) {
            case YEARLY:
                return d.withDayOfYear(1).plusYears(1).atStartOfDay();
            case MONTHLY:
                return d.withDayOfMonth(1).plusMonths(1).atStartOfDay();
            case WEEKLY:
                return d.with(java.time.temporal.TemporalAdjusters.previousOrSame(rule.weekStart()))
                        .plusWeeks(1).atStartOfDay();
            case DAILY:
                return d.plusDays(1).atStartOfDay();
            case HOURLY:
                return start.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1);
            case MINUTELY:
                return start.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusMinutes(1);
            default:
                return start.plusSeconds(1);
        }
    }
}
