package org.secunity.recurrence;

import org.jspecify.annotations.Nullable;

/** The occurrences in a half-open window; see {@link Recurrence#window}. */
final class Within<T extends Comparable<? super T>> implements Recurrence<T> {

    private final Recurrence<T> source;
    private final T from;
    private final T to;

    Within(Recurrence<T> source, T from, T to) {
        this.source = source;
        this.from = from;
        this.to = to;
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        RecurrenceIterator<T> in = source.iterator();
        in.skipTo(from);
        return new AbstractIterator<>() {
            @Override
            protected @Nullable T computeNext() {
                if (in.hasNext() && in.peek().compareTo(to) < 0) {
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
        return "Within[" + source + " from " + from + " to " + to + "]";
    }
}
