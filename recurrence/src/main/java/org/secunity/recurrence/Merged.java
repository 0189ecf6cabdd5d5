package org.secunity.recurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The union of recurrences, each occurrence once; see {@link Recurrence#merge(List)}. */
final class Merged<T extends Comparable<? super T>> implements Recurrence<T> {

    private final List<Recurrence<T>> parts;

    Merged(List<Recurrence<T>> parts) {
        this.parts = parts;
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        List<RecurrenceIterator<T>> its = new ArrayList<>(parts.size());
        for (Recurrence<T> part : parts) {
            its.add(part.iterator());
        }
        return new AbstractIterator<>() {
            @Override
            protected @Nullable T computeNext() {
                @Nullable T min = null;
                for (RecurrenceIterator<T> it : its) {
                    if (it.hasNext() && (min == null || it.peek().compareTo(min) < 0)) {
                        min = it.peek();
                    }
                }
                if (min != null) {
                    for (RecurrenceIterator<T> it : its) {
                        if (it.hasNext() && it.peek().compareTo(min) == 0) {
                            it.next();
                        }
                    }
                }
                return min;
            }

            @Override
            protected void seek(T target) {
                for (RecurrenceIterator<T> it : its) {
                    it.skipTo(target);
                }
            }

            @Override
            void stopAt(T end) {
                for (RecurrenceIterator<T> it : its) {
                    AbstractIterator.stopAt(it, end);
                }
            }
        };
    }

    /** The latest of the parts' answers: each part seeks on its own. */
    @Override
    public Optional<T> previous(T before) {
        java.util.Objects.requireNonNull(before, "before");
        Optional<T> latest = Optional.empty();
        for (Recurrence<T> part : parts) {
            Optional<T> p = part.previous(before);
            if (p.isPresent() && (latest.isEmpty() || p.get().compareTo(latest.get()) > 0)) {
                latest = p;
            }
        }
        return latest;
    }

    @Override
    public boolean isFinite() {
        return parts.stream().allMatch(Recurrence::isFinite);
    }

    @Override
    public String toString() {
        return "Merged" + parts;
    }
}
