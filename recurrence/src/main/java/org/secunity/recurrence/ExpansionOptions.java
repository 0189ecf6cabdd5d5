package org.secunity.recurrence;

import org.jspecify.annotations.Nullable;

/**
 * How a rule is expanded: the bound on the work of one expansion, and the reading of the points
 * RFC 5545 leaves open ({@link OpenPointReading}, {@code EXPAND} by default).
 *
 * <p>Each iterator of a rule's occurrences counts its steps of work: every period it examines
 * (a year, month, week, day, hour, minute or second, {@code INTERVAL} apart), every day it
 * generates in a period and every candidate it passes over (before the start, a seek target or,
 * with {@code COUNT}, while counting). Each occurrence it returns gives two steps back, so useful
 * work is free and the budget bounds the work that yields nothing: one iterator does at most
 * {@link #maxSteps()} steps plus two per occurrence returned. When the budget runs out the
 * iterator throws {@link ExpansionLimitException} (and {@link Recurrence#expand(int)} returns the
 * occurrences found so far with a {@link Truncation}); the answer is never silently short.
 *
 * <p>The default, {@value #DEFAULT_MAX_STEPS} steps, keeps one expansion under a second of CPU
 * (the sparsest rules that use it all took 0.3 to 0.8 s of thread CPU on the shared 2-core build
 * machine under heavy load) and is far above what ordinary rules need: a rule finds its next
 * occurrence within a few periods, and the rare legal
 * {@code FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO} spends about 20,000 steps per occurrence.
 * A recurrence set or merge of several rules gives each rule its own budget.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * ExpansionOptions options = ExpansionOptions.defaults().withMaxSteps(1_000_000);
 * Occurrences<LocalDateTime> r = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE")
 *         .occurrences(LocalDateTime.parse("2026-01-01T19:00"), options)
 *         .expand(100);
 * r.list();           // the first 100 occurrences
 * r.isTruncated();    // false
 * }</pre>
 */
public final class ExpansionOptions {

    /** The default bound on the steps of one expansion: 2<sup>24</sup> = 16,777,216. */
    public static final long DEFAULT_MAX_STEPS = 1L << 24;

    private static final ExpansionOptions DEFAULTS = new ExpansionOptions(DEFAULT_MAX_STEPS, OpenPointReading.EXPAND);

    private final long maxSteps;
    private final OpenPointReading openPointReading;

    private ExpansionOptions(long maxSteps, OpenPointReading openPointReading) {
        this.maxSteps = maxSteps;
        this.openPointReading = openPointReading;
    }

    /**
     * Returns the default options: at most {@value #DEFAULT_MAX_STEPS} steps per expansion, and the
     * {@link OpenPointReading#EXPAND} reading of the open points of RFC 5545.
     *
     * @return the options, not null
     */
    public static ExpansionOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the bound on the steps of work of one expansion (one iterator of one rule).
     *
     * @return the bound, at least 1
     */
    public long maxSteps() {
        return maxSteps;
    }

    /**
     * Returns a copy with another bound on the steps of work of one expansion.
     *
     * @param maxSteps at least 1; {@code Long.MAX_VALUE} for no practical bound
     * @return the options, not null
     * @throws org.secunity.SecunityException if {@code maxSteps} is less than 1
     */
    public ExpansionOptions withMaxSteps(long maxSteps) {
        if (maxSteps < 1) {
            throw new org.secunity.SecunityException("maxSteps must be at least 1, was " + maxSteps);
        }
        return new ExpansionOptions(maxSteps, openPointReading);
    }

    /**
     * Returns how the {@code YEARLY} rules RFC 5545 leaves open are read.
     *
     * @return the reading, not null
     */
    public OpenPointReading openPointReading() {
        return openPointReading;
    }

    /**
     * Returns a copy with another reading of the {@code YEARLY} rules RFC 5545 leaves open.
     *
     * @param reading the reading, not null
     * @return the options, not null
     */
    public ExpansionOptions withOpenPointReading(OpenPointReading reading) {
        return new ExpansionOptions(maxSteps, java.util.Objects.requireNonNull(reading, "reading"));
    }

    /**
     * Returns whether another object is options with the same settings.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ExpansionOptions && ((ExpansionOptions) obj).maxSteps == maxSteps
                && ((ExpansionOptions) obj).openPointReading == openPointReading;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Long.hashCode(maxSteps) * 31 + openPointReading.hashCode();
    }

    /**
     * Returns the settings as text.
     *
     * @return the text, such as {@code "ExpansionOptions[maxSteps=16777216, openPointReading=EXPAND]"},
     *     not null
     */
    @Override
    public String toString() {
        return "ExpansionOptions[maxSteps=" + maxSteps + ", openPointReading=" + openPointReading + "]";
    }
}
