package org.secunity.recurrence;

import java.util.ArrayList;
import java.util.List;

/**
 * The start-independent half of a rule's expansion: for each {@code BYxxx} part the expander or
 * filter its role in the RFC 5545 §3.3.10 table calls for at the rule's frequency. Built once
 * per rule and shared; immutable.
 */
final class RulePlan {

    /** Which iterator serves the rule: a shape iterator of its own, or the general {@link RuleIterator}. */
    enum Shape { FIXED_PERIOD, MONTH_WALK, GENERAL }

    /** How a YEARLY period is expanded to days. */
    enum YearlyMode { WEEK_NUMBERS, YEAR_DAYS, MONTH_DAYS, WEEKDAYS_OF_MONTHS, WEEKDAYS_OF_YEAR, DEFAULT }

    final RecurrenceRule rule;
    final Frequency frequency;
    final int interval;
    final int weekStart;
    final YearlyMode yearlyMode;
    final int[] months;
    final ByMonthFilter byMonth;
    final ByMonthDayExpander monthDays;
    final ByYearDayExpander yearDays;
    final ByWeekNoExpander weekNumbers;
    final ByDayExpander weekdays;
    /** Filters applied after the days of a period have been generated. */
    final DayFilter[] filters;
    final int[] setPositions;
    /** An upper bound on the days one period can generate before sorting and filtering. */
    final int maxDays;
    final Shape shape;

