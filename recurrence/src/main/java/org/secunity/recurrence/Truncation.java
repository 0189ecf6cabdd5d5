package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why an expansion stopped before it could answer: which bound of work it reached and how far the
 * search had got. Carried by {@link ExpansionLimitException} and by a truncated
 * {@link Occurrences}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}. {@link #reason()} is one line of
 * English meant for users, such as the {@code "truncated"} field of an answer.
 *
 * <pre>{@code
 * Occurrences<LocalDateTime> r = RecurrenceRule
 *         .parse("FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
 *         .occurrences(LocalDateTime.parse("2026-01-01T09:00"), ExpansionOptions.defaults().withMaxSteps(1000))
 *         .expand(10);
 * r.truncation().get().bound();      // "maxSteps"
 * r.truncation().get().limit();      // 1000
 * r.truncation().get().reached();    // the wall-clock time the search had reached
 * r.truncation().get().reason();     // "stopped after 1000 steps of work (maxSteps) with the search at ..."
 * }</pre>
 */
public final class Truncation {

    private final String bound;
    private final long limit;
    private final LocalDateTime reached;

    private Truncation(String bound, long limit, LocalDateTime reached) {
        this.bound = bound;
        this.limit = limit;
        this.reached = reached;
    }

    /**
     * Returns the truncation of an expansion that used up its {@link ExpansionOptions#maxSteps()}.
     *
     * @param maxSteps the budget that was used up, at least 1
     * @param reached the wall-clock time the search had reached, not null
     * @return the truncation, not null
     */
    public static Truncation ofSteps(long maxSteps, LocalDateTime reached) {
        return new Truncation("maxSteps", maxSteps, requireNonNull(reached, "reached"));
    }

    /**
     * Returns the name of the bound that was reached, the name of its {@link ExpansionOptions}
     * setting.
     *
     * @return {@code "maxSteps"}, not null
     */
    public String bound() {
        return bound;
    }

    /**
     * Returns the value of the bound that was reached.
     *
     * @return the number of steps allowed
     */
    public long limit() {
        return limit;
    }

    /**
     * Returns how far the search got: the wall-clock time of the period or candidate it was
     * examining when the bound was reached. Occurrences before it that the expansion returned are
     * complete; whether any follow is unknown.
     *
     * @return the time, not null
     */
    public LocalDateTime reached() {
        return reached;
    }

    /**
     * Returns one line saying which bound stopped the expansion and how far it got.
     *
     * @return the text, not null
     */
    public String reason() {
        return "stopped after " + limit + " steps of work (" + bound + ") with the search at " + reached
                + "; later occurrences were not computed";
    }

    /**
     * Returns whether another object is a truncation with the same bound, limit and time reached.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Truncation && ((Truncation) obj).bound.equals(bound)
                && ((Truncation) obj).limit == limit && ((Truncation) obj).reached.equals(reached);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(bound, limit, reached);
    }

    /**
     * Returns {@link #reason()}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return reason();
    }
}
