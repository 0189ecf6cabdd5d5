package org.secunity.recurrence;

import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/** A {@link RecurrenceIterator} built on one method that computes the next occurrence. */
abstract class AbstractIterator<T extends Comparable<? super T>> implements RecurrenceIterator<T> {

    private @Nullable T next;
    private boolean done;

    /** Returns the next occurrence, or null at the end. */
    protected abstract @Nullable T computeNext();

    /** Skips the source ahead; the buffered look-ahead is handled by {@link #skipTo}. */
    protected abstract void seek(T target);

    /**
     * Tells the iterator that no occurrence at or after {@code end} will be asked for, so its
     * searches may stop there instead of looking beyond ({@link Recurrence#before} and
     * {@link Recurrence#window} call it). A hint: the default ignores it.
     */
    void stopAt(T end) {
    }

    /** Passes {@link #stopAt} on to an iterator of this module. */
    static <T extends Comparable<? super T>> void stopAt(RecurrenceIterator<T> it, T end) {
        if (it instanceof AbstractIterator) {
            ((AbstractIterator<T>) it).stopAt(end);
        }
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = computeNext();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T peek() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more occurrences");
        }
        T n = next;
        assert n != null;
        return n;
    }

    @Override
    public final T next() {
        T n = peek();
        next = null;
        return n;
    }

    @Override
    public final void skipTo(T target) {
        java.util.Objects.requireNonNull(target, "target");
        T n = next;
        if (done || (n != null && n.compareTo(target) >= 0)) {
            return;
        }
        next = null;
        seek(target);
    }
}
