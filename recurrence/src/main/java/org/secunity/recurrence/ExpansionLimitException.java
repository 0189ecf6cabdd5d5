package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import org.secunity.SecunityException;

/**
 * Thrown by a {@link RecurrenceIterator} (and so by {@link Recurrence#take}, {@link Recurrence#first},
 * {@link Recurrence#next}, {@link Recurrence#previous} and streams) when an expansion used up its
 * bound of work before it could answer: the answer would otherwise be silently short or empty.
 * {@link Recurrence#expand(int)} catches it and returns the occurrences found so far with the
 * {@link #truncation()}.
 *
 * <pre>{@code
 * try {
 *     rule.occurrences(start).take(10_000);
 * } catch (ExpansionLimitException e) {
 *     e.truncation().reason();   // "stopped after 16777216 steps of work (maxSteps) with the search at ..."
 * }
 * }</pre>
 */
public class ExpansionLimitException extends SecunityException {

    private static final long serialVersionUID = 1L;

    /** Which bound was reached and how far the search got. */
    @SuppressWarnings("serial")
    private final Truncation truncation;

    /**
     * Creates the exception.
     *
     * @param truncation which bound was reached and how far the search got, not null
     */
    public ExpansionLimitException(Truncation truncation) {
        super("expansion " + requireNonNull(truncation, "truncation").reason());
        this.truncation = truncation;
    }

    /**
     * Returns which bound was reached and how far the search got.
     *
     * @return the truncation, not null
     */
    public Truncation truncation() {
        return truncation;
    }
}
