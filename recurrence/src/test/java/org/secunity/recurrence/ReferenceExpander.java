package org.secunity.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.Temporal;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A slow, literal expander used as the oracle of the property tests: it walks every period of the
 * rule from the start, looks at every day of a period (or the one unit of a sub-daily period),
 * decides membership by reading the table of RFC 5545 §3.3.10 part by part with java.time, applies
 * {@code BYSETPOS} to the sorted candidates of the period, then the start, {@code COUNT} and
 * {@code UNTIL}. It shares no code with the engine.
 *
 * <p>RFC 7529 {@code SKIP}: for every month of a period whose month-day expansion names a day the
 * month lacks (and every {@code BYYEARDAY} of ±366 in a common year), the moved date is added when
 * it meets the parts that limit the expansion; a moved date that repeats one of the period before
 * is dropped, and with {@code BACKWARD} the period after {@code end} is read too.
 */
final class ReferenceExpander {

    private final RecurrenceRule rule;
    private final LocalDateTime start;

    ReferenceExpander(RecurrenceRule rule, LocalDateTime start) {
        this.rule = rule;
        this.start = start;
    }

    /** Returns the occurrences before {@code end}, at most {@code max} of them. */
    List<LocalDateTime> expand(LocalDateTime end, int max) {
        List<LocalDateTime> out = new ArrayList<>();
        int counted = 0;
        LocalDateTime until = until();
        LocalDateTime last = LocalDateTime.MIN;
        boolean lookAhead = rule.skip() == Skip.BACKWARD;
        for (long p = 0; ; p++) {
            LocalDateTime periodStart = periodStart(p);
            if (!(lookAhead ? periodStart(p - 1) : periodStart).isBefore(end) || periodStart.getYear() > 9000) {
                return out;
            }
            for (LocalDateTime c : candidates(periodStart)) {
                if (c.isBefore(start) || !c.isAfter(last)) {
                    continue;
                }
                last = c;
                if (until != null && c.isAfter(until)) {
                    return out;
                }
                if (rule.count().isPresent() && counted >= rule.count().getAsInt()) {
                    return out;
                }
                counted++;
                if (!c.isBefore(end) || out.size() >= max) {
                    return out;
                }
                out.add(c);
            }
        }
    }

    private LocalDateTime until() {
        if (rule.until().isEmpty()) {
            return null;
        }
        Temporal u = rule.until().get();
        if (u instanceof LocalDate) {
            return ((LocalDate) u).atTime(LocalTime.MAX);
        }
        if (u instanceof Instant) {
            return LocalDateTime.ofInstant((Instant) u, ZoneOffset.UTC);
        }
        return ((LocalDateTime) u).withNano(start.getNano());
    }

    private LocalDateTime periodStart(long p) {
        long n = p * rule.interval();
        LocalDate d = start.toLocalDate();
        switch (rule.frequency()) {
            case YEARLY:
                return d.withDayOfYear(1).plusYears(n).atStartOfDay();
            case MONTHLY:
                return d.withDayOfMonth(1).plusMonths(n).atStartOfDay();
            case WEEKLY:
                return d.with(TemporalAdjusters.previousOrSame(rule.weekStart())).plusWeeks(n).atStartOfDay();
            case DAILY:
                return d.plusDays(n).atStartOfDay();
            case HOURLY:
                return start.truncatedTo(ChronoUnit.HOURS).plusHours(n);
            case MINUTELY:
                return start.truncatedTo(ChronoUnit.MINUTES).plusMinutes(n);
            default:
                return start.truncatedTo(ChronoUnit.SECONDS).plusSeconds(n);
        }
    }

