package org.secunity.recurrence;

import java.util.Optional;

/**
 * The occurrences in a half-open window; see {@link Recurrence#window}: the occurrences
 * {@link Preceding preceding} the window's end, sought forward to its start.
 */
final class Within<T extends Comparable<? super T>> implements Recurrence<T> {

    private final Preceding<T> beforeEnd;
    private final Recurrence<T> source;
    private final T from;
    private final T to;

    Within(Recurrence<T> source, T from, T to) {
        this.beforeEnd = new Preceding<>(source, to);
        this.source = source;
        this.from = from;
        this.to = to;
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        RecurrenceIterator<T> in = beforeEnd.iterator();
        in.skipTo(from);
        return in;
    }

    @Override
    public Optional<T> previous(T before) {
        return beforeEnd.previous(before).filter(t -> t.compareTo(from) >= 0);
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
