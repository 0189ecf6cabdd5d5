package org.secunity.recurrence;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over the occurrences of a {@link Recurrence}, in ascending order and without
 * duplicates, that can look ahead and seek.
 *
 * <p>Unlike the recurrences, iterators are stateful and not thread-safe: use each from one thread.
 * {@link #skipTo(Comparable)} jumps by period arithmetic where the recurrence allows it, so seeking
 * far ahead does not walk every occurrence in between. {@link #hasNext()}, {@link #next()},
 * {@link #peek()} and {@link #skipTo(Comparable)} throw {@link ExpansionLimitException} when the
 * expansion uses up its bound of work ({@link ExpansionOptions#maxSteps()}), and again on every
 * later call.
 *
 * <pre>{@code
 * RecurrenceIterator<LocalDateTime> it = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO")
 *         .occurrences(LocalDateTime.parse("2021-01-04T19:00")).iterator();
 * it.skipTo(LocalDateTime.parse("2100-01-01T00:00"));
 * it.next();   // 2100-01-04T19:00
 * }</pre>
 *
 * @param <T> the occurrence type, such as {@link java.time.LocalDateTime}
 */
public interface RecurrenceIterator<T extends Comparable<? super T>> extends Iterator<T> {

    /**
     * Returns the next occurrence without consuming it.
     *
     * @return the occurrence that {@link #next()} would return, not null
     * @throws NoSuchElementException if there is none
     */
    T peek();

    /**
     * Skips every occurrence before {@code target}, so that {@link #next()} returns the first
     * occurrence at or after it. Does nothing when the iterator is already there or beyond.
     *
     * @param target the time to seek to, not null
     */
    void skipTo(T target);
}