    private List<LocalDateTime> candidates(LocalDateTime periodStart) {
        TreeSet<LocalDateTime> set = new TreeSet<>();
        Frequency f = rule.frequency();
        if (f.isSubDaily()) {
            LocalDate day = periodStart.toLocalDate();
            if (dayMatches(day)) {
                for (LocalTime t : times(periodStart.toLocalTime())) {
                    set.add(day.atTime(t).withNano(start.getNano()));
                }
            }
        } else {
            LocalDate from = periodStart.toLocalDate();
            LocalDate to = f == Frequency.YEARLY ? from.plusYears(1)
                    : f == Frequency.MONTHLY ? from.plusMonths(1)
                    : f == Frequency.WEEKLY ? from.plusWeeks(1) : from.plusDays(1);
            for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                if (dayMatches(day)) {
                    for (LocalTime t : times(null)) {
                        set.add(day.atTime(t).withNano(start.getNano()));
                    }
                }
            }
            for (LocalDate day : movedDays(from, to)) {
                for (LocalTime t : times(null)) {
                    set.add(day.atTime(t).withNano(start.getNano()));
                }
            }
        }
        List<LocalDateTime> all = new ArrayList<>(set);
        if (rule.bySetPos().isEmpty()) {
            return all;
        }
        TreeSet<LocalDateTime> selected = new TreeSet<>();
        for (int pos : rule.bySetPos()) {
            int i = pos > 0 ? pos - 1 : all.size() + pos;
            if (i >= 0 && i < all.size()) {
                selected.add(all.get(i));
            }
        }
        return new ArrayList<>(selected);
    }

    /** The times of a period: expanded lists or the start's values; for sub-daily, the unit's. */
    private List<LocalTime> times(LocalTime unit) {
        Frequency f = rule.frequency();
        List<Integer> hours = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        List<Integer> seconds = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            if (field(h, rule.byHour(), start.getHour(), f.compareTo(Frequency.HOURLY) > 0,
                    unit == null ? -1 : unit.getHour())) {
                hours.add(h);
            }
        }
        for (int m = 0; m < 60; m++) {
            if (field(m, rule.byMinute(), start.getMinute(), f.compareTo(Frequency.MINUTELY) > 0,
                    unit == null || f == Frequency.HOURLY ? -1 : unit.getMinute())) {
                minutes.add(m);
            }
        }
        for (int s = 0; s < 60; s++) {
            if (field(s, rule.bySecond(), start.getSecond(), f.compareTo(Frequency.SECONDLY) > 0,
                    unit == null || f != Frequency.SECONDLY ? -1 : unit.getSecond())) {
                seconds.add(s);
            }
        }
        List<LocalTime> out = new ArrayList<>();
        for (int h : hours) {
            for (int m : minutes) {
                for (int s : seconds) {
                    out.add(LocalTime.of(h, m, s));
                }
            }
        }
        return out;
    }

    /**
     * Whether a time field value belongs: it must be the unit's own value when the period fixes it,
     * be listed when the part is given, and otherwise equal the start's value when the frequency is
     * coarser than the field.
     */
    private static boolean field(int value, List<Integer> by, int startValue, boolean coarser, int unitValue) {
        if (unitValue >= 0 && value != unitValue) {
            return false;
        }
        if (!by.isEmpty()) {
            return by.contains(value);
        }
        return !coarser || unitValue >= 0 || value == startValue;
    }

    private boolean dayMatches(LocalDate d) {
        Frequency f = rule.frequency();
        if (!rule.byMonth().isEmpty() && !rule.byMonth().contains(d.getMonthValue())) {
            return false;
        }
        if (!rule.byWeekNo().isEmpty()) {
            WeekFields wf = WeekFields.of(rule.weekStart(), 4);
            int week = d.get(wf.weekOfWeekBasedYear());
            int weeks = (int) d.range(wf.weekOfWeekBasedYear()).getMaximum();
            if (!rule.byWeekNo().contains(week) && !rule.byWeekNo().contains(week - weeks - 1)) {
                return false;
            }
        }
        if (!rule.byYearDay().isEmpty()) {
            int doy = d.getDayOfYear();
            if (!rule.byYearDay().contains(doy) && !rule.byYearDay().contains(doy - d.lengthOfYear() - 1)) {
                return false;
            }
        }
        if (!rule.byMonthDay().isEmpty()) {
            int dom = d.getDayOfMonth();
            if (!rule.byMonthDay().contains(dom) && !rule.byMonthDay().contains(dom - d.lengthOfMonth() - 1)) {
                return false;
            }
        }
        if (!rule.byDay().isEmpty() && !byDayMatches(d)) {
            return false;
        }
        boolean dayParts = !rule.byWeekNo().isEmpty() || !rule.byYearDay().isEmpty()
                || !rule.byMonthDay().isEmpty() || !rule.byDay().isEmpty();
        switch (f) {
            case YEARLY:
                if (!dayParts) {
                    return d.getDayOfMonth() == start.getDayOfMonth()
                            && (!rule.byMonth().isEmpty() || d.getMonth() == start.getMonth());
                }
                return true;
            case MONTHLY:
                return !rule.byMonthDay().isEmpty() || !rule.byDay().isEmpty()
                        || d.getDayOfMonth() == start.getDayOfMonth();
            case WEEKLY:
                return !rule.byDay().isEmpty() || d.getDayOfWeek() == start.getDayOfWeek();
            default:
                return true;
        }
    }

    /**
     * The RFC 7529 SKIP dates of a MONTHLY or YEARLY period {@code [from, to)}: each day named by
     * the month-day expansion (BYMONTHDAY, or DTSTART's day when no day part is given) that a month
     * of the period lacks, and each BYYEARDAY of ±366 in a common year, moved BACKWARD to the last
     * day before it or FORWARD to the first after it, kept when it meets the limiting parts.
     */
    private List<LocalDate> movedDays(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        Frequency f = rule.frequency();
        Skip skip = rule.skip();
        if (skip == Skip.OMIT || f != Frequency.MONTHLY && f != Frequency.YEARLY) {
            return out;
        }
        boolean noDayParts = rule.byWeekNo().isEmpty() && rule.byYearDay().isEmpty()
                && rule.byMonthDay().isEmpty() && rule.byDay().isEmpty();
        boolean monthDays = f == Frequency.MONTHLY
                ? !rule.byMonthDay().isEmpty() || rule.byDay().isEmpty()
                : rule.byWeekNo().isEmpty() && rule.byYearDay().isEmpty() && (!rule.byMonthDay().isEmpty() || noDayParts);
        if (monthDays) {
            List<Integer> named = rule.byMonthDay().isEmpty() ? List.of(start.getDayOfMonth()) : rule.byMonthDay();
            for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
                boolean monthListed = rule.byMonth().isEmpty() ? f == Frequency.MONTHLY || !noDayParts
                        || month.getMonth() == start.getMonth() : rule.byMonth().contains(month.getMonthValue());
                if (!monthListed) {
                    continue;
                }
                int length = month.lengthOfMonth();
                for (int v : named) {
                    if (Math.abs(v) > length) {
                        LocalDate moved = v > 0
                                ? (skip == Skip.BACKWARD ? month.withDayOfMonth(length) : month.plusMonths(1))
                                : (skip == Skip.BACKWARD ? month.minusDays(1) : month);
                        if (rule.byDay().isEmpty() || byDayMatches(moved)) {
                            out.add(moved);
                        }
                    }
                }
            }
        } else if (f == Frequency.YEARLY && rule.byWeekNo().isEmpty() && !rule.byYearDay().isEmpty()
                && from.lengthOfYear() == 365) {
            for (int v : rule.byYearDay()) {
                if (Math.abs(v) == 366) {
                    LocalDate moved = v > 0
                            ? (skip == Skip.BACKWARD ? from.withDayOfYear(365) : from.plusYears(1))
                            : (skip == Skip.BACKWARD ? from.minusDays(1) : from);
                    boolean ok = (rule.byMonth().isEmpty() || rule.byMonth().contains(moved.getMonthValue()))
                            && (rule.byMonthDay().isEmpty() || rule.byMonthDay().contains(moved.getDayOfMonth())
                                    || rule.byMonthDay().contains(moved.getDayOfMonth() - moved.lengthOfMonth() - 1))
                            && (rule.byDay().isEmpty() || byDayMatches(moved));
                    if (ok) {
                        out.add(moved);
                    }
                }
            }
        }
        return out;
    }

    private boolean byDayMatches(LocalDate d) {
        boolean yearScope = rule.frequency() == Frequency.YEARLY && rule.byMonth().isEmpty();
        for (WeekdayNum w : rule.byDay()) {
            if (w.dayOfWeek() != d.getDayOfWeek()) {
                continue;
            }
            if (!w.hasOrdinal()) {
                return true;
            }
            List<LocalDate> same = new ArrayList<>();
            LocalDate first = yearScope ? d.withDayOfYear(1) : d.withDayOfMonth(1);
            LocalDate last = yearScope ? d.withDayOfYear(d.lengthOfYear()) : d.withDayOfMonth(d.lengthOfMonth());
            for (LocalDate x = first; !x.isAfter(last); x = x.plusDays(1)) {
                if (x.getDayOfWeek() == w.dayOfWeek()) {
                    same.add(x);
                }
            }
            int i = w.ordinal() > 0 ? w.ordinal() - 1 : same.size() + w.ordinal();
            if (i >= 0 && i < same.size() && same.get(i).equals(d)) {
                return true;
            }
        }
        return false;
    }

}
