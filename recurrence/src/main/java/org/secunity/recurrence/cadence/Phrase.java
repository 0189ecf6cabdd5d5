package org.secunity.recurrence.cadence;

import java.time.DayOfWeek;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.Frequency;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceRuleBuilder;
import org.secunity.recurrence.WeekdayNum;

/**
 * The rules the phrase grammar covers, as the parts a phrase names: how often (a unit and an
 * interval), in which months, on which days, and an optional end. {@link #of(RecurrenceRule)}
 * recognizes a rule of this shape and {@link #toRule()} builds it back, so that for every
 * phrase {@code p}, {@code of(p.toRule())} is {@code p}.
 *
 * <ul>
 *   <li>{@code DAY}: {@code FREQ=DAILY;INTERVAL=n} — 毎日, 3日ごと.
 *   <li>{@code WEEK}: {@code FREQ=WEEKLY;INTERVAL=n[;BYDAY=days]} — 毎週月曜日, 隔週水曜日, 平日毎日.
 *   <li>{@code MONTH}: {@code FREQ=MONTHLY;INTERVAL=n[;BYMONTH=even or odd months]} with ordinal
 *       weekdays, days of the month, or (even or odd months only) weekdays — 毎月第3金曜日,
 *       偶数月の第2水曜日, 毎月末日, 偶数月の毎週土曜日.
 *   <li>{@code YEAR}: {@code FREQ=YEARLY;INTERVAL=n[;BYMONTH=months]} with the same day parts —
 *       7月の第2土曜日, 毎年7月1日, 7月の毎週土曜日.
 * </ul>
 *
 * <p>Ordinals are 1 to 5 and -1 (最終, last); days of the month 1 to 31 and -1 (末日, the last
 * day), and in a yearly phrase each must occur in one of its months (no 2月30日); intervals and
 * counts are at most {@link #MAX_NUMBER}; {@code WKST} is Monday; no {@code BYHOUR},
 * {@code BYMINUTE}, {@code BYSECOND}, {@code BYYEARDAY}, {@code BYWEEKNO} or {@code BYSETPOS}.
 * Lists are sorted (-1 last) and unique. A rule outside these bounds is valid RFC 5545 but not a
 * phrase: it is described part by part and printed as its RRULE.
 */
