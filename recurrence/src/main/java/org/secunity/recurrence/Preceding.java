package org.secunity.recurrence;

import org.jspecify.annotations.Nullable;

/** The occurrences strictly before a time; see {@link Recurrence#before}. */
final class Preceding<T extends Comparable<? super T>> implements Recurrence<T> {

    private final Recurrence<T> source;
    private final T end;

    Preceding(Recurrence<T> source, T end) {
        this.source = source;
        this.end = end;
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        RecurrenceIterator<T> in = source.iterator();
        return new AbstractIterator<>() {
            @Override
            protected @Nullable T computeNext() {
                if (in.hasNext() && in.peek().compareTo(end) < 0) {
                    return in.next();
                }
                return null;
            }

            @Override
            protected void seek(T target) {
                in.skipTo(target);
            }
        };
    }

    @Override
    public boolean isFinite() {
        return true;
    }

    @Override
    public String toString() {
        return "Preceding[" + source + " before " + end + "]";
    }
}
