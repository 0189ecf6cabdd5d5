package org.secunity.recurrence;

import java.util.Optional;
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

            @Override
            void stopAt(T end) {
                AbstractIterator.stopAt(in, end);
                AbstractIterator.stopAt(out, end);
            }
        };
    }

    /** The base's previous occurrence, stepping back over excluded ones (at most once per exclusion). */
    @Override
    public Optional<T> previous(T before) {
        Optional<T> t = base.previous(java.util.Objects.requireNonNull(before, "before"));
        while (t.isPresent() && isExcluded(t.get())) {
            t = base.previous(t.get());
        }
        return t;
    }

    private boolean isExcluded(T t) {
        RecurrenceIterator<T> out = excluded.iterator();
        out.skipTo(t);
        return out.hasNext() && out.peek().compareTo(t) == 0;
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
