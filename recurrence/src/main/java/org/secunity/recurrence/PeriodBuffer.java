package org.secunity.recurrence;

import org.jspecify.annotations.Nullable;

/**
 * The candidates of one period, as the product of day or unit starts ({@code bases}, epoch
 * seconds) and offsets within them (seconds), narrowed by {@code BYSETPOS} to the selected
 * indices. Candidate {@code k} is {@code bases[k / offsets] + offsets[k % offsets]}; the product
 * is sorted because both factors are. Mutable, owned by one iterator, with the scratch space of its expansion.
 */
final class PeriodBuffer {

    long[] bases;
    final long[] scratch;
    private @Nullable DayFields fields;
    long cachedDay = Long.MIN_VALUE;
    /** How many periods the next load may take at once (without BYSETPOS). */
    int chunk = 1;
    boolean cachedDayOk;
    int baseCount;
    int[] offsets = NONE;
    int offsetCount;
    /** Selected candidate indices, sorted and unique, or null for all of them. */
    int[] selected = NONE;
    int selectedCount = -1;
    /** The budget of work this buffer's iterator charges; may be shared by several iterators. */
    final Budget budget;

    private static final int[] NONE = new int[0];

    private long year = Long.MIN_VALUE;
    private long yearStart;
    private boolean leap;

    /** Returns the scratch fields of the day filters, created on first use (most rules have no filter). */
    DayFields fields() {
        DayFields f = fields;
        if (f == null) {
            f = new DayFields();
            fields = f;
        }
        return f;
    }

    /** Returns the epoch day of the first of a month, caching the year's start. */
    long monthStart(long y, int month) {
        if (y != year) {
            year = y;
            yearStart = Calendars.yearStart(y);
            leap = Calendars.isLeap(y);
        }
        return yearStart + Calendars.daysBeforeMonth(leap, month);
    }

    /** Returns the length of a month of the year last passed to {@link #monthStart}. */
    int monthLength(int month) {
        return Calendars.monthLength(leap, month);
    }

    PeriodBuffer(int capacity, Budget budget) {
        this.bases = new long[capacity];
        this.scratch = new long[capacity];
        this.budget = budget;
    }

    /**
     * Charges steps of work done while examining period {@code p}.
     *
     * @throws ExpansionLimitException when the budget is exceeded
     */
    void spend(long n, Expansion expansion, long p) {
        Budget b = budget;
        b.steps += n;
        if (b.steps > b.maxSteps) {
            throw b.exhausted(expansion.periodStart(p));
        }
    }

    /**
     * Makes room for {@code extra} more bases, growing the array straight to {@code max} entries
     * (the bases start at one period's worth; only loading several periods at once needs more).
     * Growing by doubling copied 2, 4, 8, ... entries for FREQ=DAILY; see RulePlan#maxDays for the
     * measured allocation.
     */
    boolean roomFor(int extra, int max) {
        int needed = baseCount + extra;
        if (needed <= bases.length) {
            return true;
        }
        if (needed > max) {
            return false;
        }
        bases = java.util.Arrays.copyOf(bases, max);
        return true;
    }
}
