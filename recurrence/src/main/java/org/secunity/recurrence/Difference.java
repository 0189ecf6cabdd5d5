package org.secunity.recurrence;

import org.jspecify.annotations.Nullable;

/** The occurrences of one recurrence that another does not have; see {@link Recurrence#difference}. */
final class Difference<T extends Comparable<? super T>> implements Recurrence<T> {

    private final Recurrence<T> base;
    private final Recurrence<T> excluded;

    Difference(Recurrence<T> base, Recurrence<T> excluded) {
        this.base = base;
        this.excluded = excluded;
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        RecurrenceIterator<T> in = base.iterator();
        RecurrenceIterator<T> out = excluded.iterator();
        return new AbstractIterator<>() {
            @Override
            protected @Nullable T computeNext() {
                while (in.hasNext()) {
                    T t = in.next();
                    out.skipTo(t);
                    if (!out.hasNext() || out.peek().compareTo(t) != 0) {
                        return t;
                    }
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
        return base.isFinite();
    }

    @Override
    public String toString() {
        return "Difference[" + base + " - " + excluded + "]";
    }
}