    RulePlan(RecurrenceRule rule) {
        this.rule = rule;
        this.frequency = rule.frequency();
        this.interval = rule.interval();
        this.weekStart = rule.weekStart().getValue();
        this.months = ints(rule.byMonth());
        this.byMonth = new ByMonthFilter(rule.byMonth());
        this.monthDays = new ByMonthDayExpander(rule.byMonthDay(), rule.skip());
        this.yearDays = new ByYearDayExpander(rule.byYearDay(), rule.skip());
        this.weekNumbers = new ByWeekNoExpander(rule.byWeekNo(), weekStart, rule.byDay());
        this.weekdays = new ByDayExpander(rule.byDay());
        this.setPositions = ints(rule.bySetPos());
        boolean hasMonth = !rule.byMonth().isEmpty();
        boolean hasWeekNo = !rule.byWeekNo().isEmpty();
        boolean hasYearDay = !rule.byYearDay().isEmpty();
        boolean hasMonthDay = !rule.byMonthDay().isEmpty();
        boolean hasDay = !rule.byDay().isEmpty();
        List<DayFilter> f = new ArrayList<>();
        YearlyMode mode = YearlyMode.DEFAULT;
        switch (frequency) {
            case YEARLY:
                if (hasWeekNo) {
                    mode = YearlyMode.WEEK_NUMBERS;
                    addIf(f, hasMonth, byMonth);
                    addIf(f, hasYearDay, new ByYearDayFilter(rule.byYearDay()));
                    addIf(f, hasMonthDay, new ByMonthDayFilter(rule.byMonthDay()));
                } else if (hasYearDay) {
                    mode = YearlyMode.YEAR_DAYS;
                    addIf(f, hasMonth, byMonth);
                    addIf(f, hasMonthDay, new ByMonthDayFilter(rule.byMonthDay()));
                    addIf(f, hasDay, new ByDayFilter(rule.byDay(), !hasMonth));
                } else if (hasMonthDay) {
                    mode = YearlyMode.MONTH_DAYS;
                    addIf(f, hasDay, new ByDayFilter(rule.byDay(), !hasMonth));
                } else if (hasDay) {
                    mode = hasMonth ? YearlyMode.WEEKDAYS_OF_MONTHS : YearlyMode.WEEKDAYS_OF_YEAR;
                }
                break;
            case MONTHLY:
                addIf(f, hasMonthDay && hasDay, new ByDayFilter(rule.byDay(), false));
                break;
            case WEEKLY:
                addIf(f, hasMonth, byMonth);
                break;
            default:
                addIf(f, hasMonth, byMonth);
                addIf(f, hasYearDay, new ByYearDayFilter(rule.byYearDay()));
                addIf(f, hasMonthDay, new ByMonthDayFilter(rule.byMonthDay()));
                addIf(f, hasDay, new ByDayFilter(rule.byDay(), false));
                break;
        }
        this.yearlyMode = mode;
        long plain = rule.byDay().stream().filter(d -> !d.hasOrdinal()).count();
        long numbered = rule.byDay().size() - plain;
        // the months a YEARLY expansion walks: BYMONTH (as listed) or at most all twelve
        int monthCount = Math.max(12, months.length);
        long days;
        switch (frequency) {
            case YEARLY:
                // what Expansion.yearDays writes in each mode before sorting
                switch (mode) {
                    case WEEK_NUMBERS:
                        // a listed week of the year before, this year or the next: seven days each
                        days = 21L * rule.byWeekNo().size();
                        break;
                    case YEAR_DAYS:
                        days = rule.byYearDay().size();
                        break;
                    case MONTH_DAYS:
                        days = (long) monthCount * rule.byMonthDay().size();
                        break;
                    case WEEKDAYS_OF_MONTHS:
                        days = monthCount * (5 * plain + numbered);
                        break;
                    case WEEKDAYS_OF_YEAR:
                        days = 53 * plain + numbered;
                        break;
                    default:
                        days = monthCount;
                        break;
                }
                break;
            case MONTHLY:
                // Expansion.days: BYMONTHDAY gives at most one day per entry, else BYDAY at most
                // five per plain weekday and one per numbered one, else the start's day
                days = hasMonthDay ? rule.byMonthDay().size() : hasDay ? 5 * plain + numbered : 1;
                break;
            case WEEKLY:
                // one day per BYDAY entry, else the start's weekday
                days = Math.max(1, rule.byDay().size());
                break;
            default:
                // DAILY: the day itself; finer: the unit start
                days = 1;
                break;
        }
        // sized per frequency and mode, not the largest of all (61 days for FREQ=WEEKLY;BYDAY=MO): the
        // buffers are allocated per iterator. JMH RecurrenceBenchmark -prof gc, firstThousand
        // gc.alloc.rate.norm per occurrence, before -> after this and the PeriodBuffer/Expansion
        // set-up changes (lib-recur in the same run): weeklyMonday 50.9 -> 49.1 (49.8), lastWeekday
        // 53.8 -> 49.0 (50.4), week20Monday 50.9 -> 49.6 (50.4), daily 51.0 -> 49.1 (49.2) B;
        // seekAfter2100 lastWeekday 5,815 -> 1,056 B per seek (allocation does not depend on load)
        this.maxDays = (int) days + 1;
        this.filters = f.toArray(new DayFilter[0]);
        this.shape = FixedPeriodIterator.serves(rule) ? Shape.FIXED_PERIOD
                : MonthWalkIterator.serves(rule) ? Shape.MONTH_WALK : Shape.GENERAL;
    }

    /**
     * Returns whether some day of the 400-year Gregorian cycle passes every day-level filter; the
     * calendar repeats after the cycle, so when none does, no day ever will. Scans 146,097 days
     * (about a millisecond); used by sub-daily rules, whose search could otherwise step through
     * billions of periods before proving that nothing matches.
     */
    boolean daysPossible() {
        int known = daysPossible;
        if (known == 0) {
            known = scanDays() ? 1 : 2;
            daysPossible = known;
        }
        return known == 1;
    }

    /** 0 until {@link #daysPossible()} has scanned, then 1 (possible) or 2 (never); a benign race. */
    private int daysPossible;

    private boolean scanDays() {
        if (filters.length == 0) {
            return true;
        }
        DayFields fields = new DayFields();
        for (long day = 0; day < Calendars.DAYS_PER_CYCLE; day++) {
            fields.set(day);
            boolean all = true;
            for (DayFilter filter : filters) {
                if (!filter.accepts(fields)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static void addIf(List<DayFilter> filters, boolean condition, DayFilter filter) {
        if (condition) {
            filters.add(filter);
        }
    }

    static int[] ints(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
