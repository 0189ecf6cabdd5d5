package org.secunity.serialization;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.serialization.internal.ContentLines;

/**
 * Writes the {@code VTIMEZONE} of a tzdb zone from the JDK's rules (RFC 5545 §3.6.5): one
 * observance for the offset in force a year before the first year exported, one per historical
 * transition since, and one with a yearly {@code RRULE} per rule of the zone's current transitions
 * (each checked against the JDK over 28 years, the weekday cycle; a rule that a {@code BYDAY} with
 * {@code BYMONTHDAY} cannot say is written as its transitions for {@value #FALLBACK_YEARS} years).
 */
final class VTimeZones {

    /** How many years of transitions are written for a rule without an RRULE form. */
    static final int FALLBACK_YEARS = 100;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private VTimeZones() {}

    static void write(ContentLines lines, ZoneId zone, int firstYear) throws IOException {
        ZoneRules rules = zone.getRules();
        lines.line("BEGIN:VTIMEZONE");
        lines.line("TZID:" + zone.getId());
        int since = Math.max(firstYear - 1, 1);
        Instant start = LocalDate.of(since, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneOffset first = rules.getOffset(start);
        observance(lines, rules.isDaylightSavings(start), LocalDateTime.ofInstant(start, first), first, first, null);
        List<ZoneOffsetTransition> history = rules.getTransitions();
        for (ZoneOffsetTransition t : history) {
            if (t.getInstant().isAfter(start)) {
                observance(lines, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                        t.getOffsetAfter(), null);
            }
        }
        int ruleYear = Math.max(since, history.isEmpty() ? since
                : history.get(history.size() - 1).getDateTimeAfter().getYear() + 1);
        for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            boolean daylight = !r.getOffsetAfter().equals(r.getStandardOffset());
            ZoneOffsetTransition t = r.createTransition(ruleYear);
            String rrule = rrule(r);
            if (rrule != null && agrees(rrule, r, ruleYear)) {
                observance(lines, daylight, t.getDateTimeBefore(), r.getOffsetBefore(), r.getOffsetAfter(), rrule);
            } else {
                for (int y = ruleYear; y < ruleYear + FALLBACK_YEARS && y <= 9999; y++) {
                    ZoneOffsetTransition ty = r.createTransition(y);
                    observance(lines, daylight, ty.getDateTimeBefore(), r.getOffsetBefore(), r.getOffsetAfter(), null);
                }
            }
        }
        lines.line("END:VTIMEZONE");
    }

    private static void observance(ContentLines lines, boolean daylight, LocalDateTime start, ZoneOffset from,
            ZoneOffset to, @Nullable String rrule) throws IOException {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.line("BEGIN:" + kind);
        lines.line("DTSTART:" + start.format(LOCAL));
        lines.line("TZOFFSETFROM:" + offset(from));
        lines.line("TZOFFSETTO:" + offset(to));
        if (rrule != null) {
            lines.line("RRULE:" + rrule);
        }
        lines.line("END:" + kind);
    }

    /** The RRULE of a transition rule's dates, or null when it has none of this form. */
    private static @Nullable String rrule(ZoneOffsetTransitionRule r) {
        int dom = r.getDayOfMonthIndicator();
        DayOfWeek dow = r.getDayOfWeek();
        String month = "FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue();
        if (dow == null) {
            return dom > 0 ? month + ";BYMONTHDAY=" + dom : null;
        }
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            int d = dom > 0 ? dom + i : dom - i;
            if (d > 31 || d < -31) {
                return null;
            }
            days.append(i == 0 ? "" : ",").append(d);
        }
        return month + ";BYDAY=" + dow.name().substring(0, 2) + ";BYMONTHDAY=" + days;
    }

    /** Whether the RRULE from the first transition gives the JDK's transitions for 28 years. */
    private static boolean agrees(String rrule, ZoneOffsetTransitionRule r, int year) {
        List<LocalDateTime> dates = RecurrenceRule.parse(rrule).occurrences(r.createTransition(year).getDateTimeBefore())
                .take(28);
        for (int i = 0; i < 28; i++) {
            if (dates.size() <= i || !dates.get(i).equals(r.createTransition(year + i).getDateTimeBefore())) {
                return false;
            }
        }
        return true;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String text = String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