record Phrase(Unit unit, int interval, Months months, List<Integer> monthList, Days days,
        List<DayOfWeek> weekdays, List<Integer> ordinals, List<Integer> monthDays, int count,
        @Nullable Temporal until) {

    enum Unit { DAY, WEEK, MONTH, YEAR }

    enum Months { ALL, EVEN, ODD, LIST }

    enum Days { ANY, WEEKDAYS, ORDINALS, MONTH_DAYS }

    static final List<Integer> EVEN_MONTHS = List.of(2, 4, 6, 8, 10, 12);
    static final List<Integer> ODD_MONTHS = List.of(1, 3, 5, 7, 9, 11);
    static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Positive values first, ascending, then negative ones, -1 last. */
    static final Comparator<Integer> LAST_LAST = Comparator.comparingInt(v -> v > 0 ? v : 1000 - v);

    /**
     * The largest {@code INTERVAL} and {@code COUNT} a phrase may give: the largest that a rule holds
     * and {@link RecurrenceRule#parse(CharSequence)} reads back from the rule's text.
     */
    static final int MAX_NUMBER = Integer.MAX_VALUE;

    /** {@link #MAX_NUMBER} as messages write it. */
    static final String MAX_NUMBER_TEXT = "2,147,483,647";

    /** The most days each month can have, January first (February: 29, in leap years). */
    private static final int[] MONTH_LENGTHS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    Phrase {
        monthList = List.copyOf(monthList);
        weekdays = List.copyOf(weekdays);
        ordinals = List.copyOf(ordinals);
        monthDays = List.copyOf(monthDays);
    }

    /**
     * How often, and in which months: the frame a phrase names before its days (毎月, 隔週,
     * 偶数月, 1月と7月; every month, every 2 weeks, even months, January and July).
     */
    record Every(Unit unit, int interval, Months months, List<Integer> monthList) {

        Every {
            monthList = List.copyOf(monthList);
        }

        /** Returns every interval units, in every month. */
        static Every of(Unit unit, int interval) {
            return new Every(unit, interval, Months.ALL, List.of());
        }

        /** Returns every interval units in the even or odd months. */
        Every in(Months evenOrOdd) {
            return new Every(unit, interval, evenOrOdd, List.of());
        }

        /** Returns every interval years in some months, sorted and unique. */
        static Every years(int interval, Iterable<Integer> months) {
            TreeSet<Integer> sorted = new TreeSet<>();
            months.forEach(sorted::add);
            return new Every(Unit.YEAR, interval, Months.LIST, new ArrayList<>(sorted));
        }
    }

    /** On which days of the frame: any, weekdays, ordinal weekdays or days of the month. */
    record DayPart(Days days, List<DayOfWeek> weekdays, List<Integer> ordinals, List<Integer> monthDays) {

        static final DayPart ANY = new DayPart(Days.ANY, List.of(), List.of(), List.of());

        DayPart {
            weekdays = List.copyOf(weekdays);
            ordinals = List.copyOf(ordinals);
            monthDays = List.copyOf(monthDays);
        }

        /** Returns every one of some weekdays, in week order. */
        static DayPart weekdays(Set<DayOfWeek> days) {
            return new DayPart(Days.WEEKDAYS, new ArrayList<>(new TreeSet<>(days)), List.of(), List.of());
        }

        /** Returns some ordinal weekdays: each ordinal with each weekday. */
        static DayPart ordinals(Iterable<Integer> ordinals, Set<DayOfWeek> days) {
            return new DayPart(Days.ORDINALS, new ArrayList<>(new TreeSet<>(days)), sortedLastLast(ordinals), List.of());
        }

        /** Returns some days of the month (-1 for the last). */
        static DayPart monthDays(Iterable<Integer> days) {
            return new DayPart(Days.MONTH_DAYS, List.of(), List.of(), sortedLastLast(days));
        }
    }

    /** How a phrase ends: after a number of times ({@code count > 0}), on a date, or never. */
    record End(int count, @Nullable Temporal until) {

        static final End NONE = new End(0, null);
    }

    /** Returns the phrase of a frame, its days and its end. */
    static Phrase of(Every every, DayPart days, End end) {
        return new Phrase(every.unit(), every.interval(), every.months(), every.monthList(), days.days(),
                days.weekdays(), days.ordinals(), days.monthDays(), end.count(), end.until());
    }

    /**
     * Returns the most days any of some months can have: 29 for February alone, 30 for April and
     * June, 31 when one of them is a long month.
     */
    static int longestMonth(List<Integer> months) {
        int longest = 0;
        for (int m : months) {
            longest = Math.max(longest, MONTH_LENGTHS[m - 1]);
        }
        return longest;
    }

    /** Returns the sorted, unique copy of a list of ordinals or days of the month (-1 last). */
    static List<Integer> sortedLastLast(Iterable<Integer> values) {
        TreeSet<Integer> set = new TreeSet<>(LAST_LAST);
        values.forEach(set::add);
        return new ArrayList<>(set);
    }

    /** Returns what is wrong with this combination of parts, or null when it is a phrase. */
    @Nullable String problem() {
        if (interval < 1) {
            return "an interval must be at least 1, was " + interval;
        }
        boolean monthly = unit == Unit.MONTH;
        boolean yearly = unit == Unit.YEAR;
        if (months == Months.LIST ? !yearly || monthList.isEmpty() : !monthList.isEmpty()) {
            return "a list of months goes with a yearly phrase";
        }
        if ((months == Months.EVEN || months == Months.ODD) && (!monthly || interval != 1)) {
            return "even and odd months go with a monthly phrase without an interval";
        }
        if (yearly && months == Months.ALL && days != Days.ANY) {
            return "a yearly phrase with days needs its months";
        }
        switch (days) {
            case ANY:
                return weekdays.isEmpty() && ordinals.isEmpty() && monthDays.isEmpty() ? null : "days given for ANY";
            case WEEKDAYS:
                if (weekdays.isEmpty() || !ordinals.isEmpty() || !monthDays.isEmpty()) {
                    return "weekdays need at least one day";
                }
                if (unit == Unit.DAY || (monthly && months == Months.ALL)) {
                    return "every week of every month is every week: write 毎週 (every) with the weekday";
                }
                return null;
            case ORDINALS:
                if (weekdays.isEmpty() || ordinals.isEmpty() || !monthDays.isEmpty() || !(monthly || yearly)) {
                    return "ordinal weekdays go with a monthly or yearly phrase";
                }
                return null;
            default:
                if (monthDays.isEmpty() || !weekdays.isEmpty() || !ordinals.isEmpty() || !(monthly || yearly)) {
                    return "days of the month go with a monthly or yearly phrase";
                }
                if (months == Months.LIST) {
                    int longest = longestMonth(monthList);
                    for (int day : monthDays) {
                        if (day > longest) {
                            return "day " + day + " never occurs in months " + monthList + ", which have at most "
                                    + longest + " days";
                        }
                    }
                }
                return null;
        }
    }

    /** Returns the rule of this phrase. */
    RecurrenceRule toRule() {
        Frequency frequency;
        switch (unit) {
            case DAY:
                frequency = Frequency.DAILY;
                break;
            case WEEK:
                frequency = Frequency.WEEKLY;
                break;
            case MONTH:
                frequency = Frequency.MONTHLY;
                break;
            default:
                frequency = Frequency.YEARLY;
                break;
        }
        RecurrenceRuleBuilder b = RecurrenceRule.builder(frequency).interval(interval);
        List<Integer> ms = months == Months.EVEN ? EVEN_MONTHS : months == Months.ODD ? ODD_MONTHS : monthList;
        ms.forEach(b::byMonth);
        if (days == Days.WEEKDAYS) {
            weekdays.forEach(d -> b.byDay(WeekdayNum.of(d)));
        } else if (days == Days.ORDINALS) {
            for (int o : ordinals) {
                weekdays.forEach(d -> b.byDay(WeekdayNum.of(o, d)));
            }
        } else if (days == Days.MONTH_DAYS) {
            monthDays.forEach(b::byMonthDay);
        }
        if (count > 0) {
            b.count(count);
        }
        Temporal u = until;
        if (u instanceof java.time.LocalDate) {
            b.until((java.time.LocalDate) u);
        } else if (u instanceof java.time.LocalDateTime) {
            b.until((java.time.LocalDateTime) u);
        } else if (u instanceof java.time.Instant) {
            b.until((java.time.Instant) u);
        }
        return b.build();
    }

    /** Returns the phrase of a rule, when the grammar covers it. */
    static Optional<Phrase> of(RecurrenceRule rule) {
        return shapeOf(rule).filter(p -> p.problem() == null);
    }

    /** Returns the phrase of a rule of a shape the grammar covers, which may still have a problem. */
    private static Optional<Phrase> shapeOf(RecurrenceRule rule) {
        if (!rule.bySecond().isEmpty() || !rule.byMinute().isEmpty() || !rule.byHour().isEmpty()
                || !rule.byYearDay().isEmpty() || !rule.byWeekNo().isEmpty() || !rule.bySetPos().isEmpty()
                || rule.weekStart() != DayOfWeek.MONDAY) {
            return Optional.empty();
        }
        int count = rule.count().orElse(0);
        @Nullable Temporal until = rule.until().orElse(null);
        int n = rule.interval();
        List<Integer> byMonth = rule.byMonth();
        switch (rule.frequency()) {
            case DAILY:
                if (!rule.byDay().isEmpty() || !rule.byMonthDay().isEmpty() || !byMonth.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Phrase(Unit.DAY, n, Months.ALL, List.of(), Days.ANY, List.of(), List.of(),
                        List.of(), count, until));
            case WEEKLY: {
                if (!byMonth.isEmpty() || rule.byDay().stream().anyMatch(WeekdayNum::hasOrdinal)) {
                    return Optional.empty();
                }
                List<DayOfWeek> days = daysOf(rule.byDay());
                return Optional.of(new Phrase(Unit.WEEK, n, Months.ALL, List.of(),
                        days.isEmpty() ? Days.ANY : Days.WEEKDAYS, days, List.of(), List.of(), count, until));
            }
            case MONTHLY: {
                Months months;
                if (byMonth.isEmpty()) {
                    months = Months.ALL;
                } else if (n == 1 && byMonth.equals(EVEN_MONTHS)) {
                    months = Months.EVEN;
                } else if (n == 1 && byMonth.equals(ODD_MONTHS)) {
                    months = Months.ODD;
                } else {
                    return Optional.empty();
                }
                return withDays(rule, Unit.MONTH, n, months, List.of(), count, until);
            }
            case YEARLY:
                if (byMonth.isEmpty()) {
                    if (!rule.byDay().isEmpty() || !rule.byMonthDay().isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Phrase(Unit.YEAR, n, Months.ALL, List.of(), Days.ANY, List.of(),
                            List.of(), List.of(), count, until));
                }
                return withDays(rule, Unit.YEAR, n, Months.LIST, byMonth, count, until);
            default:
                return Optional.empty();
        }
    }

    private static Optional<Phrase> withDays(RecurrenceRule rule, Unit unit, int n, Months months,
            List<Integer> monthList, int count, @Nullable Temporal until) {
        List<WeekdayNum> byDay = rule.byDay();
        List<Integer> byMonthDay = rule.byMonthDay();
        if (!byDay.isEmpty() && !byMonthDay.isEmpty()) {
            return Optional.empty();
        }
        Phrase p;
        if (!byMonthDay.isEmpty()) {
            if (byMonthDay.stream().anyMatch(d -> d < -1)) {
                return Optional.empty();
            }
            p = new Phrase(unit, n, months, monthList, Days.MONTH_DAYS, List.of(), List.of(),
                    sortedLastLast(byMonthDay), count, until);
        } else if (byDay.isEmpty()) {
            p = new Phrase(unit, n, months, monthList, Days.ANY, List.of(), List.of(), List.of(), count, until);
        } else if (byDay.stream().noneMatch(WeekdayNum::hasOrdinal)) {
            p = new Phrase(unit, n, months, monthList, Days.WEEKDAYS, daysOf(byDay), List.of(), List.of(),
                    count, until);
        } else {
            TreeSet<Integer> ordinals = new TreeSet<>(LAST_LAST);
            for (WeekdayNum d : byDay) {
                int o = d.ordinal();
                if (o == 0 || o > 5 || o < -1) {
                    return Optional.empty();
                }
                ordinals.add(o);
            }
            List<DayOfWeek> days = daysOf(byDay);
            if (ordinals.size() * days.size() != byDay.size()) {
                return Optional.empty(); // not every ordinal with every day: 第1月曜日と第3金曜日
            }
            p = new Phrase(unit, n, months, monthList, Days.ORDINALS, days, new ArrayList<>(ordinals),
                    List.of(), count, until);
        }
        return Optional.of(p);
    }

    private static List<DayOfWeek> daysOf(List<WeekdayNum> byDay) {
        TreeSet<DayOfWeek> days = new TreeSet<>();
        byDay.forEach(d -> days.add(d.dayOfWeek()));
        return new ArrayList<>(days);
    }
}
