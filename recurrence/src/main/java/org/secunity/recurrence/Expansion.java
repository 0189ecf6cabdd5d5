package org.secunity.recurrence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The start-dependent half of a rule's expansion: period arithmetic from {@code DTSTART}, the
 * defaults RFC 5545 takes from it, and the search for the next period with candidates.
 *
 * <p>Period {@code p} is the {@code p}-th used period counted from the one containing the
 * start ({@code INTERVAL} applied). {@link #load} never examines more than {@link #emptyBound}
 * consecutive empty periods: the Gregorian calendar repeats after 400 years (146,097 days,
 * exactly 20,871 weeks, 4,800 months), so a rule whose candidates depend only on the calendar
 * and that found nothing in {@code cycle / gcd(interval, cycle)} consecutive periods (plus one,
 * for a partial first period) has visited every reachable phase of the cycle and can never match.
 *
 * <p>Sub-daily rules skip days that fail the day-level parts in one jump, and when {@code BYHOUR},
 * {@code BYMINUTE} or {@code BYSECOND} limit the time of day they jump straight to the next
 * period whose start has an allowed time of day: period {@code p} starts at
 * {@code origin + p * step}, so its time of day depends only on {@code p} modulo
 * {@code day / gcd(step, day)}, and the allowed residues are solved once by modular arithmetic
 * ({@link #residues}). A sub-daily rule whose day-level parts no day of the 400-year cycle passes
 * ends at once.
 *
 * <p>Every period examined and every day generated is charged to the iterator's budget of steps
 * ({@link PeriodBuffer#spend}); exceeding it throws {@link ExpansionLimitException}.
 */
final class Expansion {

    /** The most periods loaded at once when there is no BYSETPOS. */
    static final int CHUNK_PERIODS = 32;

    /** The extra buffer room for loading several periods at once. */
    static final int CHUNK_ROOM = 64;

    /** The most allowed times of day for which sub-daily rules solve their residues. */
    static final int MAX_RESIDUE_TIMES = 4096;

    private static final long[] CYCLE = {
        Calendars.DAYS_PER_CYCLE * 86_400, Calendars.DAYS_PER_CYCLE * 1_440, Calendars.DAYS_PER_CYCLE * 24,
        Calendars.DAYS_PER_CYCLE, Calendars.DAYS_PER_CYCLE / 7, 4_800, 400,
    };
    private static final int[] UNIT_SECONDS = {1, 60, 3600};

    private final RulePlan plan;
    private final Frequency frequency;
    private final long interval;
    /** The start's period origin: year, month index, week start day, day, or unit start second. */
    private final long origin;
    private final int[] defaultMonths;
    /**
     * The months a YEARLY BYMONTHDAY expansion covers: BYMONTH, else every month
     * ({@link OpenPointReading#EXPAND}) or the start's ({@link OpenPointReading#FROM_START}, which
     * leaves the scope of BYDAY ordinals in the year).
     */
    private final int[] monthDayMonths;
    /** The BYWEEKNO expansion: with BYDAY, or without it every weekday or the start's. */
    private final ByWeekNoExpander weekNumbers;
    private final ByMonthDayExpander defaultMonthDays;
    private final ByDayExpander defaultWeekdays;
    /** Offsets (seconds) within a day start (DAILY and coarser) or a unit start (finer). */
    final int[] offsets;
    /** Whether the bases are day starts, so an offset is a time of day. */
    final boolean dayBased;
    private final long hourMask;
    private final long minuteMask;
    private final long secondMask;
    private final long stepSeconds;
    private final boolean hasMonthDay;
    private final boolean hasDay;
    private final boolean hasMonth;
    /** FREQ=DAILY with no filter: a period is exactly its day. */
    private final boolean plainDaily;
    /**
     * Whether RFC 7529 SKIP=FORWARD may move a date of a period into the time of the next one (so
     * a seek starts a period early), or SKIP=BACKWARD into the time of the previous one (so UNTIL
     * is checked a period late). Moved dates never overtake the dates of the neighbouring period;
     * they may only repeat one, which the iterator drops.
     */
    final boolean movesForward;
    final boolean movesBackward;
    final long maxPeriod;
    final long emptyBound;
    /**
     * For a sub-daily rule whose time of day is limited: the sorted residues, modulo
     * {@link #residueModulus}, of the periods whose start has an allowed time of day; null when
     * the rule steps period by period.
     */
    private final int @Nullable [] residues;
    private final long residueModulus;
    /**
     * Whether some day of the 400-year cycle passes the day-level parts, and (sub-daily rules)
     * some {@code BYSETPOS} position fits a period's candidates.
     */
    private final boolean daysPossible;

    Expansion(RulePlan plan, LocalDateTime start, OpenPointReading reading) {
        this.plan = plan;
        this.frequency = plan.frequency;
        this.interval = plan.interval;
        RecurrenceRule rule = plan.rule;
        long startDay = start.toLocalDate().toEpochDay();
        int f = frequency.ordinal();
        this.stepSeconds = f < 3 ? interval * UNIT_SECONDS[f] : 0;
        this.dayBased = f >= 3;
        this.hasMonthDay = !rule.byMonthDay().isEmpty();
        this.hasDay = !rule.byDay().isEmpty();
        this.hasMonth = plan.months.length > 0;
        this.plainDaily = frequency == Frequency.DAILY && plan.filters.length == 0;
        switch (frequency) {
            case YEARLY:
                origin = start.getYear();
                break;
            case MONTHLY:
                origin = start.getYear() * 12L + start.getMonthValue() - 1;
                break;
            case WEEKLY:
                origin = startDay - Math.floorMod(Calendars.dayOfWeek(startDay) - plan.weekStart, 7);
                break;
            case DAILY:
                origin = startDay;
                break;
            default:
                long second = start.toEpochSecond(ZoneOffset.UTC);
                origin = second - Math.floorMod(second, (long) UNIT_SECONDS[f]);
                break;
        }
        this.defaultMonths = rule.byMonth().isEmpty() ? ONE_MONTH[start.getMonthValue()] : plan.months;
        boolean fromStart = reading == OpenPointReading.FROM_START;
        this.monthDayMonths = plan.months.length > 0 ? plan.months : fromStart ? defaultMonths : ALL_MONTHS;
        this.weekNumbers = fromStart && rule.byDay().isEmpty() && !rule.byWeekNo().isEmpty()
                && rule.byYearDay().isEmpty() && rule.byMonthDay().isEmpty()
                ? new ByWeekNoExpander(rule.byWeekNo(), plan.weekStart, List.of(WeekdayNum.of(start.getDayOfWeek())))
                : plan.weekNumbers;
        this.defaultMonthDays = new ByMonthDayExpander(start.getDayOfMonth(), rule.skip());
        this.movesForward = rule.skip() == Skip.FORWARD;
        this.movesBackward = rule.skip() == Skip.BACKWARD;
        this.defaultWeekdays = rule.byDay().isEmpty()
                ? ByDayExpander.of(start.getDayOfWeek().getValue()) : plan.weekdays;
        this.hourMask = mask(rule.byHour());
        this.minuteMask = mask(rule.byMinute());
        this.secondMask = mask(rule.bySecond());
        if (dayBased && rule.byHour().isEmpty() && rule.byMinute().isEmpty() && rule.bySecond().isEmpty()) {
            // the common case: one time of day, the start's. This constructor runs for every
            // occurrences() call, so it avoids streams and per-start lists (ByDayExpander.of, ONE_MONTH):
            // seekAfter2100 from a fresh expansion, gc.alloc.rate.norm 1,172 -> 648 B (evenMonth2ndWed),
            // 2,486 -> 648 B (daily), JMH RecurrenceBenchmark -prof gc
            offsets = new int[] {start.toLocalTime().toSecondOfDay()};
        } else {
            offsets = offsets(rule, start, frequency);
        }
        long cycle = CYCLE[f];
        this.emptyBound = cycle / gcd(interval, cycle) + 1;
        this.maxPeriod = periodOf(Calendars.MAX_EPOCH_DAY * 86_400 + 86_399);
        if (frequency.isSubDaily()) {
            int unit = UNIT_SECONDS[f];
            int perDay = 86_400 / unit;
            this.residueModulus = perDay / gcd(interval, perDay);
            this.residues = residues(allowedTimes(rule, frequency), Math.floorMod(origin / unit, perDay),
                    interval, perDay);
            // a sub-daily period always holds offsets.length candidates, so BYSETPOS positions beyond
            // that never select one: the rule is empty (a search would only exhaust its budget)
            this.daysPossible = plan.daysPossible() && positionsPossible(plan.setPositions, offsets.length);
        } else {
            this.residueModulus = 1;
            this.residues = null;
            this.daysPossible = true;
        }
    }

    /** Returns whether some BYSETPOS position (if any) selects from a period of {@code size} candidates. */
    private static boolean positionsPossible(int[] positions, int size) {
        for (int pos : positions) {
            if (Math.abs(pos) <= size) {
                return true;
            }
        }
        return positions.length == 0;
    }

    /** Returns the offsets (seconds) within a period's day or unit starts: the product of the time parts. */
    private static int[] offsets(RecurrenceRule rule, LocalDateTime start, Frequency frequency) {
        int[] hours = orDefault(rule.byHour(), start.getHour(), frequency.compareTo(Frequency.HOURLY) > 0);
        int[] minutes = orDefault(rule.byMinute(), start.getMinute(), frequency.compareTo(Frequency.MINUTELY) > 0);
        int[] seconds = orDefault(rule.bySecond(), start.getSecond(), frequency.compareTo(Frequency.SECONDLY) > 0);
        switch (frequency) {
            case SECONDLY:
                return new int[] {0};
            case MINUTELY:
                return product(new int[] {0}, new int[] {0}, seconds);
            case HOURLY:
                return product(new int[] {0}, minutes, seconds);
            default:
                return product(hours, minutes, seconds);
        }
    }

    /** One-month arrays, shared and never written: the start's month when there is no BYMONTH. */
    private static final int[][] ONE_MONTH = new int[13][];

    static {
        for (int m = 1; m <= 12; m++) {
            ONE_MONTH[m] = new int[] {m};
        }
    }

    /**
     * Returns the allowed times of day of a sub-daily rule's period starts, in units of its period
     * (seconds, minutes or hours since midnight), or null when every time is allowed or there are
     * too many to be worth solving.
     */
    private static int @Nullable [] allowedTimes(RecurrenceRule rule, Frequency frequency) {
        List<Integer> hours = rule.byHour();
        List<Integer> minutes = frequency == Frequency.HOURLY ? List.of() : rule.byMinute();
        List<Integer> seconds = frequency == Frequency.SECONDLY ? rule.bySecond() : List.of();
        if (hours.isEmpty() && minutes.isEmpty() && seconds.isEmpty()) {
            return null;
        }
        int[] h = hours.isEmpty() ? range(24) : RulePlan.ints(hours);
        int[] m = frequency == Frequency.HOURLY ? new int[] {0} : minutes.isEmpty() ? range(60) : RulePlan.ints(minutes);
        int[] sec = frequency != Frequency.SECONDLY ? new int[] {0}
                : seconds.isEmpty() ? range(60) : seconds.stream().mapToInt(Integer::intValue).filter(v -> v < 60).toArray();
        if ((long) h.length * m.length * sec.length > MAX_RESIDUE_TIMES) {
            return null;
        }
        int[] out = new int[h.length * m.length * sec.length];
        int n = 0;
        for (int hour : h) {
            for (int minute : m) {
                for (int second : sec) {
                    out[n++] = frequency == Frequency.HOURLY ? hour
                            : frequency == Frequency.MINUTELY ? hour * 60 + minute
                            : hour * 3600 + minute * 60 + second;
                }
            }
        }
        return out;
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /**
     * Solves {@code (start + p * interval) mod perDay = t} for each allowed time {@code t} (all in
     * period units): with {@code g = gcd(interval, perDay)} and {@code m = perDay / g}, a time is
     * reachable when {@code g} divides {@code t - start}, and then exactly by the periods
     * {@code p = (t - start) / g * inverse(interval / g) mod m}. Returns the sorted distinct
     * residues modulo {@code m}, or null when every time is allowed.
     */
    static int @Nullable [] residues(int @Nullable [] times, long start, long interval, int perDay) {
        if (times == null) {
            return null;
        }
        long g = gcd(interval, perDay);
        long m = perDay / g;
        long inverse = inverse(Math.floorMod(interval / g, m), m);
        return java.util.Arrays.stream(times)
                .filter(t -> Math.floorMod(t - start, g) == 0)
                .mapToLong(t -> Math.floorMod(Math.floorMod(t - start, (long) perDay) / g * inverse, m))
                .distinct().sorted().mapToInt(r -> (int) r).toArray();
    }

    /** Returns the inverse of {@code a} modulo {@code m} (they are coprime); 0 when {@code m} is 1. */
    static long inverse(long a, long m) {
        long r0 = m;
        long r1 = a;
        long t0 = 0;
        long t1 = 1;
        while (r1 != 0) {
            long q = r0 / r1;
            long r = r0 - q * r1;
            r0 = r1;
            r1 = r;
            long t = t0 - q * t1;
            t0 = t1;
            t1 = t;
        }
        return Math.floorMod(t0, m);
    }

    /** Returns the first period at or after {@code p} whose start has an allowed time of day. */
    private long nextAllowed(long p, int[] allowed) {
        long q = Math.floorDiv(p, residueModulus);
        int r = (int) Math.floorMod(p, residueModulus);
        int i = java.util.Arrays.binarySearch(allowed, r);
        if (i < 0) {
            i = -i - 1;
        }
        return i < allowed.length ? q * residueModulus + allowed[i] : (q + 1) * residueModulus + allowed[0];
    }

    /** Returns the local epoch second at which period {@code p} starts, for reports. */
    long periodStart(long p) {
        switch (frequency) {
            case YEARLY:
                return Calendars.yearStart(origin + p * interval) * 86_400;
            case MONTHLY:
                long index = origin + p * interval;
                return Calendars.epochDay(Math.floorDiv(index, 12L), (int) Math.floorMod(index, 12L) + 1, 1) * 86_400;
            case WEEKLY:
                return (origin + p * 7 * interval) * 86_400;
            case DAILY:
                return (origin + p * interval) * 86_400;
            default:
                return origin + p * stepSeconds;
        }
    }

    private static int[] orDefault(List<Integer> values, int startValue, boolean expand) {
        if (!values.isEmpty()) {
            int[] out = new int[values.size()];
            int n = 0;
            for (int v : values) {
                if (v < 60) {
                    out[n++] = v;
                }
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }
        return expand ? new int[] {startValue} : new int[] {0};
    }

    private static long mask(List<Integer> values) {
        if (values.isEmpty()) {
            return -1L;
        }
        long m = 0;
        for (int v : values) {
            m |= 1L << v;
        }
        return m;
    }

    private static int[] product(int[] hours, int[] minutes, int[] seconds) {
        int[] out = new int[hours.length * minutes.length * seconds.length];
        int n = 0;
        for (int h : hours) {
            for (int m : minutes) {
                for (int s : seconds) {
                    out[n++] = h * 3600 + m * 60 + s;
                }
            }
        }
        return out;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Returns the index of the latest period that starts at or before a local epoch second. */
    long periodOf(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        switch (frequency) {
            case YEARLY:
                return Math.floorDiv(Calendars.yearOf(day) - origin, interval);
            case MONTHLY:
                return Math.floorDiv(Calendars.monthIndexOf(day) - origin, interval);
            case WEEKLY:
                return Math.floorDiv(day - origin, 7 * interval);
            case DAILY:
                return Math.floorDiv(day - origin, interval);
            default:
                return Math.floorDiv(epochSecond - origin, stepSeconds);
        }
    }

    /**
     * Loads the first period at or after {@code from} (and at most {@code limit}) that has
     * candidates after {@code BYSETPOS}; returns its index, or -1 when there is none within the
     * bounds.
     */
    long load(long from, long limit, PeriodBuffer buf) {
        long last = Math.min(limit, maxPeriod);
        buf.offsets = offsets;
        buf.offsetCount = offsets.length;
        if (offsets.length == 0) {
            return -1;
        }
        if (frequency.isSubDaily()) {
            return loadSubDaily(from, last, buf);
        }
        for (long p = from; p <= last && p - from <= emptyBound; p++) {
            buf.baseCount = days(p, buf, 0);
            if (buf.baseCount > 0 && select(buf)) {
                if (plan.setPositions.length > 0) {
                    return p;
                }
                // without BYSETPOS consecutive periods simply concatenate: load a few at once,
                // one right after a start or seek, then twice as many each time up to CHUNK_PERIODS
                long q = p;
                if (plainDaily) {
                    // FREQ=DAILY without day-level parts: every period is its one day
                    long end = Math.min(last, p + buf.chunk - 1);
                    if (buf.roomFor((int) (end - p), plan.maxDays + CHUNK_ROOM)) {
                        long[] out = buf.bases;
                        int k = buf.baseCount;
                        for (q = p + 1; q <= end; q++) {
                            out[k++] = (origin + q * interval) * 86_400;
                        }
                        q = end;
                        buf.baseCount = k;
                        buf.spend(2 * (end - p), this, end);
                    }
                }
                while (q < last && q - p < buf.chunk - 1 && buf.roomFor(plan.maxDays, plan.maxDays + CHUNK_ROOM)) {
                    q++;
                    buf.baseCount = days(q, buf, buf.baseCount);
                }
                buf.chunk = Math.min(buf.chunk * 2, CHUNK_PERIODS);
                return q;
            }
        }
        return -1;
    }

    private long loadSubDaily(long from, long last, PeriodBuffer buf) {
        int[] allowed = residues;
        if (!daysPossible || allowed != null && allowed.length == 0) {
            return -1;
        }
        long p = from;
        while (p <= last && p - from <= emptyBound) {
            if (allowed != null) {
                p = nextAllowed(p, allowed);
                if (p > last || p - from > emptyBound) {
                    break;
                }
            }
            buf.spend(1, this, p);
            long s = origin + p * stepSeconds;
            long day = Math.floorDiv(s, 86_400L);
            if (!dayOk(day, buf)) {
                p = firstPeriodAtOrAfter((day + 1) * 86_400);
                continue;
            }
            int sod = (int) (s - day * 86_400);
            int hour = sod / 3600;
            int minute = sod / 60 % 60;
            if ((hourMask >> hour & 1) == 0) {
                p = frequency == Frequency.HOURLY ? p + 1 : firstPeriodAtOrAfter(s - sod % 3600 + 3600);
                continue;
            }
            if (frequency != Frequency.HOURLY && (minuteMask >> minute & 1) == 0) {
                p = frequency == Frequency.MINUTELY ? p + 1 : firstPeriodAtOrAfter(s - sod % 60 + 60);
                continue;
            }
            if (frequency == Frequency.SECONDLY && (secondMask >> (sod % 60) & 1) == 0) {
                p++;
                continue;
            }
            buf.bases[0] = s;
            buf.baseCount = 1;
            if (select(buf)) {
                return p;
            }
            p++;
        }
        return -1;
    }

    private long firstPeriodAtOrAfter(long epochSecond) {
        return -Math.floorDiv(origin - epochSecond, stepSeconds);
    }

    private boolean dayOk(long day, PeriodBuffer buf) {
        if (day != buf.cachedDay) {
            buf.cachedDay = day;
            buf.cachedDayOk = accepts(day, buf);
        }
        return buf.cachedDayOk;
    }

    private boolean accepts(long day, PeriodBuffer buf) {
        DayFilter[] filters = plan.filters;
        if (filters.length == 0) {
            return true;
        }
        DayFields fields = buf.fields().set(day);
        for (DayFilter filter : filters) {
            if (!filter.accepts(fields)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fills {@code out} with the start seconds of the candidate days of period p; returns the count.
     * Charges the period and every day it generates, kept or filtered out.
     */
    private int days(long p, PeriodBuffer buf, int kept) {
        long[] tmp = buf.scratch;
        long[] out = buf.bases;
        int n = 0;
        switch (frequency) {
            case YEARLY:
                n = yearDays(origin + p * interval, tmp, buf);
                break;
            case MONTHLY:
                long index = origin + p * interval;
                long year = Math.floorDiv(index, 12L);
                int month = (int) Math.floorMod(index, 12L) + 1;
                if (hasMonth && !plan.byMonth.acceptsMonth(month)) {
                    buf.spend(1, this, p);
                    return kept;
                }
                long first = buf.monthStart(year, month);
                int length = buf.monthLength(month);
                if (hasMonthDay) {
                    n = plan.monthDays.expandMonth(first, length, tmp, 0);
                } else if (hasDay) {
                    n = plan.weekdays.expandSpan(first, length, tmp, 0);
                } else {
                    n = defaultMonthDays.expandMonth(first, length, tmp, 0);
                }
                break;
            case WEEKLY:
                n = defaultWeekdays.expandWeek(origin + p * 7 * interval, tmp, 0);
                break;
            default:
                tmp[0] = origin + p * interval;
                n = 1;
                break;
        }
        n = sortUnique(tmp, n);
        buf.spend(1 + n, this, p);
        boolean filtered = plan.filters.length > 0;
        for (int i = 0; i < n; i++) {
            long day = tmp[i];
            if (day >= Calendars.MIN_EPOCH_DAY && day <= Calendars.MAX_EPOCH_DAY
                    && (!filtered || accepts(day, buf))) {
                out[kept++] = day * 86_400;
            }
        }
        return kept;
    }

    private int yearDays(long year, long[] tmp, PeriodBuffer buf) {
        int n = 0;
        switch (plan.yearlyMode) {
            case WEEK_NUMBERS:
                return weekNumbers.expandYear(year, tmp, 0);
            case YEAR_DAYS:
                return plan.yearDays.expandYear(year, tmp, 0);
            case MONTH_DAYS:
                for (int m : monthDayMonths) {
                    n = plan.monthDays.expandMonth(buf.monthStart(year, m), buf.monthLength(m), tmp, n);
                }
                return n;
            case WEEKDAYS_OF_MONTHS:
                for (int m : plan.months) {
                    n = plan.weekdays.expandSpan(buf.monthStart(year, m), buf.monthLength(m), tmp, n);
                }
                return n;
            case WEEKDAYS_OF_YEAR:
                return plan.weekdays.expandSpan(Calendars.yearStart(year), Calendars.yearLength(year), tmp, 0);
            default:
                for (int m : defaultMonths) {
                    n = defaultMonthDays.expandMonth(buf.monthStart(year, m), buf.monthLength(m), tmp, n);
                }
                return n;
        }
    }

    private static final int[] ALL_MONTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

    private static int sortUnique(long[] a, int n) {
        if (n < 2) {
            return n;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = a[i - 1] < a[i];
        }
        if (sorted) {
            return n;
        }
        Arrays.sort(a, 0, n);
        int k = 1;
        for (int i = 1; i < n; i++) {
            if (a[i] != a[k - 1]) {
                a[k++] = a[i];
            }
        }
        return k;
    }

    /** Applies {@code BYSETPOS}; returns whether the period still has candidates. */
    private boolean select(PeriodBuffer buf) {
        int[] positions = plan.setPositions;
        int size = buf.baseCount * buf.offsetCount;
        if (positions.length == 0) {
            buf.selectedCount = -1;
            return size > 0;
        }
        if (buf.selected.length < positions.length) {
            buf.selected = new int[positions.length];
        }
        int n = 0;
        for (int pos : positions) {
            int index = pos > 0 ? pos - 1 : size + pos;
            if (index >= 0 && index < size) {
                buf.selected[n++] = index;
            }
        }
        Arrays.sort(buf.selected, 0, n);
        int k = n == 0 ? 0 : 1;
        for (int i = 1; i < n; i++) {
            if (buf.selected[i] != buf.selected[k - 1]) {
                buf.selected[k++] = buf.selected[i];
            }
        }
        buf.selectedCount = k;
        return k > 0;
    }
}
