package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link Recurrence#expand(int)}: the first occurrences of a recurrence and, when a
 * bound of work stopped the expansion before it had them all, why.
 *
 * <p>A caller that writes answers as JSON prints {@link #list()} and, when present,
 * {@link #truncation()}'s {@link Truncation#reason()}:
 * {@code {"occurrences":[...],"truncated":"stopped after 16777216 steps of work (maxSteps) ..."}}.
 * When not truncated the list holds every occurrence up to the limit asked for (fewer only when
 * the recurrence has no more). Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Occurrences<LocalDateTime> r = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO")
 *         .occurrences(LocalDateTime.parse("2026-01-05T19:00")).expand(2);
 * r.list();           // [2026-01-05T19:00, 2026-01-12T19:00]
 * r.truncation();     // Optional.empty
 * }</pre>
 *
 * @param <T> the occurrence type
 */
public final class Occurrences<T extends Comparable<? super T>> {

    private final List<T> list;
    private final @Nullable Truncation truncation;

    private Occurrences(List<T> list, @Nullable Truncation truncation) {
        this.list = List.copyOf(list);
        this.truncation = truncation;
    }

    /**
     * Returns a complete answer.
     *
     * @param <T> the occurrence type
     * @param list the occurrences in order, not null, no null element
     * @return the answer, not null
     */
    public static <T extends Comparable<? super T>> Occurrences<T> of(List<T> list) {
        return new Occurrences<>(requireNonNull(list, "list"), null);
    }

    /**
     * Returns an answer cut short by a bound of work.
     *
     * @param <T> the occurrence type
     * @param list the occurrences found before the bound was reached, in order, not null
     * @param truncation which bound and how far the search got, not null
     * @return the answer, not null
     */
    public static <T extends Comparable<? super T>> Occurrences<T> truncated(List<T> list, Truncation truncation) {
        return new Occurrences<>(requireNonNull(list, "list"), requireNonNull(truncation, "truncation"));
    }

    /**
     * Returns the occurrences, in order.
     *
     * @return the occurrences, unmodifiable, not null
     */
    public List<T> list() {
        return list;
    }

    /**
     * Returns why the expansion stopped early.
     *
     * @return the truncation, or empty when the answer is complete
     */
    public Optional<Truncation> truncation() {
        return Optional.ofNullable(truncation);
    }

    /**
     * Returns whether a bound of work cut the answer short.
     *
     * @return true when {@link #truncation()} is present
     */
    public boolean isTruncated() {
        return truncation != null;
    }

    /**
     * Returns whether another object is an answer with the same occurrences and truncation.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Occurrences && ((Occurrences<?>) obj).list.equals(list)
                && java.util.Objects.equals(((Occurrences<?>) obj).truncation, truncation);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return list.hashCode() * 31 + java.util.Objects.hashCode(truncation);
    }

    /**
     * Returns the occurrences, followed by the truncation reason when there is one.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return truncation == null ? list.toString() : list + " (truncated: " + truncation.reason() + ")";
    }
}
