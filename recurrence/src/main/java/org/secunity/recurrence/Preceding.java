package org.secunity.recurrence;

import java.util.Optional;
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
        AbstractIterator.stopAt(in, end);
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

            @Override
            void stopAt(T stop) {
                AbstractIterator.stopAt(in, stop);
            }
        };
    }

    @Override
    public Optional<T> previous(T before) {
        java.util.Objects.requireNonNull(before, "before");
        return source.previous(before.compareTo(end) < 0 ? before : end);
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
